import { NUMERIC_LIMIT, compileEventPattern, parseIpv4, type CompiledEventPattern, type Matcher, type PatternNode } from "./event-pattern";

/**
 * Whether an event matches a compiled EventBridge pattern.
 *
 * Rules, as EventBridge documents them: every field named in the pattern must match (AND); the
 * values listed for a field are alternatives (OR); when the event holds an array, the field
 * matches if any element matches; comparisons apply to leaf values only (strings, numbers,
 * booleans, null), never to objects.
 */
export function matchesEventPattern(pattern: CompiledEventPattern | string | object, event: unknown): boolean {
  const compiled = isCompiled(pattern) ? pattern : compileEventPattern(pattern);
  return nodeMatches(compiled.root, event);
}

function isCompiled(value: unknown): value is CompiledEventPattern {
  return typeof value === "object" && value !== null && "root" in value && "source" in value;
}

function nodeMatches(node: PatternNode, value: unknown): boolean {
  // An array of objects matches when one element matches the whole sub-pattern.
  if (Array.isArray(value)) return value.some((item) => nodeMatches(node, item));
  if (typeof value !== "object" || value === null) return false;
  const object = value as Record<string, unknown>;
  for (const field of node.fields) {
    const child = Object.prototype.hasOwnProperty.call(object, field.key) ? object[field.key] : undefined;
    if (field.node) {
      if (!nodeMatches(field.node, child)) return false;
    } else if (!leafMatches(field.matchers ?? [], child)) {
      return false;
    }
  }
  return node.ors.every((alternatives) => alternatives.some((alt) => nodeMatches(alt, object)));
}

type Leaf = string | number | boolean | null;

/** The leaf values at a field: a scalar, or the scalars inside (nested) arrays. */
function leaves(value: unknown): Leaf[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === "object" && value !== null) return [];
  return [value as Leaf];
}

function leafMatches(matchers: Matcher[], value: unknown): boolean {
  const values = leaves(value);
  return matchers.some((m) => {
    if (m.kind === "exists") return m.exists === values.length > 0;
    return values.some((v) => valueMatches(m, v));
  });
}

function valueMatches(m: Matcher, v: Leaf): boolean {
  switch (m.kind) {
    case "exact":
      return v === m.value;
    case "prefix":
      return typeof v === "string" && (m.ignoreCase ? v.toLowerCase().startsWith(m.value.toLowerCase()) : v.startsWith(m.value));
    case "suffix":
      return typeof v === "string" && (m.ignoreCase ? v.toLowerCase().endsWith(m.value.toLowerCase()) : v.endsWith(m.value));
    case "equalsIgnoreCase":
      return typeof v === "string" && v.toLowerCase() === m.value.toLowerCase();
    case "wildcard":
      return typeof v === "string" && m.regex.test(v);
    case "numeric":
      return typeof v === "number" && Math.abs(v) <= NUMERIC_LIMIT && inRange(m, v);
    case "cidr": {
      if (typeof v !== "string") return false;
      const ip = parseIpv4(v);
      return ip !== null && ((ip & m.mask) >>> 0) === m.network;
    }
    case "anythingBut":
      // Any leaf value that none of the exclusions matches, whatever its type; a missing
      // field has no leaf values and so never matches anything-but.
      return !m.not.some((inner) => valueMatches(inner, v));
    case "exists":
      return true;
  }
}

function inRange(m: Extract<Matcher, { kind: "numeric" }>, v: number): boolean {
  if (m.lower !== undefined && (m.lowerOpen ? v <= m.lower : v < m.lower)) return false;
  if (m.upper !== undefined && (m.upperOpen ? v >= m.upper : v > m.upper)) return false;
  return true;
}
