import type { ThrottleReason } from "../errors";
import { ACCOUNT, type MetricStore } from "../kernel/metrics";
import { SCALING_BURST, SCALING_REFILL_PER_MS } from "../model";

/**
 * Concurrency as Lambda counts it: every invocation in flight (Init included) holds one unit.
 * A function with reserved concurrency draws from its reservation and is capped by it; other
 * functions share what the reservations leave of the account limit. Separately, each function
 * may add new execution environments only as fast as its scaling-rate bucket refills.
 */
export class ConcurrencyManager {
  private inUse = new Map<string, number>();
  private unreservedInUse = 0;
  private totalInUse = 0;
  private reserved = new Map<string, number>();
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    public accountLimit: number,
    private readonly metrics: MetricStore,
    private readonly now: () => number,
  ) {}

  reservedFor(functionName: string): number | undefined {
    return this.reserved.get(functionName);
  }

  totalReserved(except?: string): number {
    let sum = 0;
    for (const [name, value] of this.reserved) if (name !== except) sum += value;
    return sum;
  }

  /** Changes a reservation; invocations already in flight move between the pools with it. */
  setReserved(functionName: string, value: number | undefined): void {
    const wasReserved = this.reserved.has(functionName);
    if (value === undefined) this.reserved.delete(functionName);
    else this.reserved.set(functionName, value);
    const inFlight = this.inUse.get(functionName) ?? 0;
    if (wasReserved && value === undefined) this.unreservedInUse += inFlight;
    else if (!wasReserved && value !== undefined) this.unreservedInUse -= inFlight;
  }

  inFlight(functionName: string): number {
    return this.inUse.get(functionName) ?? 0;
  }

  /** Takes one unit of concurrency for `functionName`, or says why it cannot. */
  tryAcquire(functionName: string): ThrottleReason | undefined {
    const reserved = this.reserved.get(functionName);
    const current = this.inUse.get(functionName) ?? 0;
    if (reserved !== undefined) {
      if (current >= reserved) return "ReservedFunctionConcurrentInvocationLimitExceeded";
    } else if (this.unreservedInUse >= this.accountLimit - this.totalReserved()) {
      return "ConcurrentInvocationLimitExceeded";
    }
    this.inUse.set(functionName, current + 1);
    if (reserved === undefined) this.unreservedInUse++;
    this.totalInUse++;
    this.record(functionName, current + 1);
    return undefined;
  }

  release(functionName: string): void {
    const current = this.inUse.get(functionName) ?? 0;
    if (current <= 0) return;
    this.inUse.set(functionName, current - 1);
    if (!this.reserved.has(functionName)) this.unreservedInUse--;
    this.totalInUse--;
    this.record(functionName, current - 1);
  }

  /**
   * Consumes one unit of the function's scaling rate to create an environment (1,000 per
   * 10 seconds, refilled continuously, never above 1,000). False when the bucket is empty.
   */
  tryScale(functionName: string): boolean {
    const t = this.now();
    let bucket = this.buckets.get(functionName);
    if (!bucket) {
      bucket = { tokens: SCALING_BURST, at: t };
      this.buckets.set(functionName, bucket);
    }
    bucket.tokens = Math.min(SCALING_BURST, bucket.tokens + (t - bucket.at) * SCALING_REFILL_PER_MS);
    bucket.at = t;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  forget(functionName: string): void {
    this.setReserved(functionName, undefined);
    this.buckets.delete(functionName);
  }

  private record(functionName: string, level: number): void {
    const t = this.now();
    this.metrics.put(functionName, "ConcurrentExecutions", level, t);
    this.metrics.put(ACCOUNT, "ConcurrentExecutions", this.totalInUse, t);
  }
}
