// zod/mini: these schemas validate saved progress in the browser on every page, where the
// classic API would add ~30 KB gzipped.
import { z } from "zod/mini";

// The persisted shape of spaced-repetition progress: plain JSON (times are epoch milliseconds)
// so zustand's persist, export and import can store it as is. The zod schemas let an import
// reject a damaged file instead of corrupting progress.

export const GRADES = ["again", "hard", "good", "easy"] as const;
export type Grade = (typeof GRADES)[number];

export const CARD_PHASES = ["new", "learning", "review", "relearning"] as const;
export type CardPhase = (typeof CARD_PHASES)[number];

export const ANSWER_SOURCES = ["review", "practice", "exam"] as const;
/** Only "review" answers reschedule a card; practice and exam answers are logged for statistics. */
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

const epochMs = z.int();
const count = z.int().check(z.nonnegative());
const nonNegative = z.number().check(z.nonnegative());

export const cardStateSchema = z.object({
  due: epochMs,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
  phase: z.enum(CARD_PHASES),
  lastReview: z.nullable(epochMs),
  suspended: z.boolean(),
  /** Set at the leech threshold; stays set after unsuspending so the UI can still mark it. */
  leech: z.boolean(),
  /** Hidden from the queue until this instant (the next study day), or null. */
  buriedUntil: z.nullable(epochMs),
});
export type CardState = z.infer<typeof cardStateSchema>;

export const reviewLogEntrySchema = z.object({
  questionId: z.string().check(z.minLength(1)),
  at: epochMs,
  source: z.enum(ANSWER_SOURCES),
  correct: z.boolean(),
  /** The grade applied (review answers only). */
  grade: z.nullable(z.enum(GRADES)),
  /** The card's phase before this answer (review answers only); "review" means a true recall test. */
  phaseBefore: z.nullable(z.enum(CARD_PHASES)),
});
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>;

export const schedulerStateSchema = z.object({
  /** Keyed by question id; a question without an entry is a new card. */
  cards: z.record(z.string(), cardStateSchema),
  /** Oldest first. */
  log: z.array(reviewLogEntrySchema),
});
export type SchedulerState = z.infer<typeof schedulerStateSchema>;

const step = z.pipe(
  z
    .string()
    .check(
      z.regex(/^\d+(?:\.\d+)?[mhd]$/, {
        error: 'a learning step is a number and a unit m, h or d, e.g. "10m"',
      }),
    ),
  z.transform((s) => s as `${number}${"m" | "h" | "d"}`),
);

// Messages name the range, because the settings form shows them to the learner as they are.
const between = (min: number, max: number, what = "a number") =>
  z
    .number({ error: `must be ${what} from ${min} to ${max}` })
    .check(z.gte(min, { error: `must be at least ${min}` }), z.lte(max, { error: `must be at most ${max}` }));
const wholeBetween = (min: number, max: number) =>
  z
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .check(z.gte(min, { error: `must be at least ${min}` }), z.lte(max, { error: `must be at most ${max}` }));
const steps = z.array(step).check(z.maxLength(10, { error: "at most 10 steps" }));

export const schedulerSettingsSchema = z.object({
  /** Probability of recall FSRS aims for at the due date; higher means more reviews. */
  desiredRetention: between(0.7, 0.99),
  learningSteps: steps,
  relearningSteps: steps,
  newCardsPerDay: wholeBetween(0, 9999),
  maximumIntervalDays: wholeBetween(1, 36500),
  /** Lapses (forgetting a card in review) at which it is flagged a leech and suspended. */
  leechThreshold: wholeBetween(1, 99),
  /** Learning cards due within this many minutes are shown now rather than ending the session. */
  learnAheadMinutes: between(0, 24 * 60),
  dayStartHour: wholeBetween(0, 23),
  utcOffsetMinutes: wholeBetween(-14 * 60, 14 * 60),
});
export type SchedulerSettings = z.infer<typeof schedulerSettingsSchema>;

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze<SchedulerSettings>({
  desiredRetention: 0.9,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
  newCardsPerDay: 20,
  maximumIntervalDays: 36500,
  leechThreshold: 8,
  learnAheadMinutes: 20,
  dayStartHour: 4,
  utcOffsetMinutes: 0,
});

/** Defaults overlaid with the given values, validated (throws a ZodError naming a bad field). */
export function resolveSchedulerSettings(partial: Partial<SchedulerSettings> = {}): SchedulerSettings {
  return schedulerSettingsSchema.parse({ ...DEFAULT_SCHEDULER_SETTINGS, ...partial });
}

export function createSchedulerState(): SchedulerState {
  return { cards: {}, log: [] };
}
