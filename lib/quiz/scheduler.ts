import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type FSRS,
  type Grade as FsrsGrade,
} from "ts-fsrs";
import {
  DEFAULT_SCHEDULER_SETTINGS,
  type AnswerSource,
  type CardPhase,
  type CardState,
  type Grade,
  type ReviewLogEntry,
  type SchedulerSettings,
  type SchedulerState,
} from "./scheduler-state";
import { MINUTE_MS, startOfNextStudyDay, startOfStudyDay, toMs, type Instant } from "./study-day";

// Spaced repetition over the question bank: every question (lesson inline checks included) is
// one FSRS card keyed by its question id. All functions are pure: they take the state and `now`
// and return a new state, never reading the clock, so a store can persist the result and tests
// can drive time. Fuzz is off, which makes scheduling a function of (state, answers, times).

export * from "./scheduler-state";

const PHASE_TO_STATE: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const STATE_TO_PHASE: Record<State, CardPhase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
const GRADE_TO_RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const schedulers = new Map<string, FSRS>();

/** The ts-fsrs scheduler for these settings (memoised: settings rarely change). */
export function fsrsFor(settings: SchedulerSettings): FSRS {
  const key = JSON.stringify([
    settings.desiredRetention,
    settings.maximumIntervalDays,
    settings.learningSteps,
    settings.relearningSteps,
  ]);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumIntervalDays,
        enable_fuzz: false,
        enable_short_term: true,
        learning_steps: settings.learningSteps,
        relearning_steps: settings.relearningSteps,
      }),
    );
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

export function newCardState(now: Instant): CardState {
  return fromFsrsCard(createEmptyCard(new Date(toMs(now))), {
    suspended: false,
    leech: false,
    buriedUntil: null,
  });
}

export function toFsrsCard(card: CardState): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: PHASE_TO_STATE[card.phase],
    last_review: card.lastReview === null ? undefined : new Date(card.lastReview),
  };
}

function fromFsrsCard(card: Card, flags: Pick<CardState, "suspended" | "leech" | "buriedUntil">): CardState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: STATE_TO_PHASE[card.state],
    lastReview: card.last_review ? card.last_review.getTime() : null,
    ...flags,
  };
}

function cardOrNew(state: SchedulerState, questionId: string, now: number): CardState {
  return state.cards[questionId] ?? newCardState(now);
}

function withCard(state: SchedulerState, questionId: string, card: CardState): SchedulerState {
  return { ...state, cards: { ...state.cards, [questionId]: card } };
}

export interface Answer {
  correct: boolean;
  /** The learner's self-grade for a correct answer (default "good"); ignored when wrong. */
  grade?: Grade;
}

/** Something the UI should tell the learner about. */
export interface LeechEvent {
  type: "leech";
  questionId: string;
  lapses: number;
  message: string;
}
export type SchedulerEvent = LeechEvent;

export interface AnswerOutcome {
  state: SchedulerState;
  card: CardState;
  /** The grade actually applied: "again" whenever the answer was wrong. */
  grade: Grade;
  events: SchedulerEvent[];
}

/**
 * Grades a review answer and reschedules the card. A wrong answer is always Again: the learner
 * may not talk a miss up to Hard. At the leech threshold (and every half threshold after it, as
 * Anki does) the card is flagged a leech and suspended, and a notice event is returned.
 */
export function answerCard(
  state: SchedulerState,
  questionId: string,
  answer: Answer,
  now: Instant,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): AnswerOutcome {
  const before = cardOrNew(state, questionId, toMs(now));
  // A clock set backwards (or progress imported from a machine whose clock ran ahead) must not
  // crash a session: FSRS rejects negative elapsed time, so treat it as no time having passed.
  const at = Math.max(toMs(now), before.lastReview ?? -Infinity);
  const grade: Grade = answer.correct ? (answer.grade ?? "good") : "again";
  const { card: next } = fsrsFor(settings).next(toFsrsCard(before), new Date(at), GRADE_TO_RATING[grade]);
  let card = fromFsrsCard(next, {
    suspended: before.suspended,
    leech: before.leech,
    buriedUntil: before.buriedUntil,
  });

  const events: SchedulerEvent[] = [];
  if (card.lapses > before.lapses && isLeechLapse(card.lapses, settings.leechThreshold)) {
    card = { ...card, leech: true, suspended: true };
    events.push({
      type: "leech",
      questionId,
      lapses: card.lapses,
      message: `You have forgotten this question ${card.lapses} times, so it is now a leech and has been suspended. Re-read its lesson, then unsuspend it when you are ready.`,
    });
  }

  const entry: ReviewLogEntry = {
    questionId,
    at,
    source: "review",
    correct: answer.correct,
    grade,
    phaseBefore: before.phase,
  };
  return {
    state: { cards: { ...state.cards, [questionId]: card }, log: [...state.log, entry] },
    card,
    grade,
    events,
  };
}

function isLeechLapse(lapses: number, threshold: number): boolean {
  if (lapses < threshold) return false;
  const every = Math.max(1, Math.floor(threshold / 2));
  return (lapses - threshold) % every === 0;
}

/** When each grade would next show the card, for labelling the grade buttons ("10m", "3d"). */
export function previewGrades(
  state: SchedulerState,
  questionId: string,
  now: Instant,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): Record<Grade, { due: number; intervalMs: number }> {
  const card = cardOrNew(state, questionId, toMs(now));
  const at = Math.max(toMs(now), card.lastReview ?? -Infinity);
  const preview = fsrsFor(settings).repeat(toFsrsCard(card), new Date(at));
  const item = (g: Grade) => {
    const due = preview[GRADE_TO_RATING[g]].card.due.getTime();
    return { due, intervalMs: due - at };
  };
  return { again: item("again"), hard: item("hard"), good: item("good"), easy: item("easy") };
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
