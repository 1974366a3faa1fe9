import { describe, expect, test } from "vitest";
import { nextCronTimes } from "@/lib/simulator/sources/cron-next";
import { nextScheduleTime, parseScheduleExpression } from "@/lib/simulator/sources/schedule-expression";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const at = (text: string) => Date.parse(text);

function next(expression: string, after: string, count = 1): string[] {
  const parsed = parseScheduleExpression(expression);
  if (parsed.kind !== "cron") throw new Error("expected cron");
  return nextCronTimes(parsed.fields, at(after), count).map((t) => new Date(t).toISOString());
}

function rejects(expression: string, hint?: RegExp) {
  let caught: unknown;
  try {
    parseScheduleExpression(expression);
  } catch (error) {
    caught = error;
  }
  expect(caught, `${expression} should be rejected`).toBeInstanceOf(Error);
  const error = caught as Error & { $metadata: { httpStatusCode: number } };
  expect(error.name).toBe("ValidationException");
  expect(error.$metadata.httpStatusCode).toBe(400);
  expect(error.message.startsWith("Parameter ScheduleExpression is not valid.")).toBe(true);
  if (hint) expect(error.message).toMatch(hint);
}

describe("rate expressions", () => {
  test.each([
    ["rate(1 minute)", 60_000],
    ["rate(5 minutes)", 300_000],
    ["rate(1 hour)", 3_600_000],
    ["rate(12 hours)", 43_200_000],
    ["rate(1 day)", 86_400_000],
    ["rate(7 days)", 604_800_000],
  ])("accepts %s", (expression, periodMs) => {
    const parsed = parseScheduleExpression(expression);
    expect(parsed).toMatchObject({ kind: "rate", periodMs });
  });

  test("a value of 1 needs the singular unit and larger values the plural", () => {
    rejects("rate(1 minutes)", /rate\(1 minute\)/);
    rejects("rate(1 hours)", /singular/);
    rejects("rate(5 minute)", /rate\(5 minutes\)/);
    rejects("rate(2 day)", /plural/);
  });

  test.each([
    "rate(0 minutes)",
    "rate(-5 minutes)",
    "rate(1.5 hours)",
    "rate(five minutes)",
    "rate(5 seconds)",
    "rate(5 Minutes)",
    "rate(5 weeks)",
    "rate(5)",
    "rate(minutes)",
    "rate( 5 minutes)",
    "rate(5 minutes",
    "RATE(5 minutes)",
    "rate(5 minutes) ",
  ])("rejects %s", (expression) => rejects(expression));

  test("fires every period after the rule was created, on whole minutes", () => {
    const parsed = parseScheduleExpression("rate(5 minutes)");
    const created = at("2026-01-01T00:00:00Z");
    expect(iso(nextScheduleTime(parsed, created, created))).toBe("2026-01-01T00:05:00.000Z");
    expect(iso(nextScheduleTime(parsed, at("2026-01-01T00:05:00Z"), created))).toBe("2026-01-01T00:10:00.000Z");
    expect(iso(nextScheduleTime(parsed, at("2026-01-01T00:07:12Z"), created))).toBe("2026-01-01T00:10:00.000Z");
    const offMinute = at("2026-01-01T00:00:30Z");
    expect(iso(nextScheduleTime(parsed, offMinute, offMinute))).toBe("2026-01-01T00:06:00.000Z");
  });
});

describe("cron expressions: validation", () => {
  test.each([
    "cron(0 10 * * ? *)",
    "cron(15 12 * * ? *)",
    "cron(0 18 ? * MON-FRI *)",
    "cron(0 8 1 * ? *)",
    "cron(0/15 * * * ? *)",
    "cron(0/10 * ? * MON-FRI *)",
    "cron(0/5 8-17 ? * MON-FRI *)",
    "cron(0 9 ? * 2#1 *)",
    "cron(0 9 ? * MON#1 *)",
    "cron(15 10 ? * 6L 2022-2030)",
    "cron(0 12 L * ? *)",
    "cron(0 12 LW * ? *)",
    "cron(0 12 15W * ? *)",
    "cron(0 0 ? * L *)",
    "cron(0 10 * JAN,FEB,MAR ? *)",
    "cron(0 22-2 * * ? *)",
    "cron(0 0 1 1 ? 1970)",
    "cron(0 0 1 1 ? 2199)",
    "cron(0 0 1/5 * ? *)",
    "cron(0 0 1 1/3 ? 2026/2)",
    "cron(0 10 ? * sun,sat *)",
    "cron(0  10  *  *  ?  *)",
  ])("accepts %s", (expression) => {
    expect(parseScheduleExpression(expression).kind).toBe("cron");
  });

  test("one of day-of-month and day-of-week must be '?', never both", () => {
    rejects("cron(0 10 * * * *)", /'\?'/);
    rejects("cron(0 10 1 * MON *)", /'\?'/);
    rejects("cron(0 10 ? * ? *)", /Only one/);
  });

  test("exactly six fields: Unix five-field and Quartz seven-field expressions are rejected", () => {
    rejects("cron(0 10 * * ?)", /six fields.*found 5/);
    rejects("cron(0 0 10 * * ? *)", /found 7/);
    rejects("cron()", /found 0/);
  });

  test.each([
    ["cron(60 10 * * ? *)", /60 is outside 0-59/],
    ["cron(0 24 * * ? *)", /24 is outside 0-23/],
    ["cron(0 10 0 * ? *)", /0 is outside 1-31/],
    ["cron(0 10 32 * ? *)", /32 is outside 1-31/],
    ["cron(0 10 1 13 ? *)", /13 is outside 1-12/],
    ["cron(0 10 ? * 0 *)", /0 is outside 1-7/],
    ["cron(0 10 ? * 8 *)", /8 is outside 1-7/],
    ["cron(0 10 * * ? 1969)", /1969 is outside 1970-2199/],
    ["cron(0 10 * * ? 2200)", /outside 1970-2199/],
    ["cron(0 10 * FOO ? *)", /not allowed/],
    ["cron(0 10 ? * FUN *)", /not allowed/],
    ["cron(0 10 L * ? *)", undefined],
  ])("range and name checks: %s", (expression, hint) => {
    if (hint === undefined) {
      expect(parseScheduleExpression(expression).kind).toBe("cron");
    } else {
      rejects(expression, hint);
    }
  });

  test.each([
    ["cron(0/0 * * * ? *)", /positive/],
    ["cron(0/61 * * * ? *)", /larger than the field/],
    ["cron(0 10 ? * MON/2 *)", /'\/' is not allowed/],
    ["cron(0 L * * ? *)", /'L' is not allowed/],
    ["cron(0 10 * * ? L)", /'L' is not allowed/],
    ["cron(0 10 1W,15 * ? *)", /single day followed by W/],
    ["cron(0 10 1-5W * ? *)", /single day followed by W/],
    ["cron(0 10 ? * 3#1,6#3 *)", /only one such expression/],
    ["cron(0 10 ? * 3#6 *)", /1-5/],
    ["cron(0 10 ? * 2-6L *)", /single day/],
    ["cron(0 10 ?,1 * * *)", /must stand alone/],
    ["cron(0 10 * * ? 2030-2026)", /backwards/],
    ["cron(0 10 1-  * ? *)", /from-to/],
    ["cron(0 10 1,,2 * ? *)", /empty list item/],
    ["cron(0 10 # * ? *)", /'#' is not allowed/],
    ["cron(0 10 1 * ? */2/3)", /more than one/],
    ["cron(a 10 * * ? *)", /not allowed/],
  ])("wildcard rules: %s", (expression, hint) => rejects(expression, hint));

  test("anything else is not a schedule expression", () => {
    rejects("", /rate\(5 minutes\)/);
    rejects("every 5 minutes", /neither/);
    rejects("at(2026-01-01T00:00:00)", /neither/);
    rejects("cron(0 10 * * ? *", /neither/);
  });
});

describe("cron expressions: next fire times (UTC)", () => {
  test("daily at 10:00 fires strictly after the given instant", () => {
    expect(next("cron(0 10 * * ? *)", "2026-01-01T00:00:00Z", 2)).toEqual([
      "2026-01-01T10:00:00.000Z",
      "2026-01-02T10:00:00.000Z",
    ]);
    expect(next("cron(0 10 * * ? *)", "2026-01-01T10:00:00Z")).toEqual(["2026-01-02T10:00:00.000Z"]);
    expect(next("cron(0 10 * * ? *)", "2026-01-01T09:59:59.999Z")).toEqual(["2026-01-01T10:00:00.000Z"]);
  });

  test("increments: 0/15 is 0, 15, 30, 45 and 1/10 starts at minute 1", () => {
    expect(next("cron(0/15 * * * ? *)", "2026-01-01T00:00:00Z", 4).map((s) => s.slice(11, 16))).toEqual([
      "00:15",
      "00:30",
      "00:45",
      "01:00",
    ]);
    expect(next("cron(1/10 * * * ? *)", "2026-01-01T00:00:00Z", 3).map((s) => s.slice(14, 16))).toEqual(["01", "11", "21"]);
  });

  test("weekdays only: Friday evening jumps to Monday", () => {
    // 2026-01-02 is a Friday.
    expect(next("cron(0 18 ? * MON-FRI *)", "2026-01-02T18:00:00Z")).toEqual(["2026-01-05T18:00:00.000Z"]);
  });

  test("day-of-week is 1-7 from Sunday, unlike Unix cron's 0-6", () => {
    // 2 = Monday; 2026-01-05 is the first Monday of 2026.
    expect(next("cron(0 9 ? * 2 *)", "2026-01-01T00:00:00Z")).toEqual(["2026-01-05T09:00:00.000Z"]);
    expect(next("cron(0 9 ? * 1 *)", "2026-01-01T00:00:00Z")).toEqual(["2026-01-04T09:00:00.000Z"]);
  });

  test("L: last day of the month, including February in leap years", () => {
    expect(next("cron(0 12 L * ? *)", "2026-01-31T12:00:00Z", 3)).toEqual([
      "2026-02-28T12:00:00.000Z",
      "2026-03-31T12:00:00.000Z",
      "2026-04-30T12:00:00.000Z",
    ]);
    expect(next("cron(0 12 L 2 ? 2028)", "2026-01-01T00:00:00Z")).toEqual(["2028-02-29T12:00:00.000Z"]);
  });

  test("L alone in day-of-week is Saturday; 6L is the month's last Friday", () => {
    expect(next("cron(0 0 ? * L *)", "2026-01-01T00:00:00Z")).toEqual(["2026-01-03T00:00:00.000Z"]);
    expect(next("cron(15 10 ? * 6L 2022-2030)", "2026-01-01T00:00:00Z", 2)).toEqual([
      "2026-01-30T10:15:00.000Z",
      "2026-02-27T10:15:00.000Z",
    ]);
  });

  test("# picks the nth weekday of the month", () => {
    // Second Tuesday: 13 Jan 2026, 10 Feb 2026.
    expect(next("cron(0 9 ? * 3#2 *)", "2026-01-01T00:00:00Z", 2)).toEqual([
      "2026-01-13T09:00:00.000Z",
      "2026-02-10T09:00:00.000Z",
    ]);
    // A fifth Friday only exists in some months: January 2026 has one (the 30th), February not.
    expect(next("cron(0 9 ? * FRI#5 *)", "2026-01-01T00:00:00Z", 2)).toEqual([
      "2026-01-30T09:00:00.000Z",
      "2026-05-29T09:00:00.000Z",
    ]);
  });

  test("W moves to the nearest weekday without leaving the month", () => {
    // 15 Feb 2026 is a Sunday: nearest weekday Monday 16th.
    expect(next("cron(0 8 15W 2 ? 2026)", "2026-01-01T00:00:00Z")).toEqual(["2026-02-16T08:00:00.000Z"]);
    // 14 Feb 2026 is a Saturday: Friday 13th.
    expect(next("cron(0 8 14W 2 ? 2026)", "2026-01-01T00:00:00Z")).toEqual(["2026-02-13T08:00:00.000Z"]);
    // 1 Aug 2026 is a Saturday: Friday would be in July, so Monday the 3rd.
    expect(next("cron(0 8 1W 8 ? 2026)", "2026-01-01T00:00:00Z")).toEqual(["2026-08-03T08:00:00.000Z"]);
    // 31 May 2026 is a Sunday and the month's last day: Friday the 29th.
    expect(next("cron(0 8 31W 5 ? 2026)", "2026-01-01T00:00:00Z")).toEqual(["2026-05-29T08:00:00.000Z"]);
    // LW: last weekday; 31 Jan 2026 is a Saturday, so Friday the 30th.
    expect(next("cron(0 8 LW 1 ? 2026)", "2026-01-01T00:00:00Z")).toEqual(["2026-01-30T08:00:00.000Z"]);
  });

  test("a range across midnight wraps around", () => {
    expect(next("cron(0 22-1 * * ? *)", "2026-01-01T12:00:00Z", 4).map((s) => s.slice(8, 13))).toEqual([
      "01T22",
      "01T23",
      "02T00",
      "02T01",
    ]);
  });

  test("the year field bounds the schedule; dates that never exist never fire", () => {
    expect(next("cron(0 0 1 1 ? 2027)", "2026-06-01T00:00:00Z")).toEqual(["2027-01-01T00:00:00.000Z"]);
    expect(next("cron(0 0 1 1 ? 2025)", "2026-06-01T00:00:00Z")).toEqual([]);
    expect(next("cron(0 0 30 2 ? *)", "2026-01-01T00:00:00Z")).toEqual([]);
    expect(next("cron(0 0 1 1 ? 2199)", "2026-01-01T00:00:00Z")).toEqual(["2199-01-01T00:00:00.000Z"]);
  });

  test("month names and numbers are the same months", () => {
    expect(next("cron(0 0 1 MAR,SEP ? *)", "2026-01-01T00:00:00Z", 2)).toEqual(next("cron(0 0 1 3,9 ? *)", "2026-01-01T00:00:00Z", 2));
  });

  test("nextScheduleTime passes cron straight through and ignores the anchor", () => {
    const parsed = parseScheduleExpression("cron(30 * * * ? *)");
    expect(iso(nextScheduleTime(parsed, at("2026-01-01T00:00:00Z"), 0))).toBe("2026-01-01T00:30:00.000Z");
  });
});
