/**
 * A model of how a function's memory setting changes its duration and bill.
 *
 * Facts (lambda-facts.md, Execution environment): memory 128-10,240 MB; CPU is allocated in
 * proportion, with 1,769 MB equal to one full vCPU; duration is billed per 1 ms, rounded up.
 * The workload itself is a model, not a measurement: CPU work is given as milliseconds at one
 * full vCPU and stretches in proportion when the function has less; single-threaded code cannot
 * use more than one vCPU; time spent waiting on I/O does not change with memory.
 *
 * Prices: us-east-1 on-demand list prices at the time of writing (the same figures lesson 15
 * uses); the volume tiers above 6 billion GB-seconds a month are ignored. INIT billing on cold
 * starts is left out: this explores steady-state invocations.
 */

export const MEMORY_MIN_MB = 128;
export const MEMORY_MAX_MB = 10_240;
export const MB_PER_VCPU = 1_769;

export const PRICES = {
  /** USD per GB-second. */
  gbSecond: { x86_64: 0.0000166667, arm64: 0.0000133334 },
  /** USD per million requests. */
  perMillionRequests: 0.2,
  region: "us-east-1",
} as const;

export const FREE_TIER = { requests: 1_000_000, gbSeconds: 400_000 } as const;

export type Workload = "cpu-single" | "cpu-parallel" | "io-bound";
export type Architecture = keyof typeof PRICES.gbSecond;

export interface CostInput {
  memoryMb: number;
  workload: Workload;
  /** CPU time the work needs at one full vCPU, in ms. */
  cpuMs: number;
  /** Time spent waiting on the network or other services, in ms. */
  waitMs: number;
  invocationsPerMonth: number;
  architecture: Architecture;
  freeTier: boolean;
}

export interface CostResult {
  memoryMb: number;
  vcpus: number;
  durationMs: number;
  billedMs: number;
  gbSecondsPerInvocation: number;
  gbSecondsPerMonth: number;
  computeCost: number;
  requestCost: number;
  totalCost: number;
}

/** Workload presets: what each one spends its time on. */
export const WORKLOADS: Record<Workload, { label: string; cpuMs: number; waitMs: number }> = {
  "cpu-single": { label: "CPU-bound, single-threaded (resize an image in Node.js)", cpuMs: 400, waitMs: 20 },
  "cpu-parallel": { label: "CPU-bound, multi-threaded (encode with worker threads)", cpuMs: 2_000, waitMs: 20 },
  "io-bound": { label: "I/O-bound (call an API and a table, then return)", cpuMs: 8, waitMs: 180 },
};

export class CostInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CostInputError";
  }
}

export function clampMemory(mb: number): number {
  if (!Number.isFinite(mb)) return MEMORY_MIN_MB;
  return Math.min(MEMORY_MAX_MB, Math.max(MEMORY_MIN_MB, Math.round(mb)));
}

/** vCPU share for a memory size: 1,769 MB is one vCPU. */
export function vcpusFor(memoryMb: number): number {
  return memoryMb / MB_PER_VCPU;
}

export function modelDurationMs(input: Pick<CostInput, "memoryMb" | "workload" | "cpuMs" | "waitMs">): number {
  const vcpus = vcpusFor(input.memoryMb);
  // A single thread runs on at most one vCPU; I/O-bound code is single-threaded too.
  const usable = input.workload === "cpu-parallel" ? vcpus : Math.min(vcpus, 1);
  return input.waitMs + input.cpuMs / usable;
}

export function estimateCost(input: CostInput): CostResult {
  if (input.memoryMb < MEMORY_MIN_MB || input.memoryMb > MEMORY_MAX_MB || !Number.isInteger(input.memoryMb)) {
    throw new CostInputError(`Memory must be a whole number of MB from ${MEMORY_MIN_MB} to ${MEMORY_MAX_MB}.`);
  }
  for (const [name, v] of [
    ["CPU time", input.cpuMs],
    ["wait time", input.waitMs],
    ["invocations per month", input.invocationsPerMonth],
  ] as const) {
    if (!Number.isFinite(v) || v < 0) throw new CostInputError(`Enter the ${name} as a number of 0 or more.`);
  }
  const durationMs = modelDurationMs(input);
  // Billed in 1 ms steps, rounded up; a run that does anything is billed at least 1 ms.
  const billedMs = Math.max(1, Math.ceil(durationMs - 1e-9));
  const gbSecondsPerInvocation = (input.memoryMb / 1024) * (billedMs / 1000);
  const gbSecondsPerMonth = gbSecondsPerInvocation * input.invocationsPerMonth;
  const billableGbSeconds = input.freeTier ? Math.max(0, gbSecondsPerMonth - FREE_TIER.gbSeconds) : gbSecondsPerMonth;
  const billableRequests = input.freeTier ? Math.max(0, input.invocationsPerMonth - FREE_TIER.requests) : input.invocationsPerMonth;
  const computeCost = billableGbSeconds * PRICES.gbSecond[input.architecture];
  const requestCost = (billableRequests / 1_000_000) * PRICES.perMillionRequests;
  return {
    memoryMb: input.memoryMb,
    vcpus: vcpusFor(input.memoryMb),
    durationMs,
    billedMs,
    gbSecondsPerInvocation,
    gbSecondsPerMonth,
    computeCost,
    requestCost,
    totalCost: computeCost + requestCost,
  };
}

/** Cost and duration across the memory range, for the chart and for "cheapest setting". */
export function costCurve(input: Omit<CostInput, "memoryMb">, steps = 64): CostResult[] {
  const points = new Set<number>([MEMORY_MIN_MB, MB_PER_VCPU, MEMORY_MAX_MB]);
  for (let i = 0; i <= steps; i++) points.add(Math.round(MEMORY_MIN_MB + ((MEMORY_MAX_MB - MEMORY_MIN_MB) * i) / steps));
  return [...points].sort((a, b) => a - b).map((memoryMb) => estimateCost({ ...input, memoryMb }));
}

/**
 * The memory setting with the lowest cost per invocation (the smallest one on a tie), searched in
 * 1 MB steps. Ranked without the free tier, which would make every small workload cost nothing.
 */
export function cheapestMemory(input: Omit<CostInput, "memoryMb">): CostResult {
  const paid = { ...input, freeTier: false };
  let best = estimateCost({ ...paid, memoryMb: MEMORY_MIN_MB });
  for (let mb = MEMORY_MIN_MB + 1; mb <= MEMORY_MAX_MB; mb++) {
    const r = estimateCost({ ...paid, memoryMb: mb });
    if (r.totalCost < best.totalCost - 1e-12) best = r;
  }
  return best;
}
