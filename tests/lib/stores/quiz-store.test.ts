import { describe, expect, test } from "vitest";
import { makeBank } from "@/tests/lib/quiz/make-questions";
import { assembleExam, examFormatById } from "@/lib/quiz/exam";
import { reviewQueue } from "@/lib/quiz/scheduler";
import { myMistakes } from "@/lib/quiz/review-stats";
import { correctOptionIndices } from "@/lib/quiz/schema";
import { applyImport, buildExport, parseImport } from "@/lib/stores/export-import";
import { createMemoryStorage } from "@/lib/stores/persisted-store";
import { persistedStoreSpecs } from "@/lib/stores/persisted-stores";
import { listQuarantined, type QuarantineNotice } from "@/lib/stores/quarantine";
import { createQuizStore, quizSpec } from "@/lib/stores/quiz-store";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 2, 2, 9, 0); // a Monday morning, UTC

function setup(storage = createMemoryStorage(), start = T0) {
  let t = start;
  const notices: QuarantineNotice[] = [];
  const store = createQuizStore({ storage, now: () => t, onQuarantine: (n) => notices.push(n) });
  return {
    storage,
    store,
    notices,
    advance: (ms: number) => (t += ms),
    now: () => t,
  };
}

async function loaded(storage = createMemoryStorage(), start = T0) {
  const s = setup(storage, start);
  await s.store.persist.rehydrate();
  return s;
}

describe("quiz store: spaced repetition", () => {
  test("a right answer schedules the card by the injected clock and a reload keeps it", async () => {
    const { storage, store } = await loaded();
    const outcome = await store.getState().answerReview("q1", { correct: true, grade: "good" });
    expect(outcome.grade).toBe("good");
    // Learning steps 1m and 10m: Good on a new card moves to the 10 minute step.
    expect(store.getState().scheduler.cards.q1.due).toBe(T0 + 10 * MIN);
    expect(store.getState().scheduler.log).toEqual([
      { questionId: "q1", at: T0, source: "review", correct: true, grade: "good", phaseBefore: "new" },
    ]);

    const { store: reloaded } = await loaded(storage, T0 + MIN);
    expect(reloaded.getState().scheduler).toEqual(store.getState().scheduler);
  });

  test("a wrong answer is graded Again whatever grade the learner picked", async () => {
    const { store } = await loaded();
    const outcome = await store.getState().answerReview("q1", { correct: false, grade: "easy" });
    expect(outcome.grade).toBe("again");
    expect(store.getState().scheduler.cards.q1.due).toBe(T0 + MIN);
  });

  test("a card graded through its learning steps leaves today's queue and comes back on its due day", async () => {
    const { store, advance, now } = await loaded();
    const bank = ["q1", "q2"];
    await store.getState().answerReview("q1", { correct: true, grade: "good" });
    advance(10 * MIN);
    await store.getState().answerReview("q1", { correct: true, grade: "good" });
    const card = store.getState().scheduler.cards.q1;
    expect(card.phase).toBe("review");
    const queue = reviewQueue(store.getState().scheduler, bank, now(), store.getState().settings);
    expect(queue.ids).toEqual(["q2"]);
    advance(card.due - now());
    expect(reviewQueue(store.getState().scheduler, bank, now(), store.getState().settings).ids[0]).toBe("q1");
  });

  test("the eighth lapse flags a leech, suspends it and reports it", async () => {
    const { store, advance, now } = await loaded();
    const card = () => store.getState().scheduler.cards.q1;
    await store.getState().answerReview("q1", { correct: true, grade: "easy" });
    let events: string[] = [];
    for (let lapse = 1; lapse <= 8; lapse += 1) {
      expect(card().phase).toBe("review");
      advance(card().due - now());
      const outcome = await store.getState().answerReview("q1", { correct: false });
      events = outcome.events.map((e) => e.type);
      if (lapse < 8) {
        expect(events).toEqual([]);
        advance(card().due - now());
        await store.getState().answerReview("q1", { correct: true, grade: "good" });
      }
    }
    expect(events).toEqual(["leech"]);
    expect(card()).toMatchObject({ lapses: 8, leech: true, suspended: true });
    store.getState().unsuspend("q1");
    expect(card()).toMatchObject({ leech: true, suspended: false });
  });

  test("suspend and bury hide a card; bury lasts until the next study day", async () => {
    const { store, advance, now } = await loaded();
    store.getState().suspend("q1");
    store.getState().bury("q2");
    const settings = store.getState().settings;
    expect(reviewQueue(store.getState().scheduler, ["q1", "q2", "q3"], now(), settings).ids).toEqual(["q3"]);
    advance(DAY);
    expect(reviewQueue(store.getState().scheduler, ["q1", "q2", "q3"], now(), settings).ids).toEqual([
      "q2",
      "q3",
    ]);
    store.getState().unsuspend("q1");
    expect(reviewQueue(store.getState().scheduler, ["q1", "q2", "q3"], now(), settings).ids).toEqual([
      "q1",
      "q2",
      "q3",
    ]);
  });

  test("a lesson check puts a new card into the deck but only logs a card that is not due", async () => {
    const { store, advance } = await loaded();
    const first = await store.getState().answerCheck("check-1", true);
    expect(first.scheduled).toBe(true);
    expect(first.card?.phase).toBe("learning");
    const due = store.getState().scheduler.cards["check-1"].due;

    advance(MIN);
    const again = await store.getState().answerCheck("check-1", false);
    expect(again.scheduled).toBe(false);
    expect(store.getState().scheduler.cards["check-1"].due).toBe(due);
    expect(myMistakes(store.getState().scheduler.log)).toEqual(["check-1"]);

    advance(10 * MIN);
    expect((await store.getState().answerCheck("check-1", true)).scheduled).toBe(true);
    expect(store.getState().scheduler.cards["check-1"].due).toBeGreaterThan(due);
  });

  test("settings are validated and a bad value leaves them unchanged", async () => {
    const { store } = await loaded();
    expect(store.getState().updateSettings({ newCardsPerDay: 5, desiredRetention: 0.85 })).toBeNull();
    expect(store.getState().settings).toMatchObject({ newCardsPerDay: 5, desiredRetention: 0.85 });
    expect(store.getState().updateSettings({ desiredRetention: 0.5 })).toMatch(/^Desired retention:/);
    expect(store.getState().updateSettings({ learningSteps: ["ten minutes" as "10m"] })).toMatch(
      /^Learning steps:/,
    );
    expect(store.getState().settings).toMatchObject({ desiredRetention: 0.85, learningSteps: ["1m", "10m"] });
  });

  test("the new-card limit comes from the settings", async () => {
    const { store, now } = await loaded();
    store.getState().updateSettings({ newCardsPerDay: 2 });
    await store.getState().answerReview("a", { correct: true, grade: "easy" });
    const queue = reviewQueue(
      store.getState().scheduler,
      ["a", "b", "c", "d"],
      now(),
      store.getState().settings,
    );
    expect(queue.new).toBe(1);
    expect(queue.newLeftToday).toBe(0);
  });
});

describe("quiz store: exams", () => {
  const bank = makeBank({ development: 8, security: 7, deployment: 6, troubleshooting: 5 });
  const byId = new Map(bank.map((q) => [q.id, q]));
  const format = examFormatById("short-10");

  test("an exam in progress survives a reload with its answers, flags and timer", async () => {
    const { storage, store, advance } = await loaded();
    const paper = assembleExam(bank, format, "seed-1");
    store.getState().startExam(paper);
    const [first, second] = paper.items;
    const right = correctOptionIndices(byId.get(first.questionId)!)[0];
    store.getState().chooseExamOption(first.questionId, right, byId.get(first.questionId)!.type);
    store.getState().toggleExamFlag(second.questionId);
    store.getState().goToExamQuestion(1);
    advance(5 * MIN);

    const { store: reloaded } = await loaded(storage, T0 + 5 * MIN);
    const active = reloaded.getState().activeExam!;
    expect(active.attempt.answers[first.questionId]).toEqual([right]);
    expect(active.attempt.flagged).toEqual([second.questionId]);
    expect(active.attempt.current).toBe(1);
    // The timer is stored as its start, so the reload did not give time back.
    expect(active.attempt.timer).toEqual({ startedAt: T0, durationMs: 20 * MIN });
  });

  test("submitting scores the exam, files it in the history and logs the answers", async () => {
    const { store, advance } = await loaded();
    const paper = assembleExam(bank, format, "seed-2");
    store.getState().startExam(paper);
    for (const item of paper.items.slice(0, 7)) {
      const q = byId.get(item.questionId)!;
      for (const i of correctOptionIndices(q)) store.getState().chooseExamOption(q.id, i, q.type);
    }
    advance(3 * MIN);
    const entry = store.getState().submitExam(byId)!;
    expect(entry).toMatchObject({ total: 10, correct: 7, scaled: 730, passed: true });
    expect(entry.attempt.submittedAt).toBe(T0 + 3 * MIN);
    expect(entry.byDomain.reduce((n, d) => n + d.total, 0)).toBe(10);
    expect(store.getState().activeExam).toBeNull();
    expect(store.getState().examHistory).toEqual([entry]);
    expect(store.getState().scheduler.log.filter((e) => e.source === "exam")).toHaveLength(7);
    // Exam answers never reschedule cards.
    expect(store.getState().scheduler.cards).toEqual({});
  });

  test("time running out while the tab was closed submits at the deadline on the next load", async () => {
    const { storage, store } = await loaded();
    store.getState().startExam(assembleExam(bank, format, "seed-3"));
    const { store: later } = await loaded(storage, T0 + 25 * MIN);
    const entry = later.getState().autoSubmitExamIfTimeUp(byId)!;
    expect(later.getState().examHistory).toEqual([entry]);
    expect(entry.attempt).toMatchObject({ submittedAt: T0 + 20 * MIN, autoSubmitted: true });
    expect(entry).toMatchObject({ correct: 0, scaled: 100, passed: false });
  });

  test("before time is up, the automatic submit does nothing", async () => {
    const { store, advance } = await loaded();
    store.getState().startExam(assembleExam(bank, format, "seed-4"));
    advance(19 * MIN);
    expect(store.getState().autoSubmitExamIfTimeUp(byId)).toBeNull();
    expect(store.getState().activeExam).not.toBeNull();
  });
});

describe("quiz store: persistence", () => {
  test("cards, settings, the exam in progress and the history round-trip through export and import", async () => {
    const bank = makeBank({ development: 4, security: 3, deployment: 2, troubleshooting: 2 });
    const { storage, store, advance } = await loaded();
    await store.getState().answerReview("q1", { correct: true, grade: "hard" });
    store.getState().updateSettings({ newCardsPerDay: 7, utcOffsetMinutes: 120 });
    store.getState().startExam(assembleExam(bank, examFormatById("short-10"), "a"));
    store.getState().submitExam(new Map(bank.map((q) => [q.id, q])));
    advance(MIN);
    store.getState().startExam(assembleExam(bank, examFormatById("short-10"), "b"));

    const file = JSON.stringify(buildExport(persistedStoreSpecs, storage, T0));
    const target = createMemoryStorage();
    applyImport(target, parseImport(persistedStoreSpecs, file));
    const { store: imported } = await loaded(target);
    const pick = (s: ReturnType<typeof store.getState>) => ({
      scheduler: s.scheduler,
      settings: s.settings,
      activeExam: s.activeExam,
      examHistory: s.examHistory,
    });
    expect(pick(imported.getState())).toEqual(pick(store.getState()));
    expect(imported.getState().settings.newCardsPerDay).toBe(7);
    expect(imported.getState().examHistory).toHaveLength(1);
  });

  test("an import with damaged quiz data is rejected naming the quiz data", () => {
    const text = JSON.stringify({
      app: "lambda-lab",
      kind: "progress-export",
      format: 1,
      exportedAt: "",
      stores: {
        [quizSpec.key]: { version: 1, state: { scheduler: { cards: { q1: { due: "soon" } }, log: [] } } },
      },
    });
    expect(() => parseImport(persistedStoreSpecs, text)).toThrow(/quiz data in this file cannot be used/);
  });

  test("corrupt saved quiz data is kept aside and the store starts clean", async () => {
    const raw = JSON.stringify({ version: 1, state: { scheduler: { cards: [], log: [] } } });
    const storage = createMemoryStorage({ [quizSpec.key]: raw });
    const { store, notices } = await loaded(storage);
    expect(store.getState().scheduler).toEqual({ cards: {}, log: [] });
    expect(notices).toHaveLength(1);
    expect(listQuarantined(storage).map((q) => q.value)).toEqual([raw]);
  });

  test("the device's UTC offset is the default until the learner saves one", async () => {
    const storage = createMemoryStorage();
    const store = createQuizStore({ storage, now: () => T0, utcOffsetMinutes: -300 });
    await store.persist.rehydrate();
    expect(store.getState().settings.utcOffsetMinutes).toBe(-300);
    store.getState().updateSettings({ utcOffsetMinutes: 60 });
    const again = createQuizStore({ storage, now: () => T0, utcOffsetMinutes: -300 });
    await again.persist.rehydrate();
    expect(again.getState().settings.utcOffsetMinutes).toBe(60);
  });
});
