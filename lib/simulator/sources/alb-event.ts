import type { ALBEvent, ALBResult } from "aws-lambda";
import {
  base64ToBytes,
  bytesToBase64,
  headerValues,
  isTextContentType,
  makeResponse,
  reasonPhrase,
  splitQuery,
  utf8,
  type HttpResponse,
  type ParsedHttpRequest,
} from "./http-request";

/**
 * Application Load Balancer <-> Lambda conversion, as the ELB user guide (lambda-functions)
 * describes it: the request becomes an event with lower-case header names, the X-Forwarded-*
 * and X-Amzn-Trace-Id headers ALB adds, undecoded query strings and a base64 body for
 * non-text content; the function's result becomes the HTTP response, and anything ALB cannot
 * use becomes ALB's own 502.
 */

/** ALB's limits for Lambda targets: 1 MB request body (413 above), 1 MB response JSON (502 above). */
export const ALB_MAX_REQUEST_BODY_BYTES = 1024 * 1024;
export const ALB_MAX_RESPONSE_BYTES = 1024 * 1024;

export interface AlbEventOptions {
  targetGroupArn: string;
  /** The target group attribute `lambda.multi_value_headers.enabled`. */
  multiValueHeaders: boolean;
  /** `Root=1-<8 hex epoch seconds>-<24 hex>`, made by the caller from its seeded PRNG. */
  traceId: string;
}

export function albTraceId(epochMs: number, random96Hex: string): string {
  return `Root=1-${Math.floor(epochMs / 1000).toString(16).padStart(8, "0")}-${random96Hex}`;
}

export function buildAlbEvent(request: ParsedHttpRequest, options: AlbEventOptions): ALBEvent {
  const headers = albHeaders(request, options.traceId);
  const query = splitQuery(request.rawQuery);
  const contentType = headerValues(request, "content-type").at(-1);
  const asText = request.body.length === 0 || isTextContentType(contentType);
  const event: ALBEvent = {
    requestContext: { elb: { targetGroupArn: options.targetGroupArn } },
    httpMethod: request.method,
    path: request.rawPath,
    body: asText ? utf8(request.body) : bytesToBase64(request.body),
    isBase64Encoded: !asText,
  };
  if (options.multiValueHeaders) {
    event.multiValueQueryStringParameters = group(query);
    event.multiValueHeaders = group(headers);
  } else {
    // Without multi-value mode the last value of a repeated parameter or header wins.
    event.queryStringParameters = Object.fromEntries(query);
    event.headers = Object.fromEntries(headers);
  }
  // Keep ALB's documented field order for readability in the event viewer.
  const { body, isBase64Encoded, ...rest } = event;
  return { ...rest, body, isBase64Encoded } as ALBEvent;
}

function albHeaders(request: ParsedHttpRequest, traceId: string): [string, string][] {
  const out = request.headers.filter(([name]) => !name.startsWith("x-forwarded-") && name !== "x-amzn-trace-id");
  const forwardedFor = headerValues(request, "x-forwarded-for");
  if (request.body.length > 0 && !out.some(([name]) => name === "content-length")) out.push(["content-length", String(request.body.length)]);
  out.push(["x-amzn-trace-id", headerValues(request, "x-amzn-trace-id").at(-1) ?? traceId]);
  // ALB appends the client address to an X-Forwarded-For the client already sent.
  out.push(["x-forwarded-for", [...forwardedFor, request.sourceIp].join(", ")]);
  out.push(["x-forwarded-port", String(request.port)]);
  out.push(["x-forwarded-proto", request.protocol]);
  return out;
}

function group(pairs: [string, string][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of pairs) (out[k] ??= []).push(v);
  return out;
}

/** ALB's own error page, what a browser shows for a 502/503/413 from the load balancer. */
export function albErrorResponse(status: number, errorReason: string): HttpResponse {
  const title = `${status} ${reasonPhrase(status)}`;
  const html = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
  return makeResponse(
    status,
    [
      ["server", "awselb/2.0"],
      ["content-type", "text/html"],
    ],
    new TextEncoder().encode(html),
    reasonPhrase(status),
    errorReason,
  );
}

/**
 * Turns the function's response payload (the JSON text Invoke returned) into the HTTP response,
 * or into ALB's 502 with the reason ALB logs (LambdaInvalidResponse, LambdaResponseTooLarge).
 */
export function albResultToHttp(payload: string, options: { multiValueHeaders: boolean }): HttpResponse {
  if (new TextEncoder().encode(payload).length > ALB_MAX_RESPONSE_BYTES) return albErrorResponse(502, "LambdaResponseTooLarge");
  let result: unknown;
  try {
    result = JSON.parse(payload);
  } catch {
    return albErrorResponse(502, "LambdaInvalidResponse");
  }
  const parsed = readAlbResult(result, options.multiValueHeaders);
  if (!parsed) return albErrorResponse(502, "LambdaInvalidResponse");
  return makeResponse(parsed.status, parsed.headers, parsed.body, parsed.statusText);
}

interface ParsedResult {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array;
}

function readAlbResult(result: unknown, multiValue: boolean): ParsedResult | null {
  if (typeof result !== "object" || result === null || Array.isArray(result)) return null;
  const r = result as ALBResult & Record<string, unknown>;
  const status = typeof r.statusCode === "string" && /^\d{3}$/.test(r.statusCode) ? Number(r.statusCode) : r.statusCode;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) return null;
  if (r.statusDescription !== undefined && typeof r.statusDescription !== "string") return null;
  const statusText = r.statusDescription ? r.statusDescription.replace(/^\d{3}\s*/, "") : reasonPhrase(status);

  const headers: [string, string][] = [];
  // In multi-value mode ALB reads multiValueHeaders; otherwise headers. The other is ignored.
  const source = multiValue ? r.multiValueHeaders : r.headers;
  if (source !== undefined && source !== null) {
    if (typeof source !== "object" || Array.isArray(source)) return null;
    for (const [name, value] of Object.entries(source)) {
      const values = multiValue ? value : [value];
      if (!Array.isArray(values)) return null;
      for (const v of values) {
        if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return null;
        headers.push([name, String(v)]);
      }
    }
  }

  let body: Uint8Array = new Uint8Array();
  if (r.body !== undefined && r.body !== null) {
    if (typeof r.body !== "string") return null;
    if (r.isBase64Encoded === true) {
      const bytes = base64ToBytes(r.body);
      if (!bytes) return null;
      body = bytes;
    } else {
      body = new TextEncoder().encode(r.body);
    }
  }
  return { status, statusText, headers, body };
}
