import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createSimulator, type Simulator } from "@/lib/simulator";

/**
 * End to end through the contract API for the asynchronous and polled sources: SQS event source
 * mappings, SNS, S3 and EventBridge, with real handlers in the sandbox. Handlers report what
 * they saw through console.log, which the tests read back from the function's logs.
 */

let sim: Simulator;

beforeEach(async () => {
  sim = await createSimulator({ seed: 11 });
});

afterEach(() => sim.dispose());

/** The JSON objects a handler logged with console.log(JSON.stringify(...)). */
function logged(functionName: string): Record<string, unknown>[] {
  return sim
    .logs(functionName)
    .map((line) => line.split("\t"))
    .filter((parts) => parts[2] === "INFO" && parts[3]?.startsWith("{"))
    .map((parts) => JSON.parse(parts.slice(3).join("\t")));
}

async function queue(name: string, attributes: Record<string, string> = {}) {
  const { QueueUrl } = await sim.sqs.createQueue({ QueueName: name, Attributes: attributes });
  const { Attributes } = await sim.sqs.getQueueAttributes({ QueueUrl, AttributeNames: ["QueueArn"] });
  return { url: QueueUrl, arn: Attributes.QueueArn };
}

describe("SQS event source mapping", () => {
  test("batches, deletes on success, and records carry the documented fields", async () => {
    await sim.lambda.createFunction({
      FunctionName: "consumer",
      Code: { ZipFile: `export const handler = async (event) => { console.log(JSON.stringify({ bodies: event.Records.map((r) => r.body), first: event.Records[0] })); };` },
    });
    const q = await queue("orders");
    await sim.lambda.createEventSourceMapping({ EventSourceArn: q.arn, FunctionName: "consumer", BatchSize: 3 });
    for (let i = 1; i <= 4; i++) await sim.sqs.sendMessage({ QueueUrl: q.url, MessageBody: `order-${i}` });
    await sim.runUntilIdle({ maxVirtualMs: 60_000 });
    const seen = logged("consumer");
    expect(seen.map((s) => s.bodies)).toEqual([["order-1", "order-2", "order-3"], ["order-4"]]);
    expect(seen[0].first).toMatchObject({ eventSource: "aws:sqs", eventSourceARN: q.arn, awsRegion: "us-east-1", attributes: { ApproximateReceiveCount: "1" } });
    const { Attributes } = await sim.sqs.getQueueAttributes({ QueueUrl: q.url, AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"] });
    expect(Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible)).toBe(0);
  });

  test("failures come back after the visibility timeout and end in the DLQ after maxReceiveCount", async () => {
    await sim.lambda.createFunction({ FunctionName: "flaky", Code: { ZipFile: `export const handler = async (e) => { console.log(JSON.stringify({ count: e.Records[0].attributes.ApproximateReceiveCount })); throw new Error("nope"); };` } });
    const dlq = await queue("orders-dlq");
    const q = await queue("orders", { VisibilityTimeout: "20", RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 2 }) });
    await sim.lambda.createEventSourceMapping({ EventSourceArn: q.arn, FunctionName: "flaky" });
    await sim.sqs.sendMessage({ QueueUrl: q.url, MessageBody: "poison" });
    await sim.runUntilIdle({ maxVirtualMs: 5 * 60_000 });
    expect(logged("flaky").map((s) => s.count)).toEqual(["1", "2"]);
    const fromDlq = await sim.sqs.receiveMessage({ QueueUrl: dlq.url });
    expect(fromDlq.Messages?.map((m) => m.Body)).toEqual(["poison"]);
  });

  test("ReportBatchItemFailures: only the reported message is retried", async () => {
    await sim.lambda.createFunction({
      FunctionName: "partial",
      Code: {
        ZipFile: `export const handler = async (event) => {
          console.log(JSON.stringify({ bodies: event.Records.map((r) => r.body) }));
          const bad = event.Records.filter((r) => r.body === "bad" && r.attributes.ApproximateReceiveCount === "1");
          return { batchItemFailures: bad.map((r) => ({ itemIdentifier: r.messageId })) };
        };`,
      },
    });
    const q = await queue("jobs", { VisibilityTimeout: "30" });
    await sim.lambda.createEventSourceMapping({ EventSourceArn: q.arn, FunctionName: "partial", FunctionResponseTypes: ["ReportBatchItemFailures"] });
    await Promise.all(["good", "bad", "fine"].map((MessageBody) => sim.sqs.sendMessage({ QueueUrl: q.url, MessageBody })));
    await sim.runUntilIdle({ maxVirtualMs: 5 * 60_000 });
    expect(logged("partial").map((s) => s.bodies)).toEqual([["good", "bad", "fine"], ["bad"]]);
  });

  test("validation: visibility timeout shorter than the function timeout, batch window rules", async () => {
    await sim.lambda.createFunction({ FunctionName: "slow", Timeout: 60, Code: { ZipFile: "export const handler = async () => {};" } });
    const q = await queue("short", { VisibilityTimeout: "30" });
    await expect(sim.lambda.createEventSourceMapping({ EventSourceArn: q.arn, FunctionName: "slow" })).rejects.toMatchObject({
      name: "InvalidParameterValueException",
      message: expect.stringMatching(/Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds/),
    });
    const long = await queue("long", { VisibilityTimeout: "360" });
    await expect(sim.lambda.createEventSourceMapping({ EventSourceArn: long.arn, FunctionName: "slow", BatchSize: 100 })).rejects.toThrow(/batch window/);
    await expect(sim.lambda.createEventSourceMapping({ EventSourceArn: long.arn, FunctionName: "ghost" })).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });

  test("throttled batches return to the queue and are processed once concurrency allows", async () => {
    await sim.lambda.createFunction({ FunctionName: "blocked", Code: { ZipFile: `export const handler = async (e) => { console.log(JSON.stringify({ n: e.Records.length })); };` } });
    await sim.lambda.putFunctionConcurrency({ FunctionName: "blocked", ReservedConcurrentExecutions: 0 });
    const q = await queue("held", { VisibilityTimeout: "30" });
    await sim.lambda.createEventSourceMapping({ EventSourceArn: q.arn, FunctionName: "blocked" });
    await sim.sqs.sendMessage({ QueueUrl: q.url, MessageBody: "x" });
    await sim.advanceBy(10_000);
    expect(sim.trace().some((r) => r.kind === "sqs.batch.throttled")).toBe(true);
    await sim.lambda.deleteFunctionConcurrency({ FunctionName: "blocked" });
    await sim.advanceBy(60_000);
    expect(logged("blocked")).toEqual([{ n: 1 }]);
  });
});

describe("SNS, S3 and EventBridge", () => {
  test("SNS invokes a subscribed function only with the resource-based permission", async () => {
    const fn = await sim.lambda.createFunction({ FunctionName: "listener", Code: { ZipFile: `export const handler = async (e) => { console.log(JSON.stringify(e.Records[0].Sns)); };` } });
    const { TopicArn } = await sim.sns.createTopic({ Name: "alerts" });
    await sim.sns.subscribe({ TopicArn, Protocol: "lambda", Endpoint: fn.FunctionArn });
    await sim.sns.publish({ TopicArn, Message: "first", Subject: "s1" });
    await sim.runUntilIdle({ maxVirtualMs: 60_000 });
    expect(logged("listener")).toEqual([]);
    expect(sim.trace().find((r) => r.kind === "permission.denied")).toMatchObject({ functionName: "listener", principal: "sns.amazonaws.com", sourceArn: TopicArn });
    await sim.lambda.addPermission({ FunctionName: "listener", StatementId: "sns", Action: "lambda:InvokeFunction", Principal: "sns.amazonaws.com", SourceArn: TopicArn });
    await sim.sns.publish({ TopicArn, Message: "second", Subject: "s2" });
    await sim.runUntilIdle({ maxVirtualMs: 60_000 });
    expect(logged("listener")).toEqual([expect.objectContaining({ Message: "second", Subject: "s2", TopicArn, Type: "Notification" })]);
  });

  test("an S3 upload matching the filter invokes the function with an s3 record", async () => {
    const fn = await sim.lambda.createFunction({ FunctionName: "thumbs", Code: { ZipFile: `export const handler = async (e) => { const r = e.Records[0]; console.log(JSON.stringify({ name: r.eventName, key: r.s3.object.key, size: r.s3.object.size })); };` } });
    await sim.s3.createBucket({ Bucket: "uploads" });
    await sim.lambda.addPermission({ FunctionName: "thumbs", StatementId: "s3", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com", SourceArn: "arn:aws:s3:::uploads", SourceAccount: "123456789012" });
    await sim.s3.putBucketNotificationConfiguration({
      Bucket: "uploads",
      NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: fn.FunctionArn as string, Events: ["s3:ObjectCreated:*"], Filter: { Key: { FilterRules: [{ Name: "suffix", Value: ".png" }] } } }] },
    });
    await sim.s3.putObject({ Bucket: "uploads", Key: "cat photo.png", Body: "12345" });
    await sim.s3.putObject({ Bucket: "uploads", Key: "notes.txt", Body: "x" });
    await sim.runUntilIdle({ maxVirtualMs: 60_000 });
    expect(logged("thumbs")).toEqual([{ name: "ObjectCreated:Put", key: "cat+photo.png", size: 5 }]);
  });

  test("an S3 notification to an SQS queue lands in the queue", async () => {
    const q = await queue("s3-events");
    await sim.s3.createBucket({ Bucket: "docs" });
    await sim.s3.putBucketNotificationConfiguration({ Bucket: "docs", NotificationConfiguration: { QueueConfigurations: [{ QueueArn: q.arn, Events: ["s3:ObjectRemoved:*"] }] } });
    await sim.s3.deleteObject({ Bucket: "docs", Key: "old.txt" });
    const { Messages } = await sim.sqs.receiveMessage({ QueueUrl: q.url });
    expect(JSON.parse(String(Messages?.[0].Body)).Records[0]).toMatchObject({ eventName: "ObjectRemoved:Delete", s3: { bucket: { name: "docs" }, object: { key: "old.txt" } } });
  });

  test("a cron rule fires on the virtual clock with a Scheduled Event", async () => {
    const fn = await sim.lambda.createFunction({ FunctionName: "report", Code: { ZipFile: `export const handler = async (e) => { console.log(JSON.stringify({ type: e["detail-type"], time: e.time, now: new Date().toISOString() })); };` } });
    const { RuleArn } = await sim.eventbridge.putRule({ Name: "nightly", ScheduleExpression: "cron(30 2 * * ? *)" });
    await sim.eventbridge.putTargets({ Rule: "nightly", Targets: [{ Id: "report", Arn: fn.FunctionArn as string }] });
    await sim.lambda.addPermission({ FunctionName: "report", StatementId: "events", Action: "lambda:InvokeFunction", Principal: "events.amazonaws.com", SourceArn: RuleArn });
    await sim.advanceBy(2 * 86_400_000);
    const seen = logged("report");
    expect(seen.map((s) => s.time)).toEqual(["2026-01-01T02:30:00Z", "2026-01-02T02:30:00Z"]);
    expect(seen[0].type).toBe("Scheduled Event");
    expect(String(seen[0].now).slice(0, 16)).toBe("2026-01-01T02:30");
  });

  test("a CodePipeline failure event reaches the rule whose pattern matches", async () => {
    const fn = await sim.lambda.createFunction({ FunctionName: "notify", Code: { ZipFile: `export const handler = async (e) => { console.log(JSON.stringify(e.detail)); };` } });
    const { RuleArn } = await sim.eventbridge.putRule({ Name: "pipeline-failed", EventPattern: JSON.stringify({ source: ["aws.codepipeline"], "detail-type": ["CodePipeline Pipeline Execution State Change"], detail: { state: ["FAILED"] } }) });
    await sim.eventbridge.putTargets({ Rule: "pipeline-failed", Targets: [{ Id: "n", Arn: fn.FunctionArn as string }] });
    await sim.lambda.addPermission({ FunctionName: "notify", StatementId: "events", Action: "lambda:InvokeFunction", Principal: "events.amazonaws.com", SourceArn: RuleArn });
    for (const state of ["STARTED", "FAILED", "SUCCEEDED"]) {
      await sim.eventbridge.putServiceEvent({ Source: "aws.codepipeline", DetailType: "CodePipeline Pipeline Execution State Change", Detail: { pipeline: "web", state, "execution-id": state } });
    }
    await sim.runUntilIdle({ maxVirtualMs: 60_000 });
    expect(logged("notify")).toEqual([{ pipeline: "web", state: "FAILED", "execution-id": "FAILED" }]);
  });

  test("invalid schedules and patterns are rejected with AWS's errors", async () => {
    await expect(sim.eventbridge.putRule({ Name: "r", ScheduleExpression: "rate(5 minute)" })).rejects.toMatchObject({ name: "ValidationException", message: expect.stringMatching(/^Parameter ScheduleExpression is not valid\./) });
    await expect(sim.eventbridge.putRule({ Name: "r", ScheduleExpression: "cron(0 12 * * *)" })).rejects.toMatchObject({ name: "ValidationException" });
    await expect(sim.eventbridge.putRule({ Name: "r", EventPattern: '{"source":[]}' })).rejects.toMatchObject({ name: "InvalidEventPatternException", message: expect.stringMatching(/Empty arrays are not allowed/) });
  });

  test("an on-failure destination on the default bus becomes an EventBridge event", async () => {
    await sim.lambda.createFunction({ FunctionName: "worker", Code: { ZipFile: `export const handler = async () => { throw new Error("always"); };` } });
    const alerts = await sim.lambda.createFunction({ FunctionName: "alerts", Code: { ZipFile: `export const handler = async (e) => { console.log(JSON.stringify({ type: e["detail-type"], source: e.source, condition: e.detail.requestContext.condition })); };` } });
    await sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "worker", MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: "arn:aws:events:us-east-1:123456789012:event-bus/default" } } });
    const { RuleArn } = await sim.eventbridge.putRule({ Name: "failures", EventPattern: JSON.stringify({ source: ["lambda"] }) });
    await sim.eventbridge.putTargets({ Rule: "failures", Targets: [{ Id: "a", Arn: alerts.FunctionArn as string }] });
    await sim.lambda.addPermission({ FunctionName: "alerts", StatementId: "events", Action: "lambda:InvokeFunction", Principal: "events.amazonaws.com", SourceArn: RuleArn });
    await sim.lambda.invoke({ FunctionName: "worker", InvocationType: "Event", Payload: "{}" });
    await sim.runUntilIdle({ maxVirtualMs: 10 * 60_000 });
    expect(logged("alerts")).toEqual([{ type: "Lambda Function Invocation Result - Failure", source: "lambda", condition: "RetriesExhausted" }]);
  });
});
