import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { createSimulator, type Simulator } from "../lib/simulator";
import { loadQuickJS } from "../lib/simulator/sandbox/quickjs-host";
import { benchLambdaLocal } from "./lambda-local";

/**
 * Engine benchmarks (issue 3 targets): warm-invoke overhead against lambda-local in the same
 * run, cold start, memory per idle environment, 1,000 overlapping environments, and 20,000
 * asynchronous events through 100 concurrent environments. Wall-clock figures on purpose: this
 * measures the engine, not the simulation.
 */

const TRIVIAL = "export const handler = async (event) => ({ ok: true });";

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function warmInvoke(figures: Figure[]): Promise<number> {
  const sim = await createSimulator({ seed: 1 });
  await sim.lambda.createFunction({ FunctionName: "trivial", Code: { ZipFile: TRIVIAL } });
  for (let i = 0; i < 2000; i++) await sim.lambda.invoke({ FunctionName: "trivial", Payload: "{}" });
  const times: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const t0 = performance.now();
    await sim.lambda.invoke({ FunctionName: "trivial", Payload: "{}" });
    times.push((performance.now() - t0) * 1000);
  }
  sim.dispose();
  const m = median(times);
  figures.push({ name: "warm invoke, median", value: m, unit: "µs", target: "<= 50 µs", pass: m <= 50 });
  figures.push({ name: "warm invoke, p10", value: percentile(times, 10), unit: "µs" });
  figures.push({ name: "warm invoke, p90", value: percentile(times, 90), unit: "µs" });
  return m;
}

async function coldStart(figures: Figure[]): Promise<void> {
  const sim = await createSimulator({ seed: 2 });
  await sim.lambda.createFunction({ FunctionName: "cold", Code: { ZipFile: TRIVIAL } });
  await sim.lambda.invoke({ FunctionName: "cold" });
  const warm: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    await sim.lambda.invoke({ FunctionName: "cold" });
    warm.push(performance.now() - t0);
  }
  const cold: number[] = [];
  for (let i = 0; i < 300; i++) {
    // Changing $LATEST retires its environments: the next invocation is a cold start.
    await sim.lambda.updateFunctionConfiguration({ FunctionName: "cold", Description: `v${i}` });
    const t0 = performance.now();
    await sim.lambda.invoke({ FunctionName: "cold" });
    cold.push(performance.now() - t0);
  }
  sim.dispose();
  const m = median(cold);
  figures.push({ name: "cold start (invoke incl. new sandbox), median", value: m, unit: "ms", target: "<= 3 ms", pass: m <= 3 });
  figures.push({ name: "cold start, p10", value: percentile(cold, 10), unit: "ms" });
  figures.push({ name: "cold start minus warm invoke, median", value: m - median(warm), unit: "ms" });
}

async function overlapping(figures: Figure[]): Promise<void> {
  const host = await loadQuickJS();
  const sim = await createSimulator({ seed: 3 });
  await sim.lambda.createFunction({
    FunctionName: "overlap",
    Code: { ZipFile: "export const handler = async () => { await new Promise((r) => setTimeout(r, 1000)); return 1; };" },
  });
  const wasmBefore = host.wasmBytes();
  const t0 = performance.now();
  const results = await Promise.all(Array.from({ length: 1000 }, () => sim.lambda.invoke({ FunctionName: "overlap" })));
  const wall = performance.now() - t0;
  const ok = results.filter((r) => r.StatusCode === 200 && !r.FunctionError).length;
  const peak = sim.metrics("overlap").ConcurrentExecutions.Maximum ?? 0;
  const envs = sim.environments("overlap");
  const wasmGrowth = host.wasmBytes() - wasmBefore;
  const heaps = envs.map((e) => e.heapBytes);
  figures.push({ name: "overlapping environments (peak ConcurrentExecutions)", value: peak, unit: "envs", target: "1,000 alive", pass: peak === 1000 && ok === 1000 });
  figures.push({ name: "1,000 overlapping invocations, wall", value: wall, unit: "ms" });
  figures.push({ name: "idle environments alive afterwards", value: envs.filter((e) => e.state === "idle").length, unit: "envs" });
  const perEnvHeap = heaps.reduce((a, b) => a + b, 0) / heaps.length / 1024;
  figures.push({ name: "memory per idle environment (QuickJS heap, measured)", value: perEnvHeap, unit: "KB", target: "<= 150 KB", pass: perEnvHeap <= 150 });
  figures.push({ name: "WebAssembly memory growth per environment", value: wasmGrowth / 1000 / 1024, unit: "KB", note: "includes heap fragmentation; memory never shrinks" });
  sim.dispose();
}

async function asyncThroughput(figures: Figure[]): Promise<void> {
  const sim: Simulator = await createSimulator({ seed: 4 });
  await sim.lambda.createFunction({
    FunctionName: "worker",
    Code: { ZipFile: "export const handler = async (event) => { await new Promise((r) => setTimeout(r, 200)); return event.n; };" },
  });
  await sim.lambda.putFunctionConcurrency({ FunctionName: "worker", ReservedConcurrentExecutions: 100 });
  const t0 = performance.now();
  const virtual0 = sim.now();
  await Promise.all(
    Array.from({ length: 20_000 }, (_, n) => sim.lambda.invoke({ FunctionName: "worker", InvocationType: "Event", Payload: JSON.stringify({ n }) })),
  );
  const idle = await sim.runUntilIdle();
  const wall = performance.now() - t0;
  const m = sim.metrics("worker");
  const succeeded = sim.trace().filter((r) => r.kind === "invoke.end" && r.functionName === "worker" && r.outcome === "success").length;
  figures.push({ name: "20,000 async events via 100 environments, wall", value: wall, unit: "ms", target: "<= 10,000 ms", pass: wall <= 10_000 && succeeded === 20_000 });
  figures.push({ name: "  events completed", value: succeeded, unit: "events" });
  figures.push({ name: "  peak ConcurrentExecutions", value: m.ConcurrentExecutions.Maximum ?? 0, unit: "envs" });
  figures.push({ name: "  throttled attempts (retried with backoff)", value: m.Throttles.Sum, unit: "attempts" });
  figures.push({ name: "  virtual time to drain", value: (idle.now - virtual0) / 1000, unit: "s" });
  sim.dispose();
}

export async function main(args: string[]): Promise<void> {
  const only = new Set(args);
  const want = (name: string) => only.size === 0 || only.has(name);
  const figures: Figure[] = [];
  const load = () => loadavg().map((l) => l.toFixed(1)).join(", ");
  console.log(`Lambda Lab simulator benchmarks (wall clock, this machine, ${cpus().length} cores, load average ${load()})\n`);
  let ours: number | undefined;
  if (want("warm")) ours = await warmInvoke(figures);
  if (want("warm") || want("lambda-local")) {
    const theirs = await benchLambdaLocal();
    figures.push({ name: "lambda-local, default logging printed (to /dev/null), median", value: theirs.printedLogging, unit: "µs" });
    figures.push({ name: "lambda-local, default logging silenced, median", value: theirs.silentLogging, unit: "µs" });
    figures.push({ name: "lambda-local, logging off, median", value: theirs.loggingOff, unit: "µs" });
    if (ours !== undefined) {
      const ratio = theirs.printedLogging / ours;
      figures.push({ name: "speed-up over lambda-local (default, printed)", value: ratio, unit: "x", target: ">= 5x", pass: ratio >= 5 });
      figures.push({ name: "speed-up over lambda-local (logging silenced)", value: theirs.silentLogging / ours, unit: "x" });
      figures.push({ name: "speed-up over lambda-local (logging off)", value: theirs.loggingOff / ours, unit: "x" });
    }
  }
  if (want("cold")) await coldStart(figures);
  if (want("overlap")) await overlapping(figures);
  if (want("async")) await asyncThroughput(figures);
  for (const f of figures) {
    const value = f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(f.value >= 10 ? 1 : 2);
    const verdict = f.pass === undefined ? "" : f.pass ? "  PASS" : "  MISS";
    console.log(`${f.name.padEnd(56)} ${`${value} ${f.unit}`.padStart(14)}  ${(f.target ?? "").padEnd(14)}${verdict}${f.note ? `  (${f.note})` : ""}`);
  }
  console.log(`\nLoad average at the end: ${load()}. Other processes share these cores; medians rise with load.`);
  const file = path.join(process.cwd(), "bench", "results", "latest.json");
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, figures }, null, 2));
  console.log(`\nSaved ${path.relative(process.cwd(), file)}`);
}
