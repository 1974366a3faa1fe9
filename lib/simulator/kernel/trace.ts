import { TRACE_RECORDS_KEPT } from "../model";

/**
 * The timeline the UI draws: typed records, each with the virtual time `t` (epoch ms), a
 * global sequence number `seq` (total order among records with equal `t`), a `kind` and the
 * function it concerns. Service modules add their own kinds through `ServiceTraceRecord`.
 */

export interface TraceBase {
  t: number;
  seq: number;
  functionName: string;
}

export type InvocationType = "RequestResponse" | "Event";
export type InvokeOutcome = "success" | "error" | "timeout" | "crash";
export type EnvReclaimReason = "idle" | "reset" | "superseded" | "deleted" | "disposed";

export type LambdaTraceRecord =
  /** A new execution environment was created for a cold start. */
  | (TraceBase & { kind: "env.created"; environmentId: string; version: string })
  /** The Init phase began (phase "invoke" is Lambda retrying a failed Init inside an invocation). */
  | (TraceBase & { kind: "env.init.start"; environmentId: string; version: string; phase: "init" | "invoke" })
  | (TraceBase & {
      kind: "env.init.end";
      environmentId: string;
      version: string;
      phase: "init" | "invoke";
      outcome: "success" | "error" | "timeout";
      initDurationMs: number;
      errorType?: string;
    })
  | (TraceBase & { kind: "env.reclaimed"; environmentId: string; version: string; reason: EnvReclaimReason })
  | (TraceBase & {
      kind: "invoke.start";
      requestId: string;
      environmentId: string;
      version: string;
      invocationType: InvocationType;
      attempt: number;
      coldStart: boolean;
      source: string;
    })
  | (TraceBase & {
      kind: "invoke.end";
      requestId: string;
      environmentId: string;
      version: string;
      invocationType: InvocationType;
      attempt: number;
      outcome: InvokeOutcome;
      durationMs: number;
      billedDurationMs: number;
      maxMemoryUsedMB: number;
      initDurationMs?: number;
      errorType?: string;
    })
  /** The function returned or threw an error (timeouts have their own record). */
  | (TraceBase & {
      kind: "invoke.error";
      requestId: string;
      environmentId: string;
      version: string;
      attempt: number;
      errorType: string;
      errorMessage: string;
    })
  | (TraceBase & {
      kind: "invoke.timeout";
      requestId: string;
      environmentId: string;
      version: string;
      attempt: number;
      timeoutSeconds: number;
      /** Set when a simulator guard (not the virtual clock) stopped runaway code. */
      guard?: "ticks" | "turns" | "wall";
    })
  | (TraceBase & {
      kind: "throttle";
      requestId: string;
      version?: string;
      reason: string;
      invocationType: InvocationType;
      attempt: number;
    })
  | (TraceBase & { kind: "async.enqueued"; requestId: string; qualifier: string })
  | (TraceBase & {
      kind: "async.retry.scheduled";
      requestId: string;
      /** The attempt number that will run next. */
      attempt: number;
      delayMs: number;
      cause: "function-error" | "throttle";
    })
  | (TraceBase & { kind: "async.expired"; requestId: string; ageMs: number; attempt: number })
  /** Retries exhausted: the event leaves the queue for failure handling. */
  | (TraceBase & { kind: "async.failed"; requestId: string; attempt: number; condition: string })
  | (TraceBase & {
      kind: "dlq.delivered" | "dlq.failed";
      requestId: string;
      targetArn: string;
      error?: string;
    })
  | (TraceBase & {
      kind: "destination.delivered" | "destination.failed";
      requestId: string;
      targetArn: string;
      condition: "Success" | "RetriesExhausted" | "EventAgeExceeded";
      error?: string;
    });

/** Records added by service modules (ALB, API Gateway, ...): any `kind` with a dot-free prefix. */
export interface ServiceTraceRecord extends TraceBase {
  kind: `${string}.${string}`;
  [key: string]: unknown;
}

export type TraceRecord = LambdaTraceRecord;

/** Distributes `Omit` over the union so callers keep each record's own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type TraceInput = DistributiveOmit<LambdaTraceRecord, "seq">;

export type TraceListener = (record: LambdaTraceRecord | ServiceTraceRecord) => void;

export class TraceLog {
  private records: Array<LambdaTraceRecord | ServiceTraceRecord> = [];
  private listeners = new Set<TraceListener>();
  private seq = 0;
  dropped = 0;

  /** Records `record` (a fresh object the caller gives away: its `seq` is filled in place). */
  emit(record: TraceInput | Omit<ServiceTraceRecord, "seq">): void {
    const full = record as LambdaTraceRecord | ServiceTraceRecord;
    full.seq = this.seq++;
    this.records.push(full);
    if (this.records.length > TRACE_RECORDS_KEPT) {
      const excess = this.records.length - TRACE_RECORDS_KEPT;
      this.records.splice(0, excess);
      this.dropped += excess;
    }
    for (const listener of this.listeners) listener(full);
  }

  all(): Array<LambdaTraceRecord | ServiceTraceRecord> {
    return this.records.slice();
  }

  subscribe(listener: TraceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
