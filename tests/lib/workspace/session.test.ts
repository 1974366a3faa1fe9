import { describe, expect, test } from "vitest";
import { action } from "@/lib/workspace/actions";
import { getPreset } from "@/lib/workspace/presets";
import { defaultScenario } from "@/lib/workspace/scenario";
import { summariseResults, WorkspaceSession } from "@/lib/workspace/session";
import { fakeSimulator } from "./fake-simulator";

function throttle(): Error {
  return Object.assign(new Error("Rate Exceeded."), {
    name: "TooManyRequestsException",
    Reason: "ReservedFunctionConcurrentInvocationLimitExceeded",
    $metadata: { httpStatusCode: 429 },
  });
}

describe("deploying", () => {
  test("the first action creates the DLQ, the function and its settings, in that order", async () => {
    const fake = fakeSimulator();
    const s = getPreset("async-retries-dlq").scenario;
    s.config.ReservedConcurrentExecutions = 5;
    s.asyncConfig.MaximumRetryAttempts = 1;
    const out = await new WorkspaceSession(fake.sim).run(action({ type: "invoke", invocationType: "Event" }), s);
    expect(out.deployed).toEqual(["create"]);
    expect(fake.ops()).toEqual([
      "sqs.createQueue",
      "lambda.createFunction",
      "lambda.putFunctionConcurrency",
      "lambda.putFunctionEventInvokeConfig",
      "lambda.invoke",
    ]);
    const create = fake.calls[1].input as Record<string, unknown>;
    expect(create).toMatchObject({
      FunctionName: "charge-order",
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      Code: { ZipFile: { "index.mjs": s.files[0].content } },
      DeadLetterConfig: { TargetArn: "arn:aws:sqs:us-east-1:123456789012:charge-order-dlq" },
    });
    expect(out.summary).toBe("202 Accepted, version $LATEST");
  });

  test("later actions push only what changed, like Deploy in the console", async () => {
    const fake = fakeSimulator();
    const session = new WorkspaceSession(fake.sim);
    const s = defaultScenario();
    await session.run(action({ type: "invoke" }), s);
    fake.calls.length = 0;
    await session.run(action({ type: "invoke" }), s);
    expect(fake.ops()).toEqual(["lambda.invoke"]);
    fake.calls.length = 0;
    s.files[0].content += "\n// changed";
    s.config.Timeout = 10;
    s.config.ReservedConcurrentExecutions = 3;
    const out = await session.run(action({ type: "invoke" }), s);
    expect(out.deployed).toEqual(["code", "configuration", "concurrency"]);
    expect(fake.ops()).toEqual(["lambda.updateFunctionCode", "lambda.updateFunctionConfiguration", "lambda.putFunctionConcurrency", "lambda.invoke"]);
  });

  test("an invalid configuration stops before the engine with AWS's message", async () => {
    const fake = fakeSimulator();
    const s = defaultScenario();
    s.config.Timeout = 901;
    const out = await new WorkspaceSession(fake.sim).run(action({ type: "invoke" }), s);
    expect(out.error?.name).toBe("ScenarioInvalidError");
    expect(out.error?.message).toContain("Member must have value less than or equal to 900");
    expect(fake.calls).toEqual([]);
  });

  test("a trigger the engine cannot run yet is skipped with a plain reason", async () => {
    const fake = fakeSimulator();
    const session = new WorkspaceSession(fake.sim);
    await session.run(action({ type: "deploy" }), getPreset("alb-hello-world").scenario);
    expect(session.skippedTriggers()[0]).toMatch(/^Application Load Balancer triggers are not available in this version of the simulator yet/);
    const out = await session.run(action({ type: "httpRequest", trigger: 0 }), getPreset("alb-hello-world").scenario);
    expect(out.error?.message).toMatch(/not available/);
  });

  test("with event sources, an ALB trigger is built and requests go to its DNS name", async () => {
    const fake = fakeSimulator({ events: true });
    const session = new WorkspaceSession(fake.sim);
    const s = getPreset("alb-hello-world").scenario;
    const out = await session.run(action({ type: "httpRequest", trigger: 0, path: "/hello?name=Ada" }), s);
    expect(out.summary).toBe("HTTP 200 OK");
    expect(out.results[0].payload).toBe("Hello, Ada!\n");
    expect(fake.calls.find((c) => c.op === "http.request")?.input).toMatchObject({ url: "http://hello-alb-1.us-east-1.elb.amazonaws.com/hello?name=Ada", method: "GET" });
    expect(fake.calls.find((c) => c.op === "lambda.addPermission")?.input).toMatchObject({
      Principal: "elasticloadbalancing.amazonaws.com",
      SourceArn: "tg-arn",
    });
    expect(session.hosts()).toEqual({ 0: "hello-alb-1.us-east-1.elb.amazonaws.com" });
  });
});

describe("invoking", () => {
  test("Test sends the selected event with LogType Tail and decodes the log tail", async () => {
    const log = "START RequestId: r1 Version: $LATEST\nEND RequestId: r1\n";
    const fake = fakeSimulator({
      invoke: () => ({ StatusCode: 200, Payload: '{"errorType":"Error"}', FunctionError: "Unhandled", ExecutedVersion: "$LATEST", LogResult: btoa(log) }),
    });
    const s = defaultScenario();
    s.testEvents.push({ name: "other", payload: '{"x": 1}' });
    const out = await new WorkspaceSession(fake.sim).run(action({ type: "invoke" }), s, "other");
    expect(fake.calls.at(-1)?.input).toEqual({ FunctionName: "my-function", InvocationType: "RequestResponse", Payload: '{"x": 1}', LogType: "Tail" });
    expect(out.results[0]).toMatchObject({ statusCode: 200, functionError: "Unhandled", logTail: log });
    expect(out.summary).toBe("200, FunctionError: Unhandled, version $LATEST");
  });

  test("a throttle keeps its exception name, reason and status", async () => {
    const fake = fakeSimulator({ invoke: () => throttle() });
    const out = await new WorkspaceSession(fake.sim).run(action({ type: "invoke" }), defaultScenario());
    expect(out.results[0].error).toEqual({ name: "TooManyRequestsException", message: "Rate Exceeded.", reason: "ReservedFunctionConcurrentInvocationLimitExceeded", status: 429 });
    expect(out.summary).toBe("TooManyRequestsException (429): ReservedFunctionConcurrentInvocationLimitExceeded");
  });

  test("a burst at one instant issues every call before any finishes", async () => {
    const fake = fakeSimulator({ invoke: (_i, n) => (n < 2 ? { StatusCode: 200, Payload: "1" } : throttle()) });
    const out = await new WorkspaceSession(fake.sim).run(action({ type: "burst", count: 10, invocationType: "RequestResponse" }), defaultScenario());
    expect(fake.maxInFlight()).toBe(10);
    expect(fake.ops()).not.toContain("advanceBy");
    expect(out.summary).toBe("10 calls: 2 × 200, 8 × TooManyRequestsException (429): ReservedFunctionConcurrentInvocationLimitExceeded");
  });

  test("a spread burst moves the clock between calls", async () => {
    const fake = fakeSimulator();
    await new WorkspaceSession(fake.sim).run(action({ type: "burst", count: 4, invocationType: "Event", spreadMs: 2000 }), defaultScenario());
    expect(fake.calls.filter((c) => c.op === "advanceBy").map((c) => c.input)).toEqual([500, 500, 500]);
  });

  test("an invalid test event is reported before invoking", async () => {
    const fake = fakeSimulator();
    const s = defaultScenario();
    s.testEvents[0].payload = "{ nope";
    const out = await new WorkspaceSession(fake.sim).run(action({ type: "invoke" }), s);
    expect(out.error?.message).toMatch(/Test event hello-world: The event is not valid JSON \(line 1, column 3\)/);
    expect(fake.ops()).not.toContain("lambda.invoke");
  });
});

describe("versions and aliases", () => {
  test("publishing records versions and aliases send RoutingConfig weights", async () => {
    const fake = fakeSimulator();
    const session = new WorkspaceSession(fake.sim);
    const s = defaultScenario();
    await session.run(action({ type: "publishVersion" }), s);
    const pub = await session.run(action({ type: "publishVersion" }), s);
    expect(pub.summary).toBe("Published version 2.");
    expect(session.versions).toEqual(["1", "2"]);
    const alias = await session.run(action({ type: "createAlias", name: "live", functionVersion: "1", additionalVersion: "2", additionalWeight: 0.1 }), s);
    expect(fake.calls.at(-1)?.input).toEqual({ FunctionName: "my-function", Name: "live", FunctionVersion: "1", RoutingConfig: { AdditionalVersionWeights: { "2": 0.1 } } });
    expect(alias.summary).toBe("Alias live → version 1, 10% to version 2.");
  });

  test("setting concurrency by action is not undone by the next deploy", async () => {
    const fake = fakeSimulator();
    const session = new WorkspaceSession(fake.sim);
    const s = defaultScenario();
    await session.run(action({ type: "putFunctionConcurrency", reserved: 0 }), s);
    s.config.ReservedConcurrentExecutions = 0;
    fake.calls.length = 0;
    await session.run(action({ type: "invoke" }), s);
    expect(fake.ops()).toEqual(["lambda.invoke"]);
  });
});

test("results summaries count alike outcomes", () => {
  expect(summariseResults([{ statusCode: 200, executedVersion: "1" }, { statusCode: 200, executedVersion: "2" }, { statusCode: 200, executedVersion: "1" }])).toBe(
    "3 calls: 2 × 200 (version 1), 1 × 200 (version 2)",
  );
});
