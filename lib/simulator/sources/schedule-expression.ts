import { AwsApiError } from "./aws-error";
import { CronSyntaxError, parseCronFields, type CronFields } from "./cron-fields";
import { nextCronTime } from "./cron-next";

/**
 * EventBridge schedule expressions, `rate(...)` and `cron(...)`, validated the way PutRule
 * validates them and turned into fire times on epoch milliseconds (UTC).
 */

export type RateUnit = "minute" | "hour" | "day";

export type ScheduleExpression =
  | { kind: "rate"; expression: string; value: number; unit: RateUnit; periodMs: number }
  | { kind: "cron"; expression: string; fields: CronFields };

const UNIT_MS: Record<RateUnit, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** AWS's own text for every malformed schedule; the hint after it says what to change. */
export const INVALID_SCHEDULE_MESSAGE = "Parameter ScheduleExpression is not valid.";

export function invalidSchedule(hint: string): AwsApiError {
  return new AwsApiError("ValidationException", `${INVALID_SCHEDULE_MESSAGE} ${hint}`, 400);
}

/** Parses and validates; throws a ValidationException (400) for anything PutRule rejects. */
export function parseScheduleExpression(expression: string): ScheduleExpression {
  if (typeof expression !== "string" || expression.trim() === "") {
    throw invalidSchedule("Write rate(5 minutes) or cron(0 10 * * ? *).");
  }
  const rate = /^rate\((.*)\)$/.exec(expression);
  if (rate) return parseRate(expression, rate[1]);
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) {
    try {
      return { kind: "cron", expression, fields: parseCronFields(cron[1]) };
    } catch (error) {
      if (error instanceof CronSyntaxError) throw invalidSchedule(error.message);
      throw error;
    }
  }
  throw invalidSchedule(`'${expression}' is neither rate(value unit) nor cron(six fields).`);
}

function parseRate(expression: string, body: string): ScheduleExpression {
  const match = /^(\S+)\s+(\S+)$/.exec(body.trim() === body ? body : "");
  if (!match) {
    throw invalidSchedule(`${expression}: a rate is a whole number and a unit, such as rate(5 minutes).`);
  }
  const [, valueText, unitText] = match;
  if (!/^\d+$/.test(valueText) || Number(valueText) < 1 || !Number.isSafeInteger(Number(valueText))) {
    throw invalidSchedule(`${expression}: the value must be a positive whole number.`);
  }
  const value = Number(valueText);
  const singular = unitText.replace(/s$/, "") as RateUnit;
  if (!(singular in UNIT_MS) || (unitText !== singular && unitText !== `${singular}s`)) {
    throw invalidSchedule(`${expression}: the unit must be minute(s), hour(s) or day(s).`);
  }
  if (value === 1 && unitText !== singular) {
    throw invalidSchedule(`${expression}: a value of 1 takes the singular unit, rate(1 ${singular}).`);
  }
  if (value > 1 && unitText === singular) {
    throw invalidSchedule(`${expression}: a value above 1 takes the plural unit, rate(${value} ${singular}s).`);
  }
  return { kind: "rate", expression, value, unit: singular, periodMs: value * UNIT_MS[singular] };
}

/**
 * The first fire time strictly after `afterMs`.
 *
 * A rate schedule starts counting when the rule is created (or enabled), `anchorMs`, and fires
 * every period after that; the result is rounded up to a whole minute, EventBridge's
 * granularity. A cron schedule ignores the anchor. Returns null when a cron schedule has no
 * future occurrence.
 */
export function nextScheduleTime(schedule: ScheduleExpression, afterMs: number, anchorMs: number): number | null {
  if (schedule.kind === "cron") return nextCronTime(schedule.fields, afterMs);
  const periods = Math.max(1, Math.floor((afterMs - anchorMs) / schedule.periodMs) + 1);
  let t = anchorMs + periods * schedule.periodMs;
  t = Math.ceil(t / 60_000) * 60_000;
  while (t <= afterMs) t += schedule.periodMs;
  return t;
}
