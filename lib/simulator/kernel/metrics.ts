import { SimulatorUsageError } from "../errors";

/**
 * CloudWatch-style metrics for Lambda (DG/monitoring-metrics-types). Counters and per-event
 * values (Invocations, Errors, Duration, ...) are stored as data points; ConcurrentExecutions
 * is a level that changes over time, so its per-period Maximum carries the level in from the
 * previous period. Statistics use CloudWatch's names; percentiles are nearest-rank.
 */

export const LAMBDA_METRIC_NAMES = [
  "Invocations",
  "Errors",
  "Throttles",
  "Duration",
  "ConcurrentExecutions",
  "DeadLetterErrors",
  "DestinationDeliveryFailures",
  "AsyncEventsReceived",
  "AsyncEventAge",
  "AsyncEventsDropped",
] as const;

export type LambdaMetricName = (typeof LAMBDA_METRIC_NAMES)[number];

const UNITS: Record<LambdaMetricName, "Count" | "Milliseconds"> = {
  Invocations: "Count",
  Errors: "Count",
  Throttles: "Count",
  Duration: "Milliseconds",
  ConcurrentExecutions: "Count",
  DeadLetterErrors: "Count",
  DestinationDeliveryFailures: "Count",
  AsyncEventsReceived: "Count",
  AsyncEventAge: "Milliseconds",
  AsyncEventsDropped: "Count",
};

export interface Datapoint {
  Timestamp: number;
  SampleCount: number;
  Sum: number;
  Minimum: number;
  Maximum: number;
  Average: number;
}

export interface MetricStatistics {
  Unit: "Count" | "Milliseconds";
  SampleCount: number;
  Sum: number;
  Minimum: number | null;
  Maximum: number | null;
  Average: number | null;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  /** Per-period statistics, present when a period was asked for. */
  Datapoints?: Datapoint[];
}

export type FunctionMetrics = Record<LambdaMetricName, MetricStatistics>;

export interface MetricsQuery {
  /** Bucket size for Datapoints, in ms. */
  periodMs?: number;
  /** Inclusive start and exclusive end of the window, epoch ms. Defaults: everything. */
  startTime?: number;
  endTime?: number;
}

interface Series {
  times: number[];
  values: number[];
}

/** The account-wide series (ConcurrentExecutions without a function dimension). */
export const ACCOUNT = "";

export class MetricStore {
  private series = new Map<string, Map<LambdaMetricName, Series>>();

  constructor(private readonly epoch: () => number) {}

  private get(functionName: string, name: LambdaMetricName): Series {
    let byName = this.series.get(functionName);
    if (!byName) {
      byName = new Map();
      this.series.set(functionName, byName);
    }
    let s = byName.get(name);
    if (!s) {
      s = { times: [], values: [] };
      byName.set(name, s);
    }
    return s;
  }

  /** Records one data point at time `t` (epoch ms). */
  put(functionName: string, name: LambdaMetricName, value: number, t = this.epoch()): void {
    const s = this.get(functionName, name);
    s.times.push(t);
    s.values.push(value);
  }

  summary(functionName: string, query: MetricsQuery = {}): FunctionMetrics {
    const out = {} as FunctionMetrics;
    for (const name of LAMBDA_METRIC_NAMES) out[name] = this.statistics(functionName, name, query);
    return out;
  }

  statistics(functionName: string, name: LambdaMetricName, query: MetricsQuery = {}): MetricStatistics {
    const s = this.series.get(functionName)?.get(name) ?? { times: [], values: [] };
    const start = query.startTime ?? -Infinity;
    const end = query.endTime ?? Infinity;
    const gauge = name === "ConcurrentExecutions";
    const values: number[] = [];
    let carried = 0;
    for (let i = 0; i < s.times.length; i++) {
      const t = s.times[i];
      if (t < start) {
        carried = s.values[i];
        continue;
      }
      if (t >= end) break;
      values.push(s.values[i]);
    }
    if (gauge && carried > 0 && Number.isFinite(start)) values.push(carried);
    const stats = summarise(values, UNITS[name], !gauge);
    if (query.periodMs && query.periodMs > 0) {
      stats.Datapoints = buckets(s, query.periodMs, start, end, gauge);
    }
    return stats;
  }
}

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function summarise(values: number[], unit: "Count" | "Milliseconds", withPercentiles: boolean): MetricStatistics {
  if (!values.length) {
    return { Unit: unit, SampleCount: 0, Sum: 0, Minimum: null, Maximum: null, Average: null, p50: null, p90: null, p99: null };
  }
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const sorted = withPercentiles ? values.slice().sort((a, b) => a - b) : [];
  return {
    Unit: unit,
    SampleCount: values.length,
    Sum: sum,
    Minimum: min,
    Maximum: max,
    Average: sum / values.length,
    p50: withPercentiles ? percentile(sorted, 50) : null,
    p90: withPercentiles ? percentile(sorted, 90) : null,
    p99: withPercentiles ? percentile(sorted, 99) : null,
  };
}

/** Enough for a day at one-second resolution. */
const MAX_BUCKETS = 100_000;

function buckets(s: Series, period: number, start: number, end: number, gauge: boolean): Datapoint[] {
  if (!s.times.length) return [];
  const first = Number.isFinite(start) ? start : Math.floor(s.times[0] / period) * period;
  const last = Number.isFinite(end) ? end : s.times[s.times.length - 1] + 1;
  if ((last - first) / period > MAX_BUCKETS) {
    throw new SimulatorUsageError(
      `metrics: periodMs ${period} over ${Math.round(last - first)} ms would make more than ${MAX_BUCKETS} data points; use a larger periodMs or a narrower startTime/endTime window.`,
    );
  }
  const out: Datapoint[] = [];
  let i = 0;
  let level = 0;
  while (i < s.times.length && s.times[i] < first) level = s.values[i++];
  for (let b = first; b < last; b += period) {
    const values: number[] = gauge && level > 0 ? [level] : [];
    while (i < s.times.length && s.times[i] < b + period && s.times[i] < last) {
      values.push(s.values[i]);
      level = s.values[i];
      i++;
    }
    if (!values.length) continue;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    out.push({ Timestamp: b, SampleCount: values.length, Sum: sum, Minimum: min, Maximum: max, Average: sum / values.length });
  }
  return out;
}
