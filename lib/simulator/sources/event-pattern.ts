import { AwsApiError } from "./aws-error";

/**
 * EventBridge event patterns: validation (PutRule's InvalidEventPatternException) and a compiled
 * form that `matchesEventPattern` (event-pattern-match.ts) evaluates.
 *
 * A pattern is a JSON object mirroring the event: nested objects descend into the event, and
 * every leaf is a non-empty array of alternatives, either plain values (exact match) or
 * one-key objects naming a comparison (prefix, suffix, anything-but, numeric, exists,
 * equals-ignore-case, wildcard, cidr). `$or` combines whole sub-patterns.
 */

export type Matcher =
  | { kind: "exact"; value: string | number | boolean | null }
  | { kind: "prefix"; value: string; ignoreCase: boolean }
  | { kind: "suffix"; value: string; ignoreCase: boolean }
  | { kind: "equalsIgnoreCase"; value: string }
  | { kind: "wildcard"; regex: RegExp }
  | { kind: "numeric"; lower?: number; lowerOpen: boolean; upper?: number; upperOpen: boolean }
  | { kind: "exists"; exists: boolean }
  | { kind: "cidr"; network: number; mask: number }
  | { kind: "anythingBut"; not: Matcher[] };

export interface PatternNode {
  /** Every field must match (AND). */
  fields: { key: string; node?: PatternNode; matchers?: Matcher[] }[];
  /** Each `$or` needs at least one of its alternatives to match. */
  ors: PatternNode[][];
}

export interface CompiledEventPattern {
  source: string;
  root: PatternNode;
}

/** EventBridge accepts numbers in numeric comparisons only within this range. */
export const NUMERIC_LIMIT = 5e9;

export function invalidPattern(reason: string): AwsApiError {
  return new AwsApiError("InvalidEventPatternException", `Event pattern is not valid. Reason: ${reason}`, 400);
}

class PatternError extends Error {}

const fail = (reason: string): never => {
  throw new PatternError(reason);
};

/** Validates a pattern (JSON text or an already-parsed object) and compiles it. */
export function compileEventPattern(pattern: string | object): CompiledEventPattern {
  let parsed: unknown = pattern;
  let source: string;
  if (typeof pattern === "string") {
    source = pattern;
    try {
      parsed = JSON.parse(pattern);
    } catch (error) {
      throw invalidPattern(`the pattern is not valid JSON (${(error as Error).message}).`);
    }
  } else {
    source = JSON.stringify(pattern);
  }
  try {
    if (!isPlainObject(parsed)) fail("Filter is not an object");
    return { source, root: compileNode(parsed as Record<string, unknown>) };
  } catch (error) {
    if (error instanceof PatternError) throw invalidPattern(error.message);
    throw error;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function compileNode(object: Record<string, unknown>): PatternNode {
  const keys = Object.keys(object);
  if (keys.length === 0) fail("Empty objects are not allowed");
  const node: PatternNode = { fields: [], ors: [] };
  for (const key of keys) {
    const value = object[key];
    if (key === "$or") {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isPlainObject)) {
        fail("$or must be an array of at least two pattern objects");
      }
      node.ors.push((value as Record<string, unknown>[]).map(compileNode));
    } else if (isPlainObject(value)) {
      node.fields.push({ key, node: compileNode(value) });
    } else if (Array.isArray(value)) {
      if (value.length === 0) fail("Empty arrays are not allowed");
      node.fields.push({ key, matchers: value.map(compileMatcher) });
    } else {
      fail(`"${key}" must be an object or an array`);
    }
  }
  return node;
}

function compileMatcher(value: unknown): Matcher {
  if (value === null || typeof value === "string" || typeof value === "boolean") return { kind: "exact", value };
  if (typeof value === "number") return { kind: "exact", value };
  if (!isPlainObject(value)) return fail("Match value must be String, number, true, false, or null");
  const keys = Object.keys(value);
  if (keys.length === 0) fail("Match expression name not found");
  if (keys.length > 1) fail("Only one key allowed in match expression");
  const [op] = keys;
  const arg = value[op];
  switch (op) {
    case "prefix":
    case "suffix":
      return compileAffix(op, arg);
    case "equals-ignore-case":
      if (typeof arg !== "string") fail("equals-ignore-case match pattern must be a string");
      return { kind: "equalsIgnoreCase", value: arg as string };
    case "wildcard":
      if (typeof arg !== "string") fail("wildcard match pattern must be a string");
      return { kind: "wildcard", regex: wildcardRegex(arg as string) };
    case "numeric":
      return compileNumeric(arg);
    case "exists":
      if (typeof arg !== "boolean") fail("exists match pattern must be either true or false.");
      return { kind: "exists", exists: arg as boolean };
    case "cidr":
      if (typeof arg !== "string") fail("cidr match pattern must be a string");
      return compileCidr(arg as string);
    case "anything-but":
      return { kind: "anythingBut", not: compileAnythingBut(arg) };
    case "exact":
      if (typeof arg !== "string") fail("exact match pattern must be a string");
      return { kind: "exact", value: arg as string };
    default:
      return fail(`Unrecognized match type ${op}`);
  }
}

function compileAffix(op: "prefix" | "suffix", arg: unknown): Matcher {
  let ignoreCase = false;
  let text = arg;
  if (isPlainObject(arg)) {
    const keys = Object.keys(arg);
    if (keys.length !== 1 || keys[0] !== "equals-ignore-case") {
      fail(`${op} match pattern must be a string or {"equals-ignore-case": "..."}`);
    }
    ignoreCase = true;
    text = arg["equals-ignore-case"];
  }
  if (typeof text !== "string") fail(`${op} match pattern must be a string`);
  return { kind: op, value: text as string, ignoreCase };
}

function compileAnythingBut(arg: unknown): Matcher[] {
  if (typeof arg === "string" || typeof arg === "number") return [{ kind: "exact", value: arg }];
  if (Array.isArray(arg)) {
    if (arg.length === 0) fail("Empty arrays are not allowed");
    const allStrings = arg.every((v) => typeof v === "string");
    const allNumbers = arg.every((v) => typeof v === "number");
    if (!allStrings && !allNumbers) {
      fail("Inside anything but list, either all values are number or string, mixed type is not supported");
    }
    return arg.map((v: string | number) => ({ kind: "exact", value: v }));
  }
  if (isPlainObject(arg)) {
    const keys = Object.keys(arg);
    if (keys.length !== 1) fail("Only one key allowed in match expression");
    const [op] = keys;
    const inner = arg[op];
    if (op === "prefix" || op === "suffix") {
      if (typeof inner !== "string") fail("prefix/suffix match pattern must be a string");
      if (inner === "") fail("Null prefix/suffix not allowed");
      return [{ kind: op, value: inner as string, ignoreCase: false }];
    }
    if (op === "equals-ignore-case") {
      const list = Array.isArray(inner) ? inner : [inner];
      if (list.length === 0 || !list.every((v) => typeof v === "string")) {
        fail("Inside anything-but/ignore-case list, number|start|null|boolean is not supported.");
      }
      return list.map((v: string) => ({ kind: "equalsIgnoreCase", value: v }));
    }
    if (op === "wildcard") {
      const list = Array.isArray(inner) ? inner : [inner];
      if (list.length === 0 || !list.every((v) => typeof v === "string")) fail("wildcard match pattern must be a string");
      return list.map((v: string) => ({ kind: "wildcard", regex: wildcardRegex(v) }));
    }
    return fail(`Unsupported anything-but pattern: ${op}`);
  }
  return fail("Value of anything-but must be an array or single string/number value.");
}

function checkNumber(value: unknown, op: string): number {
  if (typeof value !== "number") fail(`Value of ${op} must be numeric`);
  if (Math.abs(value as number) > NUMERIC_LIMIT) fail("Value must be between -5.0E9 and 5.0E9, inclusive");
  return value as number;
}

function compileNumeric(arg: unknown): Matcher {
  if (!Array.isArray(arg)) return fail("Value of numeric must be an array.");
  const [op1, v1, op2, v2, ...rest] = arg as unknown[];
  if (typeof op1 !== "string") fail(`Invalid member in numeric match: ${JSON.stringify(op1)}`);
  const first = checkNumber(v1, op1 as string);
  const matcher: Matcher = { kind: "numeric", lowerOpen: false, upperOpen: false };
  switch (op1) {
    case "=":
      if (op2 !== undefined) fail("Too many elements in numeric expression");
      return { ...matcher, lower: first, upper: first };
    case "<":
    case "<=":
      if (op2 !== undefined) fail("Too many elements in numeric expression");
      return { ...matcher, upper: first, upperOpen: op1 === "<" };
    case ">":
    case ">=":
      break;
    default:
      fail(`Unrecognized numeric range operator: ${op1}`);
  }
  const lower = { ...matcher, lower: first, lowerOpen: op1 === ">" };
  if (op2 === undefined) return lower;
  if (op2 !== "<" && op2 !== "<=") fail(`Bad numeric range operator: ${String(op2)}`);
  const second = checkNumber(v2, op2 as string);
  if (rest.length > 0) fail("Too many terms in numeric range expression");
  if (second < first || (second === first && (op1 === ">" || op2 === "<"))) {
    fail("Bottom must be less than top");
  }
  return { ...lower, upper: second, upperOpen: op2 === "<" };
}

/** `*` matches any run of characters; `\*` is a literal star; two stars in a row are rejected. */
function wildcardRegex(text: string): RegExp {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") {
      const nextCh = text[i + 1];
      if (nextCh !== "*" && nextCh !== "\\") fail(`Invalid escape character at pos ${i}`);
      out += `\\${nextCh}`;
      i++;
    } else if (ch === "*") {
      if (text[i + 1] === "*") fail(`Consecutive wildcard characters at pos ${i + 1}`);
      out += "[\\s\\S]*";
    } else {
      out += ch.replace(/[.+?^${}()|[\]\\/-]/g, "\\$&");
    }
  }
  return new RegExp(`^${out}$`);
}

export function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    n = n * 256 + Number(part);
  }
  return n;
}

function compileCidr(text: string): Matcher {
  const [ip, bitsText, extra] = text.split("/");
  const network = parseIpv4(ip);
  const bits = Number(bitsText);
  if (network === null || extra !== undefined || !/^\d{1,2}$/.test(bitsText ?? "") || bits > 32) {
    return fail(`Malformed CIDR, one '/' required; the simulator checks IPv4 blocks such as 10.0.0.0/24: ${text}`);
  }
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { kind: "cidr", network: (network & mask) >>> 0, mask };
}
