// Study days, not calendar days: like Anki, a day rolls over at `dayStartHour` local time so a
// late-night session still counts as "today". The offset from UTC is a setting (the UI passes
// -new Date().getTimezoneOffset()) instead of being read from the process, so results do not
// depend on the machine's time zone and tests are deterministic.

export type Instant = number | Date;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface DayBoundary {
  /** Minutes east of UTC (UTC+2 is 120). */
  utcOffsetMinutes: number;
  /** Local hour (0-23) at which a new study day begins. */
  dayStartHour: number;
}

export function toMs(instant: Instant): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  if (!Number.isFinite(ms))
    throw new RangeError(`invalid time ${String(instant)}: pass epoch milliseconds or a valid Date`);
  return ms;
}

function shift(b: DayBoundary): number {
  return b.utcOffsetMinutes * MINUTE_MS - b.dayStartHour * HOUR_MS;
}

/** Whole study days since the epoch; differences between two of these count day rollovers. */
export function studyDayNumber(instant: Instant, b: DayBoundary): number {
  return Math.floor((toMs(instant) + shift(b)) / DAY_MS);
}

/** "YYYY-MM-DD" naming the study day an instant falls in (the local date the day started on). */
export function studyDayKey(instant: Instant, b: DayBoundary): string {
  return dayNumberToKey(studyDayNumber(instant, b));
}

export function dayNumberToKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant the study day containing `instant` began. */
export function startOfStudyDay(instant: Instant, b: DayBoundary): number {
  return studyDayNumber(instant, b) * DAY_MS - shift(b);
}

/** The instant the next study day begins. */
export function startOfNextStudyDay(instant: Instant, b: DayBoundary): number {
  return startOfStudyDay(instant, b) + DAY_MS;
}
