import { describe, expect, test } from "vitest";
import {
  blockingIssues,
  environmentSize,
  validateAlias,
  validateAsyncConfig,
  validateEnvironment,
  validateFunctionConfig,
  validateReservedConcurrency,
  validateScenarioConfig,
} from "@/lib/workspace/config-validation";
import { defaultScenario, type FunctionConfig } from "@/lib/workspace/scenario";

const base = (): FunctionConfig => defaultScenario().config;
const messages = (c: Partial<FunctionConfig>) => validateFunctionConfig({ ...base(), ...c }).map((i) => `${i.field}|${i.exception}|${i.message}`);

describe("function configuration", () => {
  test("the defaults are valid", () => {
    expect(validateFunctionConfig(base(), { files: defaultScenario().files })).toEqual([]);
  });

  test("memory accepts 128-10,240 MB and reports AWS's validation message outside", () => {
    expect(messages({ MemorySize: 128 })).toEqual([]);
    expect(messages({ MemorySize: 10_240 })).toEqual([]);
    expect(messages({ MemorySize: 127 })).toEqual([
      "MemorySize|ValidationException|1 validation error detected: Value '127' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    ]);
    expect(messages({ MemorySize: 10_241 })[0]).toContain("Member must have value less than or equal to 10240");
    expect(messages({ MemorySize: 200.5 })[0]).toContain("MemorySize must be a whole number of MB");
  });

  test("timeout accepts 1-900 seconds", () => {
    expect(messages({ Timeout: 900 })).toEqual([]);
    expect(messages({ Timeout: 0 })[0]).toContain("Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1");
    expect(messages({ Timeout: 901 })[0]).toContain("Member must have value less than or equal to 900");
  });

  test("function names and handlers follow AWS's patterns", () => {
    expect(messages({ FunctionName: "my function" })[0]).toMatch(/^FunctionName\|ValidationException\|.*functionName/);
    expect(messages({ FunctionName: "x".repeat(65) })).toHaveLength(1);
    expect(messages({ Handler: "index handler" })[0]).toMatch(/^Handler\|ValidationException/);
    expect(messages({ Handler: "handler" })[0]).toMatch(/^Handler\|Advice\|.*file\.export/);
  });

  test("a handler pointing at a missing file is flagged before the engine says ImportModuleError", () => {
    const issues = validateFunctionConfig({ ...base(), Handler: "app.handler" }, { files: defaultScenario().files });
    expect(issues.map((i) => i.message).join()).toMatch(/No file app\.mjs.*Runtime\.ImportModuleError/);
    expect(blockingIssues(issues)).toEqual([]);
  });

  test("callback handlers on nodejs24.x get advice", () => {
    const files = [{ path: "index.js", content: "exports.handler = (event, context, callback) => { callback(null, 1) };" }];
    const issues = validateFunctionConfig({ ...base(), Runtime: "nodejs24.x" }, { files });
    expect(issues.map((i) => i.field)).toContain("Runtime");
  });
});

describe("environment variables", () => {
  test("are measured as JSON and limited to 4 KB in total", () => {
    expect(environmentSize({ A1: "x" })).toBe(JSON.stringify({ A1: "x" }).length);
    const justFits: Record<string, string> = { BIG: "x".repeat(4096 - JSON.stringify({ BIG: "" }).length) };
    expect(environmentSize(justFits)).toBe(4096);
    expect(validateEnvironment(justFits)).toEqual([]);
    const tooBig = { BIG: justFits.BIG + "x" };
    const [issue] = validateEnvironment(tooBig);
    expect(issue.exception).toBe("InvalidParameterValueException");
    expect(issue.message).toMatch(/^Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit/);
  });

  test("reserved keys and malformed keys are refused", () => {
    const issues = validateEnvironment({ AWS_REGION: "eu-west-1", "1BAD": "x", A: "single letter" });
    expect(issues.map((i) => i.field).sort()).toEqual(["Environment.1BAD", "Environment.A", "Environment.AWS_REGION"]);
    expect(issues.find((i) => i.field === "Environment.AWS_REGION")?.message).toContain("Reserved keys used in this request: AWS_REGION");
  });
});

describe("reserved concurrency", () => {
  test("keeps at least 100 of the account's concurrency unreserved", () => {
    expect(validateReservedConcurrency(null, 1000)).toEqual([]);
    expect(validateReservedConcurrency(0, 1000)).toEqual([]);
    expect(validateReservedConcurrency(900, 1000)).toEqual([]);
    const [issue] = validateReservedConcurrency(901, 1000);
    expect(issue.message).toMatch(/^Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of \[100\]\./);
    expect(validateReservedConcurrency(150, 200)[0].message).toContain("reserve at most 100");
    expect(validateReservedConcurrency(-1, 1000)[0].exception).toBe("ValidationException");
  });
});

describe("asynchronous invocation settings", () => {
  test("retries 0-2 and event age 60-21,600 seconds", () => {
    const ok = { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 60, OnSuccess: null, OnFailure: null };
    expect(validateAsyncConfig(ok)).toEqual([]);
    expect(validateAsyncConfig({ ...ok, MaximumRetryAttempts: 3 })[0].message).toBe(
      "1 validation error detected: Value '3' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2",
    );
    expect(validateAsyncConfig({ ...ok, MaximumEventAgeInSeconds: 59 })[0].message).toContain("greater than or equal to 60");
    expect(validateAsyncConfig({ ...ok, MaximumEventAgeInSeconds: 21_601 })[0].message).toContain("less than or equal to 21600");
  });
});

describe("aliases", () => {
  test("weighted routing needs two different published versions", () => {
    expect(validateAlias({ name: "live", functionVersion: "1", additionalVersion: "2", additionalWeight: 0.1 }, ["1", "2"])).toEqual([]);
    expect(validateAlias({ name: "live", functionVersion: "$LATEST" }, [])).toEqual([]);
    expect(validateAlias({ name: "live", functionVersion: "1", additionalVersion: "$LATEST", additionalWeight: 0.5 }, ["1"])[0].message).toMatch(
      /only between two published versions, never \$LATEST/,
    );
    expect(validateAlias({ name: "live", functionVersion: "3" }, ["1"])[0].message).toMatch(/Version 3 does not exist/);
    expect(validateAlias({ name: "live", functionVersion: "1", additionalVersion: "2", additionalWeight: 1.5 }, ["1", "2"])[0].field).toBe(
      "AdditionalVersionWeights",
    );
    expect(validateAlias({ name: "123", functionVersion: "1" }, ["1"])[0].field).toBe("Name");
  });
});

describe("scenario-level checks", () => {
  test("an SQS queue that hides messages for less than the function timeout is refused as CreateEventSourceMapping does", () => {
    const s = defaultScenario();
    s.config.Timeout = 60;
    s.triggers = [
      { type: "sqs", queueName: "q", batchSize: 10, maximumBatchingWindowInSeconds: 0, reportBatchItemFailures: false, visibilityTimeout: 30, maxReceiveCount: null, deadLetterQueueName: null },
    ];
    const [issue] = validateScenarioConfig(s);
    expect(issue.message).toMatch(/^Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds/);
    s.triggers[0] = { ...s.triggers[0], visibilityTimeout: 120 } as (typeof s.triggers)[0];
    expect(validateScenarioConfig(s).map((i) => i.exception)).toEqual(["Advice"]);
  });
});
