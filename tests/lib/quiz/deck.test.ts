import { createEmptyCard } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { newCardState } from "@/lib/quiz/deck";
import { toFsrsCard } from "@/lib/quiz/scheduler";

describe("deck without FSRS", () => {
  test("a new card is exactly ts-fsrs's empty card, so FSRS schedules it the same", () => {
    const at = Date.UTC(2026, 0, 5, 10);
    expect(toFsrsCard(newCardState(at))).toEqual(createEmptyCard(new Date(at)));
  });
});
