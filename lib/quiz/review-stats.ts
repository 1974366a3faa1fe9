import { TOPIC_SLUGS, type TopicSlug } from "./curriculum";
import type { Question } from "./schema";
import { fsrsFor, toFsrsCard } from "./scheduler";
import {
  DEFAULT_SCHEDULER_SETTINGS,
  type ReviewLogEntry,
  type SchedulerSettings,
  type SchedulerState,
} from "./scheduler-state";
import { dayNumberToKey, studyDayNumber, toMs, type Instant } from "./study-day";

// Read-only views of scheduler state for the statistics page. Days are study days (see
// study-day.ts), keyed "YYYY-MM-DD", oldest first.

export interface DayCount {
  day: string;
  count: number;
}

/**
 * Cards falling due on each of the next `days` study days (index 0 is today and includes
 * everything overdue). Suspended and never-studied cards are left out; a buried card counts on
 * the day it reappears.
 */
export function dueForecast(
  state: SchedulerState,
  now: Instant,
  days: number,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
  bankIds?: readonly string[],
): DayCount[] {
  const today = studyDayNumber(now, settings);
  const counts = new Array<number>(days).fill(0);
  const ids = bankIds ?? Object.keys(state.cards);
  for (const id of ids) {
    const card = state.cards[id];
    if (!card || card.suspended || card.phase === "new") continue;
    const shows = Math.max(card.due, card.buriedUntil ?? card.due);
    const offset = Math.max(0, studyDayNumber(shows, settings) - today);
    if (offset < days) counts[offset] += 1;
  }
  return counts.map((count, i) => ({ day: dayNumberToKey(today + i), count }));
}

function lastDays(now: Instant, days: number, settings: SchedulerSettings): number[] {
  const today = studyDayNumber(now, settings);
  return Array.from({ length: days }, (_, i) => today - days + 1 + i);
}

/** Answers (review, practice and exam) per study day over the last `days` days, for a calendar heatmap. */
export function studyHeatmap(
  log: readonly ReviewLogEntry[],
  now: Instant,
  days: number,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): DayCount[] {
  const range = lastDays(now, days, settings);
  const counts = new Map<number, number>(range.map((d) => [d, 0]));
  for (const entry of log) {
    const d = studyDayNumber(entry.at, settings);
    const c = counts.get(d);
    if (c !== undefined) counts.set(d, c + 1);
  }
  return range.map((d) => ({ day: dayNumberToKey(d), count: counts.get(d) ?? 0 }));
}

export interface RetentionPoint {
  day: string;
  /** Review answers to cards that were in the review phase (true recall tests). */
  reviews: number;
  correct: number;
  /** correct / reviews, or null on a day without such reviews. */
  retention: number | null;
}

/**
 * Measured retention per study day: the share of mature recall tests (cards in the review
 * phase, answered in review mode) answered right. Learning steps are excluded because they
 * test minutes-old memories and would flatter the figure. `bucketDays` groups days (7 = weekly).
 */
export function retentionOverTime(
  log: readonly ReviewLogEntry[],
  now: Instant,
  days: number,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
  bucketDays = 1,
): RetentionPoint[] {
  const range = lastDays(now, days, settings);
  const first = range[0];
  const buckets = Array.from({ length: Math.ceil(days / bucketDays) }, (_, i) => ({
    day: dayNumberToKey(first + i * bucketDays),
    reviews: 0,
    correct: 0,
  }));
  for (const entry of log) {
    if (entry.source !== "review" || entry.phaseBefore !== "review") continue;
    const offset = studyDayNumber(entry.at, settings) - first;
    if (offset < 0 || offset >= days) continue;
    const bucket = buckets[Math.floor(offset / bucketDays)];
    bucket.reviews += 1;
    if (entry.correct) bucket.correct += 1;
  }
  return buckets.map((b) => ({ ...b, retention: b.reviews === 0 ? null : b.correct / b.reviews }));
}

export interface TopicMastery {
  topic: TopicSlug;
  questions: number;
  /** Questions with at least one review. */
  studied: number;
  /** Mean FSRS recall probability over studied cards, or null when none are studied. */
  averageRetrievability: number | null;
  /** Mean recall probability over all the topic's questions, unstudied ones counting 0. */
  mastery: number;
}

/** Per-topic mastery as the average probability of recalling each question right now. */
export function topicMastery(
  state: SchedulerState,
  questions: ReadonlyArray<Pick<Question, "id" | "topic">>,
  now: Instant,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): TopicMastery[] {
  const at = new Date(toMs(now));
  const scheduler = fsrsFor(settings);
  const sums = new Map<TopicSlug, { questions: number; studied: number; r: number }>(
    TOPIC_SLUGS.map((t) => [t, { questions: 0, studied: 0, r: 0 }]),
  );
  for (const q of questions) {
    const s = sums.get(q.topic);
    if (!s) continue;
    s.questions += 1;
    const card = state.cards[q.id];
    if (!card || card.phase === "new") continue;
    s.studied += 1;
    const when = card.lastReview !== null && card.lastReview > at.getTime() ? new Date(card.lastReview) : at;
    s.r += scheduler.get_retrievability(toFsrsCard(card), when, false);
  }
  return TOPIC_SLUGS.map((topic) => {
    const s = sums.get(topic)!;
    return {
      topic,
      questions: s.questions,
      studied: s.studied,
      averageRetrievability: s.studied === 0 ? null : s.r / s.studied,
      mastery: s.questions === 0 ? 0 : s.r / s.questions,
    };
  });
}

// "My mistakes" needs no FSRS, so it lives with the deck (pages using it skip ts-fsrs).
export { myMistakes } from "./deck";
