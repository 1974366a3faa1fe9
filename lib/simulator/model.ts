/**
 * Every number the simulator uses to model AWS Lambda, in one place. Each constant names its
 * source: DG/<page> is the AWS Lambda Developer Guide, API/<Op> the Lambda API reference (both
 * under docs.aws.amazon.com/lambda/latest/). "Estimate" means AWS does not publish the figure
 * and the value is our own modelling choice; "Simulator limit" protects the host (the browser
 * tab) and has no AWS counterpart. Lessons may quote the sourced ones; they must present the
 * estimates as estimates.
 */

// ---------------------------------------------------------------- configuration limits

/** MemorySize range and default, in MB (API/CreateFunction; DG/configuration-memory). */
export const MEMORY_MIN_MB = 128;
export const MEMORY_MAX_MB = 10_240;
export const MEMORY_DEFAULT_MB = 128;

/** Timeout range and default, in seconds (API/CreateFunction; DG/configuration-timeout). */
export const TIMEOUT_MIN_S = 1;
export const TIMEOUT_MAX_S = 900;
export const TIMEOUT_DEFAULT_S = 3;

/** Environment variables: 4 KB in total (DG/gettingstarted-limits). */
export const ENVIRONMENT_MAX_BYTES = 4 * 1024;

/** Runtimes the simulator runs, the default, and the identifiers Lambda reports for them. */
export const SUPPORTED_RUNTIMES = ["nodejs20.x", "nodejs22.x", "nodejs24.x"] as const;
export const DEFAULT_RUNTIME = "nodejs22.x";
/**
 * Runtime version strings printed in INIT_START (DG/runtimes-update shows the format
 * "nodejs:20.v13"). The patch numbers are estimates; AWS moves them forward continuously.
 */
export const RUNTIME_VERSION_LABELS: Record<string, string> = {
  "nodejs20.x": "nodejs:20.v48",
  "nodejs22.x": "nodejs:22.v52",
  "nodejs24.x": "nodejs:24.v11",
};

/** process.version inside each runtime. Estimate: a recent patch release of each line. */
export const NODE_VERSIONS: Record<string, string> = {
  "nodejs20.x": "v20.19.5",
  "nodejs22.x": "v22.21.1",
  "nodejs24.x": "v24.11.1",
};

/** Handler default (API/CreateFunction console default "index.handler"). */
export const DEFAULT_HANDLER = "index.handler";

// ---------------------------------------------------------------- payloads

/** Synchronous request and response payloads: 6 MB each (DG/gettingstarted-limits). */
export const SYNC_PAYLOAD_MAX_BYTES = 6 * 1024 * 1024;
/** Asynchronous payload: 1 MB since late 2025, previously 256 KB (DG/gettingstarted-limits). */
export const ASYNC_PAYLOAD_MAX_BYTES = 1024 * 1024;
/**
 * The byte count Lambda quotes in Function.ResponseSizeTooLarge messages (6 MB plus framing);
 * as seen in real error payloads, not stated on a DG page.
 */
export const RESPONSE_LIMIT_QUOTED_BYTES = 6_291_556;
/** LogType Tail returns the last 4 KB of the invocation's log (API/Invoke). */
export const LOG_TAIL_BYTES = 4 * 1024;

// ---------------------------------------------------------------- CPU and time

/** At 1,769 MB a function has the equivalent of one vCPU (DG/configuration-memory). */
export const FULL_VCPU_MEMORY_MB = 1769;

/**
 * Share of one vCPU a single-threaded Node.js handler gets. CPU is proportional to memory
 * (DG/configuration-memory); above 1,769 MB Lambda adds vCPUs, which one JavaScript thread
 * cannot use, so the share stops at 1.
 */
export function cpuShare(memoryMb: number): number {
  return Math.min(1, memoryMb / FULL_VCPU_MEMORY_MB);
}

/**
 * Virtual CPU milliseconds, at one full vCPU, charged per QuickJS interrupt tick. QuickJS calls
 * the interrupt handler after a fixed amount of interpreted work (about 5,000 simple loop
 * iterations or 3,000 function calls), which makes the tick a deterministic unit of work.
 * Estimate: chosen so a one-million-iteration loop costs about 10 ms at 1,769 MB and about
 * 140 ms at 128 MB, the order of magnitude Node.js shows on Lambda for simple loops.
 * Work done inside native built-ins (sort, large string operations) does not tick and is not
 * charged; only payload (de)serialisation is charged separately below.
 */
export const CPU_MS_PER_TICK = 0.05;

/**
 * Fixed CPU work of the Node.js runtime around every invocation (receiving the event, building
 * the context, posting the response), at one vCPU. Estimate: gives the 1-2 ms Duration that a
 * trivial warm Node.js handler reports at 128 MB.
 */
export const INVOKE_OVERHEAD_CPU_MS = 0.12;

/** CPU cost of parsing the event and serialising the response, per KB, at one vCPU. Estimate. */
export const PAYLOAD_CPU_MS_PER_KB = 0.002;

/** CPU cost of running one timer callback or other event-loop turn, at one vCPU. Estimate. */
export const EVENT_LOOP_TURN_CPU_MS = 0.005;

/** Node.js clamps setTimeout delays below 1 ms to 1 ms (nodejs.org timers documentation). */
export const MIN_TIMER_DELAY_MS = 1;

// ---------------------------------------------------------------- execution environments

/**
 * Init phase limit: 10 seconds; on timeout Lambda retries Init during the first invocation,
 * limited by the function timeout (DG/lambda-runtime-environment).
 */
export const INIT_TIMEOUT_MS = 10_000;

/**
 * Modelled Init Duration = fixed part + CPU part (scaled by memory) + code loading + the
 * handler module's own top-level work. Estimates, fitted to the 100-250 ms Init Duration that
 * small Node.js functions commonly report: about 150 ms at 128 MB, about 80 ms at 1,769 MB.
 */
export const INIT_FIXED_MS = 70;
export const INIT_RUNTIME_CPU_MS = 6;
export const INIT_CPU_MS_PER_CODE_KB = 0.05;

/**
 * How long an idle environment is kept before Lambda reclaims it. AWS does not document it
 * (DG/lambda-runtime-environment says only that Lambda keeps environments for some time);
 * UNCONFIRMED estimate from commonly observed behaviour (5 to 15 minutes).
 */
export const ENV_IDLE_RECLAIM_MS = 5 * 60 * 1000;

/**
 * Baseline resident memory of the Node.js runtime before any user objects, in MB, added to
 * the sandbox's measured heap for REPORT's Max Memory Used and subtracted from MemorySize for
 * the heap limit. Estimate: trivial Node.js 20/22 functions commonly report 60-75 MB.
 */
export const RUNTIME_BASE_MEMORY_MB = 60;

/**
 * The largest JavaScript heap one sandbox may use, whatever MemorySize says. Simulator limit:
 * all environments share one WebAssembly memory inside the browser tab.
 */
export const SANDBOX_HEAP_CAP_MB = 256;

/** Total WebAssembly memory for all sandboxes together. Simulator limit. */
export const WASM_MEMORY_MAX_MB = 512;

// ---------------------------------------------------------------- runaway code guards

/**
 * Deterministic ceiling on interpreted work per invocation (and per Init), in ticks; about
 * three seconds of wall time on a laptop. Simulator limit: beyond it the invocation is
 * reported exactly as a timeout at the configured Timeout, so results do not depend on the
 * host's speed.
 */
export const MAX_TICKS_PER_RUN = 2500;

/** Deterministic ceiling on event-loop turns (timer callbacks) per invocation. Simulator limit. */
export const MAX_TURNS_PER_RUN = 20_000;

/**
 * Wall-clock guard for one uninterrupted stretch of sandbox code (the only use of real time
 * in the engine). Catches work that ticks too slowly for the tick ceiling. Simulator limit;
 * its outcome is reported as the configured timeout, deterministically.
 */
export const WALL_GUARD_MS = 4000;

/** Log output kept per invocation before the rest is dropped. Simulator limit. */
export const LOG_BYTES_PER_RUN = 256 * 1024;
/** CloudWatch Logs truncates a single event at 256 KB (CloudWatch Logs quotas). */
export const LOG_EVENT_MAX_BYTES = 256 * 1024;
/** Log events kept per function, oldest dropped first. Simulator limit. */
export const LOG_EVENTS_KEPT_PER_FUNCTION = 100_000;
/** Trace records kept, oldest dropped first. Simulator limit. */
export const TRACE_RECORDS_KEPT = 500_000;

// ---------------------------------------------------------------- concurrency

/** Default concurrent executions per account and Region (DG/gettingstarted-limits). */
export const ACCOUNT_CONCURRENCY_DEFAULT = 1000;
/** Unreserved concurrency that must remain (API/PutFunctionConcurrency). */
export const MIN_UNRESERVED_CONCURRENCY = 100;
/**
 * Scaling rate: each function can add 1,000 execution environments every 10 seconds, refilled
 * continuously and never accumulated beyond 1,000 (DG/scaling-behavior). Modelled as a token
 * bucket of 1,000 refilled at 100 per second.
 */
export const SCALING_BURST = 1000;
export const SCALING_REFILL_PER_MS = 1000 / 10_000;

// ---------------------------------------------------------------- asynchronous invocation

/**
 * Time between the 202 response and the event reaching a poller. Estimate: Lambda documents
 * no figure; tens of milliseconds are commonly observed.
 */
export const ASYNC_QUEUE_DELAY_MS = 20;
/**
 * Waits before the second and third attempt after a function error: one minute, then two
 * (DG/invocation-async-error-handling). Measured from the end of the failed attempt.
 */
export const ASYNC_RETRY_DELAYS_MS = [60_000, 120_000] as const;
/** Defaults and ranges of PutFunctionEventInvokeConfig (API/PutFunctionEventInvokeConfig). */
export const ASYNC_MAX_RETRIES_DEFAULT = 2;
export const ASYNC_MAX_RETRIES_MAX = 2;
export const ASYNC_MAX_EVENT_AGE_DEFAULT_S = 21_600;
export const ASYNC_MAX_EVENT_AGE_MIN_S = 60;
export const ASYNC_MAX_EVENT_AGE_MAX_S = 21_600;
/**
 * Throttles and system errors: the event goes back to the queue; the retry interval grows
 * exponentially from 1 second to at most 5 minutes (DG/invocation-async-error-handling). The
 * doubling factor and the jitter (up to +50%) are estimates.
 */
export const ASYNC_THROTTLE_BACKOFF_INITIAL_MS = 1000;
export const ASYNC_THROTTLE_BACKOFF_MAX_MS = 5 * 60 * 1000;
export const ASYNC_THROTTLE_BACKOFF_FACTOR = 2;
export const ASYNC_THROTTLE_JITTER = 0.5;
/**
 * "If the queue contains many entries, Lambda increases the retry interval and reduces the rate
 * at which it reads events from the queue" (DG/invocation-async-error-handling). Modelled by
 * multiplying the throttle backoff by (waiting events / (this many x available concurrency)),
 * when that is above 1. Estimate; small queues keep the plain 1 s, 2 s, 4 s ... backoff.
 */
export const ASYNC_BACKLOG_EVENTS_PER_CONCURRENCY = 10;
/** DLQ messages carry at most the first 1 KB of the error message (DG/invocation-async-retain-records). */
export const DLQ_ERROR_MESSAGE_MAX_BYTES = 1024;

// ---------------------------------------------------------------- simulated SQS

/** SQS defaults (SQS API reference, CreateQueue attributes; 1 MiB messages since August 2025). */
export const SQS_VISIBILITY_TIMEOUT_DEFAULT_S = 30;
export const SQS_VISIBILITY_TIMEOUT_MAX_S = 43_200;
export const SQS_MESSAGE_RETENTION_DEFAULT_S = 345_600;
export const SQS_MAX_MESSAGE_BYTES = 1024 * 1024;
export const SQS_RECEIVE_MAX_MESSAGES = 10;
