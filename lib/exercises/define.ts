import type { Lab } from "./lab";

// What a content/exercises/NN-slug/checks.ts file exports: `export const exercise =
// defineExercise({ checks: [check(id, title, run), ...] })`. Check ids are stable (reports and
// saved progress refer to them); titles are what the learner reads in the results list.

/** A check resolves (optionally with a sentence saying what it saw) or throws CheckFailure. */
export type CheckRun = (lab: Lab) => Promise<string | void>;

export type CheckDefinition = { id: string; title: string; run: CheckRun };

export type ExerciseDefinition = {
  /** Read-only files given to the function beside the learner's (a fake payments client, ...). */
  supportFiles: Readonly<Record<string, string>>;
  /** Seed of every check's simulator: the same code gives the same results everywhere. */
  seed: number;
  /** Virtual epoch ms at t = 0 (a Monday, 00:00 UTC, unless an exercise needs otherwise). */
  startTime: number;
  checks: readonly CheckDefinition[];
};

/** Monday 5 January 2026, 00:00 UTC: schedules and dates in exercises start from here. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 5);

export class ExerciseDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExerciseDefinitionError";
  }
}

const CHECK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function check(id: string, title: string, run: CheckRun): CheckDefinition {
  return { id, title, run };
}

export function defineExercise(input: {
  checks: readonly CheckDefinition[];
  supportFiles?: Record<string, string>;
  seed?: number;
  startTime?: number;
}): ExerciseDefinition {
  if (input.checks.length === 0)
    throw new ExerciseDefinitionError(
      "An exercise needs at least one check: add check(id, title, run) entries.",
    );
  const seen = new Set<string>();
  for (const c of input.checks) {
    if (!CHECK_ID.test(c.id))
      throw new ExerciseDefinitionError(
        `Check id "${c.id}" must be kebab-case (letters, digits and dashes), e.g. "answers-404".`,
      );
    if (seen.has(c.id))
      throw new ExerciseDefinitionError(`Check id "${c.id}" is used twice; every check needs its own id.`);
    seen.add(c.id);
    if (c.title.trim().length < 5)
      throw new ExerciseDefinitionError(
        `Check "${c.id}" needs a title of at least 5 characters saying what it verifies.`,
      );
  }
  for (const name of Object.keys(input.supportFiles ?? {})) {
    if (/^index\./.test(name))
      throw new ExerciseDefinitionError(
        `Support file "${name}" would replace the learner's handler; give it another name.`,
      );
  }
  return {
    checks: input.checks,
    supportFiles: input.supportFiles ?? {},
    seed: input.seed ?? 1,
    startTime: input.startTime ?? DEFAULT_START_TIME,
  };
}
