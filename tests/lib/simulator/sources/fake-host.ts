import { AwsApiError } from "@/lib/simulator/sources/aws-error";
import { bindEventSourcesApi, createEventSources, type EventSources, type EventSourcesApi } from "@/lib/simulator/sources";
import type { HostInvokeInput, HostInvokeResult, SourceHost, SourceTraceRecord } from "@/lib/simulator/sources/host";

/**
 * A minimal stand-in for the engine, so the event-source services can be tested on their own:
 * a synchronous virtual clock with a (time, sequence)-ordered task queue, a seeded PRNG, and
 * "functions" that are plain JS handlers with a modelled duration and timeout. It drives work
 * the way the engine's kernel does: start, then run tasks until the caller's `done` fires.
 */

export interface FakeFunction {
  handler: (event: unknown) => unknown;
  /** Virtual milliseconds the handler takes. */
  durationMs?: number;
  timeoutMs?: number;
  throttled?: boolean;
}

export interface Invocation {
  t: number;
  functionName: string;
  invocationType: "RequestResponse" | "Event";
  event: unknown;
  source: string;
}

interface Task {
  at: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

export class FakeHost implements SourceHost {
  readonly region = "us-east-1";
  readonly accountId = "123456789012";
  readonly traces: (SourceTraceRecord & { t: number })[] = [];
  readonly invocations: Invocation[] = [];
  readonly functions = new Map<string, FakeFunction>();
  private clock = Date.UTC(2026, 0, 1);
  private seq = 0;
  private queue: Task[] = [];
  private seed = 42;

  now(): number {
    return this.clock;
  }

  random(): number {
    // mulberry32: small, seeded, deterministic
    let t = (this.seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  schedule(at: number, run: () => void): () => void {
    const task: Task = { at: Math.max(at, this.clock), seq: this.seq++, run, cancelled: false };
    this.queue.push(task);
    return () => {
      task.cancelled = true;
    };
  }

  private runNext(limit = Infinity): boolean {
    this.queue = this.queue.filter((t) => !t.cancelled);
    this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.queue[0];
    if (!next || next.at > limit) return false;
    this.queue.shift();
    this.clock = next.at;
    next.run();
    return true;
  }

  /** The kernel's awaitCompletion: start, then run the clock until `done`. */
  run<T>(start: (done: (value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let finished = false;
      try {
        start((value) => {
          finished = true;
          resolve(value);
        });
      } catch (error) {
        reject(error);
        return;
      }
      while (!finished && this.runNext()) {
        /* drive the clock */
      }
      if (!finished) reject(new Error("stalled: the request can never complete"));
    });
  }

  async advanceBy(ms: number): Promise<void> {
    const target = this.clock + ms;
    while (this.runNext(target)) {
      /* run everything due */
    }
    this.clock = target;
  }

  trace(record: SourceTraceRecord): void {
    this.traces.push({ t: this.clock, ...record });
  }

  kinds(): string[] {
    return this.traces.map((r) => r.kind);
  }

  addFunction(name: string, fn: FakeFunction): string {
    this.functions.set(name, fn);
    return `arn:aws:lambda:${this.region}:${this.accountId}:function:${name}`;
  }

  functionArn(nameOrArn: string): string {
    const parts = nameOrArn.split(":");
    const name = parts[0] === "arn" ? parts[6] : parts[0];
    const qualifier = parts[0] === "arn" ? parts[7] : parts[1];
    if (!this.functions.has(name)) {
      throw new AwsApiError("ResourceNotFoundException", `Function not found: arn:aws:lambda:${this.region}:${this.accountId}:function:${name}`, 404);
    }
    return `arn:aws:lambda:${this.region}:${this.accountId}:function:${name}${qualifier ? `:${qualifier}` : ""}`;
  }

  invoke(input: HostInvokeInput, onResult: (result: HostInvokeResult) => void): void {
    let name: string;
    try {
      name = this.functionArn(input.FunctionName).split(":")[6];
    } catch (error) {
      return onResult({ kind: "rejected", error: error as AwsApiError });
    }
    const fn = this.functions.get(name)!;
    if (fn.throttled) {
      return onResult({ kind: "rejected", error: new AwsApiError("TooManyRequestsException", "Rate Exceeded.", 429) });
    }
    const event = JSON.parse(input.Payload);
    this.invocations.push({ t: this.clock, functionName: name, invocationType: input.InvocationType, event, source: input.source.label });
    if (input.InvocationType === "Event") {
      onResult({ kind: "accepted", requestId: `req-${this.invocations.length}` });
      this.execute(fn, event, () => {});
      return;
    }
    this.execute(fn, event, onResult);
  }

  private execute(fn: FakeFunction, event: unknown, onResult: (result: HostInvokeResult) => void): void {
    const timeout = fn.timeoutMs ?? 3000;
    const timedOut = (fn.durationMs ?? 0) > timeout;
    this.schedule(this.clock + Math.min(fn.durationMs ?? 5, timeout), () => {
      if (timedOut) {
        const payload = JSON.stringify({ errorMessage: `Task timed out after ${(timeout / 1000).toFixed(2)} seconds` });
        return onResult({ kind: "response", payload, functionError: "Unhandled", outcome: "timeout" });
      }
      try {
        const result = fn.handler(event);
        onResult({ kind: "response", payload: result === undefined ? "null" : JSON.stringify(result), outcome: "success", executedVersion: "$LATEST" });
      } catch (error) {
        const e = error as Error;
        onResult({ kind: "response", payload: JSON.stringify({ errorType: e.name, errorMessage: e.message, trace: [] }), functionError: "Unhandled", outcome: "error" });
      }
    });
  }
}

/** A fake host with the event sources bound to it through the promise API. */
export function fakeSimulator(): { host: FakeHost; api: EventSourcesApi; sources: EventSources } {
  const host = new FakeHost();
  const sources = createEventSources(host);
  return { host, sources, api: bindEventSourcesApi(sources, (start) => host.run(start)) };
}
