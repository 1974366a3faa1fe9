import { describe, expect, test } from "vitest";
import { describeInterval, formatInterval } from "@/components/quiz/format";
import { optionAtPosition, toggleSelection } from "@/components/quiz/question-view";
import type { RenderedQuestion } from "@/lib/content/rendered-question";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe("interval labels on the grade buttons", () => {
  test.each([
    [30_000, "<1m", "less than a minute"],
    [MIN, "1m", "1 minute"],
    [10 * MIN, "10m", "10 minutes"],
    [5 * 60 * MIN, "5h", "5 hours"],
    [DAY, "1d", "1 day"],
    [3 * DAY, "3d", "3 days"],
    [75 * DAY, "2.5mo", "2.5 months"],
    [400 * DAY, "1.1y", "1.1 years"],
  ])("%d ms reads %s", (ms, short, long) => {
    expect(formatInterval(ms)).toBe(short);
    expect(describeInterval(ms)).toBe(long);
  });
});

describe("choosing options by number key", () => {
  const question = (type: "single" | "multiple") =>
    ({
      type,
      options: [0, 1, 2, 3, 4].map(() => ({ html: "", whyHtml: "", correct: false })),
    }) as unknown as RenderedQuestion;

  test("a number picks the option shown at that position, whatever its authored index", () => {
    const q = question("single");
    expect(optionAtPosition(q, [3, 0, 4, 1, 2], 1)).toBe(3);
    expect(optionAtPosition(q, [3, 0, 4, 1, 2], 5)).toBe(2);
    expect(optionAtPosition(q, [3, 0, 4, 1, 2], 6)).toBeNull();
    expect(optionAtPosition(q, undefined, 2)).toBe(1);
  });

  test("a single answer replaces the choice; a multiple answer toggles it", () => {
    expect(toggleSelection(question("single"), [1], 3)).toEqual([3]);
    expect(toggleSelection(question("multiple"), [1], 3)).toEqual([1, 3]);
    expect(toggleSelection(question("multiple"), [1, 3], 1)).toEqual([3]);
  });
});
