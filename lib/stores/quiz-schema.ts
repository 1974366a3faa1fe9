// zod/mini: the quiz store is created on every page, and the classic API costs ~30 KB gzipped.
import { z } from "zod/mini";
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

const epochMs = z.int();
const count = z.int().check(z.nonnegative());
const nonEmpty = z.string().check(z.minLength(1));

export const examAttemptSchema = z.object({
  paper: z.object({
    formatId: nonEmpty,
    seed: z.string(),
    durationMs: z.int().check(z.positive()),
    items: z.array(
      z.object({
        questionId: nonEmpty,
        domain: z.enum(DOMAINS),
        optionOrder: z.array(count),
      }),
    ),
  }),
  timer: z.object({ startedAt: epochMs, durationMs: z.int().check(z.positive()) }),
  answers: z.record(z.string(), z.array(count)),
  flagged: z.array(z.string()),
  current: count,
  submittedAt: z.nullable(epochMs),
  autoSubmitted: z.boolean(),
}) satisfies z.ZodMiniType<ExamAttempt>;

export const domainScoreSchema = z.object({
  domain: z.enum(DOMAINS),
  total: count,
  correct: count,
  fraction: z.nullable(z.number().check(z.gte(0), z.lte(1))),
}) satisfies z.ZodMiniType<DomainScore>;

/** One finished exam: the sitting itself (to re-show every answer) and its score at the time. */
export const examHistoryEntrySchema = z.object({
  id: nonEmpty,
  attempt: examAttemptSchema,
  total: count,
  correct: count,
  scaled: z.int().check(z.gte(100), z.lte(1000)),
  passed: z.boolean(),
  byDomain: z.array(domainScoreSchema),
});

export type ExamHistoryEntry = z.infer<typeof examHistoryEntrySchema>;

/** An exam in progress, with an id so its result keeps the same one. */
export const activeExamSchema = z.object({ id: nonEmpty, attempt: examAttemptSchema });
export type ActiveExam = z.infer<typeof activeExamSchema>;

export const quizDataSchema = z.object({
  scheduler: schedulerStateSchema,
  settings: schedulerSettingsSchema,
  activeExam: z.nullable(activeExamSchema),
  /** Oldest first. */
  examHistory: z.array(examHistoryEntrySchema),
});

export type QuizData = {
  scheduler: SchedulerState;
  settings: SchedulerSettings;
  activeExam: ActiveExam | null;
  examHistory: ExamHistoryEntry[];
};
