import type { Kernel } from "../kernel/kernel";
import type { TaskHandle } from "../kernel/scheduler";
import {
  cpuShare,
  CPU_MS_PER_TICK,
  EVENT_LOOP_TURN_CPU_MS,
  INIT_CPU_MS_PER_CODE_KB,
  INIT_FIXED_MS,
  INIT_RUNTIME_CPU_MS,
  INIT_TIMEOUT_MS,
  INVOKE_OVERHEAD_CPU_MS,
  LOG_BYTES_PER_RUN,
  LOG_EVENT_MAX_BYTES,
  MAX_TURNS_PER_RUN,
  MEMORY_MIN_MB,
  PAYLOAD_CPU_MS_PER_KB,
  RESPONSE_LIMIT_QUOTED_BYTES,
  RUNTIME_BASE_MEMORY_MB,
  RUNTIME_VERSION_LABELS,
  SANDBOX_HEAP_CAP_MB,
  SYNC_PAYLOAD_MAX_BYTES,
} from "../model";
import type { QuickJSHost } from "../sandbox/quickjs-host";
import { QuickJsSandbox, type SandboxEvents, type SliceClock, type SliceResult, type StopReason } from "../sandbox/quickjs-sandbox";
import { utf8Length } from "../sandbox/source-bundle";
import type { FunctionState, VersionConfig } from "./function-store";
import { Invocation } from "./invocation";
import { consoleLine, iso, reportLine, type LogStore } from "./log-store";
import type { EnvReclaimReason, InvokeOutcome, TraceInput } from "../kernel/trace";

/**
 * One execution environment: a sandbox plus the event loop around it. It runs Init (and, when
 * Init fails, Lambda's retry of Init inside the first invocation), then invocations one at a
 * time, each as a sequence of slices on the virtual clock. Between invocations it is frozen:
 * its timers stay registered but do not fire until the next invocation thaws it.
 */

export interface EnvironmentHost {
  kernel: Kernel;
  logs: LogStore;
  quickjs: QuickJSHost;
  runtimeVersionArn(runtime: string): string;
  nodeVersion(runtime: string): string;
  /** Called once per attempt, at its end, after the environment went idle or was reset. */
  attemptFinished(env: ExecutionEnvironment, inv: Invocation, result: AttemptResult): void;
  /** Called when the environment ends (reset, reclaimed): it must leave its pool. */
  environmentEnded(env: ExecutionEnvironment, reason: EnvReclaimReason): void;
}

export interface AttemptResult {
  outcome: InvokeOutcome;
  payload: string;
  errorType?: string;
  errorMessage?: string;
  durationMs: number;
}

interface InitRun {
  phase: "init" | "invoke";
  t0: number;
  deadline: number;
  ok?: boolean;
  payload?: string;
  failure?: { errorType: string; payload: string };
  stopped?: StopReason | "turns";
  turns: number;
  then: (result: InitResult) => void;
}

type InitResult =
  | { ok: true; durationMs: number }
  | { ok: false; durationMs: number; timedOut: boolean; guard?: boolean; errorType: string; payload: string };

interface Timer {
  due: number;
  task?: TaskHandle;
}

const KB = 1024;

export class ExecutionEnvironment implements SandboxEvents {
  state: "new" | "busy" | "idle" | "dead" = "new";
  sandbox: QuickJsSandbox | undefined;
  /** Virtual epoch ms until which the environment is busy computing. */
  cursor = 0;
  readonly msPerTick: number;
  readonly share: number;
  invocations = 0;
  idleTask: TaskHandle | undefined;
  idleSince = 0;
  private timers = new Map<number, Timer>();
  private phase: "init" | "invoke" | undefined;
  private initRun: InitRun | undefined;
  private inv: Invocation | undefined;
  private startLogged = false;

  constructor(
    private readonly host: EnvironmentHost,
    readonly id: string,
    readonly fn: FunctionState,
    readonly config: VersionConfig,
    readonly poolKey: string,
    readonly logStreamName: string,
    private readonly seed: number,
  ) {
    this.share = cpuShare(config.memorySize);
    this.msPerTick = CPU_MS_PER_TICK / this.share;
  }

  private get kernel(): Kernel {
    return this.host.kernel;
  }

  /** Starts an attempt in this environment at the current virtual time (cold or warm). */
  begin(inv: Invocation): void {
    this.state = "busy";
    this.startLogged = false;
    this.invocations++;
    if (this.idleTask) {
      this.idleTask.cancel();
      this.idleTask = undefined;
    }
    const now = this.kernel.now();
    this.cursor = Math.max(this.cursor, now);
    if (this.sandbox) {
      this.startInvoke(inv, now);
      return;
    }
    inv.cold = true;
    this.runInit("init", now, now + INIT_TIMEOUT_MS, (first) => {
      if (first.ok) {
        inv.initDurationMs = first.durationMs;
        this.startInvoke(inv, this.kernel.now());
        return;
      }
      // Lambda retries a failed Init inside the first invocation, limited by the function timeout.
      const t = this.kernel.now();
      inv.failedInitMs = first.durationMs;
      inv.start = t;
      inv.deadline = t + this.config.timeout * 1000;
      inv.timeoutTask = this.kernel.at(inv.deadline, () => this.onDeadline(inv));
      this.inv = inv;
      if (first.timedOut && first.guard) {
        // Runaway Init code was stopped by a simulator guard; running it again would only burn
        // wall time, so the retry is modelled as timing out too (onDeadline reports it).
        inv.guard = "ticks";
        this.phase = "init";
        this.initRun = { phase: "invoke", t0: t, deadline: inv.deadline, turns: 0, stopped: "ticks", then: () => {} };
        this.kernel.trace.emit({ t, kind: "env.init.start", functionName: this.fn.name, environmentId: this.id, version: this.config.version, phase: "invoke" });
        return;
      }
      this.runInit("invoke", t, inv.deadline, (second) => {
        if (second.ok) this.startInvoke(inv, this.kernel.now());
        else if (!second.timedOut) this.failAfterInit(inv, second.errorType, second.payload);
        // a timed-out retry ends through onDeadline
      });
    });
  }

  // ------------------------------------------------------------ Init

  private runInit(phase: "init" | "invoke", t0: number, deadline: number, then: (r: InitResult) => void): void {
    const k = this.kernel;
    this.phase = "init";
    this.initRun = { phase, t0, deadline, turns: 0, then };
    this.clearTimers();
    this.sandbox?.dispose();
    k.trace.emit({ t: t0, kind: "env.init.start", functionName: this.fn.name, environmentId: this.id, version: this.config.version, phase });
    this.platformLog(t0, `INIT_START Runtime Version: ${RUNTIME_VERSION_LABELS[this.config.runtime]}\tRuntime Version ARN: ${this.host.runtimeVersionArn(this.config.runtime)}`);
    const codeKb = this.config.code.size / KB;
    const bootMs = INIT_FIXED_MS + (INIT_RUNTIME_CPU_MS + codeKb * INIT_CPU_MS_PER_CODE_KB) / this.share;
    const sandbox = new QuickJsSandbox(this.host.quickjs, this.config.code.bundle, this.sandboxInfo(t0), this.heapLimitBytes(), this);
    this.sandbox = sandbox;
    sandbox.boot({ start: t0, msPerTick: this.msPerTick, deadline: deadline });
    this.cursor = t0 + bootMs;
    sandbox.beginRun();
    const r = sandbox.init(this.config.handler, this.clock(deadline));
    this.afterSlice(r);
  }

  private finishInit(): void {
    const run = this.initRun;
    if (!run || this.phase !== "init") return;
    const t = this.kernel.now();
    const durationMs = t - run.t0;
    this.phase = undefined;
    this.initRun = undefined;
    if (run.ok) {
      this.traceInitEnd(run, "success", durationMs);
      run.then({ ok: true, durationMs });
      return;
    }
    const failure = run.failure ?? { errorType: "Runtime.Unknown", payload: JSON.stringify({ errorType: "Runtime.Unknown", errorMessage: "Init failed", trace: [] }) };
    this.platformLog(t, `INIT_REPORT Init Duration: ${durationMs.toFixed(2)} ms\tPhase: ${run.phase}\tStatus: error\tError Type: ${failure.errorType}`);
    this.traceInitEnd(run, "error", durationMs, failure.errorType);
    run.then({ ok: false, durationMs, timedOut: false, errorType: failure.errorType, payload: failure.payload });
  }

  /** Init hit its deadline (or a runaway-code guard): reported at the deadline as an Init timeout. */
  private initTimedOut(run: InitRun): void {
    if (this.initRun !== run) return;
    const durationMs = run.deadline - run.t0;
    this.phase = undefined;
    this.initRun = undefined;
    this.platformLog(run.deadline, `INIT_REPORT Init Duration: ${durationMs.toFixed(2)} ms\tPhase: ${run.phase}\tStatus: timeout`);
    this.traceInitEnd(run, "timeout", durationMs);
    this.clearTimers();
    const guard = run.stopped === "ticks" || run.stopped === "wall" || run.stopped === "turns";
    run.then({ ok: false, durationMs, timedOut: true, guard, errorType: "Sandbox.Timedout", payload: "" });
  }

  private traceInitEnd(run: InitRun, outcome: "success" | "error" | "timeout", initDurationMs: number, errorType?: string): void {
    this.kernel.trace.emit({
      t: this.kernel.now(),
      kind: "env.init.end",
      functionName: this.fn.name,
      environmentId: this.id,
      version: this.config.version,
      phase: run.phase,
      outcome,
      initDurationMs,
      ...(errorType ? { errorType } : {}),
    });
  }

  /** The invoke-phase Init retry failed too: the invocation fails with the Init error. */
  private failAfterInit(inv: Invocation, errorType: string, payload: string): void {
    inv.finished = true;
    inv.stopped = true;
    inv.timeoutTask?.cancel();
    const t = this.kernel.now();
    this.logStart(inv, t);
    this.invocationLog(inv, t, `Unknown application error occurred\n${errorType}`);
    this.endInvocation(inv, "error", payload, { errorType, status: "error", reportErrorType: errorType, reset: true });
  }

  // ------------------------------------------------------------ invocations

  private startInvoke(inv: Invocation, t: number): void {
    const k = this.kernel;
    const spec = inv.spec;
    this.phase = "invoke";
    this.inv = inv;
    this.startLogged = false;
    if (!inv.deadline) {
      inv.start = t;
      inv.deadline = t + this.config.timeout * 1000;
      inv.timeoutTask = k.at(inv.deadline, () => this.onDeadline(inv));
    }
    this.logStart(inv, t);
    this.thaw(t);
    const sandbox = this.sandbox!;
    sandbox.beginRun();
    sandbox.resetPeak();
    const pre = (INVOKE_OVERHEAD_CPU_MS / 2 + (spec.payload.length / KB) * PAYLOAD_CPU_MS_PER_KB) / this.share;
    this.cursor = t + pre;
    const traceId = `Root=1-${Math.floor(t / 1000).toString(16).padStart(8, "0")}-${k.rng.stream("trace").hex(24)};Sampled=0;Lineage=1:${k.rng.stream("trace").hex(8)}:0`;
    const r = sandbox.invoke(inv.runId, spec.payload, spec.requestId, spec.invokedArn, Math.floor(inv.deadline), traceId, this.clock(inv.deadline));
    this.afterSlice(r);
  }

  private logStart(inv: Invocation, t: number): void {
    if (this.startLogged && this.inv === inv) return;
    this.startLogged = true;
    this.invocationLog(inv, t, `START RequestId: ${inv.spec.requestId} Version: ${this.config.version}`);
    this.kernel.trace.emit({
      t: inv.start,
      kind: "invoke.start",
      functionName: this.fn.name,
      requestId: inv.spec.requestId,
      environmentId: this.id,
      version: this.config.version,
      invocationType: inv.spec.invocationType,
      attempt: inv.spec.attempt,
      coldStart: inv.cold,
      source: inv.spec.source.label,
    });
  }

  private afterSlice(r: SliceResult): void {
    this.cursor += r.cpuMs;
    if (this.phase === "init") {
      const run = this.initRun!;
      if (r.stop) return this.initStopped(run, r.stop);
      if (++run.turns > MAX_TURNS_PER_RUN) return this.initStopped(run, "turns");
      if (run.ok !== undefined) this.kernel.at(this.cursor, () => this.finishInit());
      return;
    }
    const inv = this.inv;
    if (this.phase !== "invoke" || !inv || inv.stopped) return;
    if (r.stop) return this.invokeStopped(inv, r.stop);
    if (++inv.turns > MAX_TURNS_PER_RUN) return this.invokeStopped(inv, "turns");
    if (inv.crash) return this.invokeStopped(inv, "crash");
    const res = inv.result;
    if (!res) return;
    const loopEmpty = this.timers.size === 0;
    if ((res.kind !== 2 && (!res.wait || loopEmpty)) || (res.kind === 2 && loopEmpty)) this.scheduleCompletion(inv);
  }

  private initStopped(run: InitRun, reason: StopReason | "turns"): void {
    run.stopped = reason;
    if (reason === "exit" || reason === "crash" || reason === "oom") {
      if (!run.failure) {
        const errorType = reason === "oom" ? "Runtime.OutOfMemory" : "Runtime.ExitError";
        const message = reason === "oom" ? "Runtime exited with error: signal: killed" : "Runtime exited with error: exit status 129";
        run.failure = { errorType, payload: JSON.stringify({ errorType, errorMessage: message, trace: [] }) };
      }
      run.ok = false;
      this.kernel.at(Math.min(this.cursor, run.deadline), () => this.finishInit());
      return;
    }
    this.kernel.at(run.deadline, () => this.initTimedOut(run));
  }

  private scheduleCompletion(inv: Invocation): void {
    const res = inv.result!;
    const post = (INVOKE_OVERHEAD_CPU_MS / 2 + (res.payload.length / KB) * PAYLOAD_CPU_MS_PER_KB) / this.share;
    const at = this.cursor + post;
    inv.stopped = true;
    if (at >= inv.deadline) return; // the timeout task ends it
    this.kernel.at(at, () => this.completeInvocation(inv));
  }

  private completeInvocation(inv: Invocation): void {
    if (inv.finished) return;
    inv.finished = true;
    inv.timeoutTask?.cancel();
    const res = inv.result!;
    let payload = res.kind === 2 ? "null" : res.payload;
    let isError = res.kind === 1;
    if (inv.spec.invocationType === "RequestResponse" && payload.length * 3 > SYNC_PAYLOAD_MAX_BYTES && utf8Length(payload) > SYNC_PAYLOAD_MAX_BYTES) {
      isError = true;
      payload = JSON.stringify({
        errorMessage: `Response payload size exceeded maximum allowed payload size (${RESPONSE_LIMIT_QUOTED_BYTES} bytes).`,
        errorType: "Function.ResponseSizeTooLarge",
      });
      this.invocationLog(inv, this.kernel.now(), `${iso(this.kernel.now())} ${inv.spec.requestId} Response payload size exceeded maximum allowed payload size (${RESPONSE_LIMIT_QUOTED_BYTES} bytes).`);
    }
    if (!isError) {
      this.endInvocation(inv, "success", payload, { reset: false });
      return;
    }
    const parsed = parseError(payload);
    this.endInvocation(inv, "error", payload, { errorType: parsed.errorType, errorMessage: parsed.errorMessage, reset: false });
  }

  private invokeStopped(inv: Invocation, reason: StopReason | "turns"): void {
    inv.stopped = true;
    const id = inv.spec.requestId;
    if (reason === "deadline" || reason === "ticks" || reason === "wall" || reason === "turns") {
      if (reason !== "deadline") inv.guard = reason;
      return; // onDeadline reports the timeout at the configured Timeout
    }
    const at = this.cursor;
    if (at >= inv.deadline) return;
    this.kernel.at(at, () => {
      if (inv.finished) return;
      inv.finished = true;
      inv.timeoutTask?.cancel();
      const t = this.kernel.now();
      if (reason === "oom") {
        const message = `RequestId: ${id} Error: Runtime exited with error: signal: killed`;
        this.invocationLog(inv, t, `${message}\nRuntime.OutOfMemory`);
        const payload = JSON.stringify({ errorType: "Runtime.OutOfMemory", errorMessage: message });
        this.endInvocation(inv, "crash", payload, {
          errorType: "Runtime.OutOfMemory",
          errorMessage: message,
          status: "error",
          reportErrorType: "Runtime.OutOfMemory",
          reset: true,
          memoryUsedMB: this.config.memorySize,
        });
        return;
      }
      if (reason === "exit") {
        const message = `RequestId: ${id} Error: Runtime exited with error: exit status ${this.exitCode}`;
        this.invocationLog(inv, t, `${message}\nRuntime.ExitError`);
        const payload = JSON.stringify({ errorType: "Runtime.ExitError", errorMessage: message });
        this.endInvocation(inv, "crash", payload, { errorType: "Runtime.ExitError", errorMessage: message, status: "error", reportErrorType: "Runtime.ExitError", reset: true });
        return;
      }
      // An uncaught exception (from a timer callback) makes Node.js exit with status 129.
      const crash = inv.crash;
      const message = `RequestId: ${id} Error: Runtime exited with error: exit status 129`;
      this.invocationLog(inv, t, `${message}\nRuntime.ExitError`);
      const payload = crash?.payload ?? JSON.stringify({ errorType: "Runtime.ExitError", errorMessage: message });
      const parsed = parseError(payload);
      this.endInvocation(inv, "crash", payload, {
        errorType: parsed.errorType,
        errorMessage: parsed.errorMessage,
        status: "error",
        reportErrorType: "Runtime.ExitError",
        reset: true,
      });
    });
  }

  private onDeadline(inv: Invocation): void {
    if (inv.finished) return;
    inv.finished = true;
    inv.stopped = true;
    if (this.phase === "init" && this.initRun) {
      // The invoke-phase Init retry ran out of time: that is the invocation's timeout.
      const run = this.initRun;
      this.phase = undefined;
      this.initRun = undefined;
      this.platformLog(inv.deadline, `INIT_REPORT Init Duration: ${(inv.deadline - run.t0).toFixed(2)} ms\tPhase: invoke\tStatus: timeout`);
      this.traceInitEnd(run, "timeout", inv.deadline - run.t0);
      this.inv = inv;
    }
    const t = this.kernel.now();
    const seconds = this.config.timeout.toFixed(2);
    this.logStart(inv, t);
    this.invocationLog(inv, t, `${iso(t)} ${inv.spec.requestId} Task timed out after ${seconds} seconds`);
    const message = `RequestId: ${inv.spec.requestId} Error: Task timed out after ${seconds} seconds`;
    const payload = JSON.stringify({ errorType: "Sandbox.Timedout", errorMessage: message });
    this.kernel.trace.emit({
      t,
      kind: "invoke.timeout",
      functionName: this.fn.name,
      requestId: inv.spec.requestId,
      environmentId: this.id,
      version: this.config.version,
      attempt: inv.spec.attempt,
      timeoutSeconds: this.config.timeout,
      ...(inv.guard ? { guard: inv.guard } : {}),
    });
    this.endInvocation(inv, "timeout", payload, { errorType: "Sandbox.Timedout", errorMessage: message, status: "timeout", reset: true });
  }

  private endInvocation(
    inv: Invocation,
    outcome: InvokeOutcome,
    payload: string,
    extra: { errorType?: string; errorMessage?: string; status?: "timeout" | "error"; reportErrorType?: string; reset: boolean; memoryUsedMB?: number },
  ): void {
    const k = this.kernel;
    const t = k.now();
    const spec = inv.spec;
    const durationMs = outcome === "timeout" ? this.config.timeout * 1000 : t - inv.start;
    const initMs = inv.initDurationMs ?? 0;
    const billedMs = Math.ceil(durationMs + initMs + inv.failedInitMs);
    const heap = this.sandbox ? this.sandbox.peakHeapBytes : 0;
    const maxMemoryUsedMB =
      extra.memoryUsedMB ?? Math.min(this.config.memorySize, Math.ceil(RUNTIME_BASE_MEMORY_MB + heap / (1024 * 1024)));
    if (extra.errorType && outcome !== "timeout") {
      k.trace.emit({
        t,
        kind: "invoke.error",
        functionName: this.fn.name,
        requestId: spec.requestId,
        environmentId: this.id,
        version: this.config.version,
        attempt: spec.attempt,
        errorType: extra.errorType,
        errorMessage: extra.errorMessage ?? "",
      });
    }
    if (inv.logDropped > 0) {
      this.invocationLog(inv, t, `[Lambda Lab] ${inv.logDropped} bytes of log output dropped: the simulator keeps ${LOG_BYTES_PER_RUN / 1024} KB per invocation.`, true);
    }
    this.invocationLog(inv, t, `END RequestId: ${spec.requestId}`, true);
    this.invocationLog(
      inv,
      t,
      reportLine({
        requestId: spec.requestId,
        durationMs,
        billedMs,
        memorySize: this.config.memorySize,
        maxMemoryUsedMB,
        initDurationMs: inv.initDurationMs,
        status: extra.status,
        errorType: extra.reportErrorType,
      }),
      true,
    );
    const end: TraceInput & { kind: "invoke.end" } = {
      t,
      kind: "invoke.end",
      functionName: this.fn.name,
      requestId: spec.requestId,
      environmentId: this.id,
      version: this.config.version,
      invocationType: spec.invocationType,
      attempt: spec.attempt,
      outcome,
      durationMs,
      billedDurationMs: billedMs,
      maxMemoryUsedMB,
    };
    if (inv.initDurationMs !== undefined) end.initDurationMs = inv.initDurationMs;
    if (extra.errorType) end.errorType = extra.errorType;
    k.trace.emit(end);
    this.freeze();
    this.phase = undefined;
    this.inv = undefined;
    if (extra.reset) this.end("reset");
    else this.state = "idle";
    this.host.attemptFinished(this, inv, { outcome, payload, errorType: extra.errorType, errorMessage: extra.errorMessage, durationMs });
  }

  // ------------------------------------------------------------ lifecycle

  /** Shuts the environment down for good (reset after a failure, idle reclaim, superseded code). */
  end(reason: EnvReclaimReason): void {
    if (this.state === "dead") return;
    this.state = "dead";
    this.clearTimers();
    this.idleTask?.cancel();
    this.idleTask = undefined;
    this.sandbox?.dispose();
    this.sandbox = undefined;
    this.kernel.trace.emit({
      t: this.kernel.now(),
      kind: "env.reclaimed",
      functionName: this.fn.name,
      environmentId: this.id,
      version: this.config.version,
      reason,
    });
    this.host.environmentEnded(this, reason);
  }

  /** Heap of the idle environment, in bytes (for tests and the bench). */
  heapBytes(): number {
    return this.sandbox?.heapBytes() ?? 0;
  }

  private clock(deadline: number): SliceClock {
    return { start: this.cursor, msPerTick: this.msPerTick, deadline };
  }

  private heapLimitBytes(): number {
    const mb = Math.min(SANDBOX_HEAP_CAP_MB, Math.max(MEMORY_MIN_MB - RUNTIME_BASE_MEMORY_MB, this.config.memorySize - RUNTIME_BASE_MEMORY_MB));
    return mb * 1024 * 1024;
  }

  private sandboxInfo(t0: number) {
    const c = this.config;
    const env: Record<string, string> = {
      ...c.environment,
      AWS_LAMBDA_FUNCTION_NAME: this.fn.name,
      AWS_LAMBDA_FUNCTION_VERSION: c.version,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(c.memorySize),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${this.fn.name}`,
      AWS_LAMBDA_LOG_STREAM_NAME: this.logStreamName,
      AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
      AWS_LAMBDA_RUNTIME_API: "127.0.0.1:9001",
      AWS_REGION: this.kernel.region,
      AWS_DEFAULT_REGION: this.kernel.region,
      AWS_EXECUTION_ENV: `AWS_Lambda_${c.runtime}`,
      LAMBDA_TASK_ROOT: "/var/task",
      LAMBDA_RUNTIME_DIR: "/var/runtime",
      TZ: ":UTC",
      LANG: "en_US.UTF-8",
      PATH: "/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin",
      NODE_PATH: "/opt/nodejs/node20/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task",
      _HANDLER: c.handler,
    };
    return {
      seed: this.seed,
      runtime: c.runtime,
      nodeVersion: this.host.nodeVersion(c.runtime),
      functionName: this.fn.name,
      functionVersion: c.version,
      memoryLimitInMB: String(c.memorySize),
      logGroupName: `/aws/lambda/${this.fn.name}`,
      logStreamName: this.logStreamName,
      env,
      envStart: t0,
      baseMemoryBytes: RUNTIME_BASE_MEMORY_MB * 1024 * 1024,
    };
  }

  // ------------------------------------------------------------ timers and the event loop

  private thaw(t: number): void {
    for (const [id, timer] of this.timers) {
      timer.task = this.kernel.at(Math.max(timer.due, t), () => this.onTimer(id));
    }
  }

  private freeze(): void {
    for (const timer of this.timers.values()) {
      timer.task?.cancel();
      timer.task = undefined;
    }
  }

  private clearTimers(): void {
    this.freeze();
    this.timers.clear();
  }

  private get running(): boolean {
    if (this.phase === "init") return !!this.initRun && !this.initRun.stopped && this.initRun.ok === undefined;
    return this.phase === "invoke" && !!this.inv && !this.inv.stopped;
  }

  private onTimer(id: number): void {
    const timer = this.timers.get(id);
    if (!timer || !this.running || !this.sandbox) return;
    const now = this.kernel.now();
    if (now < this.cursor) {
      timer.task = this.kernel.at(this.cursor, () => this.onTimer(id));
      return;
    }
    // A repeating timer re-registers itself (setTimer) while it fires.
    this.timers.delete(id);
    this.cursor = now + EVENT_LOOP_TURN_CPU_MS / this.share;
    const deadline = this.phase === "init" ? this.initRun!.deadline : this.inv!.deadline;
    const r = this.sandbox.fireTimer(id, this.clock(deadline));
    this.afterSlice(r);
  }

  // ------------------------------------------------------------ sandbox events

  setTimer(id: number, delayMs: number): void {
    if (!this.sandbox) return;
    const due = this.sandbox.now() + delayMs;
    const existing = this.timers.get(id);
    existing?.task?.cancel();
    const timer: Timer = { due };
    this.timers.set(id, timer);
    if (this.running) timer.task = this.kernel.at(due, () => this.onTimer(id));
  }

  clearTimer(id: number): void {
    const timer = this.timers.get(id);
    if (!timer) return;
    timer.task?.cancel();
    this.timers.delete(id);
  }

  log(level: number, text: string): void {
    if (!this.sandbox) return;
    const t = this.sandbox.now();
    if (this.phase === "invoke" && this.inv) {
      const inv = this.inv;
      if (inv.finished) return;
      if (level === -1) text = text.replace(/\n$/, "");
      this.invocationLog(inv, t, level === -1 ? text : consoleLine(t, inv.spec.requestId, level, text));
      return;
    }
    if (this.phase === "init") {
      this.platformLog(t, level === -1 ? text.replace(/\n$/, "") : consoleLine(t, undefined, level, text));
    }
  }

  done(runId: number, kind: 0 | 1 | 2, payload: string, logLine: string, waitForEmptyLoop: boolean): void {
    const inv = this.inv;
    if (this.phase !== "invoke" || !inv || inv.runId !== runId || inv.finished || inv.stopped) return;
    if (inv.result && inv.result.kind !== 2) return;
    if (kind === 2 && inv.result) return;
    if (kind === 1 && logLine) this.log(2, logLine);
    inv.result = { kind, payload, wait: waitForEmptyLoop };
  }

  uncaught(payload: string, logLine: string): void {
    if (logLine) this.log(2, logLine);
    const parsed = parseError(payload);
    if (this.phase === "invoke" && this.inv && !this.inv.crash) {
      this.inv.crash = { payload, errorType: parsed.errorType, errorMessage: parsed.errorMessage, exitLine: "" };
    } else if (this.phase === "init" && this.initRun && !this.initRun.failure) {
      this.initRun.failure = { errorType: parsed.errorType, payload };
    }
  }

  initDone(ok: boolean, payload: string, logLine: string): void {
    const run = this.initRun;
    if (this.phase !== "init" || !run || run.ok !== undefined) return;
    if (!ok && logLine) this.log(2, logLine);
    run.ok = ok;
    if (!ok) run.failure = { errorType: parseError(payload).errorType, payload };
  }

  private exitCode = 0;

  exit(code: number): void {
    this.exitCode = code;
  }

  // ------------------------------------------------------------ logs

  private platformLog(t: number, message: string): void {
    this.host.logs.append(this.fn.name, { timestamp: t, message, logStreamName: this.logStreamName });
  }

  private invocationLog(inv: Invocation, t: number, message: string, always = false): void {
    let text = message;
    if (!always) {
      if (inv.logBytes >= LOG_BYTES_PER_RUN) {
        inv.logDropped += text.length;
        return;
      }
      if (text.length > LOG_EVENT_MAX_BYTES) text = text.slice(0, LOG_EVENT_MAX_BYTES);
      inv.logBytes += text.length;
    }
    inv.logLines.push(text);
    this.host.logs.append(this.fn.name, { timestamp: t, message: text, logStreamName: this.logStreamName, requestId: inv.spec.requestId });
  }
}

function parseError(payload: string): { errorType: string; errorMessage: string } {
  try {
    const p = JSON.parse(payload) as { errorType?: unknown; errorMessage?: unknown };
    return { errorType: typeof p.errorType === "string" ? p.errorType : "Error", errorMessage: typeof p.errorMessage === "string" ? p.errorMessage : "" };
  } catch {
    return { errorType: "Error", errorMessage: "" };
  }
}
