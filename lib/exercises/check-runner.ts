import type { CheckResult } from "./run-checks";
import type { CheckJobEvent, CheckJobRequest } from "./worker-protocol";

// The page's side of checks.worker.ts: runs one job at a time, streams per-check results, and
// replaces a worker that stops answering (the engine stops runaway handlers itself; this is the
// last resort) or that fails to start, so one bad submission never blocks the next.

export type WorkerLike = {
  postMessage(message: CheckJobRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CheckJobEvent>) => void) | null;
  onerror: ((event: Event) => void) | null;
};

export class CheckRunnerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckRunnerError";
  }
}

export type CheckRunnerOptions = {
  /** Wall-clock limit for one exercise's checks. */
  jobTimeoutMs?: number;
};

type Pending = {
  jobId: number;
  resolve: (results: CheckResult[]) => void;
  reject: (error: Error) => void;
  onResult?: (result: CheckResult, index: number) => void;
  timer: ReturnType<typeof setTimeout>;
};

export class CheckRunner {
  private worker: WorkerLike | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private jobs = 0;
  private disposed = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly options: CheckRunnerOptions = {},
  ) {}

  /** Runs `slug`'s checks on `files`; jobs run one after another in the order asked. */
  run(slug: string, files: Record<string, string>, onResult?: (result: CheckResult, index: number) => void): Promise<CheckResult[]> {
    const next = this.queue.then(() => this.start(slug, files, onResult));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.restart(new CheckRunnerError("The checks could not start in this browser (the simulator's worker failed to load). Reload the page and try again."));
    };
    this.worker = worker;
    return worker;
  }

  private start(slug: string, files: Record<string, string>, onResult?: (result: CheckResult, index: number) => void): Promise<CheckResult[]> {
    if (this.disposed) return Promise.reject(new CheckRunnerError("The check runner was closed."));
    return new Promise<CheckResult[]>((resolve, reject) => {
      const jobId = ++this.jobs;
      const limit = this.options.jobTimeoutMs ?? 90_000;
      const timer = setTimeout(() => {
        this.restart(new CheckRunnerError(`The checks did not finish within ${Math.round(limit / 1000)} s, so the simulator was restarted. Look for code that never finishes, then run the checks again.`));
      }, limit);
      this.pending = { jobId, resolve, reject, onResult, timer };
      this.ensureWorker().postMessage({ type: "run", jobId, slug, files });
    });
  }

  private receive(event: CheckJobEvent): void {
    const p = this.pending;
    if (!p || event.jobId !== p.jobId) return; // an answer from a job already given up on
    if (event.type === "result") {
      p.onResult?.(event.result, event.index);
      return;
    }
    clearTimeout(p.timer);
    this.pending = null;
    if (event.type === "done") p.resolve(event.results);
    else p.reject(new CheckRunnerError(event.message));
  }

  /** Ends the current job with `error` and drops the worker; the next job starts a fresh one. */
  private restart(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    if (p) {
      clearTimeout(p.timer);
      p.reject(error);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.restart(new CheckRunnerError("The check runner was closed."));
  }
}

/** A runner over lib/exercises/checks.worker.ts (browser only). */
export function createBrowserCheckRunner(options?: CheckRunnerOptions): CheckRunner {
  return new CheckRunner(() => new Worker(new URL("./checks.worker.ts", import.meta.url), { type: "module" }) as unknown as WorkerLike, options);
}
