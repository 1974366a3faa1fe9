/**
 * The HTTP side of `sim.http.request`: parsing a request as a client would send it, and the
 * shape of the response. Load balancers and APIs both start from a ParsedHttpRequest.
 *
 * Paths and query strings are kept exactly as sent (percent-encoded): ALB hands them to the
 * function undecoded, and API Gateway's rawPath / rawQueryString do the same.
 */

export type HeaderInput = Record<string, string | number | readonly string[]> | readonly (readonly [string, string])[];

export interface HttpRequestInput {
  url: string;
  method?: string;
  headers?: HeaderInput;
  /** Text is sent as UTF-8; bytes are sent as they are. */
  body?: string | Uint8Array;
  /** The caller's address as the load balancer sees it; defaults to a documentation address. */
  sourceIp?: string;
}

export interface ParsedHttpRequest {
  method: string;
  protocol: "http" | "https";
  /** Lower-case host name without the port. */
  host: string;
  port: number;
  /** Path as sent, still percent-encoded, always starting with "/". */
  rawPath: string;
  /** Query string as sent, without the "?" ("" when absent). */
  rawQuery: string;
  /** Header lines in order, names lower-cased, repeated names kept. */
  headers: [string, string][];
  /** The same lines with the names as the client spelled them (payload format 1.0 keeps them). */
  rawHeaders: [string, string][];
  body: Uint8Array;
  sourceIp: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  /** Header names as the function wrote them; repeated headers are joined with ", ". */
  headers: Record<string, string>;
  /** Every value of every header, for Set-Cookie and other repeated headers. */
  multiValueHeaders: Record<string, string[]>;
  /** The body as UTF-8 text (binary bodies are decoded leniently; see bodyBytes). */
  body: string;
  bodyBytes: Uint8Array;
  /** Why the load balancer or API answered itself instead of the function, when it did. */
  errorReason?: string;
}

/** Thrown when a request cannot leave the client: a malformed URL or an unknown host. */
export class HttpClientError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "HttpClientError";
    this.code = code;
  }
}

export const DEFAULT_SOURCE_IP = "203.0.113.10"; // RFC 5737 documentation range

const URL_SHAPE = /^(https?):\/\/([^/?#\s]+)([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;
const METHOD_SHAPE = /^[A-Za-z]+$/;
const HOST_SHAPE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

export function parseHttpRequest(input: HttpRequestInput): ParsedHttpRequest {
  if (typeof input?.url !== "string") {
    throw new HttpClientError("ERR_INVALID_URL", "Invalid URL: pass an absolute http:// or https:// URL as url.");
  }
  const match = URL_SHAPE.exec(input.url.trim());
  if (!match) {
    throw new HttpClientError(
      "ERR_INVALID_URL",
      `Invalid URL '${input.url}': write an absolute http:// or https:// URL whose host is a load balancer DNSName or an API endpoint.`,
    );
  }
  const protocol = match[1].toLowerCase() as "http" | "https";
  const authority = match[2];
  if (authority.includes("@")) {
    throw new HttpClientError("ERR_INVALID_URL", `Invalid URL '${input.url}': user names and passwords in URLs are not supported.`);
  }
  const portMatch = /^(.*?)(?::(\d*))?$/.exec(authority)!;
  const host = portMatch[1].toLowerCase();
  if (!HOST_SHAPE.test(host)) {
    throw new HttpClientError("ERR_INVALID_URL", `Invalid URL '${input.url}': '${portMatch[1]}' is not a valid host name.`);
  }
  const port = portMatch[2] ? Number(portMatch[2]) : protocol === "https" ? 443 : 80;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new HttpClientError("ERR_INVALID_URL", `Invalid URL '${input.url}': the port must be 1-65535.`);
  }
  const method = (input.method ?? "GET").toUpperCase();
  if (!METHOD_SHAPE.test(method)) {
    throw new HttpClientError("ERR_INVALID_HTTP_TOKEN", `Invalid method '${input.method}': use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.`);
  }
  const rawHeaders = normaliseHeaders(input.headers);
  if (!rawHeaders.some(([name]) => name.toLowerCase() === "host")) rawHeaders.unshift(["Host", portMatch[2] ? `${host}:${port}` : host]);
  const headers = rawHeaders.map(([name, value]): [string, string] => [name.toLowerCase(), value]);
  const body = typeof input.body === "string" ? new TextEncoder().encode(input.body) : (input.body ?? new Uint8Array());
  return {
    method,
    protocol,
    host,
    port,
    rawPath: encodeLoosely(match[3] === "" ? "/" : match[3]),
    rawQuery: encodeLoosely(match[4] ?? ""),
    headers,
    rawHeaders,
    body,
    sourceIp: input.sourceIp ?? DEFAULT_SOURCE_IP,
  };
}

function normaliseHeaders(input: HeaderInput | undefined): [string, string][] {
  const out: [string, string][] = [];
  const entries: readonly (readonly [string, unknown])[] = Array.isArray(input)
    ? (input as readonly (readonly [string, string])[])
    : Object.entries(input ?? {});
  for (const [name, value] of entries) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new HttpClientError("ERR_INVALID_HTTP_TOKEN", `Header name '${name}' is not a valid HTTP token.`);
    }
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      const text = String(v);
      if (/[\r\n]/.test(text)) {
        throw new HttpClientError("ERR_INVALID_CHAR", `Header '${name}' contains a line break, which HTTP does not allow.`);
      }
      out.push([name, text]);
    }
  }
  return out;
}

/** Encodes what a browser would encode (spaces, non-ASCII) and leaves existing escapes alone. */
function encodeLoosely(text: string): string {
  return text.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g, (ch) => encodeURIComponent(ch)).replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
}

/** Splits `a=1&b=2&a=3` into raw (undecoded) pairs; `flag` alone gives ["flag", ""]. */
export function splitQuery(rawQuery: string): [string, string][] {
  if (rawQuery === "") return [];
  return rawQuery
    .split("&")
    .filter((part) => part !== "")
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? [part, ""] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

/** Percent-decoding that leaves malformed escapes as they are instead of throwing. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

export function headerValues(request: ParsedHttpRequest, name: string): string[] {
  return request.headers.filter(([n]) => n === name).map(([, v]) => v);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict base64 decoding; null when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  const clean = text.replace(/\s/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return null;
  try {
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}

/** The textual media types ALB and API Gateway pass through as text; others travel as base64. */
export function isTextContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0].trim().toLowerCase();
  return type.startsWith("text/") || ["application/json", "application/javascript", "application/xml"].includes(type);
}

const REASONS: Record<number, string> = {
  200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found",
  303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
  401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict",
  410: "Gone", 413: "Request Entity Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Entity",
  429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
  503: "Service Unavailable", 504: "Gateway Timeout",
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? "";
}

/** Builds an HttpResponse from header pairs, keeping repeated headers. */
export function makeResponse(
  status: number,
  headerPairs: [string, string][],
  bodyBytes: Uint8Array,
  statusText = reasonPhrase(status),
  errorReason?: string,
): HttpResponse {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, value] of headerPairs) {
    (multiValueHeaders[name] ??= []).push(value);
    headers[name] = multiValueHeaders[name].join(", ");
  }
  const response: HttpResponse = { status, statusText, headers, multiValueHeaders, body: utf8(bodyBytes), bodyBytes };
  if (errorReason) response.errorReason = errorReason;
  return response;
}
