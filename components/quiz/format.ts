import { DAY_MS, HOUR_MS, MINUTE_MS } from "@/lib/quiz/study-day";

/** A grade button's interval: "1m", "10m", "5h", "3d", "2.5mo", "1.2y". */
export function formatInterval(ms: number): string {
  if (ms < MINUTE_MS) return "<1m";
  if (ms < HOUR_MS) return `${Math.round(ms / MINUTE_MS)}m`;
  if (ms < DAY_MS) return `${Math.round(ms / HOUR_MS)}h`;
  const days = ms / DAY_MS;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

/** The same interval in words, for screen readers and sentences ("in 10 minutes"). */
export function describeInterval(ms: number): string {
  if (ms < MINUTE_MS) return "less than a minute";
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (ms < HOUR_MS) return unit(Math.round(ms / MINUTE_MS), "minute");
  if (ms < DAY_MS) return unit(Math.round(ms / HOUR_MS), "hour");
  const days = ms / DAY_MS;
  if (days < 30) return unit(Math.round(days), "day");
  if (days < 365) return `${trim(days / 30)} months`;
  return `${trim(days / 365)} years`;
}

function trim(n: number): string {
  return n >= 10 ? String(Math.round(n)) : n.toFixed(1).replace(/\.0$/, "");
}

export function percent(fraction: number | null): string {
  return fraction === null ? "–" : `${Math.round(fraction * 100)}%`;
}

/** "2 Mar 2026, 09:05" in the reader's locale and zone. */
export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** "Mon 2 Mar" for a study day key "YYYY-MM-DD" (read as a calendar date, not an instant). */
export function formatDayKey(
  key: string,
  options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" },
): string {
  return new Date(`${key}T12:00:00Z`).toLocaleDateString(undefined, { ...options, timeZone: "UTC" });
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
