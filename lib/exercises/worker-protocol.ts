import type { CheckResult } from "./run-checks";

// Messages between a page and lib/exercises/checks.worker.ts. One job at a time: the page sends
// `run`, the worker answers with a `result` per check as it finishes, then `done` (or `failed`
// when the job could not start: unknown exercise, invalid submission, engine that would not load).

export type CheckJobRequest = { type: "run"; jobId: number; slug: string; files: Record<string, string> };

export type CheckJobEvent =
  | { type: "result"; jobId: number; index: number; result: CheckResult }
  | { type: "done"; jobId: number; results: CheckResult[] }
  | { type: "failed"; jobId: number; message: string };
