import { describe, expect, test } from "vitest";
import { evaluateIamRequest, resourceAccount, type IamRequest } from "@/lib/widgets/iam-policy-evaluator";
import { actionMatches, arnMatches, evaluateConditions, parseRequestPrincipal, PrincipalFormatError, resourceMatches } from "@/lib/widgets/iam-policy-match";
import { parsePolicy, PolicyParseError } from "@/lib/widgets/iam-policy-parse";
import { IAM_PRESETS } from "@/lib/widgets/iam-policy-presets";

const ACCT = "123456789012";
const FN = `arn:aws:lambda:eu-west-1:${ACCT}:function:orders-api`;
const ROLE_SESSION = `arn:aws:sts::${ACCT}:assumed-role/orders-role/orders-api`;

const policy = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const request = (r: Partial<IamRequest> = {}): IamRequest => ({ principal: ROLE_SESSION, action: "lambda:InvokeFunction", resource: FN, ...r });
const run = (identityPolicy: string, resourcePolicy: string, r: Partial<IamRequest> = {}) => evaluateIamRequest({ identityPolicy, resourcePolicy, request: request(r) });

describe("wildcards", () => {
  test("actions match case-insensitively with * and ?", () => {
    expect(actionMatches("lambda:*", "lambda:InvokeFunction")).toBe(true);
    expect(actionMatches("lambda:Invoke*", "lambda:InvokeFunction")).toBe(true);
    expect(actionMatches("lambda:invokefunction", "lambda:InvokeFunction")).toBe(true);
    expect(actionMatches("lambda:Invoke*", "lambda:GetFunction")).toBe(false);
    expect(actionMatches("lambda:?etFunction", "lambda:GetFunction")).toBe(true);
    expect(actionMatches("s3:*", "lambda:InvokeFunction")).toBe(false);
  });

  test("resources match case-sensitively and a * can cover a region and account", () => {
    expect(resourceMatches("arn:aws:lambda:*:*:function:orders*", FN)).toBe(true);
    expect(resourceMatches("arn:aws:lambda:*:*:function:orders*", `arn:aws:lambda:us-east-1:${ACCT}:function:billing`)).toBe(false);
    expect(resourceMatches("arn:aws:lambda:*:*:function:Orders*", FN)).toBe(false);
    expect(resourceMatches("*", FN)).toBe(true);
  });

  test("ARN conditions compare each of the six parts on its own", () => {
    expect(arnMatches("arn:aws:s3:::uploads-*", "arn:aws:s3:::uploads-bucket")).toBe(true);
    expect(arnMatches("arn:aws:s3:::uploads-bucket", "arn:aws:s3:::uploads-bucket-2")).toBe(false);
    expect(arnMatches("arn:aws:sns:*:123456789012:alerts", "arn:aws:sns:eu-west-1:123456789012:alerts")).toBe(true);
    // A * in the region part cannot swallow the account part.
    expect(arnMatches("arn:aws:sns:*:alerts", "arn:aws:sns:eu-west-1:123456789012:alerts")).toBe(false);
    expect(arnMatches("arn:aws:s3:::b", "not-an-arn")).toBe(false);
  });

  test("the resource account comes from the ARN, and S3 buckets have none", () => {
    expect(resourceAccount(FN)).toBe(ACCT);
    expect(resourceAccount("arn:aws:s3:::uploads-bucket")).toBeUndefined();
  });
});

describe("conditions", () => {
  test("a missing key fails a positive operator and satisfies a negated one", () => {
    const [pos] = evaluateConditions({ StringEquals: { "aws:SourceAccount": [ACCT] } }, {});
    const [neg] = evaluateConditions({ StringNotEquals: { "aws:SourceAccount": [ACCT] } }, {});
    expect(pos.ok).toBe(false);
    expect(neg.ok).toBe(true);
  });

  test("condition keys are case-insensitive and any listed value is enough", () => {
    const [c] = evaluateConditions({ StringLike: { "AWS:SourceArn": ["arn:aws:s3:::a", "arn:aws:s3:::logs-*"] } }, { "aws:sourcearn": "arn:aws:s3:::logs-2024" });
    expect(c.ok).toBe(true);
    const [exact] = evaluateConditions({ StringEquals: { "aws:SourceArn": ["arn:aws:s3:::logs-*"] } }, { "aws:sourcearn": "arn:aws:s3:::logs-2024" });
    expect(exact.ok).toBe(false);
  });
});

describe("parsing", () => {
  test("blank text means no policy; a single statement or a list is accepted", () => {
    expect(parsePolicy("  ", "identity")).toEqual([]);
    expect(parsePolicy(JSON.stringify({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }), "identity")).toHaveLength(1);
    expect(parsePolicy(JSON.stringify([{ Effect: "Deny", Action: "s3:*", Resource: "*" }, { Effect: "Allow", Action: "s3:*", Resource: "*" }]), "identity")).toHaveLength(2);
  });

  test.each([
    ["{ not json", "identity", /not valid JSON/],
    [JSON.stringify({ Statement: [{ Effect: "allow", Action: "s3:*", Resource: "*" }] }), "identity", /"Allow" or "Deny"/],
    [JSON.stringify({ Statement: [{ Effect: "Allow", Resource: "*" }] }), "identity", /no "Action"/],
    [JSON.stringify({ Statement: [{ Effect: "Allow", Action: "s3:*" }] }), "identity", /no "Resource"/],
    [JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:*", Resource: "*" }] }), "identity", /identity-based policies apply to the identity/],
    [JSON.stringify({ Statement: [{ Effect: "Allow", Action: "lambda:*", Resource: "*" }] }), "resource", /no "Principal"/],
    [JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "lambda:*", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }] }), "resource", /IpAddress.*not supported/],
  ] as const)("rejects a broken policy with a message that says what to fix (%#)", (text, kind, message) => {
    expect(() => parsePolicy(text, kind)).toThrow(PolicyParseError);
    expect(() => parsePolicy(text, kind)).toThrow(message);
  });

  test("principals: services, roles, role sessions, users and accounts; anything else is explained", () => {
    expect(parseRequestPrincipal("s3.amazonaws.com")).toMatchObject({ kind: "service" });
    expect(parseRequestPrincipal(ROLE_SESSION)).toMatchObject({ kind: "assumed-role", account: ACCT, name: "orders-role" });
    expect(parseRequestPrincipal(`arn:aws:iam::${ACCT}:role/service-role/orders-role`)).toMatchObject({ kind: "role", name: "orders-role" });
    expect(parseRequestPrincipal(`arn:aws:iam::${ACCT}:user/ana`)).toMatchObject({ kind: "user" });
    expect(() => parseRequestPrincipal("orders-role")).toThrow(PrincipalFormatError);
  });
});

describe("evaluation", () => {
  const allowInvoke = { Sid: "Invoke", Effect: "Allow", Action: "lambda:InvokeFunction", Resource: FN };

  test("with no policies at all the request is implicitly denied", () => {
    const e = run("", "");
    expect(e.decision).toBe("implicit-deny");
    expect(e.decidedBy).toEqual([]);
  });

  test("within one account an Allow in the identity-based policy alone is enough", () => {
    const e = run(policy(allowInvoke), "");
    expect(e.decision).toBe("allow");
    expect(e.decidedBy[0].statement.sid).toBe("Invoke");
    expect(e.decidedBy[0].statement.kind).toBe("identity");
  });

  test("within one account an Allow in the resource-based policy naming the role alone is enough", () => {
    const e = run("", policy({ ...allowInvoke, Sid: "ByRole", Principal: { AWS: `arn:aws:iam::${ACCT}:role/orders-role` } }));
    expect(e.decision).toBe("allow");
    expect(e.decidedBy[0].statement.sid).toBe("ByRole");
  });

  test("a resource-based statement naming only the account needs the identity-based policy too", () => {
    const byAccount = policy({ ...allowInvoke, Principal: { AWS: `arn:aws:iam::${ACCT}:root` } });
    expect(run("", byAccount).decision).toBe("implicit-deny");
    expect(run(policy(allowInvoke), byAccount).decision).toBe("allow");
  });

  test("an explicit Deny in either policy beats any number of Allows", () => {
    const denyInResource = policy({ Sid: "Stop", Effect: "Deny", Principal: "*", Action: "lambda:*", Resource: "*" });
    const e = run(policy(allowInvoke), denyInResource);
    expect(e.decision).toBe("explicit-deny");
    expect(e.decidedBy.map((t) => t.statement.sid)).toEqual(["Stop"]);
  });

  test("NotAction allows everything except what it lists", () => {
    const notDelete = policy({ Sid: "AllButDelete", Effect: "Allow", NotAction: "lambda:Delete*", Resource: "*" });
    expect(run(notDelete, "", { action: "lambda:InvokeFunction" }).decision).toBe("allow");
    expect(run(notDelete, "", { action: "lambda:DeleteFunction" }).decision).toBe("implicit-deny");
  });

  test("across accounts both sides must allow", () => {
    const other = "arn:aws:iam::222222222222:role/reporting";
    const named = policy({ ...allowInvoke, Principal: { AWS: other } });
    const identityOnly = run(policy({ ...allowInvoke, Resource: "*" }), "", { principal: other });
    expect(identityOnly.crossAccount).toBe(true);
    expect(identityOnly.decision).toBe("implicit-deny");
    expect(identityOnly.summary).toMatch(/resource-based policy does not name/);
    expect(run("", named, { principal: other }).decision).toBe("implicit-deny");
    const both = run(policy({ ...allowInvoke, Resource: "*" }), named, { principal: other });
    expect(both.decision).toBe("allow");
    expect(both.decidedBy.map((t) => t.statement.kind)).toEqual(["identity", "resource"]);
    // Naming the other account (not the role) also works across accounts, with the role's own allow.
    expect(run(policy(allowInvoke), policy({ ...allowInvoke, Principal: { AWS: "222222222222" } }), { principal: other }).decision).toBe("allow");
  });

  test("a service principal is judged by the resource-based policy only", () => {
    const e = run(policy({ ...allowInvoke, Resource: "*" }), "", { principal: "sns.amazonaws.com" });
    expect(e.decision).toBe("implicit-deny");
    expect(e.steps.join(" ")).toMatch(/not evaluated/);
  });

  test("the statement trace says which element failed", () => {
    const e = run(policy({ Sid: "Other", Effect: "Allow", Action: "lambda:GetFunction", Resource: FN }), "");
    const trace = e.traces[0];
    expect(trace.matches).toBe(false);
    expect(trace.checks.find((c) => !c.ok)?.element).toBe("Action");
  });
});

describe("presets", () => {
  const outcome = (id: string, change: Partial<IamRequest> = {}) => {
    const p = IAM_PRESETS.find((x) => x.id === id)!;
    return evaluateIamRequest({ identityPolicy: p.identityPolicy, resourcePolicy: p.resourcePolicy, request: { ...p.request, ...change } });
  };

  test("S3 can invoke only from the named bucket in the named account", () => {
    expect(outcome("s3-own-bucket").decision).toBe("allow");
    expect(outcome("s3-own-bucket", { sourceArn: "arn:aws:s3:::someone-elses-bucket" }).decision).toBe("implicit-deny");
    expect(outcome("s3-own-bucket", { sourceAccount: "" }).decision).toBe("implicit-deny");
    expect(outcome("s3-own-bucket", { principal: "sns.amazonaws.com" }).decision).toBe("implicit-deny");
  });

  test("explicit deny beats allow, and the allows apply to other actions", () => {
    const e = outcome("explicit-deny");
    expect(e.decision).toBe("explicit-deny");
    expect(e.decidedBy[0].statement.sid).toBe("NeverDelete");
    expect(outcome("explicit-deny", { action: "lambda:UpdateFunctionCode" }).decision).toBe("allow");
  });

  test("missing permission is an implicit deny", () => {
    expect(outcome("missing-permission").decision).toBe("implicit-deny");
    expect(outcome("missing-permission", { action: "dynamodb:PutItem" }).decision).toBe("allow");
  });

  test("the cross-account preset is denied until the function's policy names the caller", () => {
    expect(outcome("cross-account").decision).toBe("implicit-deny");
  });
});
