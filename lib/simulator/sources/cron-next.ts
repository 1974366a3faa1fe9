import type { CronFields, DayOfMonthSpec, DayOfWeekSpec } from "./cron-fields";

const MINUTE = 60_000;
const LAST_YEAR = 2199;

/**
 * The first instant strictly after `afterMs` (epoch ms, UTC) at which the cron fields fire, or
 * null when they never fire again (the year field ends at 2199, or a date such as 31 February
 * never exists). EventBridge schedules run in UTC with one-minute granularity, so every result
 * is a whole minute.
 *
 * The search skips whole years, months, days and hours that cannot match, so even a schedule
 * that next fires decades away costs a few thousand steps, not millions of minutes.
 */
export function nextCronTime(fields: CronFields, afterMs: number): number | null {
  let t = Math.floor(afterMs / MINUTE) * MINUTE + MINUTE;
  for (;;) {
    const d = new Date(t);
    const year = d.getUTCFullYear();
    if (year > LAST_YEAR) return null;
    if (!fields.years.has(year)) {
      const next = nextInSet(fields.years, year + 1);
      if (next === null) return null;
      t = Date.UTC(next, 0, 1);
      continue;
    }
    const month = d.getUTCMonth() + 1;
    if (!fields.months.has(month)) {
      t = Date.UTC(year, month, 1); // first day of the following month (Date.UTC rolls the year)
      continue;
    }
    const day = d.getUTCDate();
    if (!dayMatches(fields.dayOfMonth, fields.dayOfWeek, year, month, day)) {
      t = Date.UTC(year, month - 1, day + 1);
      continue;
    }
    const hour = d.getUTCHours();
    if (!fields.hours.has(hour)) {
      t = Date.UTC(year, month - 1, day, hour + 1);
      continue;
    }
    if (!fields.minutes.has(d.getUTCMinutes())) {
      t += MINUTE;
      continue;
    }
    return t;
  }
}

/** The next `count` fire times after `afterMs`, for previews ("next 10 triggers" in the console). */
export function nextCronTimes(fields: CronFields, afterMs: number, count: number): number[] {
  const out: number[] = [];
  let t = afterMs;
  while (out.length < count) {
    const next = nextCronTime(fields, t);
    if (next === null) break;
    out.push(next);
    t = next;
  }
  return out;
}

function nextInSet(values: ReadonlySet<number>, from: number): number | null {
  let best: number | null = null;
  for (const v of values) if (v >= from && (best === null || v < best)) best = v;
  return best;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1 = Sunday ... 7 = Saturday, EventBridge's numbering. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

function isWeekday(dow: number): boolean {
  return dow >= 2 && dow <= 6;
}

function dayMatches(dom: DayOfMonthSpec, dow: DayOfWeekSpec, year: number, month: number, day: number): boolean {
  // Exactly one of the two is "?" (the parser guarantees it), so the other one decides.
  return dom.kind !== "any" ? dayOfMonthMatches(dom, year, month, day) : dayOfWeekMatches(dow, year, month, day);
}

function dayOfMonthMatches(spec: DayOfMonthSpec, year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month);
  switch (spec.kind) {
    case "any":
      return true;
    case "set":
      return spec.days.has(day);
    case "last":
      return day === last;
    case "lastWeekday": {
      let d = last;
      while (!isWeekday(weekday(year, month, d))) d--;
      return day === d;
    }
    case "nearestWeekday":
      return day === nearestWeekday(year, month, Math.min(spec.day, last));
  }
}

/**
 * The Monday-Friday nearest `target`, never leaving the month: a Saturday moves to Friday
 * (or to Monday the 3rd when the 1st is a Saturday), a Sunday moves to Monday (or to Friday
 * when Sunday is the month's last day).
 */
function nearestWeekday(year: number, month: number, target: number): number {
  const dow = weekday(year, month, target);
  const last = daysInMonth(year, month);
  if (dow === 7) return target === 1 ? 3 : target - 1;
  if (dow === 1) return target === last ? target - 2 : target + 1;
  return target;
}

function dayOfWeekMatches(spec: DayOfWeekSpec, year: number, month: number, day: number): boolean {
  const dow = weekday(year, month, day);
  switch (spec.kind) {
    case "any":
      return true;
    case "set":
      return spec.days.has(dow);
    case "lastOfMonth":
      return dow === spec.day && day + 7 > daysInMonth(year, month);
    case "nth":
      return dow === spec.day && Math.ceil(day / 7) === spec.nth;
  }
}
