import type { TimelineEvent } from "./timeline-events";

// CloudWatch-style Lambda metrics over virtual time, computed from the timeline events so the
// charts line up with the timeline exactly. Definitions follow the Lambda metrics page
// (DG/monitoring-metrics-types): Invocations counts every run of the code (each retry attempt
// too, not throttled requests); Errors counts invocations that ended in a function error,
// timeout included; Throttles counts refused requests; ConcurrentExecutions is the maximum
// number of invocations running at once; Duration is per invocation.

export type MetricBucket = {
  start: number;
  end: number;
  invocations: number;
  errors: number;
  throttles: number;
  concurrentMax: number;
  durationP50: number | null;
  durationP90: number | null;
  durationMax: number | null;
};

export type MetricSeries = { bucketMs: number; buckets: MetricBucket[] };

const BUCKET_SIZES = [
  100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000,
  3_600_000, 7_200_000, 21_600_000, 43_200_000, 86_400_000,
];

/** The smallest round bucket that splits `span` ms into at most `maxBuckets`. */
export function chooseBucketMs(span: number, maxBuckets = 60): number {
  return BUCKET_SIZES.find((b) => span / b <= maxBuckets) ?? Math.ceil(span / maxBuckets / 86_400_000) * 86_400_000;
}

/** Nearest-rank percentile of sorted values (the definition CloudWatch documents for pNN). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * Buckets from `start` (inclusive) covering `end`. An invocation counts in the bucket where it
 * started (CloudWatch timestamps a data point at the invocation's start).
 */
export function metricSeries(
  events: readonly TimelineEvent[],
  range: { start: number; end: number },
  bucketMs = chooseBucketMs(Math.max(range.end - range.start, 1)),
): MetricSeries {
  const count = Math.max(1, Math.ceil((range.end - range.start) / bucketMs) || 1);
  const buckets: MetricBucket[] = Array.from({ length: count }, (_, i) => ({
    start: range.start + i * bucketMs,
    end: range.start + (i + 1) * bucketMs,
    invocations: 0,
    errors: 0,
    throttles: 0,
    concurrentMax: 0,
    durationP50: null,
    durationP90: null,
    durationMax: null,
  }));
  const index = (t: number) => Math.min(count - 1, Math.max(0, Math.floor((t - range.start) / bucketMs)));
  const durations: number[][] = buckets.map(() => []);
  // Sweep of start (+1) and end (-1) edges for the running count; ends sort before starts at
  // the same instant, so back-to-back invocations on one environment do not count as two.
  const edges: [number, number][] = [];
  for (const e of events) {
    if (e.type === "invoke") {
      const b = index(e.start);
      buckets[b].invocations += 1;
      if (e.outcome !== "success" && e.outcome !== "running") buckets[b].errors += 1;
      durations[b].push(e.end - e.start);
      edges.push([e.start, 1], [e.end, -1]);
    } else if (e.type === "throttle") {
      buckets[index(e.t)].throttles += 1;
    }
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  for (const [t, d] of edges) {
    running += d;
    if (t < range.start || t > range.end) continue;
    const b = buckets[index(t)];
    b.concurrentMax = Math.max(b.concurrentMax, running);
  }
  // An invocation spanning several buckets keeps them busy although no edge falls inside.
  running = 0;
  let e = 0;
  for (const b of buckets) {
    while (e < edges.length && edges[e][0] <= b.start) running += edges[e++][1];
    b.concurrentMax = Math.max(b.concurrentMax, running);
  }
  buckets.forEach((b, i) => {
    const sorted = durations[i].sort((x, y) => x - y);
    b.durationP50 = percentile(sorted, 50);
    b.durationP90 = percentile(sorted, 90);
    b.durationMax = sorted.length ? sorted[sorted.length - 1] : null;
  });
  return { bucketMs, buckets };
}

/** Totals over the whole run, for the summary line above the charts. */
export function metricTotals(events: readonly TimelineEvent[]) {
  let invocations = 0;
  let errors = 0;
  let throttles = 0;
  let dlq = 0;
  const durations: number[] = [];
  for (const e of events) {
    if (e.type === "invoke") {
      invocations += 1;
      if (e.outcome !== "success" && e.outcome !== "running") errors += 1;
      durations.push(e.end - e.start);
    } else if (e.type === "throttle") throttles += 1;
    else if (e.type === "delivery" && e.target === "dlq" && e.ok) dlq += 1;
  }
  durations.sort((a, b) => a - b);
  return {
    invocations,
    errors,
    throttles,
    deadLettered: dlq,
    durationP50: percentile(durations, 50),
    durationP90: percentile(durations, 90),
    durationMax: durations.length ? durations[durations.length - 1] : null,
  };
}
