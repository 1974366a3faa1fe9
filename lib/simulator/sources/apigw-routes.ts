import { AwsApiError } from "./aws-error";
import { safeDecode } from "./http-request";

/**
 * HTTP API routes: route keys such as `GET /items/{id}`, `ANY /files/{proxy+}` and `$default`,
 * validated as CreateRoute validates them and selected the way API Gateway documents
 * ("Routing API requests"): the most specific route wins. Static segments beat path
 * variables, path variables beat a greedy `{name+}`, a named method beats ANY, and `$default`
 * catches whatever nothing else matched.
 */

export const HTTP_API_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"] as const;

type Segment = { kind: "static"; text: string } | { kind: "param"; name: string } | { kind: "greedy"; name: string };

export interface CompiledRoute {
  routeKey: string;
  method: string; // "$default" for the default route
  path: string;
  segments: Segment[];
}

export interface RouteMatch {
  route: CompiledRoute;
  pathParameters: Record<string, string>;
}

const badRoute = (message: string) => new AwsApiError("BadRequestException", message, 400);

export function compileRouteKey(routeKey: string): CompiledRoute {
  if (routeKey === "$default") return { routeKey, method: "$default", path: "", segments: [] };
  const match = /^([A-Z]+) (\/\S*)$/.exec(routeKey ?? "");
  if (!match || !(HTTP_API_METHODS as readonly string[]).includes(match[1])) {
    throw badRoute(
      `The provided route key '${routeKey}' is not formatted properly for HTTP protocol. Format should be "<HTTP METHOD> /<RESOURCE PATH>" or "$default", for example "GET /items/{id}".`,
    );
  }
  const [, method, path] = match;
  const parts = path === "/" ? [] : path.slice(1).split("/");
  const names = new Set<string>();
  const segments = parts.map((part, index): Segment => {
    if (part === "") throw badRoute(`Route key '${routeKey}' has an empty path segment; remove the doubled or trailing '/'.`);
    const variable = /^\{([A-Za-z0-9._-]+)(\+?)\}$/.exec(part);
    if (!variable) {
      if (/[{}]/.test(part)) throw badRoute(`Route key '${routeKey}': a path variable fills a whole segment, such as /items/{id}.`);
      return { kind: "static", text: part };
    }
    const [, name, plus] = variable;
    if (names.has(name)) throw badRoute(`Route key '${routeKey}' uses the path variable '${name}' twice.`);
    names.add(name);
    if (plus) {
      if (index !== parts.length - 1) throw badRoute(`Route key '${routeKey}': a greedy variable {${name}+} must be the last segment.`);
      return { kind: "greedy", name };
    }
    return { kind: "param", name };
  });
  return { routeKey, method, path, segments };
}

/** Specificity, compared segment by segment: static 3, variable 2, greedy 1. */
function score(route: CompiledRoute): number[] {
  return route.segments.map((s) => (s.kind === "static" ? 3 : s.kind === "param" ? 2 : 1));
}

function compareSpecificity(a: CompiledRoute, b: CompiledRoute): number {
  if (a.method === "$default") return 1;
  if (b.method === "$default") return -1;
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const x = sa[i] ?? 0;
    const y = sb[i] ?? 0;
    if (x !== y) return y - x;
  }
  if (a.method === "ANY" && b.method !== "ANY") return 1;
  if (b.method === "ANY" && a.method !== "ANY") return -1;
  return 0;
}

function matchPath(route: CompiledRoute, rawPath: string): Record<string, string> | null {
  const parts = rawPath === "/" ? [] : rawPath.slice(1).split("/");
  const params: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const seg = route.segments[i];
    if (seg.kind === "greedy") {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.join("/") === "") return null;
      params[seg.name] = safeDecode(rest.join("/"));
      return params;
    }
    const part = parts[i];
    if (part === undefined || part === "") return null;
    if (seg.kind === "static") {
      if (part !== seg.text) return null;
    } else {
      params[seg.name] = safeDecode(part);
    }
  }
  return parts.length === route.segments.length ? params : null;
}

/** The route API Gateway would pick for a method and raw path, or null (API Gateway's 404). */
export function selectRoute(routes: readonly CompiledRoute[], method: string, rawPath: string): RouteMatch | null {
  const sorted = [...routes].sort(compareSpecificity);
  for (const route of sorted) {
    if (route.method === "$default") return { route, pathParameters: {} };
    if (route.method !== "ANY" && route.method !== method) continue;
    const params = matchPath(route, rawPath);
    if (params) return { route, pathParameters: params };
  }
  return null;
}
