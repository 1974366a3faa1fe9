import { expect, test } from "vitest";
import { quizTopicStats } from "@/lib/exercises/quiz-summary";
import { newCardState } from "@/lib/quiz/deck";
import { createSchedulerState, DEFAULT_SCHEDULER_SETTINGS } from "@/lib/quiz/scheduler-state";

test("summarises answers, studied cards and mastery for the assignment's topics only", () => {
  const now = Date.UTC(2026, 1, 1);
  const questions = [
    { id: "q1", topic: "alb" as const, domain: "development" as const, type: "single" as const },
    { id: "q2", topic: "alb" as const, domain: "development" as const, type: "single" as const },
    { id: "q3", topic: "concurrency" as const, domain: "development" as const, type: "single" as const },
  ];
  const state = {
    ...createSchedulerState(),
    cards: { q1: { ...newCardState(now), phase: "review" as const, stability: 30, difficulty: 5, reps: 3, lastReview: now, due: now + 30 * 86_400_000 } },
    log: [
      { questionId: "q1", at: now - 5000, source: "review" as const, correct: true, grade: "good" as const, phaseBefore: "new" as const },
      { questionId: "q2", at: now - 4000, source: "practice" as const, correct: false, grade: null, phaseBefore: null },
      { questionId: "q3", at: now - 3000, source: "exam" as const, correct: true, grade: null, phaseBefore: null },
    ],
  };
  const [alb, apigw] = quizTopicStats(state, DEFAULT_SCHEDULER_SETTINGS, questions, ["alb", "api-gateway"], now);
  expect(alb).toMatchObject({ topic: "alb", questions: 2, studied: 1, answers: 2, correct: 1 });
  // q1 was just reviewed (recall ~1), q2 never studied (0): about one half.
  expect(alb.mastery).toBeGreaterThan(0.45);
  expect(alb.mastery).toBeLessThanOrEqual(0.5);
  expect(apigw).toEqual({ topic: "api-gateway", questions: 0, studied: 0, answers: 0, correct: 0, mastery: 0 });
});
