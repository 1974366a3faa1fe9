import { describe, expect, test } from "vitest";
import { questionsById } from "@/lib/content/lesson-checks.server";
import { readAllExercises } from "@/lib/exercises/exercise-folders.server";
import { EXERCISE_CHECKS } from "@/lib/exercises/registry";
import { runChecks, type CheckResult } from "@/lib/exercises/run-checks";
import type { SimulatorFactory } from "@/lib/exercises/sim-port";
import { createSimulator } from "@/lib/simulator";

// Every exercise through the real engine, exactly as the browser's worker runs it: the solution
// must pass every check, the starter must fail at least one (and no check may break).

const realEngine: SimulatorFactory = (options) => createSimulator(options);
const exercises = await readAllExercises({
  registry: EXERCISE_CHECKS,
  knownQuestionIds: new Set(questionsById().keys()),
});

function summary(results: CheckResult[]): string {
  return results.map((r) => `${r.status} ${r.id}: ${r.message}`).join("\n");
}

describe.each(exercises.map((e) => [e.meta.slug, e] as const))("exercise %s", (slug, e) => {
  const files = (code: string) => ({ files: { [e.meta.mainFile]: code } });

  test("the solution passes every check", async () => {
    const results = await runChecks(EXERCISE_CHECKS[slug], files(e.solution), realEngine);
    expect(results.map((r) => r.id)).toEqual(e.meta.checks.map((c) => c.id));
    expect(
      results.every((r) => r.status === "passed"),
      summary(results),
    ).toBe(true);
  });

  test("the starter fails at least one check, for the learner's reason", async () => {
    const results = await runChecks(EXERCISE_CHECKS[slug], files(e.starter), realEngine);
    expect(
      results.some((r) => r.status === "failed"),
      summary(results),
    ).toBe(true);
    // "error" or "unavailable" would blame Lambda Lab, not the starter's mistake.
    expect(
      results.filter((r) => r.status === "error" || r.status === "unavailable"),
      summary(results),
    ).toEqual([]);
  });
});

test("the same code gives the same results every time (what lets the classroom re-run reports)", async () => {
  const e = exercises.find((x) => x.meta.slug === "weighted-canary")!;
  const run = async () =>
    (await runChecks(EXERCISE_CHECKS[e.meta.slug], { files: { "index.mjs": e.solution } }, realEngine)).map(
      ({ id, status, message }) => ({ id, status, message }),
    );
  expect(await run()).toEqual(await run());
});
