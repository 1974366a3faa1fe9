import { afterEach, describe, expect, test, vi } from "vitest";
import { CheckRunner, CheckRunnerError, type WorkerLike } from "@/lib/exercises/check-runner";
import type { CheckResult } from "@/lib/exercises/run-checks";
import type { CheckJobEvent, CheckJobRequest } from "@/lib/exercises/worker-protocol";

// The page's client of the checks worker, against a scripted worker: ordering, streaming,
// restarting a worker that hangs or fails to load.

const result = (id: string, status: CheckResult["status"] = "passed"): CheckResult => ({ id, title: id, status, message: "", wallMs: 1 });

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<CheckJobEvent>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  received: CheckJobRequest[] = [];
  terminated = false;
  constructor(private readonly script: (job: CheckJobRequest, emit: (e: CheckJobEvent) => void) => void) {}
  postMessage(job: CheckJobRequest) {
    this.received.push(job);
    queueMicrotask(() => this.script(job, (e) => this.onmessage?.({ data: e } as MessageEvent<CheckJobEvent>)));
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => vi.useRealTimers());

describe("the check runner", () => {
  test("streams per-check results and resolves with all of them", async () => {
    const worker = new FakeWorker((job, emit) => {
      emit({ type: "result", jobId: job.jobId, index: 0, result: result("a") });
      emit({ type: "result", jobId: job.jobId, index: 1, result: result("b", "failed") });
      emit({ type: "done", jobId: job.jobId, results: [result("a"), result("b", "failed")] });
    });
    const runner = new CheckRunner(() => worker);
    const seen: string[] = [];
    const results = await runner.run("env-config", { "index.mjs": "x" }, (r, i) => seen.push(`${i}:${r.id}:${r.status}`));
    expect(seen).toEqual(["0:a:passed", "1:b:failed"]);
    expect(results.map((r) => r.id)).toEqual(["a", "b"]);
    expect(worker.received).toEqual([{ type: "run", jobId: 1, slug: "env-config", files: { "index.mjs": "x" } }]);
  });

  test("runs jobs one after another in the order asked, on one worker", async () => {
    let spawned = 0;
    const worker = new FakeWorker((job, emit) => emit({ type: "done", jobId: job.jobId, results: [result(job.slug)] }));
    const runner = new CheckRunner(() => (spawned++, worker));
    const [a, b] = await Promise.all([runner.run("one", {}), runner.run("two", {})]);
    expect([a[0].id, b[0].id]).toEqual(["one", "two"]);
    expect(worker.received.map((j) => j.slug)).toEqual(["one", "two"]);
    expect(spawned).toBe(1);
  });

  test("a job the worker cannot start fails with the worker's message", async () => {
    const runner = new CheckRunner(() => new FakeWorker((job, emit) => emit({ type: "failed", jobId: job.jobId, message: 'There is no exercise "nope".' })));
    await expect(runner.run("nope", {})).rejects.toThrow('There is no exercise "nope".');
  });

  test("a worker that stops answering is terminated and replaced for the next job", async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const runner = new CheckRunner(
      () => {
        const w = new FakeWorker((job, emit) => {
          if (job.slug !== "hang") emit({ type: "done", jobId: job.jobId, results: [] });
        });
        workers.push(w);
        return w;
      },
      { jobTimeoutMs: 5000 },
    );
    const hung = runner.run("hang", {});
    const caught = hung.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5000);
    const error = await caught;
    expect(error).toBeInstanceOf(CheckRunnerError);
    expect((error as Error).message).toMatch(/did not finish within 5 s, so the simulator was restarted/);
    expect(workers[0].terminated).toBe(true);
    await expect(runner.run("fine", {})).resolves.toEqual([]);
    expect(workers).toHaveLength(2);
  });

  test("a worker that fails to load rejects the job with a plain explanation", async () => {
    const runner = new CheckRunner(() => {
      const w = new FakeWorker(() => undefined);
      queueMicrotask(() => w.onerror?.(new Event("error")));
      return w;
    });
    await expect(runner.run("env-config", {})).rejects.toThrow(/worker failed to load/);
  });
});
