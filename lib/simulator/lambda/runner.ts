import type { ThrottleReason } from "../errors";
import { hex, sha256, utf8 } from "../kernel/encoding";
import type { Kernel } from "../kernel/kernel";
import type { EnvReclaimReason } from "../kernel/trace";
import { ENV_IDLE_RECLAIM_MS, NODE_VERSIONS } from "../model";
import type { QuickJSHost } from "../sandbox/quickjs-host";
import type { ConcurrencyManager } from "./concurrency";
import { ExecutionEnvironment, type AttemptResult, type EnvironmentHost } from "./environment";
import type { FunctionState, VersionConfig } from "./function-store";
import { Invocation, type InvocationOutcome, type InvocationSpec } from "./invocation";
import type { LogStore } from "./log-store";

/**
 * Places attempts in execution environments: takes a unit of concurrency, reuses the most
 * recently idle environment of the same version (warm start) or creates one if the scaling rate
 * allows (cold start), and after each attempt records metrics, pools the environment and arms
 * its idle reclaim.
 */
export class Runner implements EnvironmentHost {
  private pools = new Map<string, ExecutionEnvironment[]>();
  private byFunction = new Map<string, Set<ExecutionEnvironment>>();
  private envSeq = 0;
  private runSeq = 0;
  private versionArns = new Map<string, string>();

  constructor(
    readonly kernel: Kernel,
    readonly logs: LogStore,
    readonly quickjs: QuickJSHost,
    private readonly concurrency: ConcurrencyManager,
  ) {}

  /** Starts an attempt now. Returns the throttle reason when it cannot start. */
  start(spec: InvocationSpec): ThrottleReason | undefined {
    const fnName = spec.fn.name;
    const reason = this.concurrency.tryAcquire(fnName);
    if (reason) return reason;
    const key = poolKey(spec.fn, spec.version);
    let env = this.takeIdle(key);
    if (!env) {
      if (!this.concurrency.tryScale(fnName)) {
        this.concurrency.release(fnName);
        return "FunctionInvocationRateLimitExceeded";
      }
      env = this.createEnvironment(spec.fn, spec.version, key);
    }
    env.state = "busy";
    const inv = new Invocation(spec, ++this.runSeq);
    const target = env;
    this.kernel.at(this.kernel.now(), () => target.begin(inv));
    return undefined;
  }

  private createEnvironment(fn: FunctionState, version: VersionConfig, key: string): ExecutionEnvironment {
    const k = this.kernel;
    const id = `e${++this.envSeq}`;
    const date = new Date(Math.floor(k.now())).toISOString().slice(0, 10).replace(/-/g, "/");
    const stream = `${date}/[${version.version}]${k.rng.stream("log-streams").hex(32)}`;
    const seed = k.rng.stream("sandbox-seeds").nextUint32();
    const env = new ExecutionEnvironment(this, id, fn, version, key, stream, seed);
    let set = this.byFunction.get(fn.name);
    if (!set) {
      set = new Set();
      this.byFunction.set(fn.name, set);
    }
    set.add(env);
    k.trace.emit({ t: k.now(), kind: "env.created", functionName: fn.name, environmentId: id, version: version.version });
    return env;
  }

  private takeIdle(key: string): ExecutionEnvironment | undefined {
    const pool = this.pools.get(key);
    while (pool && pool.length) {
      const env = pool.pop()!;
      if (env.state === "idle") return env;
    }
    return undefined;
  }

  attemptFinished(env: ExecutionEnvironment, inv: Invocation, result: AttemptResult): void {
    const k = this.kernel;
    const spec = inv.spec;
    const fn = spec.fn;
    this.concurrency.release(fn.name);
    k.metrics.put(fn.name, "Invocations", 1, inv.start);
    if (result.outcome !== "success") k.metrics.put(fn.name, "Errors", 1, inv.start);
    k.metrics.put(fn.name, "Duration", result.durationMs, inv.start);
    if (env.state === "idle") {
      if (fn.deleted) env.end("deleted");
      else if (isStale(fn, env.config)) env.end("superseded");
      else {
        let pool = this.pools.get(env.poolKey);
        if (!pool) {
          pool = [];
          this.pools.set(env.poolKey, pool);
        }
        pool.push(env);
        env.idleSince = k.now();
        env.idleTask = k.at(k.now() + ENV_IDLE_RECLAIM_MS, () => env.end("idle"), true);
      }
    }
    const outcome: InvocationOutcome = {
      requestId: spec.requestId,
      outcome: result.outcome,
      payload: result.payload,
      executedVersion: env.config.version,
      durationMs: result.durationMs,
      logLines: inv.logLines,
      endedAt: k.now(),
    };
    if (result.outcome !== "success") outcome.functionError = "Unhandled";
    if (result.errorType) outcome.errorType = result.errorType;
    if (result.errorMessage !== undefined) outcome.errorMessage = result.errorMessage;
    spec.onComplete(outcome);
  }

  environmentEnded(env: ExecutionEnvironment, _reason: EnvReclaimReason): void {
    const pool = this.pools.get(env.poolKey);
    if (pool) {
      const i = pool.indexOf(env);
      if (i >= 0) pool.splice(i, 1);
      if (!pool.length) this.pools.delete(env.poolKey);
    }
    this.byFunction.get(env.fn.name)?.delete(env);
  }

  /** Ends idle environments that no longer match the function (code or configuration changed, deleted). */
  retireStale(fn: FunctionState, reason: EnvReclaimReason): void {
    for (const env of [...(this.byFunction.get(fn.name) ?? [])]) {
      if (env.state === "idle" && (fn.deleted || isStale(fn, env.config))) env.end(reason);
    }
  }

  environments(functionName?: string): ExecutionEnvironment[] {
    if (functionName) return [...(this.byFunction.get(functionName) ?? [])];
    return [...this.byFunction.values()].flatMap((s) => [...s]);
  }

  disposeAll(): void {
    for (const env of this.environments()) env.end("disposed");
  }

  runtimeVersionArn(runtime: string): string {
    let arn = this.versionArns.get(runtime);
    if (!arn) {
      arn = `arn:aws:lambda:${this.kernel.region}::runtime:${hex(sha256(utf8(`lambda-lab:${runtime}`)))}`;
      this.versionArns.set(runtime, arn);
    }
    return arn;
  }

  nodeVersion(runtime: string): string {
    return NODE_VERSIONS[runtime] ?? "v22.21.1";
  }
}

function poolKey(fn: FunctionState, v: VersionConfig): string {
  return `${fn.name}\u0000${v.version}\u0000${v.generation}`;
}

function isStale(fn: FunctionState, config: VersionConfig): boolean {
  return config.version === "$LATEST" && config.generation !== fn.latest.generation;
}
