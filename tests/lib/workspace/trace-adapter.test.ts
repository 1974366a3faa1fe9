import { describe, expect, test } from "vitest";
import { adaptTrace } from "@/lib/workspace/trace-adapter";
import { buildTimeline } from "@/lib/workspace/timeline-layout";

const F = "charge-order";
let seq = 0;
const rec = (t: number, kind: string, fields: Record<string, unknown> = {}) => ({ t, seq: seq++, kind, functionName: F, ...fields });

// An async event failing three times, then the DLQ: the engine's record kinds (kernel/trace.ts).
const records = [
  rec(0, "async.enqueued", { requestId: "r1", qualifier: "$LATEST" }),
  rec(0, "env.created", { environmentId: "e1", version: "$LATEST" }),
  rec(0, "env.init.start", { environmentId: "e1", version: "$LATEST", phase: "init" }),
  rec(180, "env.init.end", { environmentId: "e1", version: "$LATEST", phase: "init", outcome: "success", initDurationMs: 180 }),
  rec(180, "invoke.start", { requestId: "r1", environmentId: "e1", version: "$LATEST", invocationType: "Event", attempt: 1, coldStart: true, source: "invoke" }),
  rec(200, "invoke.error", { requestId: "r1", environmentId: "e1", version: "$LATEST", attempt: 1, errorType: "Error", errorMessage: "boom" }),
  rec(200, "invoke.end", { requestId: "r1", environmentId: "e1", version: "$LATEST", invocationType: "Event", attempt: 1, outcome: "error", durationMs: 20, billedDurationMs: 20, maxMemoryUsedMB: 40, errorType: "Error" }),
  rec(200, "async.retry.scheduled", { requestId: "r1", attempt: 2, delayMs: 60_000, cause: "function-error" }),
  rec(60_200, "invoke.start", { requestId: "r1", environmentId: "e1", version: "$LATEST", invocationType: "Event", attempt: 2, coldStart: false, source: "invoke" }),
  rec(60_210, "invoke.end", { requestId: "r1", environmentId: "e1", version: "$LATEST", invocationType: "Event", attempt: 2, outcome: "timeout", durationMs: 10, billedDurationMs: 10, maxMemoryUsedMB: 40 }),
  rec(60_210, "env.reclaimed", { environmentId: "e1", version: "$LATEST", reason: "reset" }),
  rec(60_210, "dlq.delivered", { requestId: "r1", targetArn: "arn:aws:sqs:us-east-1:123456789012:charge-order-dlq" }),
  rec(60_300, "destination.failed", { requestId: "r1", targetArn: "arn:aws:sqs:us-east-1:123456789012:gone", condition: "RetriesExhausted", error: "no queue" }),
  rec(60_400, "throttle", { requestId: "r2", reason: "ReservedFunctionConcurrentInvocationLimitExceeded", invocationType: "RequestResponse", attempt: 1 }),
  rec(60_500, "invoke.start", { requestId: "r3", environmentId: "e2", version: "1", invocationType: "RequestResponse", attempt: 1, coldStart: true, source: "invoke" }),
  { t: 60_600, seq: seq++, kind: "invoke.end", functionName: "other", requestId: "x", environmentId: "e9", attempt: 1, outcome: "success", durationMs: 5 },
  { nonsense: true },
];

describe("engine trace → timeline events", () => {
  test("pairs starts and ends, keeps instants, and skips other functions", () => {
    const events = adaptTrace(records, { functionName: F, now: 61_000 });
    expect(events.map((e) => e.type)).toEqual(["init", "invoke", "retry-wait", "invoke", "reclaim", "delivery", "delivery", "throttle", "invoke"]);
    expect(events[0]).toEqual({ type: "init", env: "e1", start: 0, end: 180 });
    expect(events[1]).toMatchObject({ env: "e1", start: 180, end: 200, outcome: "error", attempt: 1, invocationType: "Event", errorType: "Error" });
    expect(events[2]).toEqual({ type: "retry-wait", start: 200, end: 60_200, requestId: "r1", attempt: 2 });
    expect(events[3]).toMatchObject({ outcome: "timeout", attempt: 2 });
    expect(events[5]).toMatchObject({ target: "dlq", ok: true });
    expect(events[6]).toMatchObject({ target: "on-failure", ok: false });
    expect(events[7]).toMatchObject({ reason: "ReservedFunctionConcurrentInvocationLimitExceeded" });
    expect(events[8]).toMatchObject({ requestId: "r3", version: "1", outcome: "running", start: 60_500, end: 61_000 });
  });

  test("the result draws as rows per environment", () => {
    const tl = buildTimeline(adaptTrace(records, { functionName: F }));
    expect(tl.rows.map((r) => r.id)).toEqual(["lambda-service", "e1", "e2"]);
    expect(tl.segments.filter((s) => s.kind === "invoke-running")).toHaveLength(1);
  });
});
