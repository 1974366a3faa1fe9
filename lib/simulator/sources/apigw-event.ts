import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from "aws-lambda";
import { bytesToBase64, headerValues, isTextContentType, safeDecode, splitQuery, utf8, type ParsedHttpRequest } from "./http-request";

/**
 * API Gateway Lambda proxy events. Payload format 2.0 is the HTTP API default; 1.0 is what REST
 * APIs send (and HTTP APIs when the integration asks for it). Field by field as the API
 * Gateway developer guide's "payload format" tables show them.
 */

export interface ApiEventContext {
  accountId: string;
  apiId: string;
  /** "{apiId}.execute-api.{region}.amazonaws.com" */
  domainName: string;
  stage: string;
  requestId: string;
  /** Route key for HTTP APIs ("GET /items/{id}" or "$default"); REST resource path for 1.0. */
  routeKey: string;
  pathParameters: Record<string, string>;
  timeEpoch: number;
  traceId: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** API Gateway's CLF-style request time: `01/Jan/2026:00:00:00 +0000`. */
export function clfTime(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/**
 * The client's headers plus the ones API Gateway adds. Format 2.0 lower-cases every name;
 * format 1.0 keeps the client's spelling and adds its own in Title-Case.
 */
function proxyHeaders(request: ParsedHttpRequest, traceId: string, keepCase: boolean): [string, string][] {
  const source = keepCase ? request.rawHeaders : request.headers;
  const out = source.filter(([n]) => !n.toLowerCase().startsWith("x-forwarded-") && n.toLowerCase() !== "x-amzn-trace-id");
  const name = (lower: string, title: string) => (keepCase ? title : lower);
  if (request.body.length > 0 && !out.some(([n]) => n.toLowerCase() === "content-length")) {
    out.push([name("content-length", "Content-Length"), String(request.body.length)]);
  }
  out.push([name("x-amzn-trace-id", "X-Amzn-Trace-Id"), headerValues(request, "x-amzn-trace-id").at(-1) ?? traceId]);
  out.push([name("x-forwarded-for", "X-Forwarded-For"), [...headerValues(request, "x-forwarded-for"), request.sourceIp].join(", ")]);
  out.push([name("x-forwarded-port", "X-Forwarded-Port"), String(request.port)]);
  out.push([name("x-forwarded-proto", "X-Forwarded-Proto"), request.protocol]);
  return out;
}

function encodeBody(request: ParsedHttpRequest): { body: string | undefined; isBase64Encoded: boolean } {
  if (request.body.length === 0) return { body: undefined, isBase64Encoded: false };
  const contentType = headerValues(request, "content-type").at(-1);
  return isTextContentType(contentType)
    ? { body: utf8(request.body), isBase64Encoded: false }
    : { body: bytesToBase64(request.body), isBase64Encoded: true };
}

/** Payload format 2.0: rawPath, rawQueryString, cookies, comma-joined headers and parameters. */
export function buildHttpApiEventV2(request: ParsedHttpRequest, ctx: ApiEventContext): APIGatewayProxyEventV2 {
  const cookies = headerValues(request, "cookie").flatMap((line) => line.split(";").map((c) => c.trim()).filter(Boolean));
  const headers: Record<string, string> = {};
  for (const [name, value] of proxyHeaders(request, ctx.traceId, false)) {
    if (name === "cookie") continue; // 2.0 moves cookies to their own array
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }
  const query: Record<string, string> = {};
  for (const [k, v] of splitQuery(request.rawQuery)) {
    const key = safeDecode(k);
    const value = safeDecode(v);
    query[key] = query[key] === undefined ? value : `${query[key]},${value}`;
  }
  const { body, isBase64Encoded } = encodeBody(request);
  const event: APIGatewayProxyEventV2 = {
    version: "2.0",
    routeKey: ctx.routeKey,
    rawPath: request.rawPath,
    rawQueryString: request.rawQuery,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: ctx.accountId,
      apiId: ctx.apiId,
      domainName: ctx.domainName,
      domainPrefix: ctx.domainName.split(".")[0],
      http: {
        method: request.method,
        path: request.rawPath,
        protocol: "HTTP/1.1",
        sourceIp: request.sourceIp,
        userAgent: headerValues(request, "user-agent").at(-1) ?? "",
      },
      requestId: ctx.requestId,
      routeKey: ctx.routeKey,
      stage: ctx.stage,
      time: clfTime(ctx.timeEpoch),
      timeEpoch: ctx.timeEpoch,
    },
    ...(Object.keys(ctx.pathParameters).length > 0 ? { pathParameters: ctx.pathParameters } : {}),
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded,
  };
  return event;
}

/**
 * Payload format 1.0 (REST APIs; HTTP APIs on request). Headers keep the client's spelling,
 * single-value maps keep the last value, and absent maps are null rather than missing.
 */
export function buildProxyEventV1(
  request: ParsedHttpRequest,
  ctx: ApiEventContext & { resource: string; includeVersion: boolean },
): APIGatewayProxyEvent & { version?: string } {
  const pairs = proxyHeaders(request, ctx.traceId, true);
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, value] of pairs) {
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  const query = splitQuery(request.rawQuery).map(([k, v]) => [safeDecode(k), safeDecode(v)] as const);
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [k, v] of query) {
    single[k] = v;
    (multi[k] ??= []).push(v);
  }
  const { body, isBase64Encoded } = encodeBody(request);
  const hasQuery = query.length > 0;
  const hasParams = Object.keys(ctx.pathParameters).length > 0;
  const event: APIGatewayProxyEvent & { version?: string } = {
    ...(ctx.includeVersion ? { version: "1.0" } : {}),
    resource: ctx.resource,
    path: request.rawPath,
    httpMethod: request.method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? single : null,
    multiValueQueryStringParameters: hasQuery ? multi : null,
    pathParameters: hasParams ? ctx.pathParameters : null,
    stageVariables: null,
    requestContext: {
      accountId: ctx.accountId,
      apiId: ctx.apiId,
      authorizer: undefined,
      domainName: ctx.domainName,
      domainPrefix: ctx.domainName.split(".")[0],
      extendedRequestId: ctx.requestId,
      httpMethod: request.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: request.sourceIp,
        user: null,
        userAgent: headerValues(request, "user-agent").at(-1) ?? null,
        userArn: null,
      },
      path: ctx.stage === "$default" ? request.rawPath : `/${ctx.stage}${request.rawPath}`,
      protocol: "HTTP/1.1",
      requestId: ctx.requestId,
      requestTime: clfTime(ctx.timeEpoch),
      requestTimeEpoch: ctx.timeEpoch,
      resourceId: ctx.routeKey,
      resourcePath: ctx.resource,
      stage: ctx.stage,
    },
    body: body ?? null,
    isBase64Encoded,
  };
  delete (event.requestContext as { authorizer?: unknown }).authorizer;
  return event;
}
