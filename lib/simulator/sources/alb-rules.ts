import { AwsApiError } from "./aws-error";
import { parseIpv4 } from "./event-pattern";
import { headerValues, safeDecode, splitQuery, type ParsedHttpRequest } from "./http-request";

/**
 * ALB listener rule conditions (ELBv2 RuleCondition), validated as CreateRule validates them and
 * evaluated against a request. Values within one condition are alternatives (OR); all of a
 * rule's conditions must hold (AND); rules are tried from the lowest priority number up.
 */

export interface RuleCondition {
  Field: "path-pattern" | "host-header" | "http-header" | "query-string" | "http-request-method" | "source-ip" | string;
  /** The legacy form, accepted by ELBv2 for path-pattern and host-header. */
  Values?: string[];
  PathPatternConfig?: { Values?: string[] };
  HostHeaderConfig?: { Values?: string[] };
  HttpHeaderConfig?: { HttpHeaderName?: string; Values?: string[] };
  QueryStringConfig?: { Values?: { Key?: string; Value?: string }[] };
  HttpRequestMethodConfig?: { Values?: string[] };
  SourceIpConfig?: { Values?: string[] };
}

const MAX_CONDITION_VALUES = 5;
const SINGLE_USE_FIELDS = ["path-pattern", "host-header", "http-request-method", "source-ip"];

const invalid = (message: string) => new AwsApiError("ValidationError", message, 400);

/** Throws a ValidationError (400) for conditions CreateRule would refuse. */
export function validateRuleConditions(conditions: RuleCondition[] | undefined): void {
  if (!Array.isArray(conditions) || conditions.length === 0) {
    throw invalid("A rule needs at least one condition, for example { Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }.");
  }
  let total = 0;
  const seen = new Set<string>();
  for (const condition of conditions) {
    const field = condition.Field;
    if (SINGLE_USE_FIELDS.includes(field)) {
      if (seen.has(field)) throw invalid(`A rule can contain only one '${field}' condition; list several values in it instead.`);
      seen.add(field);
    }
    const values = conditionValues(condition);
    if (values.length === 0) throw invalid(`The '${field}' condition needs at least one value.`);
    total += values.length;
    for (const v of values) {
      if (v.length > 128) throw invalid(`Condition value '${v.slice(0, 20)}...' is longer than 128 characters.`);
    }
    if (field === "http-request-method") {
      for (const v of values) {
        if (!/^[A-Z_-]+$/.test(v)) throw invalid(`HTTP request method '${v}' is not valid: use upper case, such as GET or POST.`);
      }
    }
    if (field === "http-header" && !condition.HttpHeaderConfig?.HttpHeaderName) {
      throw invalid("An 'http-header' condition needs HttpHeaderConfig.HttpHeaderName.");
    }
    if (field === "source-ip") {
      for (const v of values) if (!parseCidr(v)) throw invalid(`'${v}' is not a valid IPv4 CIDR block such as 203.0.113.0/24.`);
    }
  }
  if (total > MAX_CONDITION_VALUES) {
    throw invalid(`A rule can only have '${MAX_CONDITION_VALUES}' condition values; this one has ${total}.`);
  }
}

function conditionValues(condition: RuleCondition): string[] {
  switch (condition.Field) {
    case "path-pattern":
      return condition.PathPatternConfig?.Values ?? condition.Values ?? [];
    case "host-header":
      return condition.HostHeaderConfig?.Values ?? condition.Values ?? [];
    case "http-header":
      return condition.HttpHeaderConfig?.Values ?? [];
    case "query-string":
      return (condition.QueryStringConfig?.Values ?? []).map((kv) => `${kv.Key ?? ""}=${kv.Value ?? ""}`);
    case "http-request-method":
      return condition.HttpRequestMethodConfig?.Values ?? [];
    case "source-ip":
      return condition.SourceIpConfig?.Values ?? [];
    default:
      throw invalid(
        `Condition field '${condition.Field}' is not supported: use path-pattern, host-header, http-header, query-string, http-request-method or source-ip.`,
      );
  }
}

/** `*` matches any run of characters and `?` exactly one. */
export function wildcardMatch(pattern: string, text: string, ignoreCase: boolean): boolean {
  const source = pattern
    .split("")
    .map((ch) => (ch === "*" ? "[\\s\\S]*" : ch === "?" ? "[\\s\\S]" : ch.replace(/[.+^${}()|[\]\\/-]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, ignoreCase ? "i" : "").test(text);
}

function parseCidr(text: string): { network: number; mask: number } | null {
  const [ip, bits, extra] = text.split("/");
  const n = parseIpv4(ip);
  if (n === null || extra !== undefined || !/^\d{1,2}$/.test(bits ?? "") || Number(bits) > 32) return null;
  const mask = Number(bits) === 0 ? 0 : (0xffffffff << (32 - Number(bits))) >>> 0;
  return { network: (n & mask) >>> 0, mask };
}

export function conditionMatches(condition: RuleCondition, request: ParsedHttpRequest): boolean {
  const values = conditionValues(condition);
  switch (condition.Field) {
    case "path-pattern":
      // Case-sensitive, applied to the path only, never to the query string.
      return values.some((p) => wildcardMatch(p, request.rawPath, false));
    case "host-header":
      return values.some((p) => wildcardMatch(p, request.host, true));
    case "http-header": {
      const sent = headerValues(request, condition.HttpHeaderConfig!.HttpHeaderName!.toLowerCase());
      return values.some((p) => sent.some((v) => wildcardMatch(p, v, true)));
    }
    case "query-string": {
      const pairs = splitQuery(request.rawQuery).map(([k, v]) => [safeDecode(k), safeDecode(v)] as const);
      return (condition.QueryStringConfig?.Values ?? []).some((want) =>
        pairs.some(
          ([k, v]) => (want.Key === undefined || wildcardMatch(want.Key, k, true)) && wildcardMatch(want.Value ?? "", v, true),
        ),
      );
    }
    case "http-request-method":
      return values.includes(request.method);
    case "source-ip": {
      const ip = parseIpv4(request.sourceIp);
      return ip !== null && values.some((v) => {
        const cidr = parseCidr(v)!;
        return ((ip & cidr.mask) >>> 0) === cidr.network;
      });
    }
    default:
      return false;
  }
}

export interface PrioritisedRule<A> {
  priority: number;
  conditions: RuleCondition[];
  actions: A;
}

/** The first rule, by ascending priority, whose conditions all match; undefined for the default action. */
export function selectRule<A>(rules: readonly PrioritisedRule<A>[], request: ParsedHttpRequest): PrioritisedRule<A> | undefined {
  return [...rules]
    .sort((a, b) => a.priority - b.priority)
    .find((rule) => rule.conditions.every((c) => conditionMatches(c, request)));
}
