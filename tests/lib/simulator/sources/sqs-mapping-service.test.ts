import type { SQSEvent } from "aws-lambda";
import { beforeEach, describe, expect, test } from "vitest";
import { SqsMappingService } from "@/lib/simulator/sources/sqs-mapping-service";
import { FakeHost } from "./fake-host";
import { FakeQueues } from "./fake-queues";

let host: FakeHost;
let queues: FakeQueues;
let esm: SqsMappingService;
let batches: SQSEvent[];
const timeouts = new Map<string, number>();

beforeEach(() => {
  host = new FakeHost();
  queues = new FakeQueues(host);
  timeouts.clear();
  esm = new SqsMappingService(host, queues, { timeout: (arn) => timeouts.get(arn.split(":")[6]) ?? 3 });
  batches = [];
  host.addFunction("consumer", {
    handler: (event) => {
      batches.push(event as SQSEvent);
      return null;
    },
    durationMs: 100,
  });
});

const create = (arn: string, extra: Parameters<SqsMappingService["createEventSourceMapping"]>[0] = {}) =>
  esm.createEventSourceMapping({ EventSourceArn: arn, FunctionName: "consumer", ...extra });

describe("createEventSourceMapping validation", () => {
  test.each<[Parameters<SqsMappingService["createEventSourceMapping"]>[0], RegExp]>([
    [{ BatchSize: 0 }, /BatchSize 0 is out of range/],
    [{ BatchSize: 10_001, MaximumBatchingWindowInSeconds: 1 }, /1-10000/],
    [{ BatchSize: 11 }, /Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10/],
    [{ MaximumBatchingWindowInSeconds: 301 }, /0-300/],
    [{ ScalingConfig: { MaximumConcurrency: 1 } }, /between 2 and 1000/],
    [{ ScalingConfig: { MaximumConcurrency: 1001 } }, /between 2 and 1000/],
    [{ FunctionResponseTypes: ["Partial"] }, /ReportBatchItemFailures/],
  ])("rejects %j", (extra, message) => {
    const arn = queues.create("orders");
    expect(() => create(arn, extra)).toThrow(message);
  });

  test("missing queues and functions, non-SQS sources and FIFO limits", () => {
    expect(() => create("arn:aws:sqs:us-east-1:123456789012:nope")).toThrow(/does not exist/);
    expect(() => create("arn:aws:kinesis:us-east-1:123456789012:stream/s")).toThrow(/SQS queues only/);
    const arn = queues.create("orders");
    expect(() => esm.createEventSourceMapping({ EventSourceArn: arn, FunctionName: "ghost" })).toThrow(/Function not found/);
    const fifo = queues.create("orders.fifo", { fifo: true });
    expect(() => create(fifo, { BatchSize: 11, MaximumBatchingWindowInSeconds: 1 })).toThrow(/1-10 for a FIFO/);
    expect(() => create(fifo, { MaximumBatchingWindowInSeconds: 5 })).toThrow(/not supported for FIFO/);
  });

  test("the queue's visibility timeout must cover the function timeout", () => {
    timeouts.set("consumer", 60);
    const arn = queues.create("orders", { visibilityTimeoutSeconds: 30 });
    expect(() => create(arn)).toThrow("Queue visibility timeout: 30 seconds is less than Function timeout: 60 seconds");
  });

  test("one mapping per queue and function", () => {
    const arn = queues.create("orders");
    const first = create(arn);
    expect(first).toMatchObject({ State: "Creating", BatchSize: 10, MaximumBatchingWindowInSeconds: 0, FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:consumer" });
    expect(() => create(arn)).toThrow(expect.objectContaining({ name: "ResourceConflictException", message: expect.stringContaining(first.UUID) }));
  });
});

describe("polling and batching", () => {
  test("messages are delivered in batches of BatchSize and deleted on success", async () => {
    const arn = queues.create("orders");
    create(arn, { BatchSize: 2 });
    for (let i = 0; i < 5; i++) queues.send(arn, `m${i}`);
    await host.advanceBy(10_000);
    expect(batches.map((b) => b.Records.map((r) => r.body))).toEqual([["m0", "m1"], ["m2", "m3"], ["m4"]]);
    expect(batches[0].Records[0]).toMatchObject({ eventSource: "aws:sqs", eventSourceARN: arn, attributes: { ApproximateReceiveCount: "1" } });
    expect(queues.bodies(arn)).toEqual([]);
    expect(esm.listEventSourceMappings().EventSourceMappings[0].State).toBe("Enabled");
  });

  test("MaximumConcurrency caps the batches in flight", async () => {
    const arn = queues.create("orders");
    create(arn, { BatchSize: 1, ScalingConfig: { MaximumConcurrency: 2 } });
    for (let i = 0; i < 6; i++) queues.send(arn, `m${i}`);
    await host.advanceBy(1000);
    const starts = host.invocations.map((i) => i.t - host.invocations[0].t);
    // Two at a time, each taking 100 ms.
    expect(starts).toEqual([0, 0, 100, 100, 200, 200]);
  });

  test("a batching window waits for more messages unless the batch fills", async () => {
    const arn = queues.create("orders");
    create(arn, { BatchSize: 3, MaximumBatchingWindowInSeconds: 5 });
    await host.advanceBy(1); // enabled
    const t0 = host.now();
    queues.send(arn, "a");
    await host.advanceBy(2000);
    queues.send(arn, "b");
    await host.advanceBy(4000);
    expect(batches.map((b) => b.Records.map((r) => r.body))).toEqual([["a", "b"]]);
    expect(host.invocations[0].t - t0).toBe(5000);
    queues.send(arn, "c");
    queues.send(arn, "d");
    queues.send(arn, "e");
    const t1 = host.now();
    await host.advanceBy(200);
    // The batch filled up, so it went at once (the handler takes 100 ms) without waiting 5 s.
    expect(batches[1].Records.map((r) => r.body)).toEqual(["c", "d", "e"]);
    expect(host.invocations[1].t).toBe(t1);
  });

  test("a disabled mapping does not poll until enabled again", async () => {
    const arn = queues.create("orders");
    const { UUID } = create(arn, { Enabled: false });
    queues.send(arn, "a");
    await host.advanceBy(5000);
    expect(batches).toHaveLength(0);
    esm.updateEventSourceMapping({ UUID, Enabled: true });
    await host.advanceBy(1000);
    expect(batches).toHaveLength(1);
    esm.deleteEventSourceMapping({ UUID });
    queues.send(arn, "b");
    await host.advanceBy(5000);
    expect(batches).toHaveLength(1);
    expect(() => esm.getEventSourceMapping({ UUID })).toThrow(expect.objectContaining({ name: "ResourceNotFoundException" }));
  });
});

describe("failures, visibility timeout and redrive", () => {
  test("a thrown error leaves the whole batch to reappear after the visibility timeout, then the DLQ takes it", async () => {
    const dlq = queues.create("orders-dlq");
    const arn = queues.create("orders", { visibilityTimeoutSeconds: 30, redrive: { deadLetterTargetArn: dlq, maxReceiveCount: 3 } });
    host.functions.get("consumer")!.handler = (event) => {
      batches.push(event as SQSEvent);
      throw new Error("cannot process");
    };
    create(arn);
    queues.send(arn, "poison");
    await host.advanceBy(5 * 60_000);
    expect(batches.map((b) => b.Records[0].attributes.ApproximateReceiveCount)).toEqual(["1", "2", "3"]);
    const gaps = host.invocations.slice(1).map((inv, i) => inv.t - host.invocations[i].t);
    expect(gaps).toEqual([30_000, 30_000]);
    expect(queues.bodies(arn)).toEqual([]);
    expect(queues.bodies(dlq)).toEqual(["poison"]);
    expect(host.traces.filter((r) => r.kind === "sqs.batch.end").map((r) => r.outcome)).toEqual(["allFailed", "allFailed", "allFailed"]);
  });

  test("ReportBatchItemFailures retries only the reported messages", async () => {
    const arn = queues.create("orders", { visibilityTimeoutSeconds: 30 });
    let calls = 0;
    host.functions.get("consumer")!.handler = (event) => {
      const e = event as SQSEvent;
      batches.push(e);
      calls++;
      return { batchItemFailures: calls === 1 ? [{ itemIdentifier: e.Records[1].messageId }] : [] };
    };
    create(arn, { FunctionResponseTypes: ["ReportBatchItemFailures"] });
    queues.send(arn, "ok-1");
    queues.send(arn, "retry-me");
    queues.send(arn, "ok-2");
    await host.advanceBy(60_000);
    expect(batches.map((b) => b.Records.map((r) => r.body))).toEqual([["ok-1", "retry-me", "ok-2"], ["retry-me"]]);
    expect(batches[1].Records[0].attributes.ApproximateReceiveCount).toBe("2");
    expect(queues.bodies(arn)).toEqual([]);
  });

  test("without ReportBatchItemFailures a returned failure list is ignored", async () => {
    const arn = queues.create("orders");
    host.functions.get("consumer")!.handler = (event) => {
      batches.push(event as SQSEvent);
      return { batchItemFailures: [{ itemIdentifier: (event as SQSEvent).Records[0].messageId }] };
    };
    create(arn);
    queues.send(arn, "x");
    await host.advanceBy(60_000);
    expect(batches).toHaveLength(1);
    expect(queues.bodies(arn)).toEqual([]);
  });

  test("an unknown itemIdentifier fails the whole batch", async () => {
    const arn = queues.create("orders", { visibilityTimeoutSeconds: 30 });
    let calls = 0;
    host.functions.get("consumer")!.handler = (event) => {
      batches.push(event as SQSEvent);
      return calls++ === 0 ? { batchItemFailures: [{ itemIdentifier: "not-in-batch" }] } : {};
    };
    create(arn, { FunctionResponseTypes: ["ReportBatchItemFailures"] });
    queues.send(arn, "a");
    queues.send(arn, "b");
    await host.advanceBy(60_000);
    expect(batches.map((b) => b.Records.length)).toEqual([2, 2]);
    expect(host.traces.find((r) => r.kind === "sqs.batch.end")).toMatchObject({ outcome: "allFailed", reason: expect.stringMatching(/not-in-batch/) });
  });

  test("throttled batches go back to the queue and are retried after the visibility timeout", async () => {
    const arn = queues.create("orders", { visibilityTimeoutSeconds: 30 });
    const fn = host.functions.get("consumer")!;
    fn.throttled = true;
    create(arn);
    queues.send(arn, "a");
    await host.advanceBy(10_000);
    expect(host.kinds()).toContain("sqs.batch.throttled");
    expect(batches).toHaveLength(0);
    fn.throttled = false;
    await host.advanceBy(30_000);
    expect(batches).toHaveLength(1);
    expect(batches[0].Records[0].attributes.ApproximateReceiveCount).toBe("2");
  });

  test("a timeout counts as a function error", async () => {
    const arn = queues.create("orders", { visibilityTimeoutSeconds: 30 });
    const fn = host.functions.get("consumer")!;
    fn.durationMs = 10_000;
    create(arn);
    queues.send(arn, "slow");
    await host.advanceBy(5_000);
    expect(host.traces.find((r) => r.kind === "sqs.batch.end")).toMatchObject({ outcome: "allFailed" });
    expect(queues.bodies(arn)).toEqual(["slow"]);
  });
});
