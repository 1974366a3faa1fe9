import { albTraceId } from "@/lib/simulator/sources/alb-event";
import {
  buildHttpApiEventV2,
  buildProxyEventV1,
  type ApiEventContext,
} from "@/lib/simulator/sources/apigw-event";
import { httpApiResultV2ToHttp, proxyResultV1ToHttp } from "@/lib/simulator/sources/apigw-response";
import { compileRouteKey, selectRoute, type CompiledRoute } from "@/lib/simulator/sources/apigw-routes";
import {
  parseHttpRequest,
  safeDecode,
  splitQuery,
  type HttpResponse,
  type ParsedHttpRequest,
} from "@/lib/simulator/sources/http-request";
import { parseHeaderLines } from "./http-form";

/**
 * The payload format explorer's logic: one request through an HTTP API route, as payload format
 * 1.0 and 2.0 events, and one handler return value mapped to the HTTP response under each. Event
 * building, route matching and response mapping are the simulator's own
 * (lib/simulator/sources/apigw-*), so the widget and the simulated API Gateway always agree.
 */

/** Fixed values where the simulator draws from its seeded PRNG or clock. */
export const API_ID = "a1b2c3d4e5";
export const API_DOMAIN = `${API_ID}.execute-api.us-east-1.amazonaws.com`;
export const API_REQUEST_ID = "JKJaXmPLvHcESHA=";
const TIME = Date.UTC(2026, 0, 1);

export interface ApiRequestForm {
  method: string;
  path: string;
  /** Without the "?"; repeated keys allowed. */
  query: string;
  /** As in a Cookie header: `name=value; name2=value2`. */
  cookies: string;
  /** One `Name: value` per line; a repeated name sends the header twice. */
  headers: string;
  routeKey: string;
}

export const API_EXAMPLE: ApiRequestForm = {
  method: "GET",
  path: "/orders/42",
  query: "expand=items&expand=customer&note=gift%20wrap",
  cookies: "session=abc; theme=dark",
  headers: "Accept: application/json\nUser-Agent: curl/8.5.0\nX-Tag: new\nX-Tag: sale",
  routeKey: "GET /orders/{id}",
};

export type ApiEvents =
  | { ok: true; v1: object; v2: object; summary: string; notes: string[] }
  | { ok: false; title: string; message: string };

const quote = (s: string) => `"${s}"`;

/** Both events for the request, or why API Gateway would not invoke the function. Never throws. */
export function buildPayloadEvents(form: ApiRequestForm): ApiEvents {
  let request: ParsedHttpRequest;
  let route: CompiledRoute;
  try {
    route = compileRouteKey(form.routeKey.trim());
  } catch (error) {
    return {
      ok: false,
      title: "CreateRoute rejects this route key",
      message: `BadRequestException: ${(error as Error).message}`,
    };
  }
  try {
    const path = form.path.trim();
    if (!path.startsWith("/")) throw new Error(`Start the path with "/", for example /orders/42.`);
    const headers = parseHeaderLines(form.headers);
    if (form.cookies.trim() !== "") headers.push(["Cookie", form.cookies.trim()]);
    const query = form.query.trim().replace(/^\?/, "");
    request = parseHttpRequest({
      url: `https://${API_DOMAIN}${path}${query ? `?${query}` : ""}`,
      method: form.method,
      headers,
    });
  } catch (error) {
    return { ok: false, title: "Not a request a client could send", message: (error as Error).message };
  }
  const match = selectRoute([route], request.method, request.rawPath);
  if (!match) {
    return {
      ok: false,
      title: "No route matches: API Gateway answers 404",
      message: `${request.method} ${request.rawPath} does not fit route ${route.routeKey}, so the client gets {"message":"Not Found"} and the function is not invoked.`,
    };
  }
  const ctx: ApiEventContext = {
    accountId: "123456789012",
    apiId: API_ID,
    domainName: API_DOMAIN,
    stage: "$default",
    requestId: API_REQUEST_ID,
    routeKey: route.routeKey,
    pathParameters: match.pathParameters,
    timeEpoch: TIME,
    traceId: albTraceId(TIME, "1c8f0e2d4b6a8c0e2f4a6b8d"),
  };
  // As the simulator's HTTP API does: a 1.0 integration's resource is the route path and the
  // event carries version "1.0" (REST APIs send no version field).
  const v1 = buildProxyEventV1(request, {
    ...ctx,
    resource: route.method === "$default" ? "$default" : route.path,
    includeVersion: true,
  });
  const v2 = buildHttpApiEventV2(request, ctx);
  const params = Object.entries(match.pathParameters);
  const summary = `Route ${route.routeKey} matches ${request.method} ${request.rawPath}${params.length ? ` (${params.map(([k, v]) => `${k} = ${quote(v)}`).join(", ")})` : ""}.`;
  return { ok: true, v1, v2, summary, notes: compare(request) };
}

function grouped(pairs: [string, string][]): Map<string, string[]> {
  const all = new Map<string, string[]>();
  for (const [k, v] of pairs) all.set(k, [...(all.get(k) ?? []), v]);
  return all;
}

/** What differs between the two formats for this particular request. */
function compare(request: ParsedHttpRequest): string[] {
  const notes: string[] = [];
  const query = splitQuery(request.rawQuery).map(([k, v]): [string, string] => [
    safeDecode(k),
    safeDecode(v),
  ]);
  for (const [key, values] of grouped(query)) {
    if (values.length < 2) continue;
    notes.push(
      `Query ${key} appears ${values.length} times: 2.0 joins the values with commas, ${quote(values.join(","))}; 1.0 keeps the last, ${quote(values.at(-1)!)}, in queryStringParameters and all of them in multiValueQueryStringParameters.`,
    );
  }
  const decoded = splitQuery(request.rawQuery).find(([k, v]) => safeDecode(k + v) !== k + v);
  if (decoded) {
    notes.push(
      `Both formats decode query values (${quote(decoded[1])} → ${quote(safeDecode(decoded[1]))}); only 2.0's rawQueryString keeps the text as sent.`,
    );
  }
  const cookieCount = request.headers
    .filter(([n]) => n === "cookie")
    .flatMap(([, v]) => v.split(";"))
    .filter((c) => c.trim() !== "").length;
  if (cookieCount > 0) {
    notes.push(
      `2.0 moves the ${cookieCount} cookie${cookieCount === 1 ? "" : "s"} into a cookies array and drops the Cookie header; 1.0 leaves them in the Cookie header.`,
    );
  }
  for (const [name, values] of grouped(request.rawHeaders.filter(([n]) => n.toLowerCase() !== "cookie"))) {
    if (values.length < 2) continue;
    notes.push(
      `Header ${name} is sent ${values.length} times: 2.0 joins them, headers.${name.toLowerCase()} = ${quote(values.join(","))}; 1.0 keeps the last in headers and all of them in multiValueHeaders.`,
    );
  }
  const spelled = [...new Set(request.rawHeaders.map(([n]) => n).filter((n) => n !== n.toLowerCase()))];
  if (spelled.length > 0)
    notes.push(
      `1.0 keeps header names as the client spelled them (${spelled.join(", ")}); 2.0 lower-cases every name.`,
    );
  return notes;
}

export interface ReturnExample {
  id: string;
  label: string;
  value: string;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

export const RETURN_EXAMPLES: readonly ReturnExample[] = [
  { id: "object", label: "A plain object", value: pretty({ id: "42", status: "shipped" }) },
  {
    id: "full",
    label: "Full response with cookies",
    value: pretty({
      statusCode: 201,
      headers: { "Content-Type": "application/json" },
      cookies: ["theme=dark; Path=/"],
      body: '{"id":"42"}',
    }),
  },
  {
    id: "no-status",
    label: "Forgot statusCode",
    value: pretty({ headers: { "Content-Type": "text/plain" }, body: "Hello" }),
  },
  {
    id: "multi",
    label: "multiValueHeaders",
    value: pretty({ statusCode: 200, multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"] }, body: "ok" }),
  },
  { id: "object-body", label: "Body as an object", value: pretty({ statusCode: 200, body: { id: "42" } }) },
];

export interface ResponseView {
  status: number;
  /** "HTTP/1.1 200 OK", the header lines and the body, as the client receives them. */
  text: string;
  /** Why API Gateway answered itself instead of passing the function's response on. */
  errorReason?: string;
}

export type ResponseMapping =
  { ok: true; v2: ResponseView; v1: ResponseView } | { ok: false; message: string };

function view(response: HttpResponse): ResponseView {
  // The simulator's API adds its request id to every response, as API Gateway does.
  const headers = { ...response.multiValueHeaders, "apigw-requestid": [API_REQUEST_ID] };
  const lines = Object.entries(headers).flatMap(([name, values]) => values.map((v) => `${name}: ${v}`));
  const text = [`HTTP/1.1 ${response.status} ${response.statusText}`, ...lines, "", response.body].join("\n");
  return {
    status: response.status,
    text,
    ...(response.errorReason ? { errorReason: response.errorReason } : {}),
  };
}

/**
 * `returned` is the handler's return value written as JSON, which is what the runtime sends
 * API Gateway after serialising it.
 */
export function mapReturnValue(returned: string): ResponseMapping {
  try {
    JSON.parse(returned);
  } catch (error) {
    return {
      ok: false,
      message: `Write the return value as JSON (double-quoted keys and strings): ${(error as Error).message}`,
    };
  }
  return { ok: true, v2: view(httpApiResultV2ToHttp(returned)), v1: view(proxyResultV1ToHttp(returned)) };
}
