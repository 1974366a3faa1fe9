import { check, defineExercise, expect, expectEqual, fail, show, type Lab } from "@/lib/exercises/check-api";

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function scheduledEvent(time: string) {
  return {
    version: "0",
    id: "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
    "detail-type": "Scheduled Event",
    source: "aws.events",
    account: "123456789012",
    time,
    region: "us-east-1",
    resources: ["arn:aws:events:us-east-1:123456789012:rule/daily-sales-report"],
    detail: {},
  };
}

async function readSchedule(lab: Lab): Promise<string> {
  const schedule = await lab.learnerExport("schedule");
  if (typeof schedule !== "string")
    fail(
      `index.mjs must export the schedule expression as a string: export const schedule = "cron(...)". It exported ${show(schedule)}.`,
    );
  return schedule;
}

function label(t: number): string {
  const d = new Date(t);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export const exercise = defineExercise({
  checks: [
    check("aws-accepts-the-schedule", "EventBridge accepts the schedule expression", async (lab) => {
      const schedule = await readSchedule(lab);
      const fn = await lab.deploy({ FunctionName: "daily-sales-report" });
      await lab.schedule(fn, schedule, "daily-sales-report");
      return `putRule accepted ${schedule}.`;
    }),
    check(
      "weekday-mornings",
      "Over two weeks it runs at 08:00 UTC on each weekday, never at weekends",
      async (lab) => {
        const schedule = await readSchedule(lab);
        const fn = await lab.deploy({ FunctionName: "daily-sales-report" });
        await lab.schedule(fn, schedule, "daily-sales-report");
        await lab.advance(14 * DAY_MS);
        const starts = await fn.trace("invoke.start");
        const seen = new Set<string>();
        const runs: number[] = [];
        for (const r of starts) {
          const id = String(r.requestId);
          if (seen.has(id)) continue; // a retry of the same event
          seen.add(id);
          runs.push(Number(r.t));
        }
        const wrong = runs.filter((t) => {
          const d = new Date(t);
          return (
            d.getUTCDay() === 0 || d.getUTCDay() === 6 || d.getUTCHours() !== 8 || d.getUTCMinutes() !== 0
          );
        });
        expect(
          wrong.length === 0,
          `The function ran at ${wrong.slice(0, 4).map(label).join(", ")}${wrong.length > 4 ? ` and ${wrong.length - 4} more times` : ""}: only weekdays at 08:00 UTC are wanted. Remember that cron runs in UTC.`,
        );
        expect(
          runs.length === 10,
          `In two weeks the function ran ${runs.length} times (${runs.slice(0, 12).map(label).join(", ") || "never"}); expected 10 runs, Monday to Friday at 08:00 UTC.`,
        );
        return `Ran 10 times: ${label(runs[0])} … ${label(runs[runs.length - 1])}.`;
      },
    ),
    check("dates-from-the-event", "Takes the report date from the event's time", async (lab) => {
      const fn = await lab.deploy({ FunctionName: "daily-sales-report" });
      const inv = await fn.invokeOk(
        scheduledEvent("2026-03-02T08:00:00Z"),
        "Invoking with a scheduled event of 2 March 2026",
      );
      expectEqual(
        inv.payload,
        { report: "daily-sales", date: "2026-03-02" },
        "the response to a Scheduled Event fired on 2026-03-02",
        "The simulator's clock says 5 January 2026: take the date from event.time, not from the clock.",
      );
    }),
  ],
});
