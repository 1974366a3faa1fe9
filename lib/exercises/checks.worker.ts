/// <reference lib="webworker" />
import { createSimulator } from "@/lib/simulator";
import { exerciseChecks } from "./registry";
import { runChecks } from "./run-checks";
import type { CheckJobEvent, CheckJobRequest } from "./worker-protocol";

// Runs exercise checks off the main thread, with the very code the tests run in Node
// (runChecks + createSimulator): learners' handlers run in QuickJS inside this worker, and a
// runaway one can only ever freeze this worker, which the page can terminate and replace.

declare const self: DedicatedWorkerGlobalScope;

const post = (event: CheckJobEvent) => self.postMessage(event);

self.onmessage = async (message: MessageEvent<CheckJobRequest>) => {
  const job = message.data;
  if (!job || job.type !== "run") return;
  const exercise = exerciseChecks(job.slug);
  if (!exercise) {
    post({ type: "failed", jobId: job.jobId, message: `There is no exercise "${job.slug}" in this version of Lambda Lab.` });
    return;
  }
  try {
    const results = await runChecks(exercise, { files: job.files }, (options) => createSimulator(options), {
      onResult: (result, index) => post({ type: "result", jobId: job.jobId, index, result }),
    });
    post({ type: "done", jobId: job.jobId, results });
  } catch (error) {
    post({ type: "failed", jobId: job.jobId, message: error instanceof Error ? error.message : String(error) });
  }
};
