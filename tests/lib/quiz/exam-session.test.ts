import { describe, expect, test } from "vitest";
import { assembleExam, examFormatById } from "@/lib/quiz/exam";
import {
  autoSubmitIfTimeUp,
  chooseOption,
  formatRemaining,
  goTo,
  isTimeUp,
  remainingMs,
  startAttempt,
  submitAttempt,
  toggleFlag,
  unansweredIds,
  type ExamAttempt,
} from "@/lib/quiz/exam-session";
import { makeBank } from "./make-questions";

const T0 = Date.UTC(2025, 0, 6, 10, 0);
const MIN = 60_000;
const bank = makeBank({ development: 5, security: 5, deployment: 5, troubleshooting: 5 });
const paper = assembleExam(bank, examFormatById("short-10"), "session");
const [first, second] = paper.items.map((i) => i.questionId);

describe("timer", () => {
  test("survives a reload: remaining time is recomputed from the stored start", () => {
    const attempt = startAttempt(paper, T0);
    expect(attempt.timer).toEqual({ startedAt: T0, durationMs: 20 * MIN });
    const reloaded = JSON.parse(JSON.stringify(attempt)) as ExamAttempt;
    expect(remainingMs(reloaded.timer, T0 + 7 * MIN)).toBe(13 * MIN);
    expect(isTimeUp(reloaded.timer, T0 + 20 * MIN - 1)).toBe(false);
    expect(isTimeUp(reloaded.timer, T0 + 20 * MIN)).toBe(true);
    expect(remainingMs(reloaded.timer, T0 + 3 * 60 * MIN)).toBe(0);
  });

  test("a clock set backwards cannot add time", () => {
    const attempt = startAttempt(paper, T0);
    expect(remainingMs(attempt.timer, T0 - 60 * MIN)).toBe(20 * MIN);
  });

  test("formats the countdown", () => {
    expect(formatRemaining(130 * MIN)).toBe("2:10:00");
    expect(formatRemaining(39 * MIN + 59_001)).toBe("40:00");
    expect(formatRemaining(59_000)).toBe("0:59");
    expect(formatRemaining(0)).toBe("0:00");
  });
});

describe("answering", () => {
  test("single keeps the latest choice; multiple toggles", () => {
    let a = startAttempt(paper, T0);
    a = chooseOption(a, first, 2, "single");
    a = chooseOption(a, first, 0, "single");
    expect(a.answers[first]).toEqual([0]);
    a = chooseOption(a, second, 3, "multiple");
    a = chooseOption(a, second, 1, "multiple");
    expect(a.answers[second]).toEqual([1, 3]);
    a = chooseOption(a, second, 3, "multiple");
    expect(a.answers[second]).toEqual([1]);
    expect(() => chooseOption(a, "not-on-paper", 0, "single")).toThrow(/not on this paper/);
  });

  test("flags toggle, navigation clamps, unanswered are listed in paper order", () => {
    let a = startAttempt(paper, T0);
    a = toggleFlag(toggleFlag(toggleFlag(a, first), second), first);
    expect(a.flagged).toEqual([second]);
    expect(goTo(a, 99).current).toBe(9);
    expect(goTo(a, -3).current).toBe(0);
    a = chooseOption(a, second, 0, "single");
    expect(unansweredIds(a)).toEqual(paper.items.map((i) => i.questionId).filter((id) => id !== second));
  });

  test("a submitted attempt refuses further answers", () => {
    const a = submitAttempt(startAttempt(paper, T0), T0 + MIN);
    expect(a).toMatchObject({ submittedAt: T0 + MIN, autoSubmitted: false });
    expect(() => chooseOption(a, first, 0, "single")).toThrow(/already submitted/);
    expect(submitAttempt(a, T0 + 2 * MIN)).toBe(a);
  });

  test("time running out submits at the deadline, even if noticed later", () => {
    const a = startAttempt(paper, T0);
    expect(autoSubmitIfTimeUp(a, T0 + 19 * MIN)).toBe(a);
    const late = autoSubmitIfTimeUp(a, T0 + 45 * MIN);
    expect(late).toMatchObject({ submittedAt: T0 + 20 * MIN, autoSubmitted: true });
  });
});
