import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { Scheduler, SchedulerError } from "@/lib/simulator/kernel/scheduler";
import { call, deploy, newSim } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

describe("scheduler", () => {
  test("orders tasks by time, then by the order they were scheduled", () => {
    const s = new Scheduler();
    const order: string[] = [];
    s.schedule(10, () => order.push("b"));
    s.schedule(5, () => order.push("a"));
    s.schedule(10, () => order.push("c"));
    s.schedule(10, () => order.push("d")).cancel();
    while (s.runNext()) {
      /* drain */
    }
    expect(order).toEqual(["a", "b", "c"]);
    expect(s.now).toBe(10);
  });

  test("refuses to schedule in the past", () => {
    const s = new Scheduler();
    s.schedule(100, () => {});
    s.runNext();
    expect(() => s.schedule(50, () => {})).toThrow(SchedulerError);
  });

  test("counts background tasks apart from foreground work", () => {
    const s = new Scheduler();
    s.schedule(1, () => {}, { background: true });
    const t = s.schedule(2, () => {});
    expect(s.pendingForeground).toBe(1);
    t.cancel();
    expect(s.pendingForeground).toBe(0);
  });
});

describe("virtual time", () => {
  test("starts at the configured epoch and never reads the wall clock", async () => {
    sim = await newSim({ startTime: Date.UTC(2030, 0, 1) });
    expect(sim.now()).toBe(Date.UTC(2030, 0, 1));
    await sim.advanceBy(1234);
    expect(sim.now()).toBe(Date.UTC(2030, 0, 1) + 1234);
  });

  test("runs handler timers in virtual time: a 2 s wait costs no wall time", async () => {
    sim = await newSim();
    await deploy(sim, "sleep", "export const handler = async () => { await new Promise(r => setTimeout(r, 2000)); return 'awake'; };", { Timeout: 5 });
    const wall = performance.now();
    const t0 = sim.now();
    await call(sim, "sleep");
    expect(performance.now() - wall).toBeLessThan(1000);
    const end = sim.trace().find((r) => r.kind === "invoke.end") as { durationMs: number };
    expect(end.durationMs).toBeGreaterThanOrEqual(2000);
    expect(end.durationMs).toBeLessThan(2010);
    expect(sim.now() - t0).toBeGreaterThan(2000);
  });

  test("starts calls made in the same tick at the same virtual instant, so they overlap", async () => {
    sim = await newSim();
    await deploy(sim, "slow", "export const handler = async () => { await new Promise(r => setTimeout(r, 500)); return 1; };");
    await Promise.all([call(sim, "slow"), call(sim, "slow"), call(sim, "slow")]);
    const starts = sim.trace().filter((r) => r.kind === "env.created").map((r) => r.t);
    expect(new Set(starts).size).toBe(1);
    expect(sim.metrics("slow").ConcurrentExecutions.Maximum).toBe(3);
  });

  test("advanceBy runs only what falls due; runUntilIdle stops when only idle reclaim is left", async () => {
    sim = await newSim();
    await deploy(sim, "fail", "export const handler = async () => { throw new Error('x'); };");
    await sim.lambda.invoke({ FunctionName: "fail", InvocationType: "Event" });
    await sim.advanceBy(30_000);
    expect(sim.trace().filter((r) => r.kind === "invoke.start")).toHaveLength(1);
    const result = await sim.runUntilIdle();
    expect(result.idle).toBe(true);
    expect(sim.trace().filter((r) => r.kind === "invoke.start")).toHaveLength(3);
    expect(sim.environments("fail").map((e) => e.state)).toEqual(["idle"]);
    await sim.advanceBy(6 * 60_000);
    expect(sim.environments("fail")).toHaveLength(0);
  });

  test("runUntilIdle honours maxVirtualMs", async () => {
    sim = await newSim();
    await deploy(sim, "fail", "export const handler = async () => { throw new Error('x'); };");
    await sim.lambda.invoke({ FunctionName: "fail", InvocationType: "Event" });
    const t0 = sim.now();
    const result = await sim.runUntilIdle({ maxVirtualMs: 90_000 });
    expect(result.idle).toBe(false);
    expect(sim.now()).toBe(t0 + 90_000);
    expect(sim.trace().filter((r) => r.kind === "invoke.start")).toHaveLength(2);
  });

  test("gives an identical trace and identical logs for the same seed and calls", async () => {
    const scenario = async () => {
      const s = await newSim({ seed: 99 });
      await deploy(s, "a", "let n = 0;\nexport const handler = async (e) => { console.log('n', ++n, Math.random()); if (e.fail) throw new Error('f'); await new Promise(r => setTimeout(r, 100)); return n; };");
      await Promise.all([call(s, "a"), call(s, "a", { fail: true }), s.lambda.invoke({ FunctionName: "a", InvocationType: "Event", Payload: '{"fail":true}' })]);
      await s.runUntilIdle();
      const out = { trace: s.trace(), logs: s.logs("a") };
      s.dispose();
      return out;
    };
    const first = await scenario();
    // Grow the shared WebAssembly memory in between: results must not depend on its history.
    const grower = await newSim();
    await deploy(grower, "grow", "export const handler = async () => { const keep = []; for (let i = 0; i < 40; i++) keep.push('z'.repeat(1 << 20) + i); return keep.length; };", { MemorySize: 1024 });
    await call(grower, "grow");
    grower.dispose();
    expect(await scenario()).toEqual(first);
    expect(first.trace.length).toBeGreaterThan(10);
    sim = await newSim();
  });
});

describe("CPU cost model", () => {
  const LOOP = "export const handler = async (e) => { let s = 0; for (let i = 0; i < e.n; i++) s += i; return s; };";

  async function loopDuration(memory: number): Promise<number> {
    const s = await newSim();
    await deploy(s, "cpu", LOOP, { MemorySize: memory, Timeout: 60 });
    await call(s, "cpu", { n: 1 });
    await call(s, "cpu", { n: 200_000 });
    const ends = s.trace().filter((r) => r.kind === "invoke.end") as Array<{ durationMs: number }>;
    s.dispose();
    return ends[1].durationMs;
  }

  test("charges CPU-bound work in virtual time, about 14 times more at 128 MB than at 1,769 MB", async () => {
    const small = await loopDuration(128);
    const full = await loopDuration(1769);
    const large = await loopDuration(3008);
    expect(small).toBeGreaterThan(10);
    expect(small / full).toBeGreaterThan(12);
    expect(small / full).toBeLessThan(15);
    // One JavaScript thread cannot use more than one vCPU.
    expect(large).toBeCloseTo(full, 5);
    sim = await newSim();
  });

  test("charges the same virtual time for the same work, independent of the host", async () => {
    expect(await loopDuration(512)).toBe(await loopDuration(512));
    sim = await newSim();
  });
});
