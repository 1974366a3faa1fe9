import { describe, expect, test } from "vitest";
import { action } from "@/lib/workspace/actions";
import { WorkspaceController, type EngineConnection } from "@/lib/workspace/controller";
import { getPreset } from "@/lib/workspace/presets";
import { defaultScenario } from "@/lib/workspace/scenario";
import { createWorkspaceStore } from "@/lib/workspace/workspace-store";
import { fakeSimulator } from "./fake-simulator";

function connector(fake = fakeSimulator(), extra: Partial<EngineConnection> = {}) {
  let connections = 0;
  let terminated = 0;
  const connect = async () => {
    connections++;
    return { sim: fake.sim, epoch: 1_000, capabilities: new Set<string>(), terminate: () => void terminated++, ...extra };
  };
  return { connect, fake, counts: () => ({ connections, terminated }) };
}

describe("workspace controller", () => {
  test("without an engine, actions still record their CLI commands and say why nothing ran", async () => {
    const store = createWorkspaceStore(defaultScenario());
    const c = new WorkspaceController(store, null);
    expect(store.getState().engine).toBe("unavailable");
    await c.run(action({ type: "invoke", invocationType: "Event" }));
    const [entry] = store.getState().history;
    expect(entry.outcome?.error?.name).toBe("EngineUnavailableError");
    expect(entry.commands[0]).toContain("--invocation-type Event");
  });

  test("runs an action, records setup and action commands, and reads back observations", async () => {
    const logs = ["START RequestId: r1 Version: $LATEST", "END RequestId: r1"];
    const fake = fakeSimulator();
    fake.sim.logs = () => logs;
    fake.sim.trace = () => [{ t: 1_000, seq: 0, kind: "throttle", functionName: "my-function", requestId: "r1", reason: "x", invocationType: "Event", attempt: 1 }];
    fake.sim.now = () => 1_500;
    const { connect } = connector(fake);
    const store = createWorkspaceStore(defaultScenario());
    const c = new WorkspaceController(store, connect);
    const out = await c.run(action({ type: "invoke" }));
    expect(out?.summary).toBe("200, version $LATEST");
    const st = store.getState();
    expect(st.engine).toBe("ready");
    expect(st.epoch).toBe(1_000);
    expect(st.now).toBe(1_500);
    expect(st.logs.map((l) => l.requestId)).toEqual(["r1", "r1"]);
    expect(st.timeline).toEqual([{ type: "throttle", t: 1_000, requestId: "r1", reason: "x", invocationType: "Event" }]);
    const cmds = st.history[0].commands;
    expect(cmds.some((c) => c.startsWith("aws lambda create-function"))).toBe(true);
    expect(cmds.at(-1)).toMatch(/^aws lambda invoke/);
  });

  test("a failed invocation marks the line the trace points at", async () => {
    const fake = fakeSimulator({
      invoke: () => ({
        StatusCode: 200,
        FunctionError: "Unhandled",
        Payload: JSON.stringify({ errorType: "TypeError", errorMessage: "x is not a function", trace: ["TypeError: x", "    at handler (file:///var/task/index.mjs:5:3)"] }),
      }),
    });
    const store = createWorkspaceStore(defaultScenario());
    await new WorkspaceController(store, connector(fake).connect).run(action({ type: "invoke" }));
    expect(store.getState().markers).toEqual([{ path: "index.mjs", line: 5, column: 3, message: "TypeError: x is not a function", severity: "error" }]);
  });

  test("scenario side effects follow successful actions", async () => {
    const store = createWorkspaceStore(getPreset("weighted-alias-canary").scenario);
    const c = new WorkspaceController(store, connector().connect);
    await c.run(action({ type: "putFunctionConcurrency", reserved: 0 }));
    expect(store.getState().scenario.config.ReservedConcurrentExecutions).toBe(0);
    await c.run(action({ type: "editFile", path: "index.mjs", content: "export const handler = async () => 2;\n" }));
    expect(store.getState().scenario.files[0].content).toContain("=> 2");
    await c.run(action({ type: "publishVersion" }));
    expect(store.getState().versions).toEqual(["1"]);
  });

  test("actions run one at a time in order", async () => {
    const store = createWorkspaceStore(defaultScenario());
    const { connect, fake } = connector();
    const c = new WorkspaceController(store, connect);
    await Promise.all([c.run(action({ type: "advanceBy", ms: 5 })), c.run(action({ type: "publishVersion" })), c.run(action({ type: "advanceBy", ms: 7 }))]);
    expect(fake.ops().filter((o) => o === "advanceBy" || o === "lambda.publishVersion")).toEqual(["advanceBy", "lambda.publishVersion", "advanceBy"]);
    expect(fake.calls.filter((c) => c.op === "advanceBy").map((c) => c.input)).toEqual([5, 7]);
  });

  test("stop terminates a stuck worker, drops its late answer and starts a new one", async () => {
    const fake = fakeSimulator();
    let release: (v: Record<string, unknown>) => void = () => {};
    fake.sim.lambda.invoke = () => new Promise((resolve) => (release = resolve));
    const conn = connector(fake);
    const store = createWorkspaceStore(defaultScenario());
    const c = new WorkspaceController(store, conn.connect);
    const stuck = c.run(action({ type: "invoke" }));
    await new Promise((r) => setTimeout(r, 10));
    expect(store.getState().engine).toBe("busy");
    await c.stop();
    expect(conn.counts()).toEqual({ connections: 2, terminated: 1 });
    expect(store.getState().engine).toBe("ready");
    release({ StatusCode: 200 });
    expect(await stuck).toBeNull();
    expect(store.getState().history).toEqual([]);
  });

  test("live trace records reach the store while an action runs", async () => {
    const listeners: ((r: readonly unknown[]) => void)[] = [];
    const fake = fakeSimulator();
    let seen = 0;
    const store = createWorkspaceStore(defaultScenario());
    fake.sim.runUntilIdle = async () => {
      listeners.forEach((l) => l([{ t: 5, seq: 1, kind: "throttle", functionName: "my-function", requestId: "r9" }]));
      await new Promise((r) => setTimeout(r, 30));
      seen = store.getState().timeline.length;
    };
    const conn = connector(fake, { onTrace: (l) => (listeners.push(l), () => void listeners.splice(listeners.indexOf(l), 1)) });
    const c = new WorkspaceController(store, conn.connect, { liveIntervalMs: 5 });
    await c.run(action({ type: "runUntilIdle" }));
    expect(seen).toBe(1);
    // The streamed records are the trace: no need to ask the worker for all of it again.
    expect(fake.ops()).not.toContain("trace");
    expect(store.getState().timeline).toHaveLength(1);
    c.dispose();
    expect(listeners).toHaveLength(0);
  });
});

test("when the worker client rebuilds a stuck worker, the next action starts from a fresh simulator", async () => {
  const fake = fakeSimulator();
  let calls = 0;
  fake.sim.lambda.invoke = async () => {
    calls++;
    if (calls === 1) throw Object.assign(new Error("The simulator did not answer lambda.invoke within 30000 ms"), { name: "WorkerTimeoutError" });
    return { StatusCode: 200, Payload: "1" };
  };
  const conn = connector(fake);
  const store = createWorkspaceStore(defaultScenario());
  const c = new WorkspaceController(store, conn.connect);
  const first = await c.run(action({ type: "invoke" }));
  expect(first?.results[0].error?.name).toBe("WorkerTimeoutError");
  expect(store.getState().engine).toBe("idle");
  expect(store.getState().engineMessage).toMatch(/restarted with an empty account/);
  fake.calls.length = 0;
  const second = await c.run(action({ type: "invoke" }));
  expect(second?.summary).toBe("200");
  expect(conn.counts()).toEqual({ connections: 2, terminated: 1 });
  expect(fake.ops()[0]).toBe("lambda.createFunction");
});
