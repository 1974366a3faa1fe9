import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { call, deploy, newSim } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

/** Wall-clock bound for stopping runaway code: "within a few seconds", generous for a loaded CI box. */
const WALL_BOUND_MS = 15_000;

function timed<T>(p: Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  return p.then((value) => ({ value, ms: performance.now() - t0 }));
}

describe("runaway code", () => {
  test("stops an infinite loop in the handler and reports the configured timeout, whatever it is", async () => {
    sim = await newSim();
    await deploy(sim, "spin", "export const handler = async () => { for (;;) {} };", { Timeout: 900, MemorySize: 10240 });
    const { value: out, ms } = await timed(call(sim, "spin"));
    expect(ms).toBeLessThan(WALL_BOUND_MS);
    expect(out.body.errorType).toBe("Sandbox.Timedout");
    expect(out.body.errorMessage).toMatch(/Task timed out after 900\.00 seconds$/);
    const end = sim.trace().find((r) => r.kind === "invoke.end") as { durationMs: number; outcome: string };
    expect(end).toMatchObject({ durationMs: 900_000, outcome: "timeout" });
    const timeout = sim.trace().find((r) => r.kind === "invoke.timeout") as { guard?: string };
    expect(timeout.guard).toBeDefined();
  });

  test("stops an infinite loop in module-scope (Init) code", async () => {
    sim = await newSim();
    await deploy(sim, "initspin", "while (true) {}\nexport const handler = async () => 'never';", { Timeout: 30 });
    const { value: out, ms } = await timed(call(sim, "initspin"));
    expect(ms).toBeLessThan(WALL_BOUND_MS);
    expect(out.body.errorType).toBe("Sandbox.Timedout");
    const logs = sim.logs("initspin");
    expect(logs.some((l) => l.startsWith("INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout"))).toBe(true);
    expect(logs.some((l) => l.endsWith("Task timed out after 30.00 seconds"))).toBe(true);
  });

  test("stops an endless chain of microtasks", async () => {
    sim = await newSim();
    await deploy(sim, "micro", "export const handler = () => new Promise(() => { const spin = () => Promise.resolve().then(spin); spin(); });", { Timeout: 600 });
    const { value: out, ms } = await timed(call(sim, "micro"));
    expect(ms).toBeLessThan(WALL_BOUND_MS);
    // With a 600 s timeout the wall-clock guard is what ends this chain, unless the promises it
    // leaves behind fill the memory limit first; which comes first depends on the machine's
    // speed, so either stop is correct. What matters: it stops, fast, as a function error.
    expect(["Sandbox.Timedout", "Runtime.OutOfMemory"]).toContain(out.body.errorType);
  });

  test("stops a setInterval that never lets the loop empty", async () => {
    sim = await newSim();
    await deploy(sim, "tick", "exports.handler = (e, c, cb) => { setInterval(() => {}, 1); cb(null, 'ok'); };", { Timeout: 900 });
    const { value: out, ms } = await timed(call(sim, "tick"));
    expect(ms).toBeLessThan(WALL_BOUND_MS);
    expect(out.body.errorType).toBe("Sandbox.Timedout");
  });

  test("turns deep recursion into a catchable RangeError without harming the engine", async () => {
    sim = await newSim();
    await deploy(sim, "deep", "export const handler = async (e) => { const f = (n) => f(n + 1) + 1; if (e.catch) { try { f(0); } catch (err) { return err instanceof Error; } } return f(0); };");
    expect((await call(sim, "deep", { catch: true })).body).toBe(true);
    const out = await call(sim, "deep");
    expect(out.body).toMatchObject({ errorType: "RangeError", errorMessage: "Maximum call stack size exceeded" });
    expect((await call(sim, "deep", { catch: true })).body).toBe(true);
  });

  test("survives pathological nesting in JSON.parse, JSON.stringify and eval", async () => {
    sim = await newSim();
    await deploy(sim, "nest", `export const handler = async () => {
      const out = [];
      try { JSON.parse('['.repeat(100000) + ']'.repeat(100000)); out.push('parsed'); } catch (e) { out.push(e.name); }
      try { let o = {}; const root = o; for (let i = 0; i < 100000; i++) { o.a = {}; o = o.a; } JSON.stringify(root); out.push('stringified'); } catch (e) { out.push(e.name); }
      try { eval('['.repeat(100000)); out.push('evaluated'); } catch (e) { out.push(e.name); }
      return out;
    };`, { Timeout: 30 });
    const out = await call(sim, "nest");
    expect(out.body).toEqual(["SyntaxError", "InternalError", "SyntaxError"]);
  });

  test("fails a memory bomb with Runtime.OutOfMemory, reports the full memory and resets the environment", async () => {
    sim = await newSim();
    await deploy(sim, "bomb", "const keep = [];\nexport const handler = async (e) => { if (e.small) return keep.length; for (;;) keep.push({ i: keep.length, pad: 'x'.repeat(64) }); };", { Timeout: 300 });
    const { value: out, ms } = await timed(call(sim, "bomb"));
    expect(ms).toBeLessThan(WALL_BOUND_MS);
    expect(out.body.errorType).toBe("Runtime.OutOfMemory");
    expect(out.body.errorMessage).toMatch(/Runtime exited with error: signal: killed$/);
    const report = sim.logs("bomb").find((l) => l.startsWith("REPORT"))!;
    expect(report).toContain("Max Memory Used: 128 MB\t");
    expect(report).toContain("Status: error\tError Type: Runtime.OutOfMemory");
    expect((await call(sim, "bomb", { small: true })).body).toBe(0);
  });

  test("fails a memory bomb made of a few huge strings too", async () => {
    sim = await newSim();
    await deploy(sim, "strings", "export const handler = async () => { const parts = []; for (let i = 0; i < 100; i++) parts.push('y'.repeat(8 * 1024 * 1024) + i); return parts.length; };", { Timeout: 300 });
    const { value: out, ms } = await timed(call(sim, "strings"));
    expect(ms).toBeLessThan(WALL_BOUND_MS);
    expect(out.body.errorType).toBe("Runtime.OutOfMemory");
  });

  test("ends the environment on process.exit with Runtime.ExitError", async () => {
    sim = await newSim();
    await deploy(sim, "exit", "export const handler = async (e) => { if (e.exit) { try { process.exit(3); } catch {} } return 'alive'; };");
    const out = await call(sim, "exit", { exit: true });
    expect(out.body).toEqual({ errorType: "Runtime.ExitError", errorMessage: expect.stringMatching(/Error: Runtime exited with error: exit status 3$/) });
    expect(sim.logs("exit").find((l) => l.startsWith("REPORT"))).toContain("Status: error\tError Type: Runtime.ExitError");
    expect((await call(sim, "exit")).body).toBe("alive");
    const cold = (sim.trace().filter((r) => r.kind === "invoke.start") as Array<{ coldStart: boolean }>).map((r) => r.coldStart);
    expect(cold).toEqual([true, true]);
  });

  test("treats an exception thrown from a timer callback as a crash of the runtime", async () => {
    sim = await newSim();
    await deploy(sim, "crash", "export const handler = async () => { setTimeout(() => { throw new TypeError('late'); }, 10); await new Promise(r => setTimeout(r, 100)); return 'unreachable'; };");
    const out = await call(sim, "crash");
    expect(out.FunctionError).toBe("Unhandled");
    expect(out.body).toMatchObject({ errorType: "TypeError", errorMessage: "late" });
    expect(sim.logs("crash").some((l) => l.includes("\tERROR\tUncaught Exception \t{"))).toBe(true);
    expect(sim.environments("crash")).toHaveLength(0);
  });
});

describe("isolation from the host and between environments", () => {
  test("exposes no browser or host objects, and no QuickJS host function", async () => {
    sim = await newSim();
    await deploy(sim, "probe", `export const handler = async () => {
      const g = Function('return this')();
      return {
        window: typeof window, document: typeof document, localStorage: typeof localStorage, indexedDB: typeof indexedDB,
        XMLHttpRequest: typeof XMLHttpRequest, WebSocket: typeof WebSocket, importScripts: typeof importScripts,
        postMessage: typeof postMessage, self: typeof self, WebAssembly: typeof WebAssembly, require: typeof require,
        sameGlobal: g === globalThis,
        hostish: Object.getOwnPropertyNames(globalThis).filter((k) => /host|__|quickjs|emscripten/i.test(k)),
        binding: typeof process.binding, dlopen: typeof process.dlopen,
      };
    };`);
    expect((await call(sim, "probe")).body).toEqual({
      window: "undefined", document: "undefined", localStorage: "undefined", indexedDB: "undefined",
      XMLHttpRequest: "undefined", WebSocket: "undefined", importScripts: "undefined",
      postMessage: "undefined", self: "undefined", WebAssembly: "undefined", require: "undefined",
      sameGlobal: true, hostish: [], binding: "undefined", dlopen: "undefined",
    });
  });

  test("denies network, processes and the real file system through Node's built-ins", async () => {
    sim = await newSim();
    await deploy(sim, "io", `import https from "node:https";
import fs from "node:fs";
import { execSync } from "node:child_process";
export const handler = async () => {
  const out = [];
  try { https.request("https://example.com"); } catch (e) { out.push(e.code); }
  try { execSync("ls"); } catch (e) { out.push(e.code); }
  try { fs.writeFileSync("/etc/passwd", "x"); } catch (e) { out.push(e.code); }
  out.push(fs.readFileSync("/var/task/index.mjs", "utf8").includes("execSync"));
  return out;
};`);
    expect((await call(sim, "io")).body).toEqual(["ERR_SIMULATOR_UNSUPPORTED", "ERR_SIMULATOR_UNSUPPORTED", "EROFS", true]);
  });

  test("keeps globals and prototype tampering inside one environment", async () => {
    sim = await newSim();
    await deploy(sim, "vandal", `export const handler = async () => {
      globalThis.stolen = 'secret';
      Object.prototype.polluted = true;
      Array.prototype.push = () => { throw new Error('sabotaged'); };
      JSON.stringify = () => 'hijacked';
      Promise.prototype.then = function () { return 'broken'; };
      return { still: 'works' };
    };`);
    await deploy(sim, "victim", "export const handler = async () => ({ stolen: typeof globalThis.stolen, polluted: ({}).polluted === true, push: [1].push(2) });");
    const vandal = await call(sim, "vandal");
    expect(vandal.StatusCode).toBe(200);
    expect((await call(sim, "victim")).body).toEqual({ stolen: "undefined", polluted: false, push: 2 });
  });

  test("keeps concurrent environments of the same function apart", async () => {
    sim = await newSim();
    await deploy(sim, "own", "let mine;\nexport const handler = async (e) => { mine = mine ?? e.id; await new Promise(r => setTimeout(r, 100)); return mine; };");
    const [a, b] = await Promise.all([call(sim, "own", { id: "a" }), call(sim, "own", { id: "b" })]);
    expect([a.body, b.body]).toEqual(["a", "b"]);
  });

  test("gives a handler no way to reach the engine by overriding the runtime's own globals", async () => {
    sim = await newSim();
    await deploy(sim, "fake", `export const handler = async (e, ctx) => {
      globalThis.console = { log: () => {} };
      globalThis.setTimeout = () => 0;
      Date.now = () => 0;
      return { remaining: ctx.getRemainingTimeInMillis() > 0 };
    };`);
    expect((await call(sim, "fake")).body).toEqual({ remaining: true });
    expect((await call(sim, "fake")).StatusCode).toBe(200);
  });
});
