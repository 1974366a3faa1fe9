import type { ExamPaper } from "./exam";
import type { QuestionType } from "./schema";
import { toMs, type Instant } from "./study-day";

// A sitting of an exam paper as plain data. The timer stores when it started and for how long,
// never "time left", so a reload (or a sleeping laptop) cannot stretch the exam: remaining time
// is always recomputed from the clock.

export interface ExamTimer {
  startedAt: number;
  durationMs: number;
}

export function startTimer(now: Instant, durationMs: number): ExamTimer {
  return { startedAt: toMs(now), durationMs };
}

/** Milliseconds left, between 0 and the duration (a clock set backwards cannot add time). */
export function remainingMs(timer: ExamTimer, now: Instant): number {
  const left = timer.startedAt + timer.durationMs - toMs(now);
  return Math.min(timer.durationMs, Math.max(0, left));
}

export function isTimeUp(timer: ExamTimer, now: Instant): boolean {
  return remainingMs(timer, now) === 0;
}

/** "2:09:59" or "39:59" for a countdown display (rounded up so 0:00 means time is up). */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

export interface ExamAttempt {
  paper: ExamPaper;
  timer: ExamTimer;
  /** Selected options by question id, as authored option indices (not display positions). */
  answers: Record<string, number[]>;
  flagged: string[];
  /** Index into paper.items of the question on screen. */
  current: number;
  submittedAt: number | null;
  /** True when the timer, not the learner, submitted. */
  autoSubmitted: boolean;
}

export function startAttempt(paper: ExamPaper, now: Instant): ExamAttempt {
  return {
    paper,
    timer: startTimer(now, paper.durationMs),
    answers: {},
    flagged: [],
    current: 0,
    submittedAt: null,
    autoSubmitted: false,
  };
}

function assertOpen(attempt: ExamAttempt): void {
  if (attempt.submittedAt !== null) {
    throw new Error("this exam was already submitted; start a new attempt to answer again");
  }
}

function assertOnPaper(attempt: ExamAttempt, questionId: string): void {
  if (!attempt.paper.items.some((i) => i.questionId === questionId)) {
    throw new RangeError(`question "${questionId}" is not on this paper`);
  }
}

/**
 * Chooses an option (authored index). A single-answer question keeps only the latest choice;
 * a multiple-response question toggles it, as checkboxes do.
 */
export function chooseOption(
  attempt: ExamAttempt,
  questionId: string,
  optionIndex: number,
  type: QuestionType,
): ExamAttempt {
  assertOpen(attempt);
  assertOnPaper(attempt, questionId);
  const current = attempt.answers[questionId] ?? [];
  const next =
    type === "single"
      ? [optionIndex]
      : current.includes(optionIndex)
        ? current.filter((i) => i !== optionIndex)
        : [...current, optionIndex].sort((a, b) => a - b);
  return { ...attempt, answers: { ...attempt.answers, [questionId]: next } };
}

export function toggleFlag(attempt: ExamAttempt, questionId: string): ExamAttempt {
  assertOpen(attempt);
  assertOnPaper(attempt, questionId);
  const flagged = attempt.flagged.includes(questionId)
    ? attempt.flagged.filter((id) => id !== questionId)
    : [...attempt.flagged, questionId];
  return { ...attempt, flagged };
}

export function goTo(attempt: ExamAttempt, index: number): ExamAttempt {
  const last = attempt.paper.items.length - 1;
  return { ...attempt, current: Math.min(last, Math.max(0, Math.trunc(index))) };
}

/** Question ids with no option chosen, in paper order (for the review screen before submitting). */
export function unansweredIds(attempt: ExamAttempt): string[] {
  return attempt.paper.items
    .map((i) => i.questionId)
    .filter((id) => (attempt.answers[id]?.length ?? 0) === 0);
}

export function submitAttempt(attempt: ExamAttempt, now: Instant): ExamAttempt {
  if (attempt.submittedAt !== null) return attempt;
  const at = toMs(now);
  // Submitting late (the tab was closed when time ran out) records the deadline, not the
  // moment the learner came back.
  const deadline = attempt.timer.startedAt + attempt.timer.durationMs;
  const autoSubmitted = at >= deadline;
  return { ...attempt, submittedAt: Math.min(at, deadline), autoSubmitted };
}

/** Submits when time is up; returns the attempt unchanged otherwise. Call on every tick and on load. */
export function autoSubmitIfTimeUp(attempt: ExamAttempt, now: Instant): ExamAttempt {
  return attempt.submittedAt === null && isTimeUp(attempt.timer, now) ? submitAttempt(attempt, now) : attempt;
}
