import { describe, expect, test } from "vitest";
import {
  POLICY_SIZE_LIMIT,
  addPermission,
  emptyPolicy,
  evaluateInvokePermission,
  policyText,
  removePermission,
  type AddPermissionInput,
} from "@/lib/simulator/sources/resource-policy";

const ACCOUNT = "123456789012";
const FN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:thumbs`;
const BUCKET = "arn:aws:s3:::photos";

function thrown(fn: () => unknown): Error & { $metadata: { httpStatusCode: number } } {
  try {
    fn();
  } catch (error) {
    return error as Error & { $metadata: { httpStatusCode: number } };
  }
  throw new Error("expected a throw");
}

describe("addPermission", () => {
  test("writes the statement AWS writes, with conditions for SourceArn and SourceAccount", () => {
    const policy = emptyPolicy();
    const statement = addPermission(
      policy,
      { StatementId: "s3-invoke", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com", SourceArn: BUCKET, SourceAccount: ACCOUNT },
      FN,
      ACCOUNT,
    );
    expect(statement).toEqual({
      Sid: "s3-invoke",
      Effect: "Allow",
      Principal: { Service: "s3.amazonaws.com" },
      Action: "lambda:InvokeFunction",
      Resource: FN,
      Condition: { StringEquals: { "AWS:SourceAccount": ACCOUNT }, ArnLike: { "AWS:SourceArn": BUCKET } },
    });
    expect(JSON.parse(policyText(policy))).toEqual({ Version: "2012-10-17", Id: "default", Statement: [statement] });
  });

  test("an account id principal becomes an IAM root ARN", () => {
    const statement = addPermission(emptyPolicy(), { StatementId: "x", Action: "lambda:InvokeFunction", Principal: "210987654321" }, FN, ACCOUNT);
    expect(statement.Principal).toEqual({ AWS: "arn:aws:iam::210987654321:root" });
  });

  test("a duplicate statement id is a ResourceConflictException (409)", () => {
    const policy = emptyPolicy();
    const input = { StatementId: "dup", Action: "lambda:InvokeFunction", Principal: "sns.amazonaws.com" };
    addPermission(policy, input, FN, ACCOUNT);
    const error = thrown(() => addPermission(policy, input, FN, ACCOUNT));
    expect(error.name).toBe("ResourceConflictException");
    expect(error.$metadata.httpStatusCode).toBe(409);
    expect(error.message).toMatch(/statement id \(sid\) provided already exists/);
  });

  test.each<[AddPermissionInput, string, RegExp]>([
    [{ Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com" }, "ValidationException", /statementId.*must not be null/],
    [{ StatementId: "has space", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com" }, "ValidationException", /regular expression pattern/],
    [{ StatementId: "a".repeat(101), Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com" }, "ValidationException", /length less than or equal to 100/],
    [{ StatementId: "x", Action: "s3:GetObject", Principal: "s3.amazonaws.com" }, "ValidationException", /at 'action'/],
    [{ StatementId: "x", Action: "lambda:InvokeFunction" }, "ValidationException", /at 'principal'/],
    [{ StatementId: "x", Action: "lambda:InvokeFunction", Principal: "s3" }, "InvalidParameterValueException", /principal was invalid/],
    [{ StatementId: "x", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com", SourceAccount: "12345" }, "ValidationException", /sourceAccount/],
    [{ StatementId: "x", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com", SourceArn: "photos" }, "ValidationException", /sourceArn/],
  ])("rejects %j with %s", (input, name, message) => {
    const error = thrown(() => addPermission(emptyPolicy(), input, FN, ACCOUNT));
    expect(error.name).toBe(name);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toMatch(message);
  });

  test("the policy may not grow past 20 KB (PolicyLengthExceededException)", () => {
    const policy = emptyPolicy();
    let i = 0;
    let error: ReturnType<typeof thrown> | undefined;
    for (;;) {
      try {
        addPermission(policy, { StatementId: `sns-${i++}`, Action: "lambda:InvokeFunction", Principal: "sns.amazonaws.com", SourceArn: `arn:aws:sns:us-east-1:${ACCOUNT}:topic-${"t".repeat(100)}-${i}` }, FN, ACCOUNT);
      } catch (e) {
        error = e as ReturnType<typeof thrown>;
        break;
      }
    }
    expect(error?.name).toBe("PolicyLengthExceededException");
    expect(error?.message).toMatch(/bigger than the limit \(20480\)/);
    expect(policyText(policy).length).toBeLessThanOrEqual(POLICY_SIZE_LIMIT);
    expect(policy.Statement.length).toBe(i - 1);
  });
});

describe("removePermission", () => {
  test("removes by statement id; an unknown id is a ResourceNotFoundException (404)", () => {
    const policy = emptyPolicy();
    addPermission(policy, { StatementId: "a", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com" }, FN, ACCOUNT);
    removePermission(policy, "a");
    expect(policy.Statement).toEqual([]);
    const error = thrown(() => removePermission(policy, "a"));
    expect(error.name).toBe("ResourceNotFoundException");
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe("Statement a is not found in resource policy.");
  });
});

describe("evaluateInvokePermission", () => {
  const policy = emptyPolicy();
  addPermission(policy, { StatementId: "s3", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com", SourceArn: BUCKET, SourceAccount: ACCOUNT }, FN, ACCOUNT);
  addPermission(policy, { StatementId: "events", Action: "lambda:*", Principal: "events.amazonaws.com", SourceArn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/nightly-*` }, FN, ACCOUNT);

  test("the right service from the right source is allowed, and the trace can name the statement", () => {
    expect(evaluateInvokePermission(policy, FN, { principal: "s3.amazonaws.com", sourceArn: BUCKET, sourceAccount: ACCOUNT })).toEqual({ allowed: true, statementId: "s3" });
  });

  test("ArnLike allows wildcards in SourceArn", () => {
    expect(evaluateInvokePermission(policy, FN, { principal: "events.amazonaws.com", sourceArn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/nightly-report` }).allowed).toBe(true);
    expect(evaluateInvokePermission(policy, FN, { principal: "events.amazonaws.com", sourceArn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/hourly` }).allowed).toBe(false);
  });

  test.each([
    ["another service", { principal: "sns.amazonaws.com", sourceArn: BUCKET, sourceAccount: ACCOUNT }],
    ["another bucket", { principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::other", sourceAccount: ACCOUNT }],
    ["another account", { principal: "s3.amazonaws.com", sourceArn: BUCKET, sourceAccount: "210987654321" }],
    ["no SourceAccount where the statement needs one", { principal: "s3.amazonaws.com", sourceArn: BUCKET }],
  ])("%s is refused with a reason that says how to fix it", (_label, caller) => {
    const decision = evaluateInvokePermission(policy, FN, caller);
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toMatch(/addPermission/);
  });

  test("a statement on the function does not cover an alias ARN", () => {
    expect(evaluateInvokePermission(policy, `${FN}:live`, { principal: "s3.amazonaws.com", sourceArn: BUCKET, sourceAccount: ACCOUNT }).allowed).toBe(false);
  });

  test("an empty or missing policy allows nothing", () => {
    expect(evaluateInvokePermission(undefined, FN, { principal: "s3.amazonaws.com" }).allowed).toBe(false);
    expect(evaluateInvokePermission(emptyPolicy(), FN, { principal: "s3.amazonaws.com" }).allowed).toBe(false);
  });
});
