import { describe, expect, test } from "vitest";
import { chooseBucketMs, metricSeries, metricTotals, percentile } from "@/lib/workspace/metrics-series";
import type { TimelineEvent } from "@/lib/workspace/timeline-events";

const run = (start: number, end: number, outcome: "success" | "error" | "timeout" = "success", env = `e${start}`): TimelineEvent => ({
  type: "invoke", env, start, end, requestId: `r${start}`, attempt: 1, version: "$LATEST", outcome,
});

describe("metric series", () => {
  test("nearest-rank percentiles", () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(v, 50)).toBe(5);
    expect(percentile(v, 90)).toBe(9);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  test("buckets are round and at most 60", () => {
    expect(chooseBucketMs(3_000)).toBe(100);
    expect(chooseBucketMs(180_000)).toBe(5_000);
    expect(chooseBucketMs(6 * 3_600_000)).toBe(600_000);
  });

  test("counts invocations, errors (timeouts included) and throttles per bucket", () => {
    const events: TimelineEvent[] = [
      run(0, 100),
      run(500, 700, "error"),
      run(1200, 1300, "timeout"),
      { type: "throttle", t: 1500 },
      { type: "throttle", t: 1600 },
    ];
    const { buckets } = metricSeries(events, { start: 0, end: 2000 }, 1000);
    expect(buckets.map((b) => [b.invocations, b.errors, b.throttles])).toEqual([[2, 1, 0], [1, 1, 2]]);
    expect(buckets[0].durationP50).toBe(100);
    expect(buckets[0].durationMax).toBe(200);
  });

  test("ConcurrentExecutions is the peak overlap, and back-to-back calls on one environment count once", () => {
    const events = [run(0, 1000, "success", "a"), run(1000, 2000, "success", "a"), run(500, 1500, "success", "b"), run(600, 900, "success", "c")];
    const { buckets } = metricSeries(events, { start: 0, end: 3000 }, 1000);
    expect(buckets.map((b) => b.concurrentMax)).toEqual([3, 2, 0]);
  });

  test("a long invocation keeps the buckets it spans busy", () => {
    const { buckets } = metricSeries([run(0, 5000)], { start: 0, end: 5000 }, 1000);
    expect(buckets.map((b) => b.concurrentMax)).toEqual([1, 1, 1, 1, 1]);
  });

  test("totals over the run", () => {
    const t = metricTotals([run(0, 10), run(0, 30, "error"), { type: "throttle", t: 1 }, { type: "delivery", t: 40, requestId: "x", target: "dlq", ok: true }]);
    expect(t).toEqual({ invocations: 2, errors: 1, throttles: 1, deadLettered: 1, durationP50: 10, durationP90: 30, durationMax: 30 });
  });
});
