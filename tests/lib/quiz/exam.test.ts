import { describe, expect, test } from "vitest";
import { DOMAINS, type Domain } from "@/lib/quiz/curriculum";
import {
  assembleExam,
  availableExamFormats,
  domainQuotas,
  EXAM_FORMATS,
  examFormatById,
  FULL_EXAM,
  InsufficientQuestionsError,
  orderedOptions,
  type ExamPaper,
} from "@/lib/quiz/exam";
import { makeBank, makeQuestion } from "./make-questions";

const bigBank = makeBank({ development: 40, security: 40, deployment: 40, troubleshooting: 40 });

function domainCounts(paper: ExamPaper): Record<Domain, number> {
  const counts = { development: 0, security: 0, deployment: 0, troubleshooting: 0 };
  for (const item of paper.items) counts[item.domain] += 1;
  return counts;
}

describe("domain weighting", () => {
  test("largest-remainder quotas for the real and the short formats", () => {
    expect(domainQuotas(65)).toEqual({ development: 21, security: 17, deployment: 15, troubleshooting: 12 });
    expect(domainQuotas(20)).toEqual({ development: 6, security: 5, deployment: 5, troubleshooting: 4 });
    expect(domainQuotas(10)).toEqual({ development: 3, security: 3, deployment: 2, troubleshooting: 2 });
  });

  test("quotas always sum to the count and stay within one of the exact share", () => {
    for (let n = 0; n <= 120; n += 1) {
      const q = domainQuotas(n);
      expect(DOMAINS.reduce((s, d) => s + q[d], 0)).toBe(n);
      for (const [d, w] of [
        ["development", 32],
        ["security", 26],
        ["deployment", 24],
        ["troubleshooting", 18],
      ] as const) {
        expect(Math.abs(q[d] - (n * w) / 100)).toBeLessThan(1);
      }
    }
  });

  test("rejects a count that is not a whole number", () => {
    expect(() => domainQuotas(2.5)).toThrow(/whole number/);
  });
});

describe("assembly", () => {
  test("the full exam has 65 questions, weighted by domain, none repeated, 130 minutes", () => {
    const paper = assembleExam(bigBank, FULL_EXAM, "seed-1");
    expect(paper.items).toHaveLength(65);
    expect(paper.durationMs).toBe(130 * 60_000);
    expect(new Set(paper.items.map((i) => i.questionId)).size).toBe(65);
    expect(domainCounts(paper)).toEqual(domainQuotas(65));
  });

  test("every question's options are shuffled into a permutation", () => {
    const paper = assembleExam(bigBank, FULL_EXAM, "seed-1");
    const byId = new Map(bigBank.map((q) => [q.id, q]));
    for (const item of paper.items) {
      const n = byId.get(item.questionId)!.options.length;
      expect([...item.optionOrder].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
    }
    const identity = paper.items.filter((i) => i.optionOrder.every((v, k) => v === k)).length;
    expect(identity).toBeLessThan(10);
  });

  test("questions from all domains are mixed, not grouped", () => {
    const domains = assembleExam(bigBank, FULL_EXAM, "seed-1").items.map((i) => i.domain);
    const changes = domains.filter((d, i) => i > 0 && d !== domains[i - 1]).length;
    expect(changes).toBeGreaterThan(20);
  });

  test("a domain's quota is spread over its topics", () => {
    const paper = assembleExam(bigBank, FULL_EXAM, "seed-2");
    const byId = new Map(bigBank.map((q) => [q.id, q]));
    const perTopic = new Map<string, number>();
    for (const item of paper.items.filter((i) => i.domain === "development")) {
      const topic = byId.get(item.questionId)!.topic;
      perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
    }
    // 21 development questions over the 15 topics the pool covers: each topic once or twice.
    expect(perTopic.size).toBe(15);
    expect(Math.max(...perTopic.values())).toBe(2);
  });

  test("the same seed gives the same paper, whatever the bank's order", () => {
    const a = assembleExam(bigBank, FULL_EXAM, "repeatable");
    expect(assembleExam(bigBank, FULL_EXAM, "repeatable")).toEqual(a);
    expect(assembleExam([...bigBank].reverse(), FULL_EXAM, "repeatable")).toEqual(a);
    const b = assembleExam(bigBank, FULL_EXAM, "another");
    expect(b.items.map((i) => i.questionId)).not.toEqual(a.items.map((i) => i.questionId));
  });

  test("shorter timed sets keep the weighting at two minutes a question", () => {
    for (const id of ["short-20", "short-10"]) {
      const format = examFormatById(id);
      const paper = assembleExam(bigBank, format, "s");
      expect(paper.items).toHaveLength(format.questionCount);
      expect(paper.durationMs).toBe(format.questionCount * 2 * 60_000);
      expect(domainCounts(paper)).toEqual(domainQuotas(format.questionCount));
    }
    expect(() => examFormatById("long")).toThrow(
      /unknown exam format "long"; use one of: full, short-20, short-10/,
    );
  });

  test("a duplicated question in the input is never asked twice", () => {
    const bank = makeBank({ development: 3, security: 3, deployment: 2, troubleshooting: 2 });
    const paper = assembleExam([...bank, ...bank], examFormatById("short-10"), "dup");
    expect(new Set(paper.items.map((i) => i.questionId)).size).toBe(10);
  });
});

describe("insufficient bank", () => {
  const small = makeBank({ development: 30, security: 5, deployment: 20, troubleshooting: 0 });

  test("names each domain that is short, how many it needs and has", () => {
    let error: unknown;
    try {
      assembleExam(small, FULL_EXAM, "x");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InsufficientQuestionsError);
    const e = error as InsufficientQuestionsError;
    expect(e.shortfalls).toEqual([
      { domain: "security", needed: 17, available: 5 },
      { domain: "troubleshooting", needed: 12, available: 0 },
    ]);
    expect(e.message).toMatch(/Security \(domain: security\) needs 17, the bank has 5/);
    expect(e.message).toMatch(
      /Troubleshooting and Optimization \(domain: troubleshooting\) needs 12, the bank has 0/,
    );
    expect(e.message).toMatch(
      /Add questions with those domains to content\/questions, or choose a shorter format/,
    );
  });

  test("lists only the formats the bank can fill", () => {
    const bank = makeBank({ development: 30, security: 5, deployment: 20, troubleshooting: 4 });
    expect(availableExamFormats(bank).map((f) => f.id)).toEqual(["short-20", "short-10"]);
    expect(availableExamFormats(bigBank)).toEqual(EXAM_FORMATS);
    expect(availableExamFormats([])).toEqual([]);
  });
});

describe("option display", () => {
  test("maps display positions to authored option indices", () => {
    const q = makeQuestion("q", "development");
    const shown = orderedOptions(q, [2, 0, 3, 1]);
    expect(shown.map((o) => o.index)).toEqual([2, 0, 3, 1]);
    expect(shown[1].option.correct).toBe(true);
    expect(() => orderedOptions(q, [0, 1, 2])).toThrow(/draw a new paper/);
  });
});
