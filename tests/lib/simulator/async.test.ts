import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { deploy, MINUTE, newSim } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

const FAILING = "export const handler = async (e) => { throw new Error('broken ' + (e.id ?? '')); };";

async function queue(s: Simulator, name: string) {
  const { QueueUrl } = await s.sqs.createQueue({ QueueName: name });
  const { Attributes } = await s.sqs.getQueueAttributes({ QueueUrl, AttributeNames: ["QueueArn"] });
  return { url: QueueUrl, arn: Attributes.QueueArn };
}

async function drain(s: Simulator, url: string) {
  const out = await s.sqs.receiveMessage({ QueueUrl: url, MaxNumberOfMessages: 10, MessageAttributeNames: ["All"] });
  return out.Messages ?? [];
}

function starts(s: Simulator, fn: string) {
  return s.trace().filter((r) => r.kind === "invoke.start" && r.functionName === fn) as Array<{ t: number; attempt: number; requestId: string }>;
}

describe("asynchronous invocation", () => {
  test("retries a failing event twice, about one then two minutes apart, with the same request id", async () => {
    sim = await newSim();
    await deploy(sim, "fail", FAILING);
    await sim.lambda.invoke({ FunctionName: "fail", InvocationType: "Event", Payload: '{"id":1}' });
    await sim.runUntilIdle();
    const s = starts(sim, "fail");
    expect(s.map((x) => x.attempt)).toEqual([1, 2, 3]);
    expect(new Set(s.map((x) => x.requestId)).size).toBe(1);
    const ends = sim.trace().filter((r) => r.kind === "invoke.end" && r.functionName === "fail").map((r) => r.t);
    expect(s[1].t - ends[0]).toBe(MINUTE);
    expect(s[2].t - ends[1]).toBe(2 * MINUTE);
    const scheduled = sim.trace().filter((r) => r.kind === "async.retry.scheduled") as Array<{ attempt: number; cause: string; delayMs: number }>;
    expect(scheduled.map((r) => [r.attempt, r.cause, r.delayMs])).toEqual([
      [2, "function-error", MINUTE],
      [3, "function-error", 2 * MINUTE],
    ]);
  });

  test("counts a timeout as a function error and retries it", async () => {
    sim = await newSim();
    await deploy(sim, "slow", "export const handler = async () => { await new Promise(r => setTimeout(r, 5000)); };", { Timeout: 1 });
    await sim.lambda.invoke({ FunctionName: "slow", InvocationType: "Event" });
    await sim.runUntilIdle();
    expect(starts(sim, "slow")).toHaveLength(3);
    expect(sim.trace().filter((r) => r.kind === "invoke.timeout")).toHaveLength(3);
  });

  test("honours MaximumRetryAttempts 0 and MaximumEventAgeInSeconds", async () => {
    sim = await newSim();
    await deploy(sim, "once", FAILING);
    await deploy(sim, "young", FAILING);
    await sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "once", MaximumRetryAttempts: 0 });
    await sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "young", MaximumEventAgeInSeconds: 60 });
    await sim.lambda.invoke({ FunctionName: "once", InvocationType: "Event" });
    await sim.lambda.invoke({ FunctionName: "young", InvocationType: "Event" });
    await sim.runUntilIdle();
    expect(starts(sim, "once")).toHaveLength(1);
    // The first retry would come a minute after the first attempt ended, when the event is already older than 60 s.
    expect(starts(sim, "young")).toHaveLength(1);
    const expired = sim.trace().filter((r) => r.kind === "async.expired") as Array<{ functionName: string; ageMs: number }>;
    expect(expired.map((r) => [r.functionName, r.ageMs])).toEqual([["young", 60_000]]);
    expect(sim.metrics("young").AsyncEventsDropped.Sum).toBe(1);
  });

  test("sends failed events to an SQS dead-letter queue with RequestID, ErrorCode and ErrorMessage", async () => {
    sim = await newSim();
    const dlq = await queue(sim, "dlq");
    await deploy(sim, "fail", FAILING, { DeadLetterConfig: { TargetArn: dlq.arn } });
    await sim.lambda.invoke({ FunctionName: "fail", InvocationType: "Event", Payload: '{"id":7}' });
    await sim.runUntilIdle();
    const [message] = await drain(sim, dlq.url);
    const requestId = starts(sim, "fail")[0].requestId;
    expect(message.Body).toBe('{"id":7}');
    expect(message.MessageAttributes).toEqual({
      RequestID: { DataType: "String", StringValue: requestId },
      ErrorCode: { DataType: "Number", StringValue: "200" },
      ErrorMessage: { DataType: "String", StringValue: "broken 7" },
    });
    expect(sim.trace().filter((r) => r.kind === "dlq.delivered")).toHaveLength(1);
  });

  test("sends failed events to an SNS dead-letter topic, which fans out to its subscribers", async () => {
    sim = await newSim();
    const sub = await queue(sim, "sub");
    const { TopicArn } = await sim.sns.createTopic({ Name: "dead" });
    await sim.sns.subscribe({ TopicArn, Protocol: "sqs", Endpoint: sub.arn });
    await deploy(sim, "fail", FAILING, { DeadLetterConfig: { TargetArn: TopicArn } });
    await sim.lambda.invoke({ FunctionName: "fail", InvocationType: "Event", Payload: '{"id":3}' });
    await sim.runUntilIdle();
    const [message] = await drain(sim, sub.url);
    const envelope = JSON.parse(message.Body as string);
    expect(envelope).toMatchObject({ Type: "Notification", TopicArn, Message: '{"id":3}' });
    expect(envelope.MessageAttributes.ErrorCode).toEqual({ Type: "Number", Value: "200" });
  });

  test("delivers the documented record to OnSuccess and OnFailure destinations", async () => {
    sim = await newSim();
    const ok = await queue(sim, "ok");
    const bad = await queue(sim, "bad");
    await deploy(sim, "maybe", "export const handler = async (e) => { if (e.fail) throw new Error('nope'); return { done: e.n }; };");
    await sim.lambda.putFunctionEventInvokeConfig({
      FunctionName: "maybe",
      DestinationConfig: { OnSuccess: { Destination: ok.arn }, OnFailure: { Destination: bad.arn } },
    });
    await sim.lambda.invoke({ FunctionName: "maybe", InvocationType: "Event", Payload: '{"n":1}' });
    await sim.lambda.invoke({ FunctionName: "maybe", InvocationType: "Event", Payload: '{"fail":true}' });
    await sim.runUntilIdle();
    const success = JSON.parse((await drain(sim, ok.url))[0].Body as string);
    expect(success).toEqual({
      version: "1.0",
      timestamp: expect.stringMatching(/^2026-01-01T00:00:00\.\d{3}Z$/),
      requestContext: { requestId: expect.any(String), functionArn: "arn:aws:lambda:us-east-1:123456789012:function:maybe:$LATEST", condition: "Success", approximateInvokeCount: 1 },
      requestPayload: { n: 1 },
      responseContext: { statusCode: 200, executedVersion: "$LATEST" },
      responsePayload: { done: 1 },
    });
    const failure = JSON.parse((await drain(sim, bad.url))[0].Body as string);
    expect(failure.requestContext).toMatchObject({ condition: "RetriesExhausted", approximateInvokeCount: 3 });
    expect(failure.requestPayload).toEqual({ fail: true });
    expect(failure.responseContext).toEqual({ statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" });
    expect(failure.responsePayload).toMatchObject({ errorType: "Error", errorMessage: "nope" });
  });

  test("invokes a Lambda destination asynchronously with the record", async () => {
    sim = await newSim();
    await deploy(sim, "audit", "export const handler = async (record) => { console.log('AUDIT', record.requestContext.condition, record.requestPayload.x); };");
    await deploy(sim, "src", "export const handler = async (e) => e.x * 2;");
    await sim.lambda.putFunctionEventInvokeConfig({
      FunctionName: "src",
      DestinationConfig: { OnSuccess: { Destination: "arn:aws:lambda:us-east-1:123456789012:function:audit" } },
    });
    await sim.lambda.invoke({ FunctionName: "src", InvocationType: "Event", Payload: '{"x":21}' });
    await sim.runUntilIdle();
    expect(sim.logs("audit").some((l) => l.endsWith("\tINFO\tAUDIT Success 21"))).toBe(true);
  });

  test("counts deliveries to missing targets in DestinationDeliveryFailures and DeadLetterErrors", async () => {
    sim = await newSim();
    await deploy(sim, "fail", FAILING, { DeadLetterConfig: { TargetArn: "arn:aws:sqs:us-east-1:123456789012:missing" } });
    await sim.lambda.putFunctionEventInvokeConfig({
      FunctionName: "fail",
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: "arn:aws:sns:us-east-1:123456789012:nowhere" } },
    });
    await sim.lambda.invoke({ FunctionName: "fail", InvocationType: "Event" });
    await sim.runUntilIdle();
    const m = sim.metrics("fail");
    expect(m.DeadLetterErrors.Sum).toBe(1);
    expect(m.DestinationDeliveryFailures.Sum).toBe(1);
    expect(sim.trace().map((r) => r.kind)).toEqual(expect.arrayContaining(["dlq.failed", "destination.failed"]));
  });

  test("with reserved concurrency 0 sends events straight to failure handling, without running the function", async () => {
    sim = await newSim();
    const dlq = await queue(sim, "dlq");
    await deploy(sim, "off", "export const handler = async () => 'ran';", { DeadLetterConfig: { TargetArn: dlq.arn } });
    await sim.lambda.putFunctionConcurrency({ FunctionName: "off", ReservedConcurrentExecutions: 0 });
    await sim.lambda.invoke({ FunctionName: "off", InvocationType: "Event", Payload: '{"k":1}' });
    await sim.runUntilIdle();
    expect(starts(sim, "off")).toHaveLength(0);
    const [message] = await drain(sim, dlq.url);
    expect(message.Body).toBe('{"k":1}');
    expect((message.MessageAttributes as Record<string, { StringValue: string }>).ErrorCode.StringValue).toBe("429");
    expect(sim.metrics("off").Throttles.Sum).toBe(1);
  });

  test("returns throttled events to the queue and retries them with growing backoff until they run", async () => {
    sim = await newSim();
    await deploy(sim, "narrow", "export const handler = async () => { await new Promise(r => setTimeout(r, 3000)); return 1; };", { Timeout: 10 });
    await sim.lambda.putFunctionConcurrency({ FunctionName: "narrow", ReservedConcurrentExecutions: 1 });
    for (let i = 0; i < 3; i++) await sim.lambda.invoke({ FunctionName: "narrow", InvocationType: "Event" });
    await sim.runUntilIdle();
    const ends = sim.trace().filter((r) => r.kind === "invoke.end" && (r as { outcome: string }).outcome === "success");
    expect(ends).toHaveLength(3);
    const backoffs = (sim.trace().filter((r) => r.kind === "async.retry.scheduled") as Array<{ cause: string; delayMs: number; requestId: string }>).filter((r) => r.cause === "throttle");
    expect(backoffs.length).toBeGreaterThan(2);
    for (const b of backoffs) {
      expect(b.delayMs).toBeGreaterThanOrEqual(1000);
      expect(b.delayMs).toBeLessThanOrEqual(5 * MINUTE);
    }
    const first = backoffs.filter((b) => b.requestId === backoffs[0].requestId).map((b) => b.delayMs);
    expect(first.length).toBeGreaterThan(1);
    expect(first[1]).toBeGreaterThan(first[0]);
    expect(sim.metrics("narrow").Throttles.Sum).toBe(backoffs.length);
  });

  test("waits longer between throttled retries when the queue holds many events per unit of concurrency", async () => {
    sim = await newSim();
    await deploy(sim, "backlog", "export const handler = async () => { await new Promise(r => setTimeout(r, 1000)); };", { Timeout: 10 });
    await sim.lambda.putFunctionConcurrency({ FunctionName: "backlog", ReservedConcurrentExecutions: 1 });
    await Promise.all(Array.from({ length: 41 }, () => sim.lambda.invoke({ FunctionName: "backlog", InvocationType: "Event" })));
    await sim.advanceBy(100);
    const first = (sim.trace().filter((r) => r.kind === "async.retry.scheduled") as Array<{ delayMs: number }>).map((r) => r.delayMs);
    expect(first).toHaveLength(40);
    // 40 waiting for 1 unit of concurrency: 4x the plain 1-second first backoff (plus up to 50% jitter).
    expect(Math.min(...first)).toBeGreaterThanOrEqual(4000);
    expect(Math.max(...first)).toBeLessThanOrEqual(6000);
    await sim.runUntilIdle();
    expect(sim.trace().filter((r) => r.kind === "invoke.end")).toHaveLength(41);
  });

  test("expires events that stay throttled past MaximumEventAgeInSeconds", async () => {
    sim = await newSim();
    const bad = await queue(sim, "bad");
    await deploy(sim, "busy", "export const handler = async () => { await new Promise(r => setTimeout(r, 100_000)); };", { Timeout: 120 });
    await sim.lambda.putFunctionConcurrency({ FunctionName: "busy", ReservedConcurrentExecutions: 1 });
    await sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "busy", MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: bad.arn } } });
    await sim.lambda.invoke({ FunctionName: "busy", InvocationType: "Event", Payload: '{"first":true}' });
    await sim.advanceBy(1000);
    await sim.lambda.invoke({ FunctionName: "busy", InvocationType: "Event", Payload: '{"second":true}' });
    await sim.runUntilIdle();
    const records = (await drain(sim, bad.url)).map((m) => JSON.parse(m.Body as string));
    expect(records).toHaveLength(1);
    expect(records[0].requestContext).toMatchObject({ condition: "EventAgeExceeded", approximateInvokeCount: 0 });
    expect(records[0].requestPayload).toEqual({ second: true });
  });

  test("applies the settings of the qualifier that was invoked (alias versus $LATEST)", async () => {
    sim = await newSim();
    await deploy(sim, "q", FAILING);
    await sim.lambda.publishVersion({ FunctionName: "q" });
    await sim.lambda.createAlias({ FunctionName: "q", Name: "live", FunctionVersion: "1" });
    await sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "q", Qualifier: "live", MaximumRetryAttempts: 0 });
    await sim.lambda.invoke({ FunctionName: "q", Qualifier: "live", InvocationType: "Event" });
    await sim.lambda.invoke({ FunctionName: "q", InvocationType: "Event" });
    await sim.runUntilIdle();
    const perVersion = starts(sim, "q").reduce<Record<string, number>>((acc, r) => {
      const v = (r as unknown as { version: string }).version;
      acc[v] = (acc[v] ?? 0) + 1;
      return acc;
    }, {});
    expect(perVersion).toEqual({ "1": 1, $LATEST: 3 });
  });
});
