import { z } from "zod";
import { DOMAINS } from "@/lib/quiz/curriculum";
import type { ExamAttempt } from "@/lib/quiz/exam-session";
import type { DomainScore } from "@/lib/quiz/scoring";
import {
  schedulerSettingsSchema,
  schedulerStateSchema,
  type SchedulerSettings,
  type SchedulerState,
} from "@/lib/quiz/scheduler-state";

// The persisted shape of the quiz store. Everything is plain JSON (times in epoch ms) so it
// survives reloads, export and import; the schemas are what let a damaged save or import file be
// set aside instead of half-read.

const epochMs = z.number().int();
const count = z.number().int().nonnegative();

export const examAttemptSchema = z.object({
  paper: z.object({
    formatId: z.string().min(1),
    seed: z.string(),
    durationMs: z.number().int().positive(),
    items: z.array(
      z.object({
        questionId: z.string().min(1),
        domain: z.enum(DOMAINS),
        optionOrder: z.array(count),
      }),
    ),
  }),
  timer: z.object({ startedAt: epochMs, durationMs: z.number().int().positive() }),
  answers: z.record(z.string(), z.array(count)),
  flagged: z.array(z.string()),
  current: count,
  submittedAt: epochMs.nullable(),
  autoSubmitted: z.boolean(),
}) satisfies z.ZodType<ExamAttempt>;

export const domainScoreSchema = z.object({
  domain: z.enum(DOMAINS),
  total: count,
  correct: count,
  fraction: z.number().min(0).max(1).nullable(),
}) satisfies z.ZodType<DomainScore>;

/** One finished exam: the sitting itself (to re-show every answer) and its score at the time. */
export const examHistoryEntrySchema = z.object({
  id: z.string().min(1),
  attempt: examAttemptSchema,
  total: count,
  correct: count,
  scaled: z.number().int().min(100).max(1000),
  passed: z.boolean(),
  byDomain: z.array(domainScoreSchema),
});

export type ExamHistoryEntry = z.infer<typeof examHistoryEntrySchema>;

/** An exam in progress, with an id so its result keeps the same one. */
export const activeExamSchema = z.object({ id: z.string().min(1), attempt: examAttemptSchema });
export type ActiveExam = z.infer<typeof activeExamSchema>;

export const quizDataSchema = z.object({
  scheduler: schedulerStateSchema,
  settings: schedulerSettingsSchema,
  activeExam: activeExamSchema.nullable(),
  /** Oldest first. */
  examHistory: z.array(examHistoryEntrySchema),
});

export type QuizData = {
  scheduler: SchedulerState;
  settings: SchedulerSettings;
  activeExam: ActiveExam | null;
  examHistory: ExamHistoryEntry[];
};
