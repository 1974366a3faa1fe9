import { describe, expect, test } from "vitest";
import { buildExport, parseImport } from "@/lib/stores/export-import";
import { codeFor, createExerciseStore } from "@/lib/stores/exercise-store";
import { createMemoryStorage } from "@/lib/stores/persisted-store";
import { persistedStoreSpecs } from "@/lib/stores/persisted-stores";

const KEY = "lambda-lab:exercises";
const T0 = Date.UTC(2026, 0, 10, 12);

function store(storage = createMemoryStorage(), start = T0) {
  let t = start;
  const s = createExerciseStore({ storage, now: () => t });
  return { s, storage, tick: (ms: number) => (t += ms) };
}

const run = (statuses: ("passed" | "failed")[]) => ({
  checksVersion: "abcdefabcdef",
  files: { "index.mjs": "code" },
  results: statuses.map((status, i) => ({ id: `c${i}`, title: `Check ${i}`, status, message: status })),
});

describe("the exercise store", () => {
  test("keeps edits over the starter and resets to it", () => {
    const { s } = store();
    expect(codeFor(s.getState().exercises["env-config"], { "index.mjs": "starter" })).toEqual({ "index.mjs": "starter" });
    s.getState().editFile("env-config", "index.mjs", "mine");
    expect(codeFor(s.getState().exercises["env-config"], { "index.mjs": "starter" })).toEqual({ "index.mjs": "mine" });
    s.getState().resetCode("env-config");
    expect(codeFor(s.getState().exercises["env-config"], { "index.mjs": "starter" })).toEqual({ "index.mjs": "starter" });
  });

  test("records runs and reports the first pass only once", () => {
    const { s, tick } = store();
    expect(s.getState().recordRun("env-config", run(["passed", "failed"]))).toEqual({ firstPass: false });
    expect(s.getState().exercises["env-config"].passedAt).toBeNull();
    tick(60_000);
    expect(s.getState().recordRun("env-config", run(["passed", "passed"]))).toEqual({ firstPass: true });
    expect(s.getState().exercises["env-config"].passedAt).toBe(T0 + 60_000);
    tick(60_000);
    expect(s.getState().recordRun("env-config", run(["passed", "failed"]))).toEqual({ firstPass: false });
    expect(s.getState().exercises["env-config"].passedAt).toBe(T0 + 60_000); // passing once is kept
    expect(s.getState().exercises["env-config"].lastRun?.at).toBe(T0 + 120_000);
  });

  test("reveals hints one at a time up to the last, and remembers the solution was shown", () => {
    const { s, tick } = store();
    for (let i = 0; i < 5; i++) s.getState().revealHint("alb-hello", 3);
    expect(s.getState().exercises["alb-hello"].hintsShown).toBe(3);
    s.getState().revealSolution("alb-hello");
    tick(1000);
    s.getState().revealSolution("alb-hello");
    expect(s.getState().exercises["alb-hello"].solutionShownAt).toBe(T0);
  });

  test("keeps the first opening time of an assignment and the student's name", () => {
    const { s, tick } = store();
    const a = { id: "abcdefgh1234", title: "Week 1", exercises: ["env-config"], topics: [], createdAt: T0 };
    s.getState().openAssignment(a);
    tick(5000);
    s.getState().openAssignment(a);
    expect(s.getState().assignments[a.id].openedAt).toBe(T0);
    s.getState().setStudentName("Ada");
    expect(s.getState().studentName).toBe("Ada");
  });

  test("persists and rehydrates, and travels with the progress export", async () => {
    const { s, storage } = store();
    s.getState().editFile("env-config", "index.mjs", "mine");
    s.getState().setStudentName("Ada");
    expect(JSON.parse(storage.getItem(KEY)!).version).toBe(1);
    const again = createExerciseStore({ storage, now: () => T0 });
    await again.persist.rehydrate();
    expect(again.getState().exercises["env-config"].files).toEqual({ "index.mjs": "mine" });
    expect(again.getState().studentName).toBe("Ada");
    const exported = buildExport(persistedStoreSpecs, storage, T0);
    expect(Object.keys(exported.stores)).toContain(KEY);
    expect(parseImport(persistedStoreSpecs, JSON.stringify(exported)).has(KEY)).toBe(true);
  });

  test("sets a damaged save aside instead of reading half of it", async () => {
    const storage = createMemoryStorage({ [KEY]: JSON.stringify({ version: 1, state: { exercises: { x: { files: 3 } }, studentName: "", assignments: {} } }) });
    const notices: string[] = [];
    const s = createExerciseStore({ storage, now: () => T0, onQuarantine: (n) => notices.push(n.reason) });
    await s.persist.rehydrate();
    expect(s.getState().exercises).toEqual({});
    expect(notices[0]).toMatch(/does not match the expected shape/);
  });
});
