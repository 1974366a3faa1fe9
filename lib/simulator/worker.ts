import type { LambdaApi, SimulatorOptions, SnsApi, SqsApi, Simulator } from "./index";
import type { LambdaTraceRecord, ServiceTraceRecord } from "./kernel/trace";

/**
 * The simulator in a Web Worker: a typed message protocol and the page-side client. This file
 * imports types only, so the page's bundle does not pull in the engine. The worker side is
 * ./worker-server.ts, started by ./engine.worker.ts:
 *
 *   const client = new SimulatorWorkerClient(
 *     () => new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" }),
 *   );
 *   await client.create({ seed: 1 });
 *   await client.api.lambda.invoke({ FunctionName: "f" });
 *
 * A runaway handler cannot freeze the page (it runs in the worker, and the engine stops it
 * within seconds); as a last resort a call that takes too long makes the client terminate the
 * worker and rebuild it with the same options (its state is lost; callers get
 * WorkerRestartedError).
 */

type Services = { lambda: LambdaApi; sqs: SqsApi; sns: SnsApi };
type ServiceMethod = { [S in keyof Services]: `${S}.${Extract<keyof Services[S], string>}` }[keyof Services];
type TopLevel = "now" | "advanceBy" | "runUntilIdle" | "logs" | "logEvents" | "trace" | "metrics" | "environments";

/** Every method the worker accepts, e.g. "lambda.invoke", "sqs.sendMessage", "advanceBy". */
export type SimulatorMethod = ServiceMethod | TopLevel;

type MethodFn<M extends SimulatorMethod> = M extends `${infer S}.${infer F}`
  ? S extends keyof Services
    ? F extends keyof Services[S]
      ? Services[S][F]
      : never
    : never
  : M extends keyof Simulator
    ? Simulator[M]
    : never;

export type MethodParams<M extends SimulatorMethod> = MethodFn<M> extends (...args: infer P) => unknown ? P : never;
export type MethodResult<M extends SimulatorMethod> = MethodFn<M> extends (...args: never[]) => infer R ? Awaited<R> : never;

export const TOP_LEVEL_METHODS: readonly TopLevel[] = ["now", "advanceBy", "runUntilIdle", "logs", "logEvents", "trace", "metrics", "environments"];

export type TraceRecordMessage = LambdaTraceRecord | ServiceTraceRecord;

/** Page → worker. */
export type WorkerRequest =
  | { id: number; type: "create"; options: SimulatorOptions }
  | { id: number; type: "call"; method: SimulatorMethod; params: unknown[] }
  /** Calls the page made in one JavaScript tick: the worker starts them in one tick too, so they overlap (contract). */
  | { id: number; type: "batch"; calls: { id: number; method: SimulatorMethod; params: unknown[] }[] }
  | { id: number; type: "dispose" };

/** An error as it crosses the worker boundary: the AWS exception name and status survive. */
export interface SerializedError {
  name: string;
  message: string;
  httpStatusCode?: number;
  Reason?: string;
}

/** Worker → page. Trace records stream in batches while calls run. */
export type WorkerResponse =
  | { type: "result"; id: number; ok: true; value: unknown }
  | { type: "result"; id: number; ok: false; error: SerializedError }
  | { type: "trace"; records: TraceRecordMessage[] };

/** The parts of a Worker (or MessagePort) the protocol uses. */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

export interface WorkerLike extends MessageEndpoint {
  terminate(): void;
  addEventListener(type: "message" | "error", listener: (event: { data: unknown }) => void): void;
}

export function serializeError(error: unknown): SerializedError {
  if (error && typeof error === "object") {
    const e = error as { name?: unknown; message?: unknown; Reason?: unknown; $metadata?: { httpStatusCode?: unknown } };
    return {
      name: typeof e.name === "string" ? e.name : "Error",
      message: typeof e.message === "string" ? e.message : String(error),
      ...(typeof e.$metadata?.httpStatusCode === "number" ? { httpStatusCode: e.$metadata.httpStatusCode } : {}),
      ...(typeof e.Reason === "string" ? { Reason: e.Reason } : {}),
    };
  }
  return { name: "Error", message: String(error) };
}

/** Rebuilds an AWS-style error on the page: `name`, `$metadata.httpStatusCode` and `Reason` as the engine threw them. */
export class SimulatorRemoteError extends Error {
  readonly $metadata: { httpStatusCode?: number };
  readonly Reason?: string;

  constructor(e: SerializedError) {
    super(e.message);
    this.name = e.name;
    this.$metadata = { httpStatusCode: e.httpStatusCode };
    if (e.Reason) this.Reason = e.Reason;
  }
}

export class WorkerTimeoutError extends Error {
  constructor(method: string, ms: number) {
    super(`The simulator did not answer ${method} within ${ms} ms; the worker is being rebuilt. Re-create your functions and try again.`);
    this.name = "WorkerTimeoutError";
  }
}

export class WorkerRestartedError extends Error {
  constructor() {
    super("The simulator worker was restarted while this call was pending; its state was lost.");
    this.name = "WorkerRestartedError";
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  timer?: ReturnType<typeof setTimeout>;
}

export interface ClientOptions {
  /** Wall-clock limit per call before the worker is rebuilt; default 60 s. */
  callTimeoutMs?: number;
}

type ApiOf<T> = { [K in keyof T]: T[K] extends (...args: infer P) => infer R ? (...args: P) => Promise<Awaited<R>> : never };

/** The SimulatorApi shape over the worker: `client.api.lambda.invoke(...)`, `client.api.advanceBy(...)`. */
export type RemoteSimulator = { lambda: ApiOf<LambdaApi>; sqs: ApiOf<SqsApi>; sns: ApiOf<SnsApi> } & {
  [K in TopLevel]: (...args: MethodParams<K>) => Promise<MethodResult<K>>;
};

export class SimulatorWorkerClient {
  private worker: WorkerLike | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private traceListeners = new Set<(records: TraceRecordMessage[]) => void>();
  private options: SimulatorOptions | undefined;
  private readonly callTimeoutMs: number;
  /** Calls made in the current tick, posted together at its end (see the "batch" request). */
  private outbox: { id: number; method: SimulatorMethod; params: unknown[] }[] = [];
  /** Promise-returning SimulatorApi over the worker. */
  readonly api: RemoteSimulator;

  constructor(
    private readonly factory: () => WorkerLike,
    options: ClientOptions = {},
  ) {
    this.callTimeoutMs = options.callTimeoutMs ?? 60_000;
    const service = (name: keyof Services) =>
      new Proxy({}, { get: (_t, key) => (typeof key === "string" ? (...params: unknown[]) => this.send(`${name}.${key}` as SimulatorMethod, params) : undefined) });
    const api: Record<string, unknown> = { lambda: service("lambda"), sqs: service("sqs"), sns: service("sns") };
    for (const m of TOP_LEVEL_METHODS) api[m] = (...params: unknown[]) => this.send(m, params);
    this.api = api as RemoteSimulator;
  }

  /** Starts the worker (if needed) and creates the simulator in it. */
  async create(options: SimulatorOptions = {}): Promise<void> {
    this.options = options;
    this.ensureWorker();
    await this.request({ type: "create", options }, "create");
  }

  call<M extends SimulatorMethod>(method: M, ...params: MethodParams<M>): Promise<MethodResult<M>> {
    return this.send(method, params) as Promise<MethodResult<M>>;
  }

  /** Receives trace records as the worker produces them; returns the unsubscribe function. */
  onTrace(listener: (records: TraceRecordMessage[]) => void): () => void {
    this.traceListeners.add(listener);
    return () => this.traceListeners.delete(listener);
  }

  /** Terminates the worker and starts a fresh one with the same options (all state is lost). */
  async restart(): Promise<void> {
    this.terminate();
    if (this.options) await this.create(this.options);
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.outbox = [];
    for (const p of this.pending.values()) {
      if (p.timer) clearTimeout(p.timer);
      p.reject(new WorkerRestartedError());
    }
    this.pending.clear();
  }

  private send(method: SimulatorMethod, params: unknown[]): Promise<unknown> {
    if (!this.worker) return Promise.reject(new Error("Call create() before using the simulator worker."));
    return this.request({ type: "call", method, params }, method);
  }

  private ensureWorker(): void {
    if (this.worker) return;
    const worker = this.factory();
    worker.addEventListener("message", (event) => this.receive(event.data as WorkerResponse));
    this.worker = worker;
  }

  private request(body: Omit<Extract<WorkerRequest, { type: "create" }>, "id"> | Omit<Extract<WorkerRequest, { type: "call" }>, "id">, label: string): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const pending: Pending = { resolve, reject };
      pending.timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new WorkerTimeoutError(label, this.callTimeoutMs));
        void this.restart().catch(() => {});
      }, this.callTimeoutMs);
      this.pending.set(id, pending);
      if (body.type === "create") {
        this.flushOutbox(); // calls made before a re-create belong to the old simulator
        this.worker!.postMessage({ ...body, id } as WorkerRequest);
        return;
      }
      // Calls made in one tick (a burst in Promise.all) must start at the same virtual instant in
      // the worker, as they would in-process; one message per call would let the first finish
      // before the worker even sees the second.
      if (this.outbox.length === 0) queueMicrotask(() => this.flushOutbox());
      this.outbox.push({ id, method: body.method, params: body.params });
    });
  }

  private flushOutbox(): void {
    const calls = this.outbox;
    if (calls.length === 0 || !this.worker) return;
    this.outbox = [];
    if (calls.length === 1) this.worker.postMessage({ type: "call", ...calls[0] } satisfies WorkerRequest);
    else this.worker.postMessage({ type: "batch", id: calls[0].id, calls } satisfies WorkerRequest);
  }

  private receive(message: WorkerResponse): void {
    if (message.type === "trace") {
      for (const listener of this.traceListeners) listener(message.records);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (pending.timer) clearTimeout(pending.timer);
    if (message.ok) pending.resolve(message.value);
    else pending.reject(new SimulatorRemoteError(message.error));
  }
}
