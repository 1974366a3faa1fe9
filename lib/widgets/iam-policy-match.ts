import type { ConditionBlock, ConditionOperator, PrincipalSpec } from "./iam-policy-parse";

/**
 * How the parts of one statement are compared with a request: wildcards in Action and Resource,
 * the Principal of a resource-based policy, and the String/Arn condition operators.
 */

/** A glob with IAM's two wildcards: `*` any run of characters, `?` exactly one. */
export function globMatches(pattern: string, value: string, caseInsensitive = false): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${source}$`, caseInsensitive ? "i" : "").test(value);
}

/** Action names are case-insensitive in IAM: `lambda:invokefunction` is `lambda:InvokeFunction`. */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatches(pattern, action, true);
}

/** Resource ARNs are compared case-sensitively; a `*` may run across the ARN's colons. */
export function resourceMatches(pattern: string, resource: string): boolean {
  return globMatches(pattern, resource);
}

/** The six colon-separated parts of an ARN (the last may itself contain colons), or null. */
export function arnParts(arn: string): string[] | null {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return null;
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}

/** ArnEquals/ArnLike: each of the six parts is matched on its own, wildcards included. */
export function arnMatches(pattern: string, arn: string): boolean {
  const p = arnParts(pattern);
  const a = arnParts(arn);
  if (!p || !a) return false;
  return p.every((part, i) => globMatches(part, a[i]));
}

// ---------------------------------------------------------------- principals

export type RequestPrincipal =
  | { kind: "service"; name: string; text: string }
  | { kind: "role" | "assumed-role" | "user" | "root"; account: string; name: string; text: string };

/** A request principal the evaluator cannot read; the message shows the accepted forms. */
export class PrincipalFormatError extends Error {
  constructor(text: string) {
    super(
      `"${text}" is not a principal this evaluator understands. Use a service principal such as s3.amazonaws.com, or an IAM ARN such as arn:aws:iam::123456789012:role/orders-role or arn:aws:sts::123456789012:assumed-role/orders-role/orders-api.`,
    );
    this.name = "PrincipalFormatError";
  }
}

export function parseRequestPrincipal(text: string): RequestPrincipal {
  const t = text.trim();
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/.test(t)) return { kind: "service", name: t, text: t };
  let m = /^arn:aws:iam::(\d{12}):root$/.exec(t);
  if (m) return { kind: "root", account: m[1], name: "root", text: t };
  m = /^arn:aws:iam::(\d{12}):role\/(?:[^\s]*\/)?([^/\s]+)$/.exec(t);
  if (m) return { kind: "role", account: m[1], name: m[2], text: t };
  m = /^arn:aws:sts::(\d{12}):assumed-role\/([^/\s]+)\/[^/\s]+$/.exec(t);
  if (m) return { kind: "assumed-role", account: m[1], name: m[2], text: t };
  m = /^arn:aws:iam::(\d{12}):user\/(?:[^\s]*\/)?([^/\s]+)$/.exec(t);
  if (m) return { kind: "user", account: m[1], name: m[2], text: t };
  throw new PrincipalFormatError(t);
}

/**
 * How a resource-based policy's Principal matches the caller:
 * - "named": the caller itself (or `*`); that statement alone can allow within an account;
 * - "account": only the caller's account. Naming an account delegates to it, so the caller's own
 *   identity-based policy must also allow, even inside one account;
 * - null: not this caller.
 */
export type PrincipalMatch = "named" | "account" | null;

export function principalMatches(spec: PrincipalSpec, caller: RequestPrincipal): PrincipalMatch {
  if (spec.any) return "named";
  if (caller.kind === "service") return spec.service.includes(caller.name) ? "named" : null;
  let account = false;
  for (const entry of spec.aws) {
    if (entry === caller.account || entry === `arn:aws:iam::${caller.account}:root`) {
      if (caller.kind === "root") return "named";
      account = true;
      continue;
    }
    if (entry === caller.text) return "named";
    // A role ARN in a policy also covers the sessions of that role (what Lambda and other
    // services actually present when they act with an execution role).
    const role = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(entry);
    if (role && caller.kind === "assumed-role" && role[1] === caller.account && role[2] === caller.name) return "named";
  }
  return account ? "account" : null;
}

// ---------------------------------------------------------------- conditions

/** The request context keys the widget lets a learner set. Keys are case-insensitive. */
export type ConditionContext = { "aws:sourcearn"?: string; "aws:sourceaccount"?: string };

export type ConditionCheck = { operator: string; key: string; values: string[]; actual: string | undefined; ok: boolean };

const NEGATED = new Set<ConditionOperator>(["StringNotEquals", "StringNotLike", "ArnNotEquals", "ArnNotLike"]);

function compare(operator: ConditionOperator, pattern: string, actual: string): boolean {
  switch (operator) {
    case "StringEquals":
    case "StringNotEquals":
      return pattern === actual;
    case "StringLike":
    case "StringNotLike":
      return globMatches(pattern, actual);
    default:
      // IAM documents ArnEquals and ArnLike identically: part-by-part, wildcards allowed.
      return arnMatches(pattern, actual);
  }
}

/**
 * Every operator, and every key under it, must hold (AND); any one of a key's values is enough
 * (OR). A key missing from the request makes a positive operator false and a negated one true.
 */
export function evaluateConditions(block: ConditionBlock, context: ConditionContext): ConditionCheck[] {
  const checks: ConditionCheck[] = [];
  for (const [op, keys] of Object.entries(block)) {
    const operator = op as ConditionOperator;
    for (const [key, values] of Object.entries(keys)) {
      const actual = context[key.toLowerCase() as keyof ConditionContext];
      const negated = NEGATED.has(operator);
      let ok: boolean;
      if (actual === undefined || actual === "") ok = negated;
      else {
        const any = values.some((v) => compare(operator, v, actual));
        ok = negated ? !any : any;
      }
      checks.push({ operator, key, values, actual: actual || undefined, ok });
    }
  }
  return checks;
}
