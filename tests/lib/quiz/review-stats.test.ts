import { describe, expect, test } from "vitest";
import {
  dueForecast,
  myMistakes,
  retentionOverTime,
  studyHeatmap,
  topicMastery,
} from "@/lib/quiz/review-stats";
import {
  answerCard,
  createSchedulerState,
  recordAnswers,
  suspendCard,
  type ReviewLogEntry,
  type SchedulerState,
} from "@/lib/quiz/scheduler";
import { DAY_MS, HOUR_MS } from "@/lib/quiz/study-day";

const T0 = Date.UTC(2025, 0, 6, 10, 0);

function graduated(state: SchedulerState, id: string, at: number): SchedulerState {
  let s = answerCard(state, id, { correct: true }, at).state;
  s = answerCard(s, id, { correct: true }, s.cards[id].due).state;
  expect(s.cards[id].phase).toBe("review");
  return s;
}

function entry(
  questionId: string,
  at: number,
  correct: boolean,
  extra: Partial<ReviewLogEntry> = {},
): ReviewLogEntry {
  return {
    questionId,
    at,
    correct,
    source: "review",
    grade: correct ? "good" : "again",
    phaseBefore: "review",
    ...extra,
  };
}

describe("due forecast", () => {
  test("counts cards by the study day they fall due, overdue ones today, suspended ones never", () => {
    let state = createSchedulerState();
    state = graduated(state, "overdue", T0 - 40 * DAY_MS);
    state = graduated(state, "soon", T0);
    state = graduated(state, "hidden", T0 - 40 * DAY_MS);
    state = suspendCard(state, "hidden", T0);
    const soonDay = Math.floor((state.cards.soon.due - Date.UTC(2025, 0, 6, 4)) / DAY_MS);
    expect(soonDay).toBeGreaterThan(0);

    const forecast = dueForecast(state, T0, 7);
    expect(forecast).toHaveLength(7);
    expect(forecast[0]).toEqual({ day: "2025-01-06", count: 1 });
    expect(forecast[soonDay].count).toBe(1);
    expect(forecast.reduce((n, d) => n + d.count, 0)).toBe(2);
  });

  test("never-studied cards are not forecast", () => {
    expect(dueForecast(createSchedulerState(), T0, 3).map((d) => d.count)).toEqual([0, 0, 0]);
  });
});

describe("heatmap", () => {
  test("counts every answer per study day, with empty days as zero", () => {
    let state = createSchedulerState();
    state = answerCard(state, "a", { correct: true }, T0 - 2 * DAY_MS).state;
    state = recordAnswers(
      state,
      [
        { questionId: "b", correct: false },
        { questionId: "c", correct: true },
      ],
      T0,
      "exam",
    );
    // 02:00 on the 6th belongs to the study day of the 5th (days start at 04:00).
    state = recordAnswers(state, [{ questionId: "d", correct: true }], Date.UTC(2025, 0, 6, 2), "practice");
    expect(studyHeatmap(state.log, T0, 4)).toEqual([
      { day: "2025-01-03", count: 0 },
      { day: "2025-01-04", count: 1 },
      { day: "2025-01-05", count: 1 },
      { day: "2025-01-06", count: 2 },
    ]);
  });
});

describe("retention over time", () => {
  test("uses only recall tests of cards in review", () => {
    const log = [
      entry("a", T0 - DAY_MS, true),
      entry("b", T0 - DAY_MS, false),
      entry("c", T0 - DAY_MS, true),
      entry("d", T0 - DAY_MS, false, { phaseBefore: "learning" }),
      entry("e", T0 - DAY_MS, false, { source: "practice", grade: null, phaseBefore: null }),
      entry("a", T0, true),
    ];
    expect(retentionOverTime(log, T0, 3)).toEqual([
      { day: "2025-01-04", reviews: 0, correct: 0, retention: null },
      { day: "2025-01-05", reviews: 3, correct: 2, retention: 2 / 3 },
      { day: "2025-01-06", reviews: 1, correct: 1, retention: 1 },
    ]);
  });

  test("groups days into buckets", () => {
    const log = [entry("a", T0 - 6 * DAY_MS, true), entry("a", T0, false)];
    expect(retentionOverTime(log, T0, 14, undefined, 7).map((b) => [b.day, b.reviews, b.correct])).toEqual([
      ["2024-12-24", 0, 0],
      ["2024-12-31", 2, 1],
    ]);
  });
});

describe("topic mastery", () => {
  const questions = [
    { id: "a1", topic: "alb" as const },
    { id: "a2", topic: "alb" as const },
    { id: "c1", topic: "concurrency" as const },
  ];

  test("averages FSRS recall probability, which decays with time", () => {
    const state = graduated(createSchedulerState(), "a1", T0);
    const reviewedAt = state.cards.a1.lastReview!;
    const fresh = topicMastery(state, questions, reviewedAt);
    const alb = fresh.find((m) => m.topic === "alb")!;
    expect(alb).toMatchObject({ questions: 2, studied: 1 });
    expect(alb.averageRetrievability).toBeCloseTo(1, 5);
    expect(alb.mastery).toBeCloseTo(0.5, 5);
    expect(fresh.find((m) => m.topic === "concurrency")).toMatchObject({
      questions: 1,
      studied: 0,
      averageRetrievability: null,
      mastery: 0,
    });

    const later = topicMastery(state, questions, reviewedAt + 30 * DAY_MS).find((m) => m.topic === "alb")!;
    expect(later.averageRetrievability!).toBeLessThan(0.9);
    expect(later.averageRetrievability!).toBeGreaterThan(0);
  });

  test("a clock behind the last review reads as just reviewed", () => {
    const state = graduated(createSchedulerState(), "a1", T0);
    const alb = topicMastery(state, questions, state.cards.a1.lastReview! - DAY_MS).find(
      (m) => m.topic === "alb",
    )!;
    expect(alb.averageRetrievability).toBeCloseTo(1, 5);
  });

  test("lists every topic, including ones without questions", () => {
    const all = topicMastery(createSchedulerState(), questions, T0);
    expect(all).toHaveLength(15);
    expect(all.find((m) => m.topic === "monitoring")).toMatchObject({ questions: 0, mastery: 0 });
  });
});

describe("my mistakes", () => {
  test("lists questions whose last answer in any mode was wrong, most recent first", () => {
    const log = [
      entry("fixed", T0, false),
      entry("old-miss", T0 + HOUR_MS, false),
      entry("fixed", T0 + 2 * HOUR_MS, true, { source: "practice", grade: null, phaseBefore: null }),
      entry("exam-miss", T0 + 3 * HOUR_MS, false, { source: "exam", grade: null, phaseBefore: null }),
      entry("right", T0 + 4 * HOUR_MS, true),
    ];
    expect(myMistakes(log)).toEqual(["exam-miss", "old-miss"]);
    expect(myMistakes(log, ["old-miss", "right"])).toEqual(["old-miss"]);
  });
});
