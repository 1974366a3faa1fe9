import { describe, expect, test } from "vitest";
import {
  cheapestMemory,
  clampMemory,
  costCurve,
  CostInputError,
  estimateCost,
  FREE_TIER,
  modelDurationMs,
  PRICES,
  type CostInput,
} from "@/lib/widgets/memory-cost-explorer";

const input = (c: Partial<CostInput> = {}): CostInput => ({
  memoryMb: 1024,
  workload: "cpu-single",
  cpuMs: 400,
  waitMs: 0,
  invocationsPerMonth: 1_000_000,
  architecture: "x86_64",
  freeTier: false,
  ...c,
});

describe("memory-cost-explorer", () => {
  test("the lesson's hand calculation: 3M runs at 512 MB and 120 ms", () => {
    const base = input({ memoryMb: 512, workload: "io-bound", cpuMs: 0, waitMs: 120, invocationsPerMonth: 3_000_000 });
    const r = estimateCost(base);
    expect(r.gbSecondsPerMonth).toBeCloseTo(180_000, 6);
    expect(r.computeCost).toBeCloseTo(3.0, 2);
    expect(r.requestCost).toBeCloseTo(0.6, 10);
    const free = estimateCost({ ...base, freeTier: true });
    expect(free.computeCost).toBe(0);
    expect(free.totalCost).toBeCloseTo(0.4, 10);
  });

  test("1,769 MB is one vCPU: a single-threaded CPU job takes its full-vCPU time there and no less above", () => {
    expect(modelDurationMs({ memoryMb: 1769, workload: "cpu-single", cpuMs: 400, waitMs: 20 })).toBeCloseTo(420, 9);
    expect(modelDurationMs({ memoryMb: 10_240, workload: "cpu-single", cpuMs: 400, waitMs: 20 })).toBeCloseTo(420, 9);
    // At 128 MB it has 128/1769 of a vCPU.
    expect(modelDurationMs({ memoryMb: 128, workload: "cpu-single", cpuMs: 400, waitMs: 0 })).toBeCloseTo((400 * 1769) / 128, 6);
  });

  test("multi-threaded work keeps speeding up past one vCPU", () => {
    const at = (memoryMb: number) => modelDurationMs({ memoryMb, workload: "cpu-parallel", cpuMs: 2000, waitMs: 0 });
    expect(at(3538)).toBeCloseTo(1000, 6);
    expect(at(10_240)).toBeLessThan(at(3538));
  });

  test("billing rounds up to the next millisecond", () => {
    const r = estimateCost(input({ workload: "io-bound", cpuMs: 0, waitMs: 38.2 }));
    expect(r.billedMs).toBe(39);
    expect(estimateCost(input({ workload: "io-bound", cpuMs: 0, waitMs: 39 })).billedMs).toBe(39);
  });

  test("for CPU-bound code below one vCPU, more memory costs about the same and runs faster", () => {
    const small = estimateCost(input({ memoryMb: 512 }));
    const vcpu = estimateCost(input({ memoryMb: 1769 }));
    expect(vcpu.durationMs).toBeLessThan(small.durationMs / 3);
    expect(Math.abs(vcpu.computeCost - small.computeCost) / small.computeCost).toBeLessThan(0.01);
    // Past one vCPU the same job only gets dearer.
    expect(estimateCost(input({ memoryMb: 4096 })).computeCost).toBeGreaterThan(vcpu.computeCost * 2);
  });

  test("for I/O-bound code, doubling memory roughly doubles the bill", () => {
    const io = (memoryMb: number) => estimateCost(input({ memoryMb, workload: "io-bound", cpuMs: 8, waitMs: 180 })).computeCost;
    expect(io(1024) / io(512)).toBeGreaterThan(1.8);
    expect(cheapestMemory({ ...input(), workload: "io-bound", cpuMs: 8, waitMs: 180 }).memoryMb).toBeLessThan(400);
  });

  test("arm64 is priced lower per GB-second", () => {
    const x86 = estimateCost(input());
    const arm = estimateCost(input({ architecture: "arm64" }));
    expect(arm.computeCost / x86.computeCost).toBeCloseTo(PRICES.gbSecond.arm64 / PRICES.gbSecond.x86_64, 9);
  });

  test("the free tier takes off 400,000 GB-s and 1M requests, never going below zero", () => {
    const r = estimateCost(input({ invocationsPerMonth: 500_000, freeTier: true }));
    expect(r.totalCost).toBe(0);
    const big = estimateCost(input({ invocationsPerMonth: 5_000_000, freeTier: true }));
    const paid = estimateCost(input({ invocationsPerMonth: 5_000_000 }));
    expect(paid.computeCost - big.computeCost).toBeCloseTo(FREE_TIER.gbSeconds * PRICES.gbSecond.x86_64, 9);
  });

  test("memory outside 128-10,240 MB is refused; the slider value is clamped", () => {
    expect(() => estimateCost(input({ memoryMb: 64 }))).toThrow(CostInputError);
    expect(() => estimateCost(input({ memoryMb: 10_241 }))).toThrow(/128 to 10240/);
    expect(() => estimateCost(input({ invocationsPerMonth: -1 }))).toThrow(/invocations/);
    expect(clampMemory(50)).toBe(128);
    expect(clampMemory(99_999)).toBe(10_240);
    expect(clampMemory(1769.4)).toBe(1769);
  });

  test("the curve covers the whole range and includes 1,769 MB", () => {
    const curve = costCurve({ ...input() });
    expect(curve[0].memoryMb).toBe(128);
    expect(curve.at(-1)!.memoryMb).toBe(10_240);
    expect(curve.some((p) => p.memoryMb === 1769)).toBe(true);
  });
});
