import { persist, type StateStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import type { ExamPaper } from "@/lib/quiz/exam";
import {
  autoSubmitIfTimeUp,
  chooseOption,
  goTo,
  startAttempt,
  submitAttempt,
  toggleFlag,
  type ExamAttempt,
} from "@/lib/quiz/exam-session";
import { buryCard, recordAnswers, suspendCard, unburyCard, unsuspendCard } from "@/lib/quiz/deck";
import type { Answer, AnswerOutcome } from "@/lib/quiz/scheduler";
import {
  createSchedulerState,
  DEFAULT_SCHEDULER_SETTINGS,
  schedulerSettingsSchema,
  type CardState,
  type SchedulerSettings,
} from "@/lib/quiz/scheduler-state";
import type { QuestionType } from "@/lib/quiz/schema";
import { scoreExam, type QuestionLookup } from "@/lib/quiz/scoring";
import { persistOptionsFor, type PersistedStoreSpec } from "./persisted-store";
import type { QuarantineNotice } from "./quarantine";
import { quizDataSchema, type ActiveExam, type ExamHistoryEntry, type QuizData } from "./quiz-schema";

export type { ActiveExam, ExamHistoryEntry, QuizData } from "./quiz-schema";

/**
 * Finished exams kept in full (each holds its paper and answers, a few KB for a full exam) so
 * local storage cannot fill up with old sittings; the oldest are dropped first.
 */
export const EXAM_HISTORY_LIMIT = 100;

// FSRS (ts-fsrs, ~7 KB gzipped) is loaded only when a card is actually answered: this store is
// created on every page, and most pages never grade anything. Counting, hiding and logging
// cards (lib/quiz/deck) need no FSRS.
let fsrs: Promise<typeof import("@/lib/quiz/scheduler")> | null = null;
const loadFsrs = () => (fsrs ??= import("@/lib/quiz/scheduler"));

export type CheckOutcome = {
  /** True when the answer (re)scheduled the card; false when it was only logged. */
  scheduled: boolean;
  card: CardState | null;
};

export type QuizActions = {
  /** A graded answer in a review session (a wrong answer is always Again). */
  answerReview: (questionId: string, answer: Answer) => Promise<AnswerOutcome>;
  /**
   * A lesson's inline check. A card not yet in the deck (or one that is due) is answered
   * through the scheduler, so the check joins the reviews; a card that is not due is only
   * logged, so re-reading a lesson does not push its reviews away.
   */
  answerCheck: (questionId: string, correct: boolean) => Promise<CheckOutcome>;
  /** A practice answer: logged for statistics and "my mistakes", never rescheduled. */
  recordPractice: (questionId: string, correct: boolean) => void;
  suspend: (questionId: string) => void;
  unsuspend: (questionId: string) => void;
  bury: (questionId: string) => void;
  unbury: (questionId: string) => void;
  /** Validates and applies; returns a message for the learner when a value is out of range. */
  updateSettings: (partial: Partial<SchedulerSettings>) => string | null;
  /** Starts (replacing any unfinished one) an exam on this paper. */
  startExam: (paper: ExamPaper) => ActiveExam;
  chooseExamOption: (questionId: string, optionIndex: number, type: QuestionType) => void;
  toggleExamFlag: (questionId: string) => void;
  goToExamQuestion: (index: number) => void;
  /** Submits, scores against `questions`, logs the answers and files the result in the history. */
  submitExam: (questions: QuestionLookup) => ExamHistoryEntry | null;
  /** Submits only when time is up (call on load and on every tick). */
  autoSubmitExamIfTimeUp: (questions: QuestionLookup) => ExamHistoryEntry | null;
  abandonExam: () => void;
};

export type QuizState = QuizData & QuizActions;

export const quizSpec: PersistedStoreSpec<QuizData> = {
  key: "lambda-lab:quiz",
  version: 1,
  schema: quizDataSchema,
  migrate(_persisted, from) {
    // Version 1 is the first released shape. When it changes, bump `version` and upgrade
    // `from` older versions here; never drop a learner's cards or history.
    throw new Error(`no migration from quiz version ${from}`);
  },
};

export function initialQuizData(utcOffsetMinutes = 0): QuizData {
  return {
    scheduler: createSchedulerState(),
    settings: { ...DEFAULT_SCHEDULER_SETTINGS, utcOffsetMinutes },
    activeExam: null,
    examHistory: [],
  };
}

function settingsMessage(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  const field = String(issue.path[0] ?? "settings");
  const names: Record<string, string> = {
    desiredRetention: "Desired retention",
    learningSteps: "Learning steps",
    relearningSteps: "Relearning steps",
    newCardsPerDay: "New cards per day",
    utcOffsetMinutes: "UTC offset",
  };
  return `${names[field] ?? field}: ${issue.message}`;
}

export function createQuizStore(options: {
  storage: StateStorage;
  now?: () => number;
  /** The device's offset from UTC in minutes, used until the learner sets one. */
  utcOffsetMinutes?: number;
  onQuarantine?: (notice: QuarantineNotice) => void;
}) {
  // Read through a call, not a captured reference, so a patched Date.now (tests, fake clocks) applies.
  const now = options.now ?? (() => Date.now());
  return createStore<QuizState>()(
    persist(
      (set, get) => {
        const updateAttempt = (change: (attempt: ExamAttempt) => ExamAttempt) => {
          const active = get().activeExam;
          if (!active || active.attempt.submittedAt !== null) return;
          set({ activeExam: { ...active, attempt: change(active.attempt) } });
        };

        const file = (
          questions: QuestionLookup,
          submit: (a: ExamAttempt) => ExamAttempt,
        ): ExamHistoryEntry | null => {
          const active = get().activeExam;
          if (!active) return null;
          const attempt = submit(active.attempt);
          if (attempt.submittedAt === null) return null;
          // Throws (leaving the exam open) when a question left the bank: the UI offers to abandon.
          const result = scoreExam(attempt, questions);
          const entry: ExamHistoryEntry = {
            id: active.id,
            attempt,
            total: result.total,
            correct: result.correct,
            scaled: result.scaled,
            passed: result.passed,
            byDomain: result.byDomain,
          };
          const answered = result.items
            .filter((i) => i.answered)
            .map((i) => ({ questionId: i.questionId, correct: i.correct }));
          set((s) => ({
            activeExam: null,
            examHistory: [...s.examHistory, entry].slice(-EXAM_HISTORY_LIMIT),
            scheduler: recordAnswers(s.scheduler, answered, attempt.submittedAt!, "exam"),
          }));
          return entry;
        };

        return {
          ...initialQuizData(options.utcOffsetMinutes ?? 0),
          answerReview: async (questionId, answer) => {
            const { answerCard } = await loadFsrs();
            const outcome = answerCard(get().scheduler, questionId, answer, now(), get().settings);
            set({ scheduler: outcome.state });
            return outcome;
          },
          answerCheck: async (questionId, correct) => {
            const { answerCard } = await loadFsrs();
            const { scheduler, settings } = get();
            const at = now();
            const card = scheduler.cards[questionId];
            if (!card || card.phase === "new" || card.due <= at) {
              const outcome = answerCard(scheduler, questionId, { correct, grade: "good" }, at, settings);
              set({ scheduler: outcome.state });
              return { scheduled: true, card: outcome.card };
            }
            set({ scheduler: recordAnswers(scheduler, [{ questionId, correct }], at, "practice") });
            return { scheduled: false, card };
          },
          recordPractice: (questionId, correct) =>
            set((s) => ({
              scheduler: recordAnswers(s.scheduler, [{ questionId, correct }], now(), "practice"),
            })),
          suspend: (questionId) => set((s) => ({ scheduler: suspendCard(s.scheduler, questionId, now()) })),
          unsuspend: (questionId) => set((s) => ({ scheduler: unsuspendCard(s.scheduler, questionId) })),
          bury: (questionId) =>
            set((s) => ({ scheduler: buryCard(s.scheduler, questionId, now(), s.settings) })),
          unbury: (questionId) => set((s) => ({ scheduler: unburyCard(s.scheduler, questionId) })),
          updateSettings: (partial) => {
            const parsed = schedulerSettingsSchema.safeParse({ ...get().settings, ...partial });
            if (!parsed.success) return settingsMessage(parsed.error);
            set({ settings: parsed.data });
            return null;
          },
          startExam: (paper) => {
            const attempt = startAttempt(paper, now());
            const active: ActiveExam = { id: `${paper.formatId}-${attempt.timer.startedAt}`, attempt };
            set({ activeExam: active });
            return active;
          },
          chooseExamOption: (questionId, optionIndex, type) =>
            updateAttempt((a) => chooseOption(a, questionId, optionIndex, type)),
          toggleExamFlag: (questionId) => updateAttempt((a) => toggleFlag(a, questionId)),
          goToExamQuestion: (index) => updateAttempt((a) => goTo(a, index)),
          submitExam: (questions) => file(questions, (a) => submitAttempt(a, now())),
          autoSubmitExamIfTimeUp: (questions) => file(questions, (a) => autoSubmitIfTimeUp(a, now())),
          abandonExam: () => set({ activeExam: null }),
        };
      },
      persistOptionsFor<QuizState, QuizData>(quizSpec, {
        storage: options.storage,
        now,
        onQuarantine: options.onQuarantine,
        partialize: (s) => ({
          scheduler: s.scheduler,
          settings: s.settings,
          activeExam: s.activeExam,
          examHistory: s.examHistory,
        }),
      }),
    ),
  );
}

export type QuizStore = ReturnType<typeof createQuizStore>;
