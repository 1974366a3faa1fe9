import { AwsApiError } from "@/lib/simulator/sources/aws-error";
import type { HostInvokeInput, HostInvokeOutput, SourceHost, SourceTraceRecord } from "@/lib/simulator/sources/host";

/**
 * A minimal stand-in for the engine, so the event-source services can be tested before and
 * independently of it: a virtual clock with an ordered task queue, a seeded PRNG, and
 * "functions" that are plain JS handlers with a modelled duration and timeout.
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
}

export class FakeHost implements SourceHost {
  readonly region = "us-east-1";
  readonly accountId = "123456789012";
  readonly traces: (SourceTraceRecord & { t: number })[] = [];
  readonly invocations: Invocation[] = [];
  readonly functions = new Map<string, FakeFunction>();
  private clock = Date.UTC(2026, 0, 1);
  private seq = 0;
  private queue: { at: number; seq: number; task: () => void | Promise<void>; cancelled: boolean }[] = [];
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

  schedule(at: number, task: () => void | Promise<void>): () => void {
    const entry = { at: Math.max(at, this.clock), seq: this.seq++, task, cancelled: false };
    this.queue.push(entry);
    return () => {
      entry.cancelled = true;
    };
  }

  /** Runs every task due up to `target`, in (time, sequence) order, then sets the clock to it. */
  async runUntil(target: number): Promise<void> {
    for (;;) {
      this.queue = this.queue.filter((e) => !e.cancelled);
      this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.queue[0];
      if (!next || next.at > target) break;
      this.queue.shift();
      this.clock = next.at;
      await next.task();
    }
    this.clock = Math.max(this.clock, target);
  }

  advanceBy(ms: number): Promise<void> {
    return this.runUntil(this.clock + ms);
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

  async invoke(input: HostInvokeInput): Promise<HostInvokeOutput> {
    const name = this.functionArn(input.FunctionName).split(":")[6];
    const fn = this.functions.get(name)!;
    if (fn.throttled) {
      throw Object.assign(new AwsApiError("TooManyRequestsException", "Rate Exceeded.", 429), { Reason: "ReservedFunctionConcurrentInvocationLimitExceeded" });
    }
    const event = JSON.parse(input.Payload);
    this.invocations.push({ t: this.clock, functionName: name, invocationType: input.InvocationType, event });
    if (input.InvocationType === "Event") {
      this.schedule(this.clock, async () => {
        await this.run(fn);
      });
      return { StatusCode: 202 };
    }
    return this.run(fn, event);
  }

  private async run(fn: FakeFunction, event?: unknown): Promise<HostInvokeOutput> {
    const timeout = fn.timeoutMs ?? 3000;
    const duration = Math.min(fn.durationMs ?? 5, timeout);
    await this.runUntil(this.clock + duration);
    if ((fn.durationMs ?? 0) > timeout) {
      const seconds = (timeout / 1000).toFixed(2);
      return { StatusCode: 200, FunctionError: "Unhandled", Payload: JSON.stringify({ errorMessage: `Task timed out after ${seconds} seconds` }) };
    }
    try {
      const result = await fn.handler(event);
      return { StatusCode: 200, Payload: result === undefined ? "null" : JSON.stringify(result), ExecutedVersion: "$LATEST" };
    } catch (error) {
      const e = error as Error;
      return { StatusCode: 200, FunctionError: "Unhandled", Payload: JSON.stringify({ errorType: e.name, errorMessage: e.message, trace: [] }) };
    }
  }
}
