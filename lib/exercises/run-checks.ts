import { CheckFailure, MissingFeatureError } from "./assertions";
import type { ExerciseDefinition } from "./define";
import { Lab, type Submission } from "./lab";
import { awsErrorName, errorMessage, type ExerciseSimulator, type SimulatorFactory } from "./sim-port";

// Runs an exercise's checks against a submission, each on its own fresh simulator with the
// exercise's seed, so checks cannot leak state into each other and a result depends only on
// the code: the same call gives the same results in Node (tests, nothing else) and in the
// browser's worker (the exercise page and the classroom's verification).

export type CheckStatus = "passed" | "failed" | "error" | "unavailable";

export type CheckResult = {
  id: string;
  title: string;
  status: CheckStatus;
  /** For the learner: what was seen, and on failure what was expected. */
  message: string;
  /** Wall-clock milliseconds the check took (for the curious; never part of grading). */
  wallMs: number;
};

export type RunOptions = {
  /** Called as each check finishes, so the page can show results one by one. */
  onResult?: (result: CheckResult, index: number) => void;
  /** Stops waiting for one check after this much wall time (the engine guards runaway code itself). */
  checkTimeoutMs?: number;
  /** Wall clock for `wallMs`; performance.now where available. */
  clock?: () => number;
};

export const SUBMISSION_LIMITS = { files: 8, bytesPerFile: 64 * 1024 } as const;

export class SubmissionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SubmissionError";
  }
}

const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/;

/** Rejects submissions no check should run: no files, too many, too large, odd paths. */
export function validateSubmission(submission: Submission): void {
  const entries = Object.entries(submission.files);
  if (entries.length === 0)
    throw new SubmissionError("The submission has no files: it needs at least index.mjs (or index.ts).");
  if (entries.length > SUBMISSION_LIMITS.files)
    throw new SubmissionError(
      `The submission has ${entries.length} files; at most ${SUBMISSION_LIMITS.files} are allowed.`,
    );
  for (const [name, content] of entries) {
    if (!FILE_NAME.test(name) || name.split("/").some((p) => p === ".."))
      throw new SubmissionError(
        `"${name}" is not a valid file name: use letters, digits, dots, dashes and slashes.`,
      );
    if (typeof content !== "string") throw new SubmissionError(`"${name}" must be text.`);
    const bytes = new TextEncoder().encode(content).length;
    if (bytes > SUBMISSION_LIMITS.bytesPerFile) {
      throw new SubmissionError(
        `"${name}" is ${Math.ceil(bytes / 1024)} KB; a file may be at most ${SUBMISSION_LIMITS.bytesPerFile / 1024} KB.`,
      );
    }
  }
}

class CheckTimeoutError extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number | undefined): Promise<T> {
  if (!ms) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CheckTimeoutError(`stopped after ${Math.round(ms / 1000)} s of wall time`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function classify(error: unknown): { status: CheckStatus; message: string } {
  if (error instanceof CheckFailure) return { status: "failed", message: error.message };
  if (error instanceof MissingFeatureError) return { status: "unavailable", message: error.message };
  if (error instanceof CheckTimeoutError) {
    return {
      status: "error",
      message: `Lambda Lab gave up waiting for this check (${error.message}). If your code loops, the simulator should have stopped it; please report this.`,
    };
  }
  const name = awsErrorName(error);
  return {
    status: "error",
    message: `Lambda Lab could not finish this check (${name ? `${name}: ` : ""}${errorMessage(error)}). This is a problem in Lambda Lab, not in your code.`,
  };
}

export async function runChecks(
  exercise: ExerciseDefinition,
  submission: Submission,
  createSimulator: SimulatorFactory,
  options: RunOptions = {},
): Promise<CheckResult[]> {
  validateSubmission(submission);
  const clock =
    options.clock ?? (() => (typeof performance !== "undefined" ? performance.now() : Date.now()));
  const results: CheckResult[] = [];
  for (const [index, c] of exercise.checks.entries()) {
    const started = clock();
    let status: CheckStatus;
    let message: string;
    let sim: ExerciseSimulator | null = null;
    try {
      sim = await createSimulator({ seed: exercise.seed, startTime: exercise.startTime });
      const lab = new Lab(sim, submission, exercise.supportFiles);
      const detail = await withTimeout(c.run(lab), options.checkTimeoutMs);
      status = "passed";
      message = detail || "Passed.";
    } catch (error) {
      ({ status, message } = classify(error));
    } finally {
      try {
        sim?.dispose?.();
      } catch {
        /* a check that timed out may leave the simulator mid-run; it is dropped either way */
      }
    }
    const result: CheckResult = {
      id: c.id,
      title: c.title,
      status,
      message,
      wallMs: Math.round(clock() - started),
    };
    results.push(result);
    options.onResult?.(result, index);
  }
  return results;
}

/** True when every check passed. */
export function allPassed(results: readonly Pick<CheckResult, "status">[]): boolean {
  return results.length > 0 && results.every((r) => r.status === "passed");
}
