// The timeline's own event vocabulary. The engine's `sim.trace()` records (contract: each has
// `t`, `kind`, `functionName` and, where relevant, `requestId`, `environmentId`, `attempt`,
// `version`) are folded into these by trace-adapter.ts; everything the UI draws (timeline,
// metrics, replay) works on this vocabulary only, so it can be tested without the engine.

/** "running": started, no end seen yet (a live view while the engine works). */
export type InvokeOutcome = "success" | "error" | "timeout" | "crash" | "running";
export type DeliveryTarget = "dlq" | "on-success" | "on-failure";

export type TimelineEvent =
  /** Init phase of an execution environment (a cold start). */
  | { type: "init"; env: string; start: number; end: number; requestId?: string; failed?: boolean; running?: boolean }
  /** One attempt running in an environment. */
  | {
      type: "invoke";
      env: string;
      start: number;
      end: number;
      requestId: string;
      attempt: number;
      version: string;
      outcome: InvokeOutcome;
      invocationType?: "RequestResponse" | "Event" | "EventSourceMapping";
      errorType?: string;
    }
  /** A request refused for lack of concurrency. */
  | { type: "throttle"; t: number; requestId?: string; reason?: string; invocationType?: string }
  /** An async event waiting in Lambda's queue before its next attempt. */
  | { type: "retry-wait"; start: number; end: number; requestId: string; attempt: number }
  /** An async event dropped because it grew older than MaximumEventAgeInSeconds. */
  | { type: "expired"; t: number; requestId: string }
  | { type: "delivery"; t: number; requestId: string; target: DeliveryTarget; destination?: string; ok: boolean }
  /** The environment was shut down (idle reclaim, or reset after a timeout or crash). */
  | { type: "reclaim"; env: string; t: number; reason?: string };

export type TimelineEventType = TimelineEvent["type"];

export function eventStart(e: TimelineEvent): number {
  return "start" in e ? e.start : e.t;
}

export function eventEnd(e: TimelineEvent): number {
  return "end" in e ? e.end : e.t;
}

/** Earliest start and latest end over all events; [0, 0] when there are none. */
export function timeBounds(events: readonly TimelineEvent[]): { start: number; end: number } {
  if (!events.length) return { start: 0, end: 0 };
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    start = Math.min(start, eventStart(e));
    end = Math.max(end, eventEnd(e));
  }
  return { start, end };
}
