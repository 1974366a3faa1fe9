import {
  actionMatches,
  arnParts,
  evaluateConditions,
  parseRequestPrincipal,
  principalMatches,
  resourceMatches,
  type ConditionCheck,
  type PrincipalMatch,
  type RequestPrincipal,
} from "./iam-policy-match";
import { parsePolicy, POLICY_LABEL, type PolicyStatement } from "./iam-policy-parse";

/**
 * A teaching model of IAM policy evaluation for one request against an identity-based policy
 * (the caller's, for example a function's execution role) and a resource-based policy (the
 * resource's, for example a function's policy). It follows the documented order: an explicit
 * Deny wins; otherwise, within one account, an Allow in either policy is enough; across accounts
 * both must allow; otherwise the implicit deny stands. Permission boundaries, SCPs and session
 * policies are deliberately out of scope.
 */

export interface IamRequest {
  principal: string;
  action: string;
  resource: string;
  sourceArn?: string;
  sourceAccount?: string;
}

export type Decision = "allow" | "explicit-deny" | "implicit-deny";

export type ElementCheck = { element: "Principal" | "Action" | "Resource" | "Condition"; ok: boolean; detail: string };

export interface StatementTrace {
  statement: PolicyStatement;
  /** Short name for messages: `"OrdersTable" (statement 1 of the identity-based policy)`. */
  label: string;
  matches: boolean;
  checks: ElementCheck[];
  principalMatch?: PrincipalMatch;
}

export interface Evaluation {
  decision: Decision;
  /** The statements that decided it (two for a cross-account allow, none for an implicit deny). */
  decidedBy: StatementTrace[];
  /** One sentence for the result banner. */
  summary: string;
  /** The evaluation in order, as a learner would reason it through. */
  steps: string[];
  traces: StatementTrace[];
  crossAccount: boolean;
  caller: RequestPrincipal;
}

export function statementLabel(s: PolicyStatement): string {
  const where = `statement ${s.index} of the ${POLICY_LABEL[s.kind]}`;
  return s.sid ? `"${s.sid}" (${where})` : where;
}

function describeList(values: string[]): string {
  return values.map((v) => `"${v}"`).join(", ");
}

function conditionDetail(c: ConditionCheck): string {
  const got = c.actual === undefined ? "absent from the request" : `"${c.actual}"`;
  return `${c.operator} ${c.key} ${describeList(c.values)}: request has ${got} → ${c.ok ? "holds" : "fails"}`;
}

export function traceStatement(statement: PolicyStatement, request: IamRequest, caller: RequestPrincipal): StatementTrace {
  const checks: ElementCheck[] = [];
  let principalMatch: PrincipalMatch | undefined;
  if (statement.principal) {
    principalMatch = principalMatches(statement.principal, caller);
    checks.push({
      element: "Principal",
      ok: principalMatch !== null,
      detail:
        principalMatch === "named"
          ? "names this caller"
          : principalMatch === "account"
            ? "names the caller's account (the caller's own policy must also allow)"
            : "does not name this caller",
    });
  }
  if (statement.action) {
    const hit = statement.action.find((p) => actionMatches(p, request.action));
    checks.push({ element: "Action", ok: hit !== undefined, detail: hit ? `"${hit}" matches ${request.action}` : `none of ${describeList(statement.action)} matches ${request.action}` });
  } else if (statement.notAction) {
    const hit = statement.notAction.find((p) => actionMatches(p, request.action));
    checks.push({ element: "Action", ok: hit === undefined, detail: hit ? `NotAction "${hit}" excludes ${request.action}` : `NotAction ${describeList(statement.notAction)} does not exclude ${request.action}` });
  }
  if (statement.resource) {
    const hit = statement.resource.find((p) => resourceMatches(p, request.resource));
    checks.push({ element: "Resource", ok: hit !== undefined, detail: hit ? `"${hit}" matches` : `none of ${describeList(statement.resource)} matches ${request.resource}` });
  } else if (statement.notResource) {
    const hit = statement.notResource.find((p) => resourceMatches(p, request.resource));
    checks.push({ element: "Resource", ok: hit === undefined, detail: hit ? `NotResource "${hit}" excludes it` : "NotResource does not exclude it" });
  }
  if (statement.condition) {
    for (const c of evaluateConditions(statement.condition, { "aws:sourcearn": request.sourceArn, "aws:sourceaccount": request.sourceAccount })) {
      checks.push({ element: "Condition", ok: c.ok, detail: conditionDetail(c) });
    }
  }
  return { statement, label: statementLabel(statement), matches: checks.every((c) => c.ok), checks, principalMatch };
}

/** The account a resource ARN belongs to; S3 bucket ARNs carry none. */
export function resourceAccount(resource: string): string | undefined {
  const parts = arnParts(resource);
  return parts && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

/** Throws PolicyParseError or PrincipalFormatError with a message for the learner. */
export function evaluateIamRequest(input: { identityPolicy: string; resourcePolicy: string; request: IamRequest }): Evaluation {
  const request: IamRequest = { ...input.request, principal: input.request.principal.trim(), action: input.request.action.trim(), resource: input.request.resource.trim() };
  const caller = parseRequestPrincipal(request.principal);
  const identity = parsePolicy(input.identityPolicy, "identity");
  const resource = parsePolicy(input.resourcePolicy, "resource");
  const steps: string[] = [];

  const ownerAccount = resourceAccount(request.resource);
  const crossAccount = caller.kind !== "service" && ownerAccount !== undefined && ownerAccount !== caller.account;
  if (caller.kind === "service") {
    steps.push(`The caller is the AWS service ${caller.name}. A service principal has no identity-based policy of yours, so only the resource-based policy can allow it.`);
  } else {
    const where = ownerAccount === undefined ? "an ARN without an account ID, treated as the caller's account" : crossAccount ? `account ${ownerAccount}: a cross-account request` : `the same account, ${ownerAccount}`;
    steps.push(`The caller ${caller.text} is in account ${caller.account}; the resource is in ${where}.`);
  }

  // A service has no identity-based policy here, so a pasted one does not apply to it.
  const identityTraces = caller.kind === "service" ? [] : identity.map((s) => traceStatement(s, request, caller));
  const resourceTraces = resource.map((s) => traceStatement(s, request, caller));
  const traces = [...identityTraces, ...resourceTraces];
  for (const [list, kind, count] of [
    [identityTraces, "identity", identity.length],
    [resourceTraces, "resource", resource.length],
  ] as const) {
    const label = POLICY_LABEL[kind];
    if (kind === "identity" && caller.kind === "service") {
      if (count > 0) steps.push(`The identity-based policy is not evaluated: it belongs to an IAM identity, not to ${caller.name}.`);
      continue;
    }
    if (count === 0) {
      steps.push(`No ${label} was given.`);
      continue;
    }
    const matching = list.filter((t) => t.matches);
    steps.push(
      matching.length === 0
        ? `The ${label} has ${count} statement${count === 1 ? "" : "s"}; none matches this request.`
        : `In the ${label}, ${matching.map((t) => `${t.label} matches (${t.statement.effect})`).join("; ")}.`,
    );
  }

  const deny = traces.find((t) => t.matches && t.statement.effect === "Deny");
  if (deny) {
    steps.push(`Explicit deny? Yes: ${deny.label} denies the request. An explicit Deny overrides every Allow, so evaluation stops here.`);
    return { decision: "explicit-deny", decidedBy: [deny], summary: `Denied explicitly by ${deny.label}.`, steps, traces, crossAccount, caller };
  }
  steps.push("Explicit deny? No matching Deny statement.");

  const identityAllow = identityTraces.find((t) => t.matches && t.statement.effect === "Allow");
  const resourceNamed = resourceTraces.find((t) => t.matches && t.statement.effect === "Allow" && t.principalMatch === "named");
  const resourceAccountOnly = resourceTraces.find((t) => t.matches && t.statement.effect === "Allow" && t.principalMatch === "account");
  const resourceAllow = resourceNamed ?? resourceAccountOnly;

  if (crossAccount) {
    if (identityAllow && resourceAllow) {
      steps.push(`Allow? Across accounts both sides must allow: ${identityAllow.label} allows in the caller's account and ${resourceAllow.label} allows in the resource's account.`);
      return { decision: "allow", decidedBy: [identityAllow, resourceAllow], summary: `Allowed: both sides allow this cross-account request.`, steps, traces, crossAccount, caller };
    }
    const missing = identityAllow ? "the resource-based policy does not name the caller or its account" : resourceAllow ? "the caller's identity-based policy does not allow the action" : "neither policy allows it";
    steps.push(`Allow? Across accounts both sides must allow, but ${missing}.`);
    steps.push("Result: the implicit deny stands.");
    return { decision: "implicit-deny", decidedBy: [], summary: `Implicitly denied: a cross-account request needs an Allow on both sides, and ${missing}.`, steps, traces, crossAccount, caller };
  }

  const allow = identityAllow ?? resourceNamed;
  if (allow) {
    steps.push(
      caller.kind === "service"
        ? `Allow? Yes: ${allow.label} allows the service to make this request.`
        : `Allow? Within one account an Allow in either policy is enough, and ${allow.label} allows.`,
    );
    return { decision: "allow", decidedBy: [allow], summary: `Allowed by ${allow.label}.`, steps, traces, crossAccount, caller };
  }
  if (resourceAccountOnly) {
    steps.push(`Allow? Only ${resourceAccountOnly.label} matches, and it names only the caller's account, which delegates the decision to that account's identity-based policies, and none allows the action.`);
  } else {
    steps.push("Allow? No matching Allow statement in any policy.");
  }
  steps.push("Result: the implicit deny stands (every request starts denied).");
  return { decision: "implicit-deny", decidedBy: [], summary: "Implicitly denied: no statement allows this request.", steps, traces, crossAccount, caller };
}
