import type { S3Event, ScheduledEvent } from "aws-lambda";
import { beforeEach, describe, expect, test } from "vitest";
import type { EventSourcesApi } from "@/lib/simulator/sources";
import { fakeSimulator, type FakeHost } from "./fake-host";

let host: FakeHost;
let src: EventSourcesApi;
let fnArn: string;

beforeEach(() => {
  ({ host, api: src } = fakeSimulator());
  fnArn = host.addFunction("worker", { handler: () => "done" });
});

const invocationsOf = (name: string) => host.invocations.filter((i) => i.functionName === name);

async function allowEvents(ruleArn: string) {
  await src.lambdaPermissions.addPermission({ FunctionName: "worker", StatementId: `events-${ruleArn.split("/")[1]}`, Action: "lambda:InvokeFunction", Principal: "events.amazonaws.com", SourceArn: ruleArn });
}

describe("EventBridge schedules on the virtual clock", () => {
  test("rate(5 minutes) fires every five minutes after creation with a Scheduled Event", async () => {
    const { RuleArn } = await src.eventbridge.putRule({ Name: "every-5", ScheduleExpression: "rate(5 minutes)" });
    await src.eventbridge.putTargets({ Rule: "every-5", Targets: [{ Id: "w", Arn: fnArn }] });
    await allowEvents(RuleArn);
    const t0 = host.now();
    await host.advanceBy(16 * 60_000);
    const calls = invocationsOf("worker");
    expect(calls.map((c) => c.t - t0)).toEqual([300_000, 600_000, 900_000]);
    expect(calls.every((c) => c.invocationType === "Event" && c.source === "eventbridge")).toBe(true);
    expect(calls[0].event).toMatchObject({ source: "aws.events", "detail-type": "Scheduled Event", resources: [RuleArn], detail: {}, time: "2026-01-01T00:05:00Z" });
    expect((calls[0].event as ScheduledEvent).id).not.toBe((calls[1].event as ScheduledEvent).id);
  });

  test("cron(0 10 * * ? *) fires daily at 10:00 UTC", async () => {
    const { RuleArn } = await src.eventbridge.putRule({ Name: "daily", ScheduleExpression: "cron(0 10 * * ? *)" });
    await src.eventbridge.putTargets({ Rule: "daily", Targets: [{ Id: "w", Arn: fnArn }] });
    await allowEvents(RuleArn);
    await host.advanceBy(3 * 86_400_000);
    expect(invocationsOf("worker").map((c) => new Date(c.t).toISOString())).toEqual(["2026-01-01T10:00:00.000Z", "2026-01-02T10:00:00.000Z", "2026-01-03T10:00:00.000Z"]);
  });

  test("disabled rules do not fire; deleting needs the targets removed first", async () => {
    const { RuleArn } = await src.eventbridge.putRule({ Name: "r", ScheduleExpression: "rate(1 minute)", State: "DISABLED" });
    await src.eventbridge.putTargets({ Rule: "r", Targets: [{ Id: "w", Arn: fnArn }] });
    await allowEvents(RuleArn);
    await host.advanceBy(5 * 60_000);
    expect(invocationsOf("worker")).toHaveLength(0);
    await src.eventbridge.enableRule({ Name: "r" });
    await host.advanceBy(60_000);
    expect(invocationsOf("worker")).toHaveLength(1);
    await expect(src.eventbridge.deleteRule({ Name: "r" })).rejects.toThrow(/has targets/);
    await src.eventbridge.removeTargets({ Rule: "r", Ids: ["w"] });
    await src.eventbridge.deleteRule({ Name: "r" });
    await host.advanceBy(5 * 60_000);
    expect(invocationsOf("worker")).toHaveLength(1);
  });

  test("a target without permission is not invoked and the trace explains the FailedInvocation", async () => {
    await src.eventbridge.putRule({ Name: "nightly", ScheduleExpression: "rate(1 hour)" });
    await src.eventbridge.putTargets({ Rule: "nightly", Targets: [{ Id: "w", Arn: fnArn }] });
    await host.advanceBy(60 * 60_000);
    expect(invocationsOf("worker")).toHaveLength(0);
    expect(host.kinds()).toEqual(expect.arrayContaining(["eventbridge.schedule.fired", "permission.denied", "eventbridge.target.failed"]));
  });

  test("invalid schedules and patterns are rejected with AWS's exceptions", async () => {
    await expect(src.eventbridge.putRule({ Name: "x", ScheduleExpression: "rate(1 minutes)" })).rejects.toMatchObject({ name: "ValidationException", message: expect.stringMatching(/^Parameter ScheduleExpression is not valid\./) });
    await expect(src.eventbridge.putRule({ Name: "x", ScheduleExpression: "cron(0 10 * * * *)" })).rejects.toMatchObject({ name: "ValidationException" });
    await expect(src.eventbridge.putRule({ Name: "x", EventPattern: '{"source":"aws.s3"}' })).rejects.toMatchObject({ name: "InvalidEventPatternException" });
    await expect(src.eventbridge.putRule({ Name: "x" })).rejects.toThrow(/ScheduleExpression or EventPattern must be specified/);
    await expect(src.eventbridge.putRule({ Name: "bad name", ScheduleExpression: "rate(1 hour)" })).rejects.toThrow(/at 'name'/);
    await expect(src.eventbridge.putRule({ Name: "x", EventPattern: JSON.stringify({ source: ["x".repeat(5000)] }) })).rejects.toThrow(/4096/);
    await expect(src.eventbridge.putTargets({ Rule: "missing", Targets: [{ Id: "w", Arn: fnArn }] })).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });
});

describe("EventBridge event patterns", () => {
  test("a CodePipeline failure reaches the rule that matches it, with InputPath applied", async () => {
    const { RuleArn } = await src.eventbridge.putRule({
      Name: "pipeline-failed",
      EventPattern: JSON.stringify({ source: ["aws.codepipeline"], "detail-type": ["CodePipeline Pipeline Execution State Change"], detail: { state: ["FAILED"] } }),
    });
    await src.eventbridge.putTargets({ Rule: "pipeline-failed", Targets: [{ Id: "w", Arn: fnArn, InputPath: "$.detail" }] });
    await allowEvents(RuleArn);
    await src.eventbridge.putServiceEvent({ Source: "aws.codepipeline", DetailType: "CodePipeline Pipeline Execution State Change", Detail: { pipeline: "p", state: "SUCCEEDED" } });
    await src.eventbridge.putServiceEvent({ Source: "aws.codepipeline", DetailType: "CodePipeline Pipeline Execution State Change", Detail: { pipeline: "p", state: "FAILED" } });
    await host.advanceBy(1000);
    expect(invocationsOf("worker").map((c) => c.event)).toEqual([{ pipeline: "p", state: "FAILED" }]);
  });

  test("putEvents: matching entries are delivered, bad entries fail alone", async () => {
    const { RuleArn } = await src.eventbridge.putRule({ Name: "orders", EventPattern: JSON.stringify({ source: ["com.example.orders"], detail: { total: [{ numeric: [">", 100] }] } }) });
    await src.eventbridge.putTargets({ Rule: "orders", Targets: [{ Id: "w", Arn: fnArn, Input: '{"fixed":true}' }, { Id: "raw", Arn: fnArn }] });
    await allowEvents(RuleArn);
    const out = await src.eventbridge.putEvents({
      Entries: [
        { Source: "com.example.orders", DetailType: "OrderPlaced", Detail: '{"total":150}' },
        { Source: "com.example.orders", DetailType: "OrderPlaced", Detail: '{"total":50}' },
        { Source: "com.example.orders", DetailType: "OrderPlaced", Detail: "not json" },
      ],
    });
    expect(out.FailedEntryCount).toBe(1);
    expect(out.Entries[2]).toEqual({ ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." });
    await host.advanceBy(1000);
    const events = invocationsOf("worker").map((c) => c.event);
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual({ fixed: true });
    expect(events[1]).toMatchObject({ source: "com.example.orders", "detail-type": "OrderPlaced", detail: { total: 150 } });
  });

  test("at most five targets per rule", async () => {
    await src.eventbridge.putRule({ Name: "r", EventPattern: '{"source":["a"]}' });
    const targets = Array.from({ length: 6 }, (_, i) => ({ Id: `t${i}`, Arn: fnArn }));
    await expect(src.eventbridge.putTargets({ Rule: "r", Targets: targets })).rejects.toMatchObject({ name: "LimitExceededException" });
  });
});

describe("S3 notifications", () => {
  async function bucketWithNotification(options: { permission?: boolean } = {}) {
    await src.s3.createBucket({ Bucket: "photos" });
    if (options.permission !== false) {
      await src.lambdaPermissions.addPermission({ FunctionName: "worker", StatementId: "s3", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com", SourceArn: "arn:aws:s3:::photos", SourceAccount: "123456789012" });
    }
    return src.s3.putBucketNotificationConfiguration({
      Bucket: "photos",
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [{ Id: "thumbs", LambdaFunctionArn: fnArn, Events: ["s3:ObjectCreated:*"], Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "uploads/" }, { Name: "suffix", Value: ".jpg" }] } } }],
      },
    });
  }

  test("a matching put invokes the function asynchronously with an S3 record", async () => {
    await bucketWithNotification();
    await src.s3.putObject({ Bucket: "photos", Key: "uploads/my cat.jpg", Body: "jpeg bytes" });
    await src.s3.putObject({ Bucket: "photos", Key: "uploads/notes.txt", Body: "x" });
    await src.s3.putObject({ Bucket: "photos", Key: "other/cat.jpg", Body: "x" });
    await host.advanceBy(1000);
    const calls = invocationsOf("worker");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ invocationType: "Event", source: "s3" });
    const record = (calls[0].event as S3Event).Records[0];
    expect(record).toMatchObject({ eventSource: "aws:s3", eventName: "ObjectCreated:Put", s3: { configurationId: "thumbs", bucket: { name: "photos" }, object: { key: "uploads/my+cat.jpg", size: 10 } } });
    const object = await src.s3.getObject({ Bucket: "photos", Key: "uploads/my cat.jpg" });
    expect(await object.Body.transformToString()).toBe("jpeg bytes");
    expect(record.s3.object.eTag).toBe(object.ETag.replace(/"/g, ""));
  });

  test("the configuration is refused while the function's policy does not allow S3", async () => {
    await expect(bucketWithNotification({ permission: false })).rejects.toMatchObject({ name: "InvalidArgument", message: expect.stringMatching(/Unable to validate the following destination configurations/) });
  });

  test("permission removed later: the event is dropped and traced", async () => {
    await bucketWithNotification();
    await src.lambdaPermissions.removePermission({ FunctionName: "worker", StatementId: "s3" });
    await src.s3.putObject({ Bucket: "photos", Key: "uploads/a.jpg", Body: "x" });
    await host.advanceBy(1000);
    expect(invocationsOf("worker")).toHaveLength(0);
    expect(host.kinds()).toContain("s3.notification.failed");
  });

  test("bucket and object errors", async () => {
    await expect(src.s3.createBucket({ Bucket: "Bad_Name" })).rejects.toMatchObject({ name: "InvalidBucketName" });
    await src.s3.createBucket({ Bucket: "photos" });
    await expect(src.s3.createBucket({ Bucket: "photos" })).rejects.toMatchObject({ name: "BucketAlreadyOwnedByYou", $metadata: { httpStatusCode: 409 } });
    await expect(src.s3.putObject({ Bucket: "nope", Key: "k", Body: "x" })).rejects.toMatchObject({ name: "NoSuchBucket", $metadata: { httpStatusCode: 404 } });
    await expect(src.s3.getObject({ Bucket: "photos", Key: "missing" })).rejects.toMatchObject({ name: "NoSuchKey" });
  });
});

describe("lambda permissions API", () => {
  test("getPolicy returns the policy document; unknown functions and empty policies are 404s", async () => {
    await expect(src.lambdaPermissions.getPolicy({ FunctionName: "worker" })).rejects.toMatchObject({ name: "ResourceNotFoundException", $metadata: { httpStatusCode: 404 } });
    const { Statement } = await src.lambdaPermissions.addPermission({ FunctionName: "worker", StatementId: "sns", Action: "lambda:InvokeFunction", Principal: "sns.amazonaws.com" });
    expect(JSON.parse(Statement)).toMatchObject({ Sid: "sns", Principal: { Service: "sns.amazonaws.com" }, Resource: fnArn });
    const policy = JSON.parse((await src.lambdaPermissions.getPolicy({ FunctionName: "worker" })).Policy);
    expect(policy.Statement).toHaveLength(1);
    await expect(src.lambdaPermissions.addPermission({ FunctionName: "ghost", StatementId: "x", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com" })).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });

  test("a qualified permission applies to that alias only", async () => {
    await src.lambdaPermissions.addPermission({ FunctionName: "worker", Qualifier: "live", StatementId: "s3", Action: "lambda:InvokeFunction", Principal: "s3.amazonaws.com" });
    await expect(src.lambdaPermissions.getPolicy({ FunctionName: "worker" })).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    expect(JSON.parse((await src.lambdaPermissions.getPolicy({ FunctionName: "worker", Qualifier: "live" })).Policy).Statement[0].Resource).toBe(`${fnArn}:live`);
  });
});

describe("EventBridge as a Lambda destination", () => {
  test("a destination record on the default bus becomes a 'Lambda Function Invocation Result' event", async () => {
    const sim = fakeSimulator();
    const fn = sim.host.addFunction("alerts", { handler: () => null });
    const { RuleArn } = await sim.api.eventbridge.putRule({ Name: "failures", EventPattern: JSON.stringify({ source: ["lambda"], "detail-type": ["Lambda Function Invocation Result - Failure"] }) });
    await sim.api.eventbridge.putTargets({ Rule: "failures", Targets: [{ Id: "a", Arn: fn }] });
    await sim.api.lambdaPermissions.addPermission({ FunctionName: "alerts", StatementId: "eb", Action: "lambda:InvokeFunction", Principal: "events.amazonaws.com", SourceArn: RuleArn });
    const record = { version: "1.0", requestContext: { condition: "RetriesExhausted", functionArn: "arn:aws:lambda:us-east-1:123456789012:function:orders:$LATEST", approximateInvokeCount: 3 }, requestPayload: {} };
    expect(sim.sources.eventbridge.acceptDelivery("arn:aws:events:us-east-1:123456789012:event-bus/default", JSON.stringify(record))).toEqual({ ok: true });
    expect(sim.sources.eventbridge.acceptDelivery("arn:aws:events:us-east-1:123456789012:event-bus/custom", "{}")).toMatchObject({ ok: false });
    await sim.host.advanceBy(1000);
    expect(sim.host.invocations.map((i) => i.event)).toEqual([
      expect.objectContaining({ source: "lambda", "detail-type": "Lambda Function Invocation Result - Failure", detail: record, resources: [record.requestContext.functionArn] }),
    ]);
  });
});
