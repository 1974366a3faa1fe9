import type { Kernel } from "../kernel/kernel";
import {
  ASYNC_BACKLOG_EVENTS_PER_CONCURRENCY,
  ASYNC_MAX_EVENT_AGE_DEFAULT_S,
  ASYNC_MAX_RETRIES_DEFAULT,
  ASYNC_QUEUE_DELAY_MS,
  ASYNC_RETRY_DELAYS_MS,
  ASYNC_THROTTLE_BACKOFF_FACTOR,
  ASYNC_THROTTLE_BACKOFF_INITIAL_MS,
  ASYNC_THROTTLE_BACKOFF_MAX_MS,
  ASYNC_THROTTLE_JITTER,
  DLQ_ERROR_MESSAGE_MAX_BYTES,
} from "../model";
import type { InvokeSource } from "./invoke-types";
import type { InvocationOutcome } from "./invocation";
import { iso } from "./log-store";
import type { FunctionRegistry, ResolvedTarget } from "./registry";
import type { ConcurrencyManager } from "./concurrency";
import type { Runner } from "./runner";

/**
 * Lambda's internal queue for asynchronous invocations (DG/invocation-async). Function errors
 * (timeouts included) are retried up to MaximumRetryAttempts times, one then two minutes apart;
 * throttles go back to the queue with exponential backoff from 1 second to 5 minutes; an event
 * older than MaximumEventAgeInSeconds is discarded. Discarded and failed events go to the
 * on-failure destination and/or the dead-letter queue; successes to the on-success destination.
 */

interface AsyncEvent {
  requestId: string;
  functionName: string;
  qualifier?: string;
  payload: string;
  enqueuedAt: number;
  source: InvokeSource;
  /** Attempts that ran and failed. */
  failures: number;
  /** Attempts that ran (the record's approximateInvokeCount). */
  invokeCount: number;
  throttles: number;
  last?: InvocationOutcome;
}

type Condition = "Success" | "RetriesExhausted" | "EventAgeExceeded";

export class AsyncInvoker {
  /** Events in each function's queue that have not reached a final outcome yet. */
  private backlog = new Map<string, number>();

  constructor(
    private readonly kernel: Kernel,
    private readonly registry: FunctionRegistry,
    private readonly runner: Runner,
    private readonly concurrency: ConcurrencyManager,
  ) {}

  private track(functionName: string, delta: number): void {
    this.backlog.set(functionName, (this.backlog.get(functionName) ?? 0) + delta);
  }

  /** How much longer than the plain backoff a throttled event waits, given the backlog. */
  private backlogFactor(functionName: string): number {
    const reserved = this.concurrency.reservedFor(functionName);
    const available = Math.max(1, reserved ?? this.concurrency.accountLimit - this.concurrency.totalReserved());
    const waiting = (this.backlog.get(functionName) ?? 0) - this.concurrency.inFlight(functionName);
    return Math.max(1, waiting / (ASYNC_BACKLOG_EVENTS_PER_CONCURRENCY * available));
  }

  /** Queues an event for `target` and returns its request id (the same id across every attempt). */
  enqueue(target: ResolvedTarget, qualifier: string | undefined, payload: string, source: InvokeSource, requestId: string): void {
    const k = this.kernel;
    const ev: AsyncEvent = {
      requestId,
      functionName: target.fn.name,
      qualifier,
      payload,
      enqueuedAt: k.now(),
      source,
      failures: 0,
      invokeCount: 0,
      throttles: 0,
    };
    k.metrics.put(ev.functionName, "AsyncEventsReceived", 1);
    this.track(ev.functionName, 1);
    k.trace.emit({ t: k.now(), kind: "async.enqueued", functionName: ev.functionName, requestId, qualifier: target.qualifierLabel });
    k.at(k.now() + ASYNC_QUEUE_DELAY_MS, () => this.attempt(ev));
  }

  private settings(target: ResolvedTarget) {
    const config = target.fn.eventInvokeConfigs.get(target.qualifierLabel);
    return {
      maxRetries: config?.maximumRetryAttempts ?? ASYNC_MAX_RETRIES_DEFAULT,
      maxAgeMs: (config?.maximumEventAgeInSeconds ?? ASYNC_MAX_EVENT_AGE_DEFAULT_S) * 1000,
      onSuccess: config?.destinationConfig.OnSuccess?.Destination,
      onFailure: config?.destinationConfig.OnFailure?.Destination,
    };
  }

  private attempt(ev: AsyncEvent): void {
    const k = this.kernel;
    let target: ResolvedTarget;
    try {
      target = this.registry.resolve({ name: ev.functionName, ...(ev.qualifier ? { qualifier: ev.qualifier } : {}) });
    } catch {
      // The function (or qualifier) was deleted while the event waited: it is dropped.
      this.track(ev.functionName, -1);
      k.metrics.put(ev.functionName, "AsyncEventsDropped", 1);
      return;
    }
    const s = this.settings(target);
    const now = k.now();
    if (now - ev.enqueuedAt >= s.maxAgeMs) return this.expire(ev, target);
    const attempt = ev.failures + 1;
    if (target.fn.reservedConcurrency === 0) {
      // Reserved concurrency 0: events go straight to failure handling, without retries.
      this.throttled(ev, target, "ReservedFunctionConcurrentInvocationLimitExceeded", attempt);
      k.trace.emit({ t: now, kind: "async.failed", functionName: ev.functionName, requestId: ev.requestId, attempt, condition: "RetriesExhausted" });
      return this.fail(ev, target, "RetriesExhausted");
    }
    const reason = this.runner.start({
      fn: target.fn,
      version: target.version,
      invokedArn: target.invokedArn,
      qualifierLabel: target.qualifierLabel,
      requestId: ev.requestId,
      payload: ev.payload,
      invocationType: "Event",
      attempt,
      source: ev.source,
      onComplete: (outcome) => this.completed(ev, outcome),
    });
    if (reason) {
      this.throttled(ev, target, reason, attempt);
      const plain = ASYNC_THROTTLE_BACKOFF_INITIAL_MS * ASYNC_THROTTLE_BACKOFF_FACTOR ** ev.throttles;
      const base = Math.min(ASYNC_THROTTLE_BACKOFF_MAX_MS, plain * this.backlogFactor(ev.functionName));
      const jitter = 1 + ASYNC_THROTTLE_JITTER * k.rng.stream("async-jitter").next();
      const delay = Math.min(ASYNC_THROTTLE_BACKOFF_MAX_MS, base * jitter);
      ev.throttles++;
      this.retryAt(ev, s.maxAgeMs, now + delay, attempt, "throttle");
      return;
    }
    ev.invokeCount++;
    k.metrics.put(ev.functionName, "AsyncEventAge", now - ev.enqueuedAt);
  }

  private throttled(ev: AsyncEvent, target: ResolvedTarget, reason: string, attempt: number): void {
    const k = this.kernel;
    k.metrics.put(ev.functionName, "Throttles", 1);
    k.trace.emit({
      t: k.now(),
      kind: "throttle",
      functionName: ev.functionName,
      requestId: ev.requestId,
      version: target.version.version,
      reason,
      invocationType: "Event",
      attempt,
    });
  }

  /** Schedules the next attempt, or the event's expiry if it would be too old by then. */
  private retryAt(ev: AsyncEvent, maxAgeMs: number, at: number, attempt: number, cause: "function-error" | "throttle"): void {
    const k = this.kernel;
    const expiry = ev.enqueuedAt + maxAgeMs;
    if (at >= expiry) {
      k.at(expiry, () => {
        try {
          this.expire(ev, this.registry.resolve({ name: ev.functionName, ...(ev.qualifier ? { qualifier: ev.qualifier } : {}) }));
        } catch {
          this.track(ev.functionName, -1);
          k.metrics.put(ev.functionName, "AsyncEventsDropped", 1);
        }
      });
      return;
    }
    k.trace.emit({ t: k.now(), kind: "async.retry.scheduled", functionName: ev.functionName, requestId: ev.requestId, attempt, delayMs: at - k.now(), cause });
    k.at(at, () => this.attempt(ev));
  }

  private completed(ev: AsyncEvent, outcome: InvocationOutcome): void {
    ev.last = outcome;
    let target: ResolvedTarget | undefined;
    try {
      target = this.registry.resolve({ name: ev.functionName, ...(ev.qualifier ? { qualifier: ev.qualifier } : {}) });
    } catch {
      target = undefined;
    }
    if (!target) {
      this.track(ev.functionName, -1);
      return;
    }
    const s = this.settings(target);
    if (outcome.outcome === "success") {
      this.track(ev.functionName, -1);
      if (s.onSuccess) this.deliverRecord(ev, target, s.onSuccess, "Success");
      return;
    }
    ev.failures++;
    if (ev.failures <= s.maxRetries) {
      const delay = ASYNC_RETRY_DELAYS_MS[Math.min(ev.failures, ASYNC_RETRY_DELAYS_MS.length) - 1];
      this.retryAt(ev, s.maxAgeMs, outcome.endedAt + delay, ev.failures + 1, "function-error");
      return;
    }
    const k = this.kernel;
    k.trace.emit({ t: k.now(), kind: "async.failed", functionName: ev.functionName, requestId: ev.requestId, attempt: ev.failures, condition: "RetriesExhausted" });
    this.fail(ev, target, "RetriesExhausted");
  }

  private expire(ev: AsyncEvent, target: ResolvedTarget): void {
    const k = this.kernel;
    k.trace.emit({ t: k.now(), kind: "async.expired", functionName: ev.functionName, requestId: ev.requestId, ageMs: k.now() - ev.enqueuedAt, attempt: ev.failures + 1 });
    this.fail(ev, target, "EventAgeExceeded");
  }

  /** Failure handling: counted as dropped, then on-failure destination and dead-letter queue. */
  private fail(ev: AsyncEvent, target: ResolvedTarget, condition: Condition): void {
    const k = this.kernel;
    this.track(ev.functionName, -1);
    k.metrics.put(ev.functionName, "AsyncEventsDropped", 1);
    const s = this.settings(target);
    if (s.onFailure) this.deliverRecord(ev, target, s.onFailure, condition);
    const executed = ev.last ? (ev.last.executedVersion === "$LATEST" ? target.fn.latest : target.fn.versions.get(ev.last.executedVersion)) : target.version;
    const dlq = executed?.deadLetterTargetArn;
    if (!dlq) return;
    const throttledOnly = !ev.last;
    const message = throttledOnly ? "Rate Exceeded." : ev.last!.errorMessage ?? "";
    const result = k.deliver(dlq, {
      body: ev.payload,
      attributes: {
        RequestID: { DataType: "String", StringValue: ev.requestId },
        ErrorCode: { DataType: "Number", StringValue: throttledOnly ? "429" : "200" },
        ErrorMessage: { DataType: "String", StringValue: truncateBytes(message, DLQ_ERROR_MESSAGE_MAX_BYTES) },
      },
      source: { service: "lambda", arn: target.fn.arn, functionName: ev.functionName, requestId: ev.requestId },
    });
    if (result.ok) {
      k.trace.emit({ t: k.now(), kind: "dlq.delivered", functionName: ev.functionName, requestId: ev.requestId, targetArn: dlq });
    } else {
      k.metrics.put(ev.functionName, "DeadLetterErrors", 1);
      k.trace.emit({ t: k.now(), kind: "dlq.failed", functionName: ev.functionName, requestId: ev.requestId, targetArn: dlq, error: result.error });
    }
  }

  /** The invocation record (DG/invocation-async-retain-records) sent to a destination. */
  private deliverRecord(ev: AsyncEvent, target: ResolvedTarget, arn: string, condition: Condition): void {
    const k = this.kernel;
    const last = ev.last;
    const responseContext: Record<string, unknown> = last
      ? { statusCode: 200, executedVersion: last.executedVersion, ...(last.functionError ? { functionError: last.functionError } : {}) }
      : { statusCode: 429, executedVersion: target.version.version };
    const record: Record<string, unknown> = {
      version: "1.0",
      timestamp: iso(k.now()),
      requestContext: {
        requestId: ev.requestId,
        functionArn: `${target.fn.arn}:${target.qualifierLabel}`,
        condition,
        approximateInvokeCount: ev.invokeCount,
      },
      requestPayload: parseJson(ev.payload),
      responseContext,
    };
    if (last) record.responsePayload = parseJson(last.payload);
    const result = k.deliver(arn, {
      body: JSON.stringify(record),
      source: { service: "lambda", arn: target.fn.arn, functionName: ev.functionName, requestId: ev.requestId },
    });
    if (result.ok) {
      k.trace.emit({ t: k.now(), kind: "destination.delivered", functionName: ev.functionName, requestId: ev.requestId, targetArn: arn, condition });
    } else {
      k.metrics.put(ev.functionName, "DestinationDeliveryFailures", 1);
      k.trace.emit({ t: k.now(), kind: "destination.failed", functionName: ev.functionName, requestId: ev.requestId, targetArn: arn, condition, error: result.error });
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function truncateBytes(text: string, maxBytes: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return text;
  return new TextDecoder().decode(bytes.slice(0, maxBytes)).replace(/\uFFFD$/, "");
}
