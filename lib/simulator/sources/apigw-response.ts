import { base64ToBytes, makeResponse, type HttpResponse } from "./http-request";

/**
 * What API Gateway makes of a Lambda proxy integration's result. Format 2.0 infers a 200 JSON
 * response from any valid JSON without a statusCode; format 1.0 (and REST) insists on the
 * `{ statusCode, headers, multiValueHeaders, body, isBase64Encoded }` shape. Anything it cannot
 * use becomes a 502 with API Gateway's JSON message.
 */

export function apiGatewayError(status: number, message: string, errorReason: string): HttpResponse {
  return makeResponse(
    status,
    [["content-type", "application/json"]],
    new TextEncoder().encode(JSON.stringify({ message })),
    undefined,
    errorReason,
  );
}

export const malformedResponse = () => apiGatewayError(502, "Internal Server Error", "MalformedLambdaProxyResponse");

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

function bodyBytes(body: unknown, base64: unknown): Uint8Array | null {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body !== "string") return null;
  if (base64 === true) return base64ToBytes(body);
  return new TextEncoder().encode(body);
}

function statusOf(value: unknown): number | null {
  const n = typeof value === "string" && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

/** Format 2.0 response mapping, including the inference for plain return values. */
export function httpApiResultV2ToHttp(payload: string): HttpResponse {
  let result: unknown;
  try {
    result = JSON.parse(payload);
  } catch {
    return malformedResponse();
  }
  if (!isObject(result) || result.statusCode === undefined) {
    // Inference: valid JSON without a statusCode is a 200 application/json whose body is the
    // returned value (a returned string is the body itself, anything else its JSON text).
    const body = typeof result === "string" ? result : JSON.stringify(result);
    return makeResponse(200, [["content-type", "application/json"]], new TextEncoder().encode(body));
  }
  const status = statusOf(result.statusCode);
  const bytes = bodyBytes(result.body, result.isBase64Encoded);
  if (status === null || bytes === null) return malformedResponse();
  const headers: [string, string][] = [];
  if (result.headers !== undefined && result.headers !== null) {
    if (!isObject(result.headers)) return malformedResponse();
    for (const [k, v] of Object.entries(result.headers)) {
      if (!isScalar(v)) return malformedResponse();
      headers.push([k.toLowerCase(), String(v)]);
    }
  }
  if (result.cookies !== undefined && result.cookies !== null) {
    if (!Array.isArray(result.cookies) || !result.cookies.every((c) => typeof c === "string")) return malformedResponse();
    for (const cookie of result.cookies) headers.push(["set-cookie", cookie]);
  }
  return makeResponse(status, headers, bytes);
}

/** Format 1.0 / REST response mapping: headers and multiValueHeaders are merged. */
export function proxyResultV1ToHttp(payload: string): HttpResponse {
  let result: unknown;
  try {
    result = JSON.parse(payload);
  } catch {
    return malformedResponse();
  }
  if (!isObject(result)) return malformedResponse();
  const status = statusOf(result.statusCode);
  const bytes = bodyBytes(result.body, result.isBase64Encoded);
  if (status === null || bytes === null) return malformedResponse();
  const headers: [string, string][] = [];
  const single = result.headers ?? {};
  const multi = result.multiValueHeaders ?? {};
  if (!isObject(single) || !isObject(multi)) return malformedResponse();
  for (const [k, v] of Object.entries(multi)) {
    if (!Array.isArray(v) || !v.every(isScalar)) return malformedResponse();
    for (const item of v) headers.push([k, String(item)]);
  }
  for (const [k, v] of Object.entries(single)) {
    if (!isScalar(v)) return malformedResponse();
    if (!headers.some(([name]) => name.toLowerCase() === k.toLowerCase())) headers.push([k, String(v)]);
  }
  return makeResponse(status, headers, bytes);
}
