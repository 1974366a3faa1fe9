import {
  DEFAULT_SCHEDULER_SETTINGS,
  type AnswerSource,
  type CardState,
  type ReviewLogEntry,
  type SchedulerSettings,
  type SchedulerState,
} from "./scheduler-state";
import { MINUTE_MS, startOfNextStudyDay, startOfStudyDay, toMs, type Instant } from "./study-day";

// The parts of spaced repetition that do not need FSRS itself: the daily queue, logging,
// suspending and burying. Kept apart from scheduler.ts so pages that only count or hide cards
// (the home dashboard, every page's store) do not download ts-fsrs; scheduler.ts re-exports
// all of it, so callers can keep importing from there.

/** A card never answered: what ts-fsrs's createEmptyCard gives (a test keeps the two equal). */
export function newCardState(now: Instant): CardState {
  return {
    due: toMs(now),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    phase: "new",
    lastReview: null,
    suspended: false,
    leech: false,
    buriedUntil: null,
  };
}

export function cardOrNew(state: SchedulerState, questionId: string, now: number): CardState {
  return state.cards[questionId] ?? newCardState(now);
}

export function withCard(state: SchedulerState, questionId: string, card: CardState): SchedulerState {
  return { ...state, cards: { ...state.cards, [questionId]: card } };
}

/** Logs practice or exam answers (for "my mistakes", the heatmap) without rescheduling cards. */
export function recordAnswers(
  state: SchedulerState,
  answers: ReadonlyArray<{ questionId: string; correct: boolean }>,
  now: Instant,
  source: Exclude<AnswerSource, "review">,
): SchedulerState {
  const at = toMs(now);
  const entries = answers.map<ReviewLogEntry>((a) => ({
    questionId: a.questionId,
    at,
    source,
    correct: a.correct,
    grade: null,
    phaseBefore: null,
  }));
  return { ...state, log: [...state.log, ...entries] };
}

export function suspendCard(state: SchedulerState, questionId: string, now: Instant): SchedulerState {
  const card = cardOrNew(state, questionId, toMs(now));
  return withCard(state, questionId, { ...card, suspended: true });
}

/** Returns the card to the queue; a leech keeps its flag so the UI can still mark it. */
export function unsuspendCard(state: SchedulerState, questionId: string): SchedulerState {
  const card = state.cards[questionId];
  return card ? withCard(state, questionId, { ...card, suspended: false }) : state;
}

/** Hides the card until the next study day begins. */
export function buryCard(
  state: SchedulerState,
  questionId: string,
  now: Instant,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): SchedulerState {
  const at = toMs(now);
  const card = cardOrNew(state, questionId, at);
  return withCard(state, questionId, { ...card, buriedUntil: startOfNextStudyDay(at, settings) });
}

export function unburyCard(state: SchedulerState, questionId: string): SchedulerState {
  const card = state.cards[questionId];
  return card ? withCard(state, questionId, { ...card, buriedUntil: null }) : state;
}

/** Forgets a card's history: it becomes new again (its log entries stay for statistics). */
export function resetCard(state: SchedulerState, questionId: string, now: Instant): SchedulerState {
  const cards = { ...state.cards };
  const old = cards[questionId];
  cards[questionId] = old
    ? { ...newCardState(now), suspended: old.suspended, leech: false }
    : newCardState(now);
  return { ...state, cards };
}

function isHidden(card: CardState | undefined, at: number): boolean {
  return !!card && (card.suspended || (card.buriedUntil !== null && card.buriedUntil > at));
}

/** New cards first answered during the current study day. */
export function newCardsStudiedToday(
  state: SchedulerState,
  now: Instant,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): number {
  const at = toMs(now);
  const from = startOfStudyDay(at, settings);
  const to = startOfNextStudyDay(at, settings);
  return state.log.filter(
    (e) => e.source === "review" && e.phaseBefore === "new" && e.at >= from && e.at < to,
  ).length;
}

export interface ReviewQueue {
  /** Question ids in the order to ask them: learning, then due reviews, then new cards. */
  ids: string[];
  learning: number;
  review: number;
  new: number;
  /** New cards still allowed today after the ones in this queue. */
  newLeftToday: number;
  /** When the next hidden-by-time card becomes due (for "come back in 8 minutes"), or null. */
  nextDueAt: number | null;
}

/**
 * Today's review queue over the given bank ids (cards for questions no longer in the bank are
 * ignored). Learning cards due within the learn-ahead window come first so a session does not
 * end one minute before a step; review cards due any time today follow, most overdue first;
 * then new cards in bank order up to what is left of the daily new-card limit.
 */
export function reviewQueue(
  state: SchedulerState,
  bankIds: readonly string[],
  now: Instant,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): ReviewQueue {
  const at = toMs(now);
  const learnUntil = at + settings.learnAheadMinutes * MINUTE_MS;
  const dayEnd = startOfNextStudyDay(at, settings);
  const learning: Array<[string, number]> = [];
  const review: Array<[string, number]> = [];
  const fresh: string[] = [];
  let nextDueAt: number | null = null;
  const later = (t: number) => {
    nextDueAt = nextDueAt === null ? t : Math.min(nextDueAt, t);
  };

  for (const id of new Set(bankIds)) {
    const card = state.cards[id];
    if (card?.suspended) continue;
    if (isHidden(card, at)) {
      if (card && card.phase !== "new") later(Math.max(card.due, card.buriedUntil ?? 0));
      continue;
    }
    if (!card || card.phase === "new") {
      fresh.push(id);
    } else if (card.phase === "review") {
      if (card.due < dayEnd) review.push([id, card.due]);
      else later(card.due);
    } else if (card.due <= learnUntil) {
      learning.push([id, card.due]);
    } else {
      later(card.due);
    }
  }

  const byDue = (a: [string, number], b: [string, number]) => a[1] - b[1];
  learning.sort(byDue);
  review.sort(byDue);
  const allowance = Math.max(0, settings.newCardsPerDay - newCardsStudiedToday(state, at, settings));
  const newIds = fresh.slice(0, allowance);
  return {
    ids: [...learning.map(([id]) => id), ...review.map(([id]) => id), ...newIds],
    learning: learning.length,
    review: review.length,
    new: newIds.length,
    newLeftToday: allowance - newIds.length,
    nextDueAt,
  };
}

/**
 * "My mistakes": questions whose most recent answer, in any mode, was wrong; most recent first.
 * Pass the bank's ids to drop questions that have since been removed.
 */
export function myMistakes(log: readonly ReviewLogEntry[], bankIds?: readonly string[]): string[] {
  const last = new Map<string, ReviewLogEntry>();
  for (const entry of log) {
    const prev = last.get(entry.questionId);
    // Equal times: the later log entry wins, as it was recorded later.
    if (!prev || entry.at >= prev.at) last.set(entry.questionId, entry);
  }
  const allowed = bankIds ? new Set(bankIds) : null;
  return [...last.values()]
    .filter((e) => !e.correct && (!allowed || allowed.has(e.questionId)))
    .sort((a, b) => b.at - a.at)
    .map((e) => e.questionId);
}
