/**
 * What Lambda does with one asynchronous event, on a timeline, for the failure modes lesson 04
 * teaches (lambda-facts.md, Asynchronous invocation):
 * - a function error (timeouts included) is retried MaximumRetryAttempts times (0-2, default 2),
 *   about 1 minute before the second attempt and about 2 minutes before the third;
 * - a throttle returns the event to the queue; Lambda tries again with a gap growing from about
 *   1 second to at most 5 minutes, which does not use up the retry attempts;
 * - nothing is tried once the event is older than MaximumEventAgeInSeconds (60-21,600);
 * - an event that fails for good goes to the DLQ or the on-failure destination, else is dropped.
 * The exact gaps are "about" in AWS's documentation; doubling throttle gaps are this model's choice.
 */

export type FailureMode = "throws" | "timeout" | "recovers" | "throttled";
export type FailureTarget = "dlq" | "destination" | "none";

export interface RetryPlanInput {
  mode: FailureMode;
  maxRetryAttempts: number;
  maxEventAgeSeconds: number;
  /** The function's timeout, used by the "times out" mode. */
  timeoutSeconds: number;
  /** How long the function stays throttled in the "throttled" mode. */
  throttledForSeconds: number;
  onFailure: FailureTarget;
}

export type TimelineEntry = { atSeconds: number; kind: "attempt-failed" | "attempt-ok" | "throttled" | "expired" | "final"; text: string };

export interface RetryPlan {
  entries: TimelineEntry[];
  attempts: number;
  outcome: "success" | "retries-exhausted" | "expired";
  /** Where the event ends up, in words. */
  destination: string;
}

export const RETRY_DELAYS_SECONDS = [60, 120] as const;
const THROW_RUN_SECONDS = 0.2;
const FIRST_THROTTLE_GAP = 1;
const MAX_THROTTLE_GAP = 300;

export class RetryPlanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryPlanInputError";
  }
}

/** "0 s", "3 min 0 s", "2 h 5 min". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${Number(seconds.toFixed(1))} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

function finalText(target: FailureTarget, why: string): string {
  if (target === "dlq") return `${why}: the event goes to the dead-letter queue (SQS or SNS) with RequestID, ErrorCode and ErrorMessage attributes.`;
  if (target === "destination") return `${why}: Lambda sends the on-failure destination a record with the request, the error and the attempt count.`;
  return `${why}: no DLQ or on-failure destination is configured, so the event is dropped.`;
}

export function planRetries(input: RetryPlanInput): RetryPlan {
  if (!Number.isInteger(input.maxRetryAttempts) || input.maxRetryAttempts < 0 || input.maxRetryAttempts > 2) {
    throw new RetryPlanInputError("MaximumRetryAttempts is 0, 1 or 2.");
  }
  if (!Number.isInteger(input.maxEventAgeSeconds) || input.maxEventAgeSeconds < 60 || input.maxEventAgeSeconds > 21_600) {
    throw new RetryPlanInputError("MaximumEventAgeInSeconds is a whole number from 60 to 21600.");
  }
  if (!(input.timeoutSeconds >= 1 && input.timeoutSeconds <= 900)) throw new RetryPlanInputError("The function timeout is 1 to 900 seconds.");
  const maxAge = input.maxEventAgeSeconds;
  const entries: TimelineEntry[] = [];
  let t = 0;
  let attempts = 0;
  const target = input.onFailure;
  const destination = target === "dlq" ? "the dead-letter queue" : target === "destination" ? "the on-failure destination" : "nowhere (dropped)";

  const expire = (): RetryPlan => {
    entries.push({ atSeconds: maxAge, kind: "expired", text: `The event reaches its maximum age (${formatDuration(maxAge)}) before it can be tried again.` });
    entries.push({ atSeconds: maxAge, kind: "final", text: finalText(target, "Expired") });
    return { entries, attempts, outcome: "expired", destination };
  };

  if (input.mode === "throttled") {
    let gap = FIRST_THROTTLE_GAP;
    let tries = 0;
    let lastThrottled = 0;
    while (t < input.throttledForSeconds) {
      tries++;
      lastThrottled = t;
      const next = t + gap;
      if (next > maxAge) {
        entries.push({ atSeconds: 0, kind: "throttled", text: throttleSummary(tries, lastThrottled) });
        return expire();
      }
      t = next;
      gap = Math.min(gap * 2, MAX_THROTTLE_GAP);
    }
    if (tries > 0) entries.push({ atSeconds: 0, kind: "throttled", text: throttleSummary(tries, lastThrottled) });
    attempts = 1;
    entries.push({ atSeconds: t, kind: "attempt-ok", text: "Capacity is free again: the function runs and succeeds. Throttles did not use up any retry attempts." });
    return { entries, attempts, outcome: "success", destination: "nowhere: it succeeded" };
  }

  const runSeconds = input.mode === "timeout" ? input.timeoutSeconds : THROW_RUN_SECONDS;
  for (let attempt = 1; attempt <= 1 + input.maxRetryAttempts; attempt++) {
    if (attempt > 1) {
      const start = t + RETRY_DELAYS_SECONDS[attempt - 2];
      if (start > maxAge) return expire();
      t = start;
    }
    attempts = attempt;
    if (input.mode === "recovers" && attempt === 2) {
      entries.push({ atSeconds: t, kind: "attempt-ok", text: `Attempt 2 (retry 1) succeeds. The handler ran twice for one event, so it must be idempotent.` });
      return { entries, attempts, outcome: "success", destination: "nowhere: it succeeded" };
    }
    const why = input.mode === "timeout" ? `times out after ${formatDuration(runSeconds)} (billed for all of it)` : "throws an error";
    entries.push({ atSeconds: t, kind: "attempt-failed", text: `Attempt ${attempt}${attempt > 1 ? ` (retry ${attempt - 1})` : ""} ${why}.` });
    t += runSeconds;
  }
  entries.push({ atSeconds: t, kind: "final", text: finalText(target, `Retries exhausted after ${attempts} attempt${attempts === 1 ? "" : "s"}`) });
  return { entries, attempts, outcome: "retries-exhausted", destination };
}

function throttleSummary(tries: number, lastAt: number): string {
  return `Throttled (429 inside Lambda): the event goes back to the queue. ${tries} tr${tries === 1 ? "y" : "ies"} from 0 s to ${formatDuration(lastAt)}, the gap growing from 1 s to at most 5 min.`;
}
