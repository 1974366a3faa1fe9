import { describe, expect, test } from "vitest";
import { assembleExam, examFormatById } from "@/lib/quiz/exam";
import { chooseOption, startAttempt, submitAttempt, toggleFlag } from "@/lib/quiz/exam-session";
import { correctOptionIndices } from "@/lib/quiz/schema";
import {
  isCorrectSelection,
  minimumCorrectToPass,
  PASSING_FRACTION,
  requiredSelections,
  reviewItems,
  scaledScore,
  scoreExam,
} from "@/lib/quiz/scoring";
import { makeBank, makeQuestion } from "./make-questions";

describe("answer checking", () => {
  test("single: only the correct option", () => {
    const q = makeQuestion("s", "development");
    expect(isCorrectSelection(q, [0])).toBe(true);
    expect(isCorrectSelection(q, [1])).toBe(false);
    expect(isCorrectSelection(q, [])).toBe(false);
    expect(isCorrectSelection(q, [0, 1])).toBe(false);
  });

  test("multiple: right only when the selected set equals the correct set", () => {
    const q = makeQuestion("m", "development", "alb", "multiple");
    expect(correctOptionIndices(q)).toEqual([0, 2]);
    expect(requiredSelections(q)).toBe(2);
    expect(isCorrectSelection(q, [2, 0])).toBe(true);
    expect(isCorrectSelection(q, [0, 2, 2])).toBe(true);
    expect(isCorrectSelection(q, [0])).toBe(false);
    expect(isCorrectSelection(q, [0, 2, 4])).toBe(false);
    expect(isCorrectSelection(q, [0, 1])).toBe(false);
  });
});

describe("scaled score", () => {
  test("runs from 100 to 1000", () => {
    expect(scaledScore(0, 65)).toBe(100);
    expect(scaledScore(65, 65)).toBe(1000);
    expect(scaledScore(0, 0)).toBe(100);
    for (let c = 1; c <= 65; c += 1)
      expect(scaledScore(c, 65)).toBeGreaterThanOrEqual(scaledScore(c - 1, 65));
  });

  test("720 needs 62/90 of the answers right (68.9%)", () => {
    expect(PASSING_FRACTION).toBeCloseTo(0.6889, 4);
    expect(scaledScore(44, 65)).toBe(709);
    expect(scaledScore(45, 65)).toBe(723);
    expect(scaledScore(62, 90)).toBe(720);
    expect(scaledScore(61, 90)).toBe(710);
    expect(minimumCorrectToPass(65)).toBe(45);
    expect(minimumCorrectToPass(20)).toBe(14);
    expect(minimumCorrectToPass(10)).toBe(7);
    for (let total = 1; total <= 100; total += 1) {
      for (let c = 0; c <= total; c += 1) {
        expect(scaledScore(c, total) >= 720).toBe(c * 90 >= 62 * total);
      }
      expect(scaledScore(minimumCorrectToPass(total), total)).toBeGreaterThanOrEqual(720);
      expect(scaledScore(minimumCorrectToPass(total) - 1, total)).toBeLessThan(720);
    }
  });
});

describe("exam results", () => {
  const bank = makeBank({ development: 5, security: 5, deployment: 5, troubleshooting: 5 });
  const byId = new Map(bank.map((q) => [q.id, q]));
  const paper = assembleExam(bank, examFormatById("short-10"), "score");
  const T0 = Date.UTC(2025, 0, 6, 10);

  /** Answers the first `right` questions correctly and the rest wrongly, flagging every third. */
  function sit(right: number) {
    let a = startAttempt(paper, T0);
    paper.items.forEach((item, i) => {
      const q = byId.get(item.questionId)!;
      const picks = i < right ? correctOptionIndices(q) : [1];
      for (const p of picks) a = chooseOption(a, q.id, p, q.type);
      if (i % 3 === 0) a = toggleFlag(a, q.id);
    });
    return submitAttempt(a, T0 + 5 * 60_000);
  }

  test("7 of 10 passes, 6 of 10 fails, with a per-domain breakdown", () => {
    const pass = scoreExam(sit(7), byId);
    expect(pass).toMatchObject({ total: 10, correct: 7, scaled: 730, passed: true, fraction: 0.7 });
    const fail = scoreExam(sit(6), byId);
    expect(fail).toMatchObject({ correct: 6, scaled: 640, passed: false });

    expect(pass.byDomain.map((d) => d.domain)).toEqual([
      "development",
      "security",
      "deployment",
      "troubleshooting",
    ]);
    expect(pass.byDomain.map((d) => d.total)).toEqual([3, 3, 2, 2]);
    expect(pass.byDomain.reduce((n, d) => n + d.correct, 0)).toBe(7);
    for (const d of pass.byDomain) {
      const expected = pass.items.filter((i) => i.domain === d.domain && i.correct).length;
      expect(d.correct).toBe(expected);
      expect(d.fraction).toBe(expected / d.total);
    }
  });

  test("review lists all, wrong and flagged questions in paper order", () => {
    const result = scoreExam(sit(7), byId);
    const ids = paper.items.map((i) => i.questionId);
    expect(reviewItems(result, "all").map((i) => i.questionId)).toEqual(ids);
    expect(reviewItems(result, "wrong").map((i) => i.questionId)).toEqual(ids.slice(7));
    expect(reviewItems(result, "flagged").map((i) => i.questionId)).toEqual([ids[0], ids[3], ids[6], ids[9]]);
  });

  test("unanswered questions are wrong", () => {
    const result = scoreExam(submitAttempt(startAttempt(paper, T0), T0 + 1), byId);
    expect(result).toMatchObject({ correct: 0, scaled: 100, passed: false });
    expect(result.items.every((i) => !i.answered)).toBe(true);
  });

  test("refuses to score an open attempt or a paper whose question left the bank", () => {
    expect(() => scoreExam(startAttempt(paper, T0), byId)).toThrow(/not been submitted/);
    const partial = new Map(byId);
    partial.delete(paper.items[4].questionId);
    expect(() => scoreExam(sit(10), partial)).toThrow(/no longer in the bank/);
  });

  test("accepts a plain record of questions as well as a Map", () => {
    expect(scoreExam(sit(8), Object.fromEntries(byId)).correct).toBe(8);
  });
});
