import type { ALBEvent } from "aws-lambda";
import { albTraceId, buildAlbEvent } from "@/lib/simulator/sources/alb-event";
import {
  DEFAULT_SOURCE_IP,
  isTextContentType,
  parseHttpRequest,
  splitQuery,
  type ParsedHttpRequest,
} from "@/lib/simulator/sources/http-request";
import { HeaderLineError, parseHeaderLines } from "./http-form";

/**
 * The ALB request-to-event widget's logic. The conversion itself is the simulator's
 * (lib/simulator/sources/alb-event), so the widget shows the very event a simulated ALB sends;
 * this file only turns form fields into a request and explains what changed on the way.
 */

/** Fixed values where the simulator draws from its seeded PRNG, so the output never flickers. */
export const ALB_TARGET_GROUP_ARN =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-lambda/4f1c2a9e7b3d6c05";
export const ALB_TRACE_ID = albTraceId(Date.UTC(2026, 0, 1), "5e0f3c9d7a1b4e2f8c6d0a13");
/** Where a URL typed as a bare path ("/greet?name=x") is sent. */
export const ALB_DEFAULT_ORIGIN = "https://shop.example.com";

export interface BodyType {
  id: string;
  label: string;
  /** The Content-Type header sent with the body; null sends no body at all. */
  contentType: string | null;
  sample: string;
}

export const ALB_BODY_TYPES: readonly BodyType[] = [
  { id: "none", label: "No body", contentType: null, sample: "" },
  {
    id: "json",
    label: "JSON",
    contentType: "application/json",
    sample: '{"name":"Ana Lima","tags":["new"]}',
  },
  { id: "text", label: "Plain text", contentType: "text/plain; charset=utf-8", sample: "Hello from Ana" },
  {
    id: "form",
    label: "HTML form",
    contentType: "application/x-www-form-urlencoded",
    sample: "name=Ana+Lima&tag=new&tag=sale",
  },
  { id: "pdf", label: "PDF upload", contentType: "application/pdf", sample: "%PDF-1.7 (the file's bytes)" },
];

export interface AlbRequestForm {
  method: string;
  /** Absolute URL, or a path with query string sent to ALB_DEFAULT_ORIGIN. */
  url: string;
  /** One `Name: value` per line; a repeated name sends the header twice. */
  headers: string;
  bodyType: string;
  body: string;
  /** The target group attribute lambda.multi_value_headers.enabled. */
  multiValueHeaders: boolean;
}

export const ALB_EXAMPLE: AlbRequestForm = {
  method: "GET",
  url: "https://shop.example.com/greet?name=Ana%20Lima&tag=new&tag=sale",
  headers: "Accept: application/json\nUser-Agent: curl/8.5.0\nCookie: a=1\nCookie: b=2",
  bodyType: "none",
  body: "",
  multiValueHeaders: false,
};

export type AlbConversion =
  | { ok: true; event: ALBEvent; json: string; summary: string; notes: string[] }
  | { ok: false; message: string };

const quote = (s: string) => `"${s}"`;

/** Builds the request the form describes and the event ALB makes of it. Never throws. */
export function convertAlbRequest(form: AlbRequestForm): AlbConversion {
  const bodyType = ALB_BODY_TYPES.find((b) => b.id === form.bodyType) ?? ALB_BODY_TYPES[0];
  let request: ParsedHttpRequest;
  let typed: [string, string][];
  try {
    typed = parseHeaderLines(form.headers);
    if (bodyType.contentType && typed.some(([n]) => n.toLowerCase() === "content-type")) {
      throw new HeaderLineError("Remove the Content-Type line: the body choice sets Content-Type.");
    }
    const headers = bodyType.contentType
      ? [...typed, ["Content-Type", bodyType.contentType] as [string, string]]
      : typed;
    const url = form.url.trim().startsWith("/") ? ALB_DEFAULT_ORIGIN + form.url.trim() : form.url;
    request = parseHttpRequest({
      url,
      method: form.method,
      headers,
      body: bodyType.contentType ? form.body : undefined,
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const event = buildAlbEvent(request, {
    targetGroupArn: ALB_TARGET_GROUP_ARN,
    multiValueHeaders: form.multiValueHeaders,
    traceId: ALB_TRACE_ID,
  });
  return {
    ok: true,
    event,
    json: JSON.stringify(event, null, 2),
    summary: summarise(request, event, form.multiValueHeaders),
    notes: explain(request, typed, event, form),
  };
}

function summarise(request: ParsedHttpRequest, event: ALBEvent, multi: boolean): string {
  const headerCount = Object.keys((multi ? event.multiValueHeaders : event.headers) ?? {}).length;
  const queryCount = Object.keys(
    (multi ? event.multiValueQueryStringParameters : event.queryStringParameters) ?? {},
  ).length;
  const body =
    request.body.length === 0 ? "no body" : event.isBase64Encoded ? "body as base64" : "body as text";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${request.method} ${request.rawPath}: ${plural(headerCount, "header")}, ${plural(queryCount, "query parameter")}, ${body}.`;
}

/** Repeated names in order of first appearance, with all their values. */
function repeats(pairs: [string, string][]): [string, string[]][] {
  const all = new Map<string, string[]>();
  for (const [k, v] of pairs) all.set(k, [...(all.get(k) ?? []), v]);
  return [...all].filter(([, values]) => values.length > 1);
}

function explain(
  request: ParsedHttpRequest,
  typed: [string, string][],
  event: ALBEvent,
  form: AlbRequestForm,
): string[] {
  const notes: string[] = [];
  const multi = form.multiValueHeaders;
  notes.push(
    multi
      ? "Multi-value headers on: the event carries multiValueHeaders and multiValueQueryStringParameters instead of headers and queryStringParameters."
      : "Multi-value headers off (the default): for a repeated header or query parameter the last value wins.",
  );

  const renamed = [...new Set(typed.map(([n]) => n).filter((n) => n !== n.toLowerCase()))];
  if (renamed.length > 0)
    notes.push(
      `Header names arrive in lower case: ${renamed.map((n) => `${n} → ${n.toLowerCase()}`).join(", ")}.`,
    );

  const sentForwarded = request.headers.some(([n]) => n === "x-forwarded-for");
  // A trace id the client already sent is passed on rather than replaced.
  const sentTrace = request.headers.some(([n]) => n === "x-amzn-trace-id");
  const added = [
    ...(sentTrace ? [] : ["x-amzn-trace-id"]),
    "x-forwarded-for",
    "x-forwarded-port",
    "x-forwarded-proto",
  ];
  if (request.body.length > 0 && !request.headers.some(([n]) => n === "content-length"))
    added.push("content-length");
  notes.push(
    `ALB added ${added.join(", ")}${sentForwarded ? `; it appended the client address (${request.sourceIp}) to the X-Forwarded-For you sent` : ` (the client address here is ${DEFAULT_SOURCE_IP})`}.`,
  );

  for (const [key, values] of repeats(splitQuery(request.rawQuery))) {
    notes.push(
      multi
        ? `Query parameter ${key} appears ${values.length} times: multiValueQueryStringParameters.${key} keeps all of them.`
        : `Query parameter ${key} appears ${values.length} times: queryStringParameters.${key} keeps only the last, ${quote(values.at(-1)!)}.`,
    );
  }
  // Headers ALB replaces with its own are not the client's repeats.
  const clientHeaders = request.headers.filter(
    ([n]) => !n.startsWith("x-forwarded-") && n !== "x-amzn-trace-id",
  );
  for (const [name, values] of repeats(clientHeaders)) {
    notes.push(
      multi
        ? `Header ${name} is sent ${values.length} times: multiValueHeaders.${name} keeps all of them.`
        : `Header ${name} is sent ${values.length} times: headers.${name} keeps only the last, ${quote(values.at(-1)!)}.`,
    );
  }

  const encoded = splitQuery(request.rawQuery).find(([k, v]) => /[%+]/.test(k + v));
  if (encoded)
    notes.push(
      `The query string is not decoded: ${encoded[0]} arrives as ${quote(encoded[1])}, so decode it in the function.`,
    );
  const typedUrl = form.url.trim();
  if (/[^\x21-\x7e]/.test(typedUrl.replace(/#.*/, ""))) {
    notes.push(
      "Spaces and non-ASCII characters you typed in the URL were percent-encoded, as a browser sends them.",
    );
  }

  if (request.body.length > 0) {
    const type = ALB_BODY_TYPES.find((b) => b.id === form.bodyType)?.contentType ?? "";
    notes.push(
      isTextContentType(type)
        ? `${type.split(";")[0]} is a text type, so the body arrives as text (isBase64Encoded: false).`
        : `${type.split(";")[0]} is not one of the text types, so the body arrives base64-encoded (isBase64Encoded: true).`,
    );
  }
  if (event.isBase64Encoded && form.bodyType === "form")
    notes.push("Form posts surprise people: decode the base64 first, then parse name=value pairs.");
  return notes;
}
