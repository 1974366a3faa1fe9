import { describe, expect, test } from "vitest";
import {
  answerCard,
  buryCard,
  createSchedulerState,
  DEFAULT_SCHEDULER_SETTINGS,
  newCardsStudiedToday,
  previewGrades,
  recordAnswers,
  resetCard,
  resolveSchedulerSettings,
  reviewQueue,
  schedulerStateSchema,
  suspendCard,
  unburyCard,
  unsuspendCard,
  type SchedulerState,
} from "@/lib/quiz/scheduler";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "@/lib/quiz/study-day";

// Monday 6 January 2025, 10:00 UTC. Default settings: UTC, study day starts at 04:00.
const T0 = Date.UTC(2025, 0, 6, 10, 0);
const NEXT_DAY_START = Date.UTC(2025, 0, 7, 4, 0);

/** Answers Good at each due time until the card reaches the review phase. */
function graduate(state: SchedulerState, id: string, at: number, settings = DEFAULT_SCHEDULER_SETTINGS) {
  let s = state;
  let t = at;
  for (let i = 0; i < 10; i += 1) {
    const out = answerCard(s, id, { correct: true }, t, settings);
    s = out.state;
    if (out.card.phase === "review") return { state: s, at: t };
    t = out.card.due;
  }
  throw new Error(`card ${id} did not graduate`);
}

describe("learning", () => {
  test("a new card answered right enters learning at the second step", () => {
    const out = answerCard(createSchedulerState(), "q1", { correct: true }, T0);
    expect(out.grade).toBe("good");
    expect(out.card.phase).toBe("learning");
    expect(out.card.due).toBe(T0 + 10 * MINUTE_MS);
    expect(out.card.reps).toBe(1);
    expect(out.state.log).toEqual([
      { questionId: "q1", at: T0, source: "review", correct: true, grade: "good", phaseBefore: "new" },
    ]);
  });

  test("a new card answered wrong comes back after the first step", () => {
    const out = answerCard(createSchedulerState(), "q1", { correct: false }, T0);
    expect(out.card.phase).toBe("learning");
    expect(out.card.due).toBe(T0 + MINUTE_MS);
  });

  test("learning steps come from the settings", () => {
    const settings = resolveSchedulerSettings({ learningSteps: ["5m", "1h"] });
    const wrong = answerCard(createSchedulerState(), "q1", { correct: false }, T0, settings);
    expect(wrong.card.due).toBe(T0 + 5 * MINUTE_MS);
    const right = answerCard(createSchedulerState(), "q1", { correct: true }, T0, settings);
    expect(right.card.due).toBe(T0 + HOUR_MS);
  });

  test("settings are validated with a message naming the field", () => {
    expect(() => resolveSchedulerSettings({ learningSteps: ["10 minutes" as never] })).toThrow(
      /learning step/,
    );
    expect(() => resolveSchedulerSettings({ desiredRetention: 1.5 })).toThrow(/desiredRetention/);
  });
});

describe("review", () => {
  test("intervals grow with each Good answer given on the due date", () => {
    let { state, at } = graduate(createSchedulerState(), "q1", T0);
    const intervals: number[] = [state.cards.q1.scheduledDays];
    for (let i = 0; i < 5; i += 1) {
      at = state.cards.q1.due;
      state = answerCard(state, "q1", { correct: true, grade: "good" }, at).state;
      intervals.push(state.cards.q1.scheduledDays);
    }
    for (let i = 1; i < intervals.length; i += 1) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]);
    expect(state.cards.q1.phase).toBe("review");
  });

  test("Again on a review card resets it to relearning and counts a lapse", () => {
    let { state } = graduate(createSchedulerState(), "q1", T0);
    state = answerCard(state, "q1", { correct: true }, state.cards.q1.due).state;
    const before = state.cards.q1;
    const out = answerCard(state, "q1", { correct: false }, before.due);
    expect(out.card.phase).toBe("relearning");
    expect(out.card.lapses).toBe(1);
    expect(out.card.scheduledDays).toBe(0);
    expect(out.card.due).toBe(before.due + 10 * MINUTE_MS);
    expect(out.card.stability).toBeLessThan(before.stability);
  });

  test("a wrong answer is always graded Again, whatever grade is offered", () => {
    const { state, at } = graduate(createSchedulerState(), "q1", T0);
    const due = state.cards.q1.due;
    const out = answerCard(state, "q1", { correct: false, grade: "easy" }, due);
    expect(out.grade).toBe("again");
    expect(out.card.due).toBe(previewGrades(state, "q1", due).again.due);
    expect(out.card.due).not.toBe(previewGrades(state, "q1", due).easy.due);
    expect(out.state.log.at(-1)).toMatchObject({ correct: false, grade: "again", phaseBefore: "review" });
    expect(at).toBeLessThan(due);
  });

  test("a higher desired retention schedules sooner", () => {
    const low = resolveSchedulerSettings({ desiredRetention: 0.8 });
    const high = resolveSchedulerSettings({ desiredRetention: 0.97 });
    const a = graduate(createSchedulerState(), "q1", T0, low).state;
    const b = graduate(createSchedulerState(), "q1", T0, high).state;
    const nextLow = answerCard(a, "q1", { correct: true }, a.cards.q1.due, low).card;
    const nextHigh = answerCard(b, "q1", { correct: true }, b.cards.q1.due, high).card;
    expect(nextHigh.scheduledDays).toBeLessThan(nextLow.scheduledDays);
  });
});

describe("leeches", () => {
  test("the eighth lapse flags the card, suspends it and emits a notice", () => {
    let { state } = graduate(createSchedulerState(), "q1", T0);
    const noticesAt: number[] = [];
    for (let lapse = 1; lapse <= 12; lapse += 1) {
      if (state.cards.q1.suspended) state = unsuspendCard(state, "q1");
      const out = answerCard(state, "q1", { correct: false }, state.cards.q1.due);
      expect(out.card.lapses).toBe(lapse);
      if (out.events.length > 0) {
        noticesAt.push(lapse);
        expect(out.events[0]).toMatchObject({ type: "leech", questionId: "q1", lapses: lapse });
        expect(out.events[0].message).toMatch(/suspended/);
        expect(out.card).toMatchObject({ leech: true, suspended: true });
        expect(reviewQueue(out.state, ["q1"], out.card.due).ids).toEqual([]);
      } else {
        expect(out.card.suspended).toBe(false);
      }
      state = graduate(out.state, "q1", out.card.due).state;
    }
    // First at the threshold, then every half threshold, as Anki does.
    expect(noticesAt).toEqual([8, 12]);
    expect(state.cards.q1.leech).toBe(true);
  });

  test("the leech threshold is a setting", () => {
    const settings = resolveSchedulerSettings({ leechThreshold: 2 });
    let { state } = graduate(createSchedulerState(), "q1", T0, settings);
    state = graduate(
      answerCard(state, "q1", { correct: false }, state.cards.q1.due, settings).state,
      "q1",
      state.cards.q1.due + 10 * MINUTE_MS,
      settings,
    ).state;
    const second = answerCard(state, "q1", { correct: false }, state.cards.q1.due, settings);
    expect(second.events.map((e) => e.type)).toEqual(["leech"]);
  });
});

describe("daily queue", () => {
  const bank = Array.from({ length: 30 }, (_, i) => `q${i + 1}`);
  const settings = resolveSchedulerSettings({ newCardsPerDay: 5 });

  test("offers new cards in bank order up to the daily limit", () => {
    const queue = reviewQueue(createSchedulerState(), bank, T0, settings);
    expect(queue.ids).toEqual(["q1", "q2", "q3", "q4", "q5"]);
    expect(queue).toMatchObject({ new: 5, learning: 0, review: 0, newLeftToday: 0 });
  });

  test("new cards studied today count against the limit until the next study day", () => {
    let state = createSchedulerState();
    for (const id of ["q1", "q2", "q3"]) state = answerCard(state, id, { correct: true }, T0, settings).state;
    expect(newCardsStudiedToday(state, T0, settings)).toBe(3);

    const sameDay = reviewQueue(state, bank, T0 + MINUTE_MS, settings);
    // The three learning cards are due in 10 minutes, inside the 20-minute learn-ahead window.
    expect(sameDay.ids).toEqual(["q1", "q2", "q3", "q4", "q5"]);
    expect(sameDay).toMatchObject({ learning: 3, new: 2 });

    // 03:59 next morning is still the same study day (it starts at 04:00).
    expect(reviewQueue(state, bank, NEXT_DAY_START - MINUTE_MS, settings).new).toBe(2);
    expect(reviewQueue(state, bank, NEXT_DAY_START, settings).new).toBe(5);
  });

  test("learning cards beyond the learn-ahead window wait, and nextDueAt says when", () => {
    let state = createSchedulerState();
    state = answerCard(state, "q1", { correct: true }, T0, settings).state;
    const queue = reviewQueue(
      state,
      ["q1"],
      T0,
      resolveSchedulerSettings({ newCardsPerDay: 5, learnAheadMinutes: 0 }),
    );
    expect(queue.ids).toEqual([]);
    expect(queue.nextDueAt).toBe(T0 + 10 * MINUTE_MS);
  });

  test("orders learning, then due reviews most overdue first, then new", () => {
    let state = createSchedulerState();
    state = graduate(state, "a", T0 - 20 * DAY_MS).state;
    state = graduate(state, "b", T0 - 30 * DAY_MS).state;
    state = answerCard(state, "c", { correct: false }, T0 - 5 * MINUTE_MS).state;
    const queue = reviewQueue(
      state,
      ["a", "b", "c", "d"],
      T0,
      resolveSchedulerSettings({ newCardsPerDay: 100 }),
    );
    expect(queue.ids).toEqual(["c", "b", "a", "d"]);
  });

  test("ignores cards whose questions left the bank", () => {
    const state = graduate(createSchedulerState(), "gone", T0 - 30 * DAY_MS).state;
    expect(reviewQueue(state, ["q1"], T0, settings).ids).toEqual(["q1"]);
  });

  test("bury hides a card until the next study day", () => {
    let state = graduate(createSchedulerState(), "q1", T0 - 30 * DAY_MS).state;
    expect(reviewQueue(state, ["q1"], T0, settings).ids).toEqual(["q1"]);
    state = buryCard(state, "q1", T0, settings);
    expect(state.cards.q1.buriedUntil).toBe(NEXT_DAY_START);
    expect(reviewQueue(state, ["q1"], T0, settings).ids).toEqual([]);
    expect(reviewQueue(state, ["q1"], NEXT_DAY_START - 1, settings).ids).toEqual([]);
    expect(reviewQueue(state, ["q1"], NEXT_DAY_START, settings).ids).toEqual(["q1"]);
    expect(reviewQueue(unburyCard(state, "q1"), ["q1"], T0, settings).ids).toEqual(["q1"]);
  });

  test("bury respects the learner's time zone", () => {
    // UTC+2: the study day starts at 04:00 local, which is 02:00 UTC.
    const local = resolveSchedulerSettings({ utcOffsetMinutes: 120 });
    const state = buryCard(createSchedulerState(), "q1", T0, local);
    expect(state.cards.q1.buriedUntil).toBe(Date.UTC(2025, 0, 7, 2, 0));
  });

  test("suspend removes a card (even a new one) until unsuspended", () => {
    let state = suspendCard(createSchedulerState(), "q1", T0);
    expect(reviewQueue(state, ["q1", "q2"], T0, settings).ids).toEqual(["q2"]);
    state = unsuspendCard(state, "q1");
    expect(reviewQueue(state, ["q1", "q2"], T0, settings).ids).toEqual(["q1", "q2"]);
  });

  test("reset makes a studied card new again", () => {
    let state = graduate(createSchedulerState(), "q1", T0).state;
    state = resetCard(state, "q1", T0 + DAY_MS);
    expect(state.cards.q1).toMatchObject({ phase: "new", reps: 0, lapses: 0 });
  });
});

describe("practice and exam answers", () => {
  test("are logged without rescheduling", () => {
    const graduated = graduate(createSchedulerState(), "q1", T0).state;
    const state = recordAnswers(graduated, [{ questionId: "q1", correct: false }], T0 + HOUR_MS, "practice");
    expect(state.cards).toEqual(graduated.cards);
    expect(state.log.at(-1)).toEqual({
      questionId: "q1",
      at: T0 + HOUR_MS,
      source: "practice",
      correct: false,
      grade: null,
      phaseBefore: null,
    });
  });
});

describe("determinism and persistence", () => {
  function script(start: SchedulerState) {
    let state = start;
    let t = T0;
    const answers = [true, false, true, true, false, true, true, true];
    for (const [i, correct] of answers.entries()) {
      for (const id of ["q1", "q2"]) {
        state = answerCard(state, id, { correct, grade: i % 3 === 0 ? "easy" : "good" }, t).state;
      }
      t += 3 * DAY_MS + 7 * HOUR_MS;
    }
    return state;
  }

  test("the same answers at the same times give the same state", () => {
    expect(script(createSchedulerState())).toEqual(script(createSchedulerState()));
  });

  test("state survives a JSON round trip and scheduling continues identically", () => {
    const state = script(createSchedulerState());
    const restored = schedulerStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(restored).toEqual(state);
    const t = T0 + 60 * DAY_MS;
    expect(answerCard(restored, "q1", { correct: true }, t)).toEqual(
      answerCard(state, "q1", { correct: true }, t),
    );
    expect(typeof state.cards.q1.due).toBe("number");
  });

  test("a clock set backwards is treated as no time passing instead of crashing", () => {
    const { state, at } = graduate(createSchedulerState(), "q1", T0);
    const out = answerCard(state, "q1", { correct: true }, at - DAY_MS);
    expect(out.card).toEqual(answerCard(state, "q1", { correct: true }, at).card);
    expect(out.state.log.at(-1)!.at).toBe(at);
    expect(previewGrades(state, "q1", at - DAY_MS)).toEqual(previewGrades(state, "q1", at));
  });

  test("Date and epoch-millisecond inputs are interchangeable", () => {
    const a = answerCard(createSchedulerState(), "q1", { correct: true }, T0);
    const b = answerCard(createSchedulerState(), "q1", { correct: true }, new Date(T0));
    expect(a).toEqual(b);
  });
});
