import { describe, expect, test } from "vitest";
import { buildPracticeSet } from "@/lib/quiz/practice";
import { makeBank } from "./make-questions";

const bank = makeBank({ development: 20, security: 15, deployment: 10, troubleshooting: 5 });

describe("practice sets", () => {
  test("by topic: every question of that topic and nothing else", () => {
    const set = buildPracticeSet(bank, { kind: "topic", topic: "alb" }, { seed: "a" });
    const expected = bank.filter((q) => q.topic === "alb").map((q) => q.id);
    expect(expected.length).toBeGreaterThan(1);
    expect([...set.items.map((i) => i.questionId)].sort()).toEqual([...expected].sort());
  });

  test("by domain, limited in size, reproducible from its seed", () => {
    const a = buildPracticeSet(bank, { kind: "domain", domain: "security" }, { seed: "s", size: 5 });
    expect(a.items).toHaveLength(5);
    expect(a.items.every((i) => bank.find((q) => q.id === i.questionId)!.domain === "security")).toBe(true);
    expect(
      buildPracticeSet([...bank].reverse(), { kind: "domain", domain: "security" }, { seed: "s", size: 5 }),
    ).toEqual(a);
    const b = buildPracticeSet(bank, { kind: "domain", domain: "security" }, { seed: "t" });
    expect(b.items.map((i) => i.questionId)).not.toEqual(
      buildPracticeSet(bank, { kind: "domain", domain: "security" }, { seed: "s" }).items.map(
        (i) => i.questionId,
      ),
    );
  });

  test("my mistakes keep most-recent-first order and drop ids no longer in the bank", () => {
    const ids = ["security-3", "gone", "development-1", "security-3"];
    const set = buildPracticeSet(bank, { kind: "mistakes", questionIds: ids }, { seed: "m" });
    expect(set.items.map((i) => i.questionId)).toEqual(["security-3", "development-1"]);
    expect(buildPracticeSet(bank, { kind: "mistakes", questionIds: [] }, { seed: "m" }).items).toEqual([]);
  });

  test("options are shuffled into a permutation", () => {
    const set = buildPracticeSet(bank, { kind: "domain", domain: "development" }, { seed: "o" });
    for (const item of set.items) {
      const n = bank.find((q) => q.id === item.questionId)!.options.length;
      expect([...item.optionOrder].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });
});
