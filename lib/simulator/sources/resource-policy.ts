import { AwsApiError } from "./aws-error";

/**
 * A function's resource-based policy: the statements AddPermission writes, the JSON GetPolicy
 * returns, and the check a service trigger must pass before Lambda runs the function
 * (principal, action, resource, AWS:SourceArn, AWS:SourceAccount). SQS mappings do not come
 * through here: Lambda polls with the execution role.
 */

export const POLICY_SIZE_LIMIT = 20 * 1024; // 20 KB per function (DG/gettingstarted-limits)

export interface AddPermissionInput {
  FunctionName?: string;
  StatementId?: string;
  Action?: string;
  Principal?: string;
  SourceArn?: string;
  SourceAccount?: string;
  Qualifier?: string;
  FunctionUrlAuthType?: string;
  PrincipalOrgID?: string;
}

export interface PolicyStatement {
  Sid: string;
  Effect: "Allow";
  Principal: "*" | { Service: string } | { AWS: string };
  Action: string;
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

export interface ResourcePolicy {
  Version: "2012-10-17";
  Id: "default";
  Statement: PolicyStatement[];
}

const validation = (field: string, value: unknown, constraint: string) =>
  new AwsApiError(
    "ValidationException",
    `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: ${constraint}`,
    400,
  );

const invalidParameter = (message: string) => new AwsApiError("InvalidParameterValueException", message, 400);

export function emptyPolicy(): ResourcePolicy {
  return { Version: "2012-10-17", Id: "default", Statement: [] };
}

function principalOf(principal: string, accountId: string): PolicyStatement["Principal"] {
  if (principal === "*") return "*";
  if (/^\d{12}$/.test(principal)) return { AWS: `arn:aws:iam::${principal}:root` };
  if (principal.startsWith("arn:aws:iam::")) return { AWS: principal };
  if (/^[a-z0-9.-]+\.amazonaws\.com$/.test(principal)) return { Service: principal };
  throw invalidParameter(
    `The provided principal was invalid: '${principal}'. Use a service principal such as s3.amazonaws.com, an account ID such as ${accountId}, an IAM ARN, or *.`,
  );
}

/**
 * Validates AddPermission input and returns the statement it adds to the policy of
 * `resourceArn` (the function ARN, qualified when Qualifier was given). Throws
 * ResourceConflictException for a duplicate StatementId and PolicyLengthExceededException when
 * the policy would pass 20 KB.
 */
export function addPermission(policy: ResourcePolicy, input: AddPermissionInput, resourceArn: string, accountId: string): PolicyStatement {
  const sid = input.StatementId;
  if (typeof sid !== "string" || sid.length === 0) throw validation("statementId", sid, "Member must not be null");
  if (sid.length > 100) throw validation("statementId", sid, "Member must have length less than or equal to 100");
  if (!/^[a-zA-Z0-9\-_.]+$/.test(sid)) throw validation("statementId", sid, "Member must satisfy regular expression pattern: ([a-zA-Z0-9-_.]+)");
  const action = input.Action;
  if (typeof action !== "string" || action.length === 0) throw validation("action", action, "Member must not be null");
  if (!/^(lambda:[*]|lambda:[a-zA-Z]+|[*])$/.test(action)) {
    throw validation("action", action, "Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])");
  }
  if (typeof input.Principal !== "string" || input.Principal.length === 0) throw validation("principal", input.Principal, "Member must not be null");
  if (input.SourceAccount !== undefined && !/^\d{12}$/.test(input.SourceAccount)) {
    throw validation("sourceAccount", input.SourceAccount, "Member must satisfy regular expression pattern: ^\\d{12}$");
  }
  if (input.SourceArn !== undefined && !/^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)$/.test(input.SourceArn)) {
    throw validation("sourceArn", input.SourceArn, "Member must satisfy regular expression pattern: arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)");
  }
  if (policy.Statement.some((s) => s.Sid === sid)) {
    throw new AwsApiError(
      "ResourceConflictException",
      "The statement id (sid) provided already exists. Please choose a new statement id, or remove the existing statement.",
      409,
    );
  }
  const condition: Record<string, Record<string, string>> = {};
  if (input.SourceAccount) condition.StringEquals = { "AWS:SourceAccount": input.SourceAccount };
  if (input.SourceArn) condition.ArnLike = { "AWS:SourceArn": input.SourceArn };
  const statement: PolicyStatement = {
    Sid: sid,
    Effect: "Allow",
    Principal: principalOf(input.Principal, accountId),
    Action: action,
    Resource: resourceArn,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
  const size = policyText({ ...policy, Statement: [...policy.Statement, statement] }).length;
  if (size > POLICY_SIZE_LIMIT) {
    throw new AwsApiError(
      "PolicyLengthExceededException",
      `The final policy size (${size}) is bigger than the limit (${POLICY_SIZE_LIMIT}). Remove statements you no longer need, or grant one statement to a wider SourceArn.`,
      400,
    );
  }
  policy.Statement.push(statement);
  return statement;
}

export function removePermission(policy: ResourcePolicy, statementId: string | undefined): void {
  const index = policy.Statement.findIndex((s) => s.Sid === statementId);
  if (index < 0) {
    throw new AwsApiError("ResourceNotFoundException", `Statement ${statementId} is not found in resource policy.`, 404);
  }
  policy.Statement.splice(index, 1);
}

export function policyText(policy: ResourcePolicy): string {
  return JSON.stringify(policy);
}

/** Who is calling, as the invoking service presents itself to Lambda. */
export interface ServiceCaller {
  principal: string; // e.g. "s3.amazonaws.com"
  sourceArn?: string;
  sourceAccount?: string;
  action?: string; // default lambda:InvokeFunction
}

/** `*` and `?` in ArnLike/StringLike values, anything else literal. */
function likeMatch(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\/]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${source}$`).test(value);
}

function actionMatches(statementAction: string, action: string): boolean {
  return statementAction === "*" || statementAction === "lambda:*" || statementAction.toLowerCase() === action.toLowerCase();
}

function principalMatches(principal: PolicyStatement["Principal"], caller: ServiceCaller): boolean {
  if (principal === "*") return true;
  return "Service" in principal && principal.Service === caller.principal;
}

function conditionsHold(condition: PolicyStatement["Condition"], caller: ServiceCaller): boolean {
  for (const [operator, entries] of Object.entries(condition ?? {})) {
    for (const [key, expected] of Object.entries(entries)) {
      const actual = key.toLowerCase() === "aws:sourcearn" ? caller.sourceArn : key.toLowerCase() === "aws:sourceaccount" ? caller.sourceAccount : undefined;
      // A condition on a key the request does not carry never holds.
      if (actual === undefined) return false;
      const ok = operator === "StringEquals" || operator === "ArnEquals" ? actual === expected : likeMatch(expected, actual);
      if (!ok) return false;
    }
  }
  return true;
}

export interface PermissionDecision {
  allowed: boolean;
  /** The statement that granted access, for the trace. */
  statementId?: string;
  /** Why access was refused, phrased for the learner. */
  reason?: string;
}

/** Whether the policy lets a service invoke the function at `resourceArn`. */
export function evaluateInvokePermission(policy: ResourcePolicy | undefined, resourceArn: string, caller: ServiceCaller): PermissionDecision {
  const action = caller.action ?? "lambda:InvokeFunction";
  for (const statement of policy?.Statement ?? []) {
    if (statement.Effect !== "Allow") continue;
    if (!principalMatches(statement.Principal, caller)) continue;
    if (!actionMatches(statement.Action, action)) continue;
    if (statement.Resource !== resourceArn) continue;
    if (!conditionsHold(statement.Condition, caller)) continue;
    return { allowed: true, statementId: statement.Sid };
  }
  return {
    allowed: false,
    reason:
      `No statement in the resource-based policy of ${resourceArn} allows ${caller.principal} to call ${action}` +
      (caller.sourceArn ? ` from ${caller.sourceArn}` : "") +
      `. Add one with addPermission({ Principal: "${caller.principal}", Action: "lambda:InvokeFunction"${caller.sourceArn ? `, SourceArn: "${caller.sourceArn}"` : ""} }).`,
  };
}
