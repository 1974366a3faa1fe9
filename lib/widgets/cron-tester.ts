import { nextScheduleTime, parseScheduleExpression } from "@/lib/simulator/sources/schedule-expression";

/**
 * The cron/rate tester widget's logic: validate a schedule expression exactly as the simulator's
 * EventBridge model does (lib/simulator/sources/schedule-expression) and list its next runs.
 */

export type ScheduleCheck =
  | { ok: true; kind: "rate" | "cron"; runs: number[]; summary: string }
  | { ok: false; message: string };

export const CRON_EXAMPLES: { expression: string; note: string }[] = [
  { expression: "cron(30 8 ? * MON-FRI *)", note: "08:30 UTC on weekdays" },
  { expression: "cron(0/15 9-17 ? * MON-FRI *)", note: "every 15 minutes in office hours" },
  { expression: "cron(0 18 ? * 6#1 *)", note: "first Friday of the month" },
  { expression: "rate(5 minutes)", note: "every 5 minutes from creation" },
  { expression: "cron(0 12 * * * *)", note: "invalid: both day fields set" },
  { expression: "rate(1 minutes)", note: "invalid: plural with 1" },
];

/**
 * `fromMs` is when the rule is created (a rate schedule counts from then) and the point after
 * which runs are listed. Never throws: an invalid expression comes back with AWS's message.
 */
export function checkSchedule(expression: string, fromMs: number, count = 10): ScheduleCheck {
  let schedule;
  try {
    schedule = parseScheduleExpression(expression.trim());
  } catch (error) {
    const name = error instanceof Error ? error.name : "Error";
    return { ok: false, message: `${name}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const runs: number[] = [];
  let after = fromMs;
  while (runs.length < count) {
    const next = nextScheduleTime(schedule, after, fromMs);
    if (next === null) break;
    runs.push(next);
    after = next;
  }
  const summary =
    schedule.kind === "rate"
      ? `Every ${schedule.value} ${schedule.unit}${schedule.value === 1 ? "" : "s"}, counted from when the rule is created.`
      : runs.length === 0
        ? "Valid, but it never fires again (the year field ends at 2199, or the date never exists)."
        : "Valid. Times are UTC; EventBridge fires within the minute.";
  return { ok: true, kind: schedule.kind, runs, summary };
}

/** "Mon 2025-03-03 08:30 UTC": unambiguous and the same on every machine. */
export function formatUtc(ms: number): string {
  const d = new Date(ms);
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  return `${day} ${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}
