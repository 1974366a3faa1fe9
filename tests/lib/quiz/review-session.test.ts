import { describe, expect, test } from "vitest";
import { nextCardId, reviewOptionOrder } from "@/lib/quiz/review-session";
import { answerCard, createSchedulerState, reviewQueue } from "@/lib/quiz/scheduler";

const T0 = Date.UTC(2026, 0, 5, 10);
const MIN = 60_000;

describe("next card in a review session", () => {
  test("a card answered Again waits behind the new cards until it is due", () => {
    const { state } = answerCard(createSchedulerState(), "a", { correct: false }, T0);
    const queue = reviewQueue(state, ["a", "b", "c"], T0);
    expect(queue.ids).toEqual(["a", "b", "c"]);
    expect(nextCardId(queue, state.cards, T0, "a")).toBe("b");
    // One minute later its step is due and it comes before the new cards again.
    expect(nextCardId(reviewQueue(state, ["a", "b", "c"], T0 + MIN), state.cards, T0 + MIN, "b")).toBe("a");
  });

  test("a learning card not yet due is shown when nothing else is left", () => {
    const { state } = answerCard(createSchedulerState(), "a", { correct: true, grade: "good" }, T0);
    const queue = reviewQueue(state, ["a"], T0 + MIN);
    expect(nextCardId(queue, state.cards, T0 + MIN, "a")).toBe("a");
  });

  test("an empty queue ends the session", () => {
    expect(nextCardId({ ids: [] }, {}, T0)).toBeNull();
  });
});

describe("review option order", () => {
  test("is a permutation that is stable for one showing and changes between reviews", () => {
    const first = reviewOptionOrder("q", 5, 0);
    expect([...first].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(reviewOptionOrder("q", 5, 0)).toEqual(first);
    const later = [1, 2, 3, 4, 5].map((reps) => reviewOptionOrder("q", 5, reps).join());
    expect(later.some((o) => o !== first.join())).toBe(true);
  });
});
