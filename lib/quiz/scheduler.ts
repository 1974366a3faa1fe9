import {
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
  type CardPhase,
  type CardState,
  type Grade,
  type ReviewLogEntry,
  type SchedulerSettings,
  type SchedulerState,
} from "./scheduler-state";
import { cardOrNew } from "./deck";
import { toMs, type Instant } from "./study-day";

// Spaced repetition over the question bank: every question (lesson inline checks included) is
// one FSRS card keyed by its question id. All functions are pure: they take the state and `now`
// and return a new state, never reading the clock, so a store can persist the result and tests
// can drive time. Fuzz is off, which makes scheduling a function of (state, answers, times).

export * from "./scheduler-state";
export * from "./deck";

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
