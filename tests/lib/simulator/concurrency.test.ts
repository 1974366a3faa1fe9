import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { ConcurrencyManager } from "@/lib/simulator/lambda/concurrency";
import { MetricStore } from "@/lib/simulator/kernel/metrics";
import { call, deploy, newSim, rejection } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

const SLOW = "export const handler = async () => { await new Promise(r => setTimeout(r, 1000)); return 'done'; };";

describe("reserved and account concurrency", () => {
  test("throttles synchronous calls beyond reserved concurrency with TooManyRequestsException (429)", async () => {
    sim = await newSim();
    await deploy(sim, "capped", SLOW);
    await sim.lambda.putFunctionConcurrency({ FunctionName: "capped", ReservedConcurrentExecutions: 2 });
    const results = await Promise.allSettled([call(sim, "capped"), call(sim, "capped"), call(sim, "capped")]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    const err = (results[2] as PromiseRejectedResult).reason;
    expect(err.name).toBe("TooManyRequestsException");
    expect(err.Reason).toBe("ReservedFunctionConcurrentInvocationLimitExceeded");
    expect(err.$metadata.httpStatusCode).toBe(429);
    expect(err.message).toBe("Rate Exceeded.");
    expect(sim.metrics("capped").Throttles.Sum).toBe(1);
    const throttle = sim.trace().find((r) => r.kind === "throttle") as { reason: string; invocationType: string };
    expect(throttle).toMatchObject({ reason: "ReservedFunctionConcurrentInvocationLimitExceeded", invocationType: "RequestResponse" });
  });

  test("throttles every call when reserved concurrency is 0", async () => {
    sim = await newSim();
    await deploy(sim, "off", SLOW);
    await sim.lambda.putFunctionConcurrency({ FunctionName: "off", ReservedConcurrentExecutions: 0 });
    const err = await rejection(call(sim, "off"));
    expect(err.Reason).toBe("ReservedFunctionConcurrentInvocationLimitExceeded");
    await sim.lambda.deleteFunctionConcurrency({ FunctionName: "off" });
    expect((await call(sim, "off")).body).toBe("done");
  });

  test("shares the unreserved pool between functions and reports ConcurrentInvocationLimitExceeded", async () => {
    sim = await newSim({ accountConcurrency: 3 });
    await deploy(sim, "a", SLOW);
    await deploy(sim, "b", SLOW);
    const results = await Promise.allSettled([call(sim, "a"), call(sim, "b"), call(sim, "a"), call(sim, "b")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const err = (results[3] as PromiseRejectedResult).reason;
    expect(err.Reason).toBe("ConcurrentInvocationLimitExceeded");
    expect(sim.metrics().ConcurrentExecutions.Maximum).toBe(3);
  });

  test("guarantees reserved concurrency: other functions cannot take it", async () => {
    sim = await newSim({ accountConcurrency: 102 });
    await deploy(sim, "vip", SLOW);
    await deploy(sim, "crowd", SLOW);
    await sim.lambda.putFunctionConcurrency({ FunctionName: "vip", ReservedConcurrentExecutions: 2 });
    const crowd = await Promise.allSettled(Array.from({ length: 101 }, () => call(sim, "crowd")));
    expect(crowd.filter((r) => r.status === "rejected")).toHaveLength(1);
    sim.dispose();
    sim = await newSim({ accountConcurrency: 102 });
    await deploy(sim, "vip", SLOW);
    await deploy(sim, "crowd", SLOW);
    await sim.lambda.putFunctionConcurrency({ FunctionName: "vip", ReservedConcurrentExecutions: 2 });
    const mixed = await Promise.allSettled([...Array.from({ length: 100 }, () => call(sim, "crowd")), call(sim, "vip"), call(sim, "vip")]);
    expect(mixed.every((r) => r.status === "fulfilled")).toBe(true);
  });

  test("keeps at least 100 concurrent executions unreserved", async () => {
    sim = await newSim();
    await deploy(sim, "a", SLOW);
    await deploy(sim, "b", SLOW);
    await sim.lambda.putFunctionConcurrency({ FunctionName: "a", ReservedConcurrentExecutions: 850 });
    const err = await rejection(sim.lambda.putFunctionConcurrency({ FunctionName: "b", ReservedConcurrentExecutions: 51 }));
    expect(err.name).toBe("InvalidParameterValueException");
    expect(err.message).toBe("Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].");
    expect(await sim.lambda.putFunctionConcurrency({ FunctionName: "b", ReservedConcurrentExecutions: 50 })).toEqual({ ReservedConcurrentExecutions: 50 });
    expect((await sim.lambda.getAccountSettings()).AccountLimit).toMatchObject({ ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 100 });
    // Changing a function's own reservation does not count its old value twice.
    expect(await sim.lambda.putFunctionConcurrency({ FunctionName: "a", ReservedConcurrentExecutions: 850 })).toEqual({ ReservedConcurrentExecutions: 850 });
  });

  test("moves in-flight invocations between pools when a reservation changes mid-flight", async () => {
    sim = await newSim({ accountConcurrency: 103 });
    await deploy(sim, "a", SLOW);
    await deploy(sim, "b", SLOW);
    const first = [call(sim, "a"), call(sim, "a")];
    await sim.advanceBy(100);
    await sim.lambda.putFunctionConcurrency({ FunctionName: "a", ReservedConcurrentExecutions: 3 });
    await Promise.all(first);
    await sim.lambda.deleteFunctionConcurrency({ FunctionName: "a" });
    // With nothing in flight, the whole account (103) is available again to unreserved functions.
    const burst = await Promise.allSettled(Array.from({ length: 103 }, () => call(sim, "b")));
    expect(burst.filter((r) => r.status === "rejected")).toHaveLength(0);
  });

  test("reports the peak of overlapping invocations as ConcurrentExecutions", async () => {
    sim = await newSim();
    await deploy(sim, "wide", SLOW);
    await Promise.all(Array.from({ length: 25 }, () => call(sim, "wide")));
    expect(sim.metrics("wide").ConcurrentExecutions.Maximum).toBe(25);
    expect(sim.environments("wide")).toHaveLength(25);
  });
});

describe("scaling rate", () => {
  test("allows 1,000 new environments per function at once, then refills at 100 per second", () => {
    let now = 0;
    const c = new ConcurrencyManager(5000, new MetricStore(() => now), () => now);
    for (let i = 0; i < 1000; i++) expect(c.tryScale("f")).toBe(true);
    expect(c.tryScale("f")).toBe(false);
    // Functions scale independently.
    expect(c.tryScale("g")).toBe(true);
    now = 10;
    expect(c.tryScale("f")).toBe(true);
    expect(c.tryScale("f")).toBe(false);
    now = 10_010;
    for (let i = 0; i < 1000; i++) expect(c.tryScale("f")).toBe(true);
    expect(c.tryScale("f")).toBe(false);
  });

  test("throttles the 1,001st simultaneous cold start with FunctionInvocationRateLimitExceeded", async () => {
    sim = await newSim({ accountConcurrency: 2000 });
    await deploy(sim, "burst", "export const handler = async () => { await new Promise(r => setTimeout(r, 100)); return 1; };");
    const results = await Promise.allSettled(Array.from({ length: 1001 }, () => call(sim, "burst")));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason.Reason).toBe("FunctionInvocationRateLimitExceeded");
    expect(sim.environments("burst")).toHaveLength(1000);
  }, 30_000);
});
