import { describe, expect, test } from "vitest";
import { checkSchedule, CRON_EXAMPLES, formatUtc } from "@/lib/widgets/cron-tester";

// Monday 3 March 2025, 08:00 UTC.
const MONDAY_8 = Date.UTC(2025, 2, 3, 8, 0);

describe("cron-tester", () => {
  test("lists the next weekday 08:30 runs, skipping the weekend", () => {
    const r = checkSchedule("cron(30 8 ? * MON-FRI *)", MONDAY_8, 6);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.runs.map(formatUtc)).toEqual([
      "Mon 2025-03-03 08:30 UTC",
      "Tue 2025-03-04 08:30 UTC",
      "Wed 2025-03-05 08:30 UTC",
      "Thu 2025-03-06 08:30 UTC",
      "Fri 2025-03-07 08:30 UTC",
      "Mon 2025-03-10 08:30 UTC",
    ]);
  });

  test("a rate counts from the rule's creation", () => {
    const r = checkSchedule("rate(5 minutes)", MONDAY_8 + 2 * 60_000, 3);
    expect(r.ok && r.runs.map(formatUtc)).toEqual(["Mon 2025-03-03 08:07 UTC", "Mon 2025-03-03 08:12 UTC", "Mon 2025-03-03 08:17 UTC"]);
  });

  test("invalid expressions come back with the ValidationException message instead of throwing", () => {
    const both = checkSchedule("cron(0 12 * * * *)", MONDAY_8);
    expect(both.ok).toBe(false);
    expect(!both.ok && both.message).toMatch(/^ValidationException: Parameter ScheduleExpression is not valid\./);
    const plural = checkSchedule("rate(1 minutes)", MONDAY_8);
    expect(!plural.ok && plural.message).toMatch(/singular/);
    expect(checkSchedule("every day", MONDAY_8).ok).toBe(false);
  });

  test("a schedule whose last year has passed has no runs", () => {
    const r = checkSchedule("cron(0 12 1 1 ? 2020)", MONDAY_8);
    expect(r.ok && r.runs).toEqual([]);
    expect(r.ok && r.summary).toMatch(/never fires again/);
  });

  test("the examples marked invalid are invalid and the others are valid", () => {
    for (const e of CRON_EXAMPLES) expect(checkSchedule(e.expression, MONDAY_8).ok).toBe(!e.note.startsWith("invalid"));
  });
});
