import type { InvocationType, InvokeOutcome } from "../kernel/trace";
import type { TaskHandle } from "../kernel/scheduler";
import type { InvokeSource } from "./invoke-types";
import type { FunctionState, VersionConfig } from "./function-store";

/** What the engine needs to run one attempt of an invocation. */
export interface InvocationSpec {
  fn: FunctionState;
  version: VersionConfig;
  /** The ARN the caller used (unqualified, or qualified with a version or alias). */
  invokedArn: string;
  /** "$LATEST", a version number or an alias name: the qualifier the caller used. */
  qualifierLabel: string;
  requestId: string;
  payload: string;
  invocationType: InvocationType;
  attempt: number;
  source: InvokeSource;
  onComplete: (outcome: InvocationOutcome) => void;
}

/** How one attempt ended, as the caller and the async queue see it. */
export interface InvocationOutcome {
  requestId: string;
  outcome: InvokeOutcome;
  /** JSON text: the response, or the error payload. */
  payload: string;
  functionError?: "Unhandled";
  executedVersion: string;
  errorType?: string;
  errorMessage?: string;
  durationMs: number;
  /** This attempt's log lines, for LogType Tail. */
  logLines: readonly string[];
  /** Virtual epoch ms at which the attempt ended. */
  endedAt: number;
}

export interface RunResult {
  kind: 0 | 1 | 2;
  payload: string;
  wait: boolean;
}

/** Mutable state of one attempt while it runs in an environment. */
export class Invocation {
  /** Virtual epoch ms at which the invoke phase started (after Init on a cold start). */
  start = 0;
  deadline = 0;
  cold = false;
  /** Init Duration to report, when this attempt paid for a successful cold start. */
  initDurationMs: number | undefined;
  /** Init time that failed before this attempt's invoke phase (billed, not reported as Init Duration). */
  failedInitMs = 0;
  result: RunResult | undefined;
  finished = false;
  stopped = false;
  timeoutTask: TaskHandle | undefined;
  logLines: string[] = [];
  logBytes = 0;
  logDropped = 0;
  turns = 0;
  /** Set when a simulator guard, not the virtual clock, stopped runaway code. */
  guard: "ticks" | "turns" | "wall" | undefined;
  crash: { payload: string; errorType: string; errorMessage: string; exitLine: string } | undefined;
  /** Init error to report after an invoke-phase Init retry failed. */
  initError: { payload: string; errorType: string } | undefined;

  constructor(
    readonly spec: InvocationSpec,
    readonly runId: number,
  ) {}
}
