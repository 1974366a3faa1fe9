import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { LAMBDA_METRIC_NAMES } from "@/lib/simulator/kernel/metrics";
import { call, deploy, newSim } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

describe("CloudWatch metrics", () => {
  test("counts Invocations, Errors and Duration statistics per function", async () => {
    sim = await newSim();
    await deploy(sim, "m", "export const handler = async (e) => { await new Promise(r => setTimeout(r, e.ms)); if (e.fail) throw new Error('x'); };");
    await call(sim, "m", { ms: 100 });
    await call(sim, "m", { ms: 200 });
    await call(sim, "m", { ms: 300, fail: true });
    const m = sim.metrics("m");
    expect(Object.keys(m).sort()).toEqual([...LAMBDA_METRIC_NAMES].sort());
    expect(m.Invocations.Sum).toBe(3);
    expect(m.Errors.Sum).toBe(1);
    expect(m.Duration.SampleCount).toBe(3);
    expect(m.Duration.Unit).toBe("Milliseconds");
    expect(m.Duration.Minimum).toBeGreaterThanOrEqual(100);
    expect(m.Duration.Maximum).toBeGreaterThanOrEqual(300);
    expect(m.Duration.p50).toBeGreaterThanOrEqual(200);
    expect(m.Duration.p50).toBeLessThan(300);
    expect(m.Throttles.Sum).toBe(0);
  });

  test("records Throttles and does not count throttled calls as Invocations", async () => {
    sim = await newSim();
    await deploy(sim, "t", "export const handler = async () => { await new Promise(r => setTimeout(r, 100)); };");
    await sim.lambda.putFunctionConcurrency({ FunctionName: "t", ReservedConcurrentExecutions: 1 });
    await Promise.allSettled([call(sim, "t"), call(sim, "t")]);
    const m = sim.metrics("t");
    expect(m.Throttles.Sum).toBe(1);
    expect(m.Invocations.Sum).toBe(1);
  });

  test("tracks asynchronous events: received, age, dropped", async () => {
    sim = await newSim();
    await deploy(sim, "a", "export const handler = async () => { throw new Error('no'); };");
    await sim.lambda.invoke({ FunctionName: "a", InvocationType: "Event" });
    await sim.lambda.invoke({ FunctionName: "a", InvocationType: "Event" });
    await sim.runUntilIdle();
    const m = sim.metrics("a");
    expect(m.AsyncEventsReceived.Sum).toBe(2);
    expect(m.AsyncEventsDropped.Sum).toBe(2);
    expect(m.Invocations.Sum).toBe(6);
    expect(m.AsyncEventAge.SampleCount).toBe(6);
    expect(m.AsyncEventAge.Minimum).toBe(20);
    expect(m.AsyncEventAge.Maximum).toBeGreaterThan(180_000);
  });

  test("buckets data points per period, with ConcurrentExecutions as a level carried across periods", async () => {
    sim = await newSim();
    const t0 = sim.now();
    await deploy(sim, "p", "export const handler = async (e) => { await new Promise(r => setTimeout(r, e.ms)); };", { Timeout: 60 });
    await call(sim, "p", { ms: 25_000 });
    await Promise.all([call(sim, "p", { ms: 100 }), call(sim, "p", { ms: 100 })]);
    const m = sim.metrics("p", { periodMs: 10_000, startTime: t0, endTime: t0 + 40_000 });
    expect(m.ConcurrentExecutions.Datapoints!.map((d) => d.Maximum)).toEqual([1, 1, 2]);
    expect(m.Invocations.Datapoints!.map((d) => [d.Timestamp - t0, d.Sum])).toEqual([
      [0, 1],
      [20_000, 2],
    ]);
  });

  test("reports account-wide ConcurrentExecutions without a function name", async () => {
    sim = await newSim();
    await deploy(sim, "x", "export const handler = async () => { await new Promise(r => setTimeout(r, 100)); };");
    await deploy(sim, "y", "export const handler = async () => { await new Promise(r => setTimeout(r, 100)); };");
    await Promise.all([call(sim, "x"), call(sim, "y"), call(sim, "y")]);
    expect(sim.metrics().ConcurrentExecutions.Maximum).toBe(3);
    expect(sim.metrics("y").ConcurrentExecutions.Maximum).toBe(2);
  });

  test("refuses a period so small it would make millions of buckets", async () => {
    sim = await newSim();
    await deploy(sim, "z", "export const handler = async () => 1;");
    await call(sim, "z");
    await sim.advanceBy(60 * 60 * 1000);
    await call(sim, "z");
    expect(() => sim.metrics("z", { periodMs: 1 })).toThrow(/periodMs/);
    expect(sim.metrics("z", { periodMs: 60_000 }).Invocations.Datapoints).toHaveLength(2);
  });
});
