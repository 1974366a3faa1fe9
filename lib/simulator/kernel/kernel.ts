import { serviceException, SimulatorUsageError } from "../errors";
import { MetricStore } from "./metrics";
import { RngFactory } from "./rng";
import { Scheduler } from "./scheduler";
import { TraceLog } from "./trace";
import type { InternalInvokeRequest, InvokeResultListener } from "../lambda/invoke-types";

/**
 * The kernel every service plugs into: the virtual clock and its scheduler, seeded randomness,
 * the trace, metrics, a registry of delivery targets (how a DLQ or destination ARN reaches a
 * queue, topic or function) and the internal Lambda invoke entry point. Public API calls are
 * serialised through `run*` operations so that calls made in one JavaScript tick start at the
 * same virtual instant and the simulation stays deterministic.
 */

export interface KernelOptions {
  seed: number;
  region: string;
  accountId: string;
  startTime: number;
}

/** What a DLQ, destination or subscription hands to the service that owns an ARN. */
export interface DeliveryMessage {
  body: string;
  /** SQS-style message attributes (the DLQ's RequestID / ErrorCode / ErrorMessage). */
  attributes?: Record<string, { DataType: "String" | "Number"; StringValue: string }>;
  /** Who is delivering, for permission checks and the trace. */
  source: { service: string; arn?: string; functionName?: string; requestId?: string };
}

export type DeliveryOutcome = { ok: true } | { ok: false; error: string };
export type DeliveryHandler = (arn: string, message: DeliveryMessage) => DeliveryOutcome;

/** The Lambda service's internal entry point, used by triggers, destinations and the public API. */
export interface LambdaKernelApi {
  /**
   * Starts an invocation. Throttles, missing functions and denied permissions are reported
   * through `onResult` synchronously; completed invocations later, in virtual time.
   */
  invoke(request: InternalInvokeRequest, onResult: InvokeResultListener): void;
}

export interface RunUntilIdleResult {
  /** True when nothing but background work (idle reclaim) is left. */
  idle: boolean;
  /** Virtual epoch ms at the end of the run. */
  now: number;
}

interface Waiter {
  finished: boolean;
  reject: (error: unknown) => void;
}

/** Default bound for runUntilIdle: a little over the 6-hour maximum event age. */
export const DEFAULT_IDLE_BOUND_MS = 7 * 60 * 60 * 1000;

export class Kernel {
  readonly scheduler = new Scheduler();
  readonly trace = new TraceLog();
  readonly metrics: MetricStore;
  readonly rng: RngFactory;
  readonly region: string;
  readonly accountId: string;
  readonly startTime: number;

  private deliveryHandlers = new Map<string, DeliveryHandler>();
  private lambdaApi: LambdaKernelApi | undefined;
  private disposers: Array<() => void> = [];
  private ops: Array<() => void> = [];
  private waiters = new Set<Waiter>();
  private drainScheduled = false;
  private disposed = false;

  constructor(options: KernelOptions) {
    this.rng = new RngFactory(options.seed);
    this.region = options.region;
    this.accountId = options.accountId;
    this.startTime = options.startTime;
    this.metrics = new MetricStore(() => this.now());
  }

  /** Virtual epoch milliseconds. */
  now(): number {
    return this.startTime + this.scheduler.now;
  }

  /** Converts a virtual epoch time to the scheduler's offset. */
  toOffset(epochMs: number): number {
    return epochMs - this.startTime;
  }

  /** Schedules `run` at virtual epoch time `at` (never earlier than now). */
  at(epochMs: number, run: () => void, background = false) {
    return this.scheduler.schedule(Math.max(this.scheduler.now, epochMs - this.startTime), run, { background });
  }

  // ------------------------------------------------------------ services

  setLambda(api: LambdaKernelApi): void {
    this.lambdaApi = api;
  }

  get lambda(): LambdaKernelApi {
    if (!this.lambdaApi) throw new SimulatorUsageError("The Lambda service is not attached to this kernel.");
    return this.lambdaApi;
  }

  /** Registers who receives deliveries addressed to ARNs of `service` ("sqs", "sns", "lambda", ...). */
  registerDeliveryTarget(service: string, handler: DeliveryHandler): void {
    this.deliveryHandlers.set(service, handler);
  }

  deliver(arn: string, message: DeliveryMessage): DeliveryOutcome {
    const service = arn.split(":")[2];
    const handler = service ? this.deliveryHandlers.get(service) : undefined;
    if (!handler) {
      return { ok: false, error: `The simulator has no ${service ?? "unknown"} service to deliver to ${arn}.` };
    }
    return handler(arn, message);
  }

  onDispose(dispose: () => void): void {
    this.disposers.push(dispose);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.disposers.splice(0).reverse()) d();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  // ------------------------------------------------------------ driving the clock

  /**
   * Registers work through `start` (in call order, at the virtual instant the queued operations
   * reach it) and resolves when that work calls `done`, possibly much later in virtual time.
   * After the queued operations ran, the clock is driven until every such waiter is done.
   * Errors thrown by `start` reject without running anything.
   */
  awaitCompletion<T>(start: (done: (result: T) => void) => void): Promise<T> {
    if (this.disposed) return Promise.reject(this.disposedError());
    return new Promise<T>((resolve, reject) => {
      this.enqueue(() => {
        const waiter: Waiter = { finished: false, reject };
        this.waiters.add(waiter);
        try {
          start((result) => {
            if (waiter.finished) return;
            waiter.finished = true;
            this.waiters.delete(waiter);
            resolve(result);
          });
        } catch (error) {
          waiter.finished = true;
          this.waiters.delete(waiter);
          reject(error);
        }
      });
    });
  }

  advanceBy(ms: number): Promise<void> {
    if (this.disposed) return Promise.reject(this.disposedError());
    if (!(ms >= 0) || !Number.isFinite(ms)) {
      return Promise.reject(new SimulatorUsageError(`advanceBy needs a finite number of milliseconds >= 0, got ${ms}.`));
    }
    return this.run(() => {
      const target = this.scheduler.now + ms;
      while (this.scheduler.runNext(target)) {
        /* run everything due up to the target */
      }
      this.scheduler.advanceTo(target);
    });
  }

  runUntilIdle(options: { maxVirtualMs?: number } = {}): Promise<RunUntilIdleResult> {
    if (this.disposed) return Promise.reject(this.disposedError());
    const bound = options.maxVirtualMs ?? DEFAULT_IDLE_BOUND_MS;
    if (!(bound >= 0)) {
      return Promise.reject(new SimulatorUsageError(`runUntilIdle needs maxVirtualMs >= 0, got ${bound}.`));
    }
    return this.run(() => {
      const limit = this.scheduler.now + bound;
      while (this.scheduler.pendingForeground > 0 && this.scheduler.runNext(limit)) {
        /* run until only background work remains */
      }
      const idle = this.scheduler.pendingForeground === 0;
      if (!idle) this.scheduler.advanceTo(limit);
      return { idle, now: this.now() };
    });
  }


  /** Runs `body` as a queued operation, in call order with every other API call. */
  run<T>(body: () => T): Promise<T> {
    if (this.disposed) return Promise.reject(this.disposedError());
    return new Promise<T>((resolve, reject) => {
      this.enqueue(() => {
        try {
          resolve(body());
        } catch (error) {
          reject(error);
        }
      });
    });
  }

  private enqueue(op: () => void): void {
    this.ops.push(op);
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    queueMicrotask(() => this.drain());
  }

  /** Runs queued operations in call order, then drives the clock until every waiter is done. */
  private drain(): void {
    this.drainScheduled = false;
    // Index, not shift(): a Promise.all of thousands of calls queues thousands of operations.
    for (let i = 0; i < this.ops.length; i++) this.ops[i]();
    this.ops.length = 0;
    try {
      while (this.waiters.size > 0 && this.scheduler.runNext()) {
        /* keep going */
      }
    } catch (error) {
      for (const w of this.waiters) w.reject(error);
      this.waiters.clear();
      return;
    }
    if (this.waiters.size > 0) {
      const stalled = serviceException("The simulator stalled: a request can never complete. This is a simulator bug.");
      for (const w of this.waiters) w.reject(stalled);
      this.waiters.clear();
    }
  }

  private disposedError(): SimulatorUsageError {
    return new SimulatorUsageError("This simulator was disposed; create a new one with createSimulator().");
  }
}
