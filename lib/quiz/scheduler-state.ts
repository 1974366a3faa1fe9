import { z } from "zod";

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

const epochMs = z.number().int();

export const cardStateSchema = z.object({
  due: epochMs,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  phase: z.enum(CARD_PHASES),
  lastReview: epochMs.nullable(),
  suspended: z.boolean(),
  /** Set at the leech threshold; stays set after unsuspending so the UI can still mark it. */
  leech: z.boolean(),
  /** Hidden from the queue until this instant (the next study day), or null. */
  buriedUntil: epochMs.nullable(),
});
export type CardState = z.infer<typeof cardStateSchema>;

export const reviewLogEntrySchema = z.object({
  questionId: z.string().min(1),
  at: epochMs,
  source: z.enum(ANSWER_SOURCES),
  correct: z.boolean(),
  /** The grade applied (review answers only). */
  grade: z.enum(GRADES).nullable(),
  /** The card's phase before this answer (review answers only); "review" means a true recall test. */
  phaseBefore: z.enum(CARD_PHASES).nullable(),
});
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>;

export const schedulerStateSchema = z.object({
  /** Keyed by question id; a question without an entry is a new card. */
  cards: z.record(z.string(), cardStateSchema),
  /** Oldest first. */
  log: z.array(reviewLogEntrySchema),
});
export type SchedulerState = z.infer<typeof schedulerStateSchema>;

const step = z
  .string()
  .regex(/^\d+(?:\.\d+)?[mhd]$/, { message: 'a learning step is a number and a unit m, h or d, e.g. "10m"' })
  .transform((s) => s as `${number}${"m" | "h" | "d"}`);

export const schedulerSettingsSchema = z.object({
  /** Probability of recall FSRS aims for at the due date; higher means more reviews. */
  desiredRetention: z.number().min(0.7).max(0.99),
  learningSteps: z.array(step).max(10),
  relearningSteps: z.array(step).max(10),
  newCardsPerDay: z.number().int().min(0).max(9999),
  maximumIntervalDays: z.number().int().min(1).max(36500),
  /** Lapses (forgetting a card in review) at which it is flagged a leech and suspended. */
  leechThreshold: z.number().int().min(1).max(99),
  /** Learning cards due within this many minutes are shown now rather than ending the session. */
  learnAheadMinutes: z
    .number()
    .min(0)
    .max(24 * 60),
  dayStartHour: z.number().int().min(0).max(23),
  utcOffsetMinutes: z
    .number()
    .int()
    .min(-14 * 60)
    .max(14 * 60),
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
