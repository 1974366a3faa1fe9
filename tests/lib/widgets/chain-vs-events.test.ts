import { describe, expect, test } from "vitest";
import { billFlow, FlowInputError, PUBLISH_MS, type FlowInput } from "@/lib/widgets/chain-vs-events";

const flow = (f: Partial<FlowInput> = {}) => billFlow({ wiring: "chain", workMs: [100, 300, 200], lastStepTimesOut: false, timeoutMs: 10_000, ...f });
const billed = (f: Partial<FlowInput>) => flow(f).steps.map((s) => s.billedMs);

describe("chain-vs-events", () => {
  test("in a chain each caller is billed for the time it waits on its callee", () => {
    expect(billed({})).toEqual([600, 500, 200]);
    const r = flow();
    expect(r.totalBilledMs).toBe(1300);
    expect(r.callerWaitMs).toBe(600);
    expect(r.steps.every((s) => s.outcome === "ok")).toBe(true);
  });

  test("with events each function is billed for its own work and the customer waits for the first step only", () => {
    const r = flow({ wiring: "events" });
    expect(r.steps.map((s) => s.billedMs)).toEqual([100 + PUBLISH_MS, 300, 200]);
    expect(r.totalBilledMs).toBe(620);
    expect(r.callerWaitMs).toBe(100 + PUBLISH_MS);
  });

  test("a timeout at the end of a chain makes every function time out and the customer get an error", () => {
    const r = flow({ lastStepTimesOut: true });
    expect(r.steps.map((s) => s.outcome)).toEqual(["timeout", "timeout", "timeout"]);
    expect(r.totalBilledMs).toBe(30_000);
    expect(r.callerWaitMs).toBe(10_000);
    expect(r.callerSees).toMatch(/error/);
  });

  test("a slow but successful last step still pushes its callers past their timeouts", () => {
    // Email takes 9 s of a 9.2 s timeout: it succeeds, but payment (300 ms + 9 s) and order cannot.
    const slow = billFlow({ wiring: "chain", workMs: [100, 300, 9_000], lastStepTimesOut: false, timeoutMs: 9_200 });
    expect(slow.steps.map((s) => s.outcome)).toEqual(["timeout", "timeout", "ok"]);
    expect(slow.steps.map((s) => s.billedMs)).toEqual([9_200, 9_200, 9_000]);
  });

  test("with events a timing-out last step is retried twice by Lambda while the order still succeeds", () => {
    const r = flow({ wiring: "events", lastStepTimesOut: true });
    expect(r.steps[2]).toMatchObject({ attempts: 3, billedMs: 30_000, outcome: "timeout" });
    expect(r.steps[0].outcome).toBe("ok");
    expect(r.callerSees).toMatch(/200 OK/);
  });

  test("bad numbers are refused", () => {
    expect(() => flow({ workMs: [-1, 0, 0] })).toThrow(FlowInputError);
    expect(() => flow({ timeoutMs: 999 })).toThrow(/1 to 900 seconds/);
  });
});
