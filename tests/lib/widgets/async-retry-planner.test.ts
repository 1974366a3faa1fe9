import { describe, expect, test } from "vitest";
import { formatDuration, planRetries, RetryPlanInputError, type RetryPlanInput } from "@/lib/widgets/async-retry-planner";

const plan = (p: Partial<RetryPlanInput> = {}) =>
  planRetries({ mode: "throws", maxRetryAttempts: 2, maxEventAgeSeconds: 21_600, timeoutSeconds: 30, throttledForSeconds: 7200, onFailure: "dlq", ...p });
const attemptTimes = (p: Partial<RetryPlanInput>) => plan(p).entries.filter((e) => e.kind.startsWith("attempt")).map((e) => e.atSeconds);

describe("async-retry-planner", () => {
  test("by default a failing event runs three times, about 1 and then 2 minutes apart, then goes to the DLQ", () => {
    const r = plan();
    expect(r.attempts).toBe(3);
    expect(r.outcome).toBe("retries-exhausted");
    expect(attemptTimes({})).toEqual([0, 60.2, 180.4]);
    expect(r.entries.at(-1)!.text).toMatch(/dead-letter queue/);
  });

  test("MaximumRetryAttempts 0 means one attempt; without a DLQ or destination the event is dropped", () => {
    const r = plan({ maxRetryAttempts: 0, onFailure: "none" });
    expect(r.attempts).toBe(1);
    expect(r.destination).toMatch(/dropped/);
    expect(r.entries.at(-1)!.text).toMatch(/dropped/);
  });

  test("a timeout is a function error: each attempt uses the whole timeout before the retry wait starts", () => {
    expect(attemptTimes({ mode: "timeout", timeoutSeconds: 30 })).toEqual([0, 90, 240]);
  });

  test("a short maximum event age cuts the retries off", () => {
    const r = plan({ maxEventAgeSeconds: 120 });
    expect(r.attempts).toBe(2);
    expect(r.outcome).toBe("expired");
    expect(r.entries.find((e) => e.kind === "expired")?.atSeconds).toBe(120);
    expect(plan({ maxEventAgeSeconds: 60, mode: "timeout" }).attempts).toBe(1);
  });

  test("an event that fails once and then works succeeds on the retry", () => {
    const r = plan({ mode: "recovers" });
    expect(r.outcome).toBe("success");
    expect(r.attempts).toBe(2);
    expect(plan({ mode: "recovers", maxRetryAttempts: 0 }).outcome).toBe("retries-exhausted");
  });

  test("throttles are retried with growing gaps for as long as the event may live, without using retry attempts", () => {
    const r = plan({ mode: "throttled", throttledForSeconds: 7200, maxRetryAttempts: 0 });
    expect(r.outcome).toBe("success");
    const ok = r.entries.find((e) => e.kind === "attempt-ok")!;
    // The gap is capped at 5 minutes, so the event runs within 5 minutes of the throttling ending.
    expect(ok.atSeconds).toBeGreaterThanOrEqual(7200);
    expect(ok.atSeconds).toBeLessThanOrEqual(7200 + 300);
    expect(r.entries[0].text).toMatch(/tries from 0 s/);
  });

  test("throttled for longer than the maximum event age: the event expires", () => {
    const r = plan({ mode: "throttled", throttledForSeconds: 7200, maxEventAgeSeconds: 3600, onFailure: "destination" });
    expect(r.outcome).toBe("expired");
    expect(r.attempts).toBe(0);
    expect(r.entries.at(-1)!.text).toMatch(/on-failure destination/);
  });

  test("settings outside the API's ranges are refused", () => {
    expect(() => plan({ maxRetryAttempts: 3 })).toThrow(RetryPlanInputError);
    expect(() => plan({ maxEventAgeSeconds: 59 })).toThrow(/60 to 21600/);
    expect(() => plan({ maxEventAgeSeconds: 21_601 })).toThrow(RetryPlanInputError);
  });

  test("durations read naturally", () => {
    expect(formatDuration(0.2)).toBe("0.2 s");
    expect(formatDuration(180)).toBe("3 min 0 s");
    expect(formatDuration(7260)).toBe("2 h 1 min");
  });
});
