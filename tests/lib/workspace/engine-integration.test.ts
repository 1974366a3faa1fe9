import { describe, expect, test } from "vitest";
import { createSimulator } from "@/lib/simulator";
import type { SimulatorApi } from "@/lib/workspace/engine-port";
import { WorkspaceController } from "@/lib/workspace/controller";
import { groupLogs } from "@/lib/workspace/logs";
import { metricTotals } from "@/lib/workspace/metrics-series";
import { getPreset } from "@/lib/workspace/presets";
import type { ActionOutcome } from "@/lib/workspace/session";
import { createWorkspaceStore } from "@/lib/workspace/workspace-store";

// The workspace driving the real engine in Node: every preset's steps, run through the same
// controller and store the page uses,
// must show the behaviour its summary promises (and lambda-facts.md describes).

async function runPreset(id: string) {
  const { scenario } = getPreset(id);
  const store = createWorkspaceStore(scenario);
  let sim: Awaited<ReturnType<typeof createSimulator>> | null = null;
  const controller = new WorkspaceController(store, async (o) => {
    sim = await createSimulator({ seed: o.seed, accountConcurrency: o.accountConcurrency });
    return { sim: sim as unknown as SimulatorApi, epoch: sim.now(), capabilities: new Set(["sqs-event-source-mapping", "sns", "s3", "eventbridge", "elbv2", "apigatewayv2"]), terminate: () => sim?.dispose() };
  });
  const outcomes: ActionOutcome[] = [];
  for (const step of scenario.steps) {
    const out = await controller.run(step.action);
    if (out) outcomes.push(out);
  }
  const st = store.getState();
  const logs = groupLogs(st.logs);
  controller.dispose();
  return { outcomes, events: st.timeline, logs, versions: st.versions };
}

const errorsOf = (outcomes: ActionOutcome[]) => outcomes.map((o) => o.error).filter(Boolean);

describe("presets on the real engine", () => {
  test("async-retries-dlq: three attempts, about 1 and 2 minutes apart, then the DLQ; then one attempt with 0 retries", async () => {
    const { outcomes, events } = await runPreset("async-retries-dlq");
    expect(errorsOf(outcomes)).toEqual([]);
    expect(outcomes[0].summary).toMatch(/^202 Accepted/);
    expect(outcomes[1].summary).toMatch(/^Ran until nothing was left to do\. \d invocations? \(\d failed\).*2 retries scheduled, 1 sent to the dead-letter queue\.$/);
    const invokes = events.filter((e) => e.type === "invoke");
    expect(invokes.map((e) => e.type === "invoke" && e.outcome)).toEqual(["error", "error", "error", "error"]);
    const waits = events.filter((e) => e.type === "retry-wait");
    expect(waits).toHaveLength(2);
    const [w1, w2] = waits.map((w) => ("end" in w ? w.end - w.start : 0));
    expect(w1).toBeGreaterThan(50_000);
    expect(w2).toBeGreaterThan(w1);
    expect(events.filter((e) => e.type === "delivery" && e.target === "dlq" && e.ok)).toHaveLength(2);
  }, 30_000);

  test("reserved-concurrency-throttling: 2 of 10 synchronous calls run, 8 get 429; async ones all run eventually", async () => {
    const { outcomes, events } = await runPreset("reserved-concurrency-throttling");
    expect(outcomes[0].summary).toBe("10 calls: 2 × 200 (version $LATEST), 8 × TooManyRequestsException (429): ReservedFunctionConcurrentInvocationLimitExceeded");
    const totals = metricTotals(events);
    expect(totals.invocations).toBe(12);
    expect(totals.throttles).toBeGreaterThanOrEqual(8);
    expect(outcomes[4].summary).toMatch(/TooManyRequestsException \(429\)/);
  }, 30_000);

  test("cold-warm-client: a cold start, a warm one, two more cold ones for the overlapping burst", async () => {
    const { outcomes, events, logs } = await runPreset("cold-warm-client");
    expect(errorsOf(outcomes)).toEqual([]);
    const payloads = outcomes.slice(0, 2).map((o) => JSON.parse(o.results[0].payload ?? "null"));
    expect(payloads.map((p) => p.invocationsInThisEnvironment)).toEqual([1, 2]);
    expect(events.filter((e) => e.type === "init").length).toBeGreaterThanOrEqual(3);
    const reports = logs.filter((g) => g.report).map((g) => g.report!);
    expect(reports[0].initDurationMs).toBeGreaterThan(0);
    expect(reports[1].initDurationMs).toBeUndefined();
  }, 30_000);

  test("weighted-alias-canary: both versions answer through the alias, then only version 2", async () => {
    const { outcomes, versions } = await runPreset("weighted-alias-canary");
    expect(errorsOf(outcomes)).toEqual([]);
    expect(versions).toEqual(["1", "2"]);
    const burst = outcomes.find((o) => o.action.type === "burst")!;
    const executed = new Set(burst.results.map((r) => r.executedVersion));
    expect(executed).toEqual(new Set(["1", "2"]));
    expect(burst.results.filter((r) => r.executedVersion === "2").length).toBeLessThan(burst.results.length / 2);
    expect(outcomes.at(-1)!.results[0].executedVersion).toBe("2");
  }, 60_000);

  test("alb-hello-world: a request through the load balancer, and the listener's 404", async () => {
    const { outcomes } = await runPreset("alb-hello-world");
    expect(errorsOf(outcomes)).toEqual([]);
    expect(outcomes[0].summary).toBe("HTTP 200 OK");
    expect(outcomes[0].results[0].payload).toBe("Hello, Ada!\n");
    expect(outcomes[1].summary).toMatch(/^HTTP 404/);
  }, 30_000);

  test("sqs-partial-batch: good messages are processed once, the poison one ends in the DLQ", async () => {
    const { outcomes, logs } = await runPreset("sqs-partial-batch");
    expect(errorsOf(outcomes)).toEqual([]);
    const lines = logs.flatMap((g) => g.lines.map((l) => l.text)).join("\n");
    for (let n = 1; n <= 9; n++) expect(lines).toContain(`Processed order ${n} (receive count 1)`);
    expect(lines.match(/Cannot process order 99/g)?.length).toBe(3);
  }, 30_000);
});
