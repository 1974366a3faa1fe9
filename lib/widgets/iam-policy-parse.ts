/**
 * Parsing and validating the IAM policy documents the policy evaluator widget accepts. The checks
 * mirror what IAM itself refuses (a statement without Effect, Action or Resource, a Principal in
 * an identity-based policy), so a learner who pastes a broken policy learns why it is broken
 * instead of getting a silent "implicit deny".
 */

export type PolicyKind = "identity" | "resource";

/** Principal element of a resource-based policy statement, normalised to lists. */
export type PrincipalSpec = { any: boolean; aws: string[]; service: string[] };

/** Condition block: operator → condition key (as written) → allowed values. */
export type ConditionBlock = Record<string, Record<string, string[]>>;

export interface PolicyStatement {
  /** Where it came from, for messages: "identity-based policy" or "resource-based policy". */
  kind: PolicyKind;
  /** 1-based position in the policy. */
  index: number;
  sid?: string;
  effect: "Allow" | "Deny";
  principal?: PrincipalSpec;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  condition?: ConditionBlock;
}

export const SUPPORTED_OPERATORS = [
  "StringEquals",
  "StringNotEquals",
  "StringLike",
  "StringNotLike",
  "ArnEquals",
  "ArnNotEquals",
  "ArnLike",
  "ArnNotLike",
] as const;
export type ConditionOperator = (typeof SUPPORTED_OPERATORS)[number];

/** A policy the evaluator cannot use; the message says what to change. */
export class PolicyParseError extends Error {
  constructor(
    readonly kind: PolicyKind,
    message: string,
  ) {
    super(message);
    this.name = "PolicyParseError";
  }
}

export const POLICY_LABEL: Record<PolicyKind, string> = {
  identity: "identity-based policy",
  resource: "resource-based policy",
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Parses a policy document. Accepts a full document (`{"Version": ..., "Statement": [...]}`),
 * a single statement object, or a list of statements (what `aws lambda get-policy` users often
 * copy). Blank text means "no policy of this kind" and returns an empty list.
 */
export function parsePolicy(text: string, kind: PolicyKind): PolicyStatement[] {
  if (text.trim() === "") return [];
  const label = POLICY_LABEL[kind];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PolicyParseError(kind, `The ${label} is not valid JSON (${detail}). Check for a missing comma or quote.`);
  }
  let raw: unknown[];
  if (Array.isArray(doc)) raw = doc;
  else if (isObject(doc) && "Statement" in doc) raw = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  else if (isObject(doc) && "Effect" in doc) raw = [doc];
  else throw new PolicyParseError(kind, `The ${label} needs a "Statement" list (or paste a single statement with "Effect").`);
  return raw.map((s, i) => parseStatement(s, i + 1, kind));
}

function stringList(value: unknown, what: string, kind: PolicyKind, where: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((v) => typeof v !== "string" || v === "")) {
    throw new PolicyParseError(kind, `${where}: ${what} must be a string or a list of strings.`);
  }
  return list as string[];
}

function parseStatement(raw: unknown, index: number, kind: PolicyKind): PolicyStatement {
  const label = POLICY_LABEL[kind];
  const where = `Statement ${index} of the ${label}`;
  if (!isObject(raw)) throw new PolicyParseError(kind, `${where} is not an object.`);
  const effect = raw.Effect;
  if (effect !== "Allow" && effect !== "Deny") {
    throw new PolicyParseError(kind, `${where}: "Effect" must be "Allow" or "Deny" (case matters).`);
  }
  const statement: PolicyStatement = { kind, index, effect };
  if (raw.Sid !== undefined) statement.sid = String(raw.Sid);

  if ("Action" in raw && "NotAction" in raw) throw new PolicyParseError(kind, `${where}: use either "Action" or "NotAction", not both.`);
  if ("Action" in raw) statement.action = stringList(raw.Action, '"Action"', kind, where);
  else if ("NotAction" in raw) statement.notAction = stringList(raw.NotAction, '"NotAction"', kind, where);
  else throw new PolicyParseError(kind, `${where} has no "Action" (or "NotAction"): IAM requires one.`);

  if ("Resource" in raw && "NotResource" in raw) throw new PolicyParseError(kind, `${where}: use either "Resource" or "NotResource", not both.`);
  if ("Resource" in raw) statement.resource = stringList(raw.Resource, '"Resource"', kind, where);
  else if ("NotResource" in raw) statement.notResource = stringList(raw.NotResource, '"NotResource"', kind, where);
  else throw new PolicyParseError(kind, `${where} has no "Resource": add the ARN it applies to, or "*".`);

  if (kind === "identity" && ("Principal" in raw || "NotPrincipal" in raw)) {
    throw new PolicyParseError(
      kind,
      `${where} has a "Principal": identity-based policies apply to the identity they are attached to, so IAM rejects one. Remove it, or move the statement to the resource-based policy.`,
    );
  }
  if (kind === "resource") {
    if ("NotPrincipal" in raw) throw new PolicyParseError(kind, `${where}: "NotPrincipal" is not supported by this evaluator; name the principals with "Principal".`);
    if (!("Principal" in raw)) throw new PolicyParseError(kind, `${where} has no "Principal": a resource-based policy must say who it applies to.`);
    statement.principal = parsePrincipal(raw.Principal, kind, where);
  }
  if ("Condition" in raw) statement.condition = parseCondition(raw.Condition, kind, where);
  return statement;
}

function parsePrincipal(value: unknown, kind: PolicyKind, where: string): PrincipalSpec {
  if (value === "*") return { any: true, aws: [], service: [] };
  if (!isObject(value)) throw new PolicyParseError(kind, `${where}: "Principal" must be "*" or an object such as {"Service": "s3.amazonaws.com"}.`);
  const spec: PrincipalSpec = { any: false, aws: [], service: [] };
  for (const [type, v] of Object.entries(value)) {
    const list = stringList(v, `"Principal.${type}"`, kind, where);
    if (type === "AWS") {
      if (list.includes("*")) spec.any = true;
      spec.aws.push(...list.filter((p) => p !== "*"));
    } else if (type === "Service") {
      spec.service.push(...list);
    } else {
      throw new PolicyParseError(kind, `${where}: principal type "${type}" is not supported here; use "AWS" or "Service".`);
    }
  }
  return spec;
}

function parseCondition(value: unknown, kind: PolicyKind, where: string): ConditionBlock {
  if (!isObject(value)) throw new PolicyParseError(kind, `${where}: "Condition" must be an object of operators.`);
  const block: ConditionBlock = {};
  for (const [operator, keys] of Object.entries(value)) {
    if (!(SUPPORTED_OPERATORS as readonly string[]).includes(operator)) {
      throw new PolicyParseError(
        kind,
        `${where}: condition operator "${operator}" is not supported by this evaluator. Use one of ${SUPPORTED_OPERATORS.join(", ")}.`,
      );
    }
    if (!isObject(keys)) throw new PolicyParseError(kind, `${where}: "${operator}" must map condition keys to values.`);
    block[operator] = {};
    for (const [key, v] of Object.entries(keys)) {
      block[operator][key] = stringList(v, `the value of ${operator} ${key}`, kind, where);
    }
  }
  return block;
}
