import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { call, deploy, newSim } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

describe("handler styles and module systems", () => {
  test("runs an ES module handler and keeps module scope across warm invocations", async () => {
    sim = await newSim();
    await deploy(sim, "esm", "let count = 0;\nexport const handler = async (event) => ({ count: ++count, echo: event.x });");
    expect((await call(sim, "esm", { x: 1 })).body).toEqual({ count: 1, echo: 1 });
    expect((await call(sim, "esm", { x: 2 })).body).toEqual({ count: 2, echo: 2 });
  });

  test("runs a CommonJS handler with require of a relative module and a JSON file", async () => {
    sim = await newSim();
    await deploy(sim, "cjs", {
      "index.js": "const { add } = require('./lib/math');\nconst cfg = require('./config.json');\nexports.handler = async (e) => ({ sum: add(e.a, e.b), name: cfg.name });",
      "lib/math.js": "module.exports = { add: (a, b) => a + b };",
      "config.json": '{ "name": "lab" }',
    });
    expect((await call(sim, "cjs", { a: 2, b: 3 })).body).toEqual({ sum: 5, name: "lab" });
  });

  test("lets an ES module import named exports from a CommonJS file and from node: built-ins", async () => {
    sim = await newSim();
    await deploy(sim, "mixed", {
      "index.mjs": "import { greet } from './greet.cjs';\nimport { join } from 'node:path';\nexport const handler = async () => ({ text: greet('Ada'), path: join('/tmp', 'a', '..', 'b') });",
      "greet.cjs": "exports.greet = (n) => 'hello ' + n;",
    });
    expect((await call(sim, "mixed")).body).toEqual({ text: "hello Ada", path: "/tmp/b" });
  });

  test("compiles TypeScript, including extensionless relative imports between .ts files", async () => {
    sim = await newSim();
    await deploy(
      sim,
      "ts",
      {
        "index.ts": "import { double } from './util';\ninterface Evt { n: number }\nexport const handler = async (event: Evt): Promise<{ out: number }> => ({ out: double(event.n) });",
        "util.ts": "export function double(n: number): number { return n * 2; }",
      },
      { Runtime: "nodejs20.x" },
    );
    expect((await call(sim, "ts", { n: 21 })).body).toEqual({ out: 42 });
  });

  test("names a single-string TypeScript source index.ts and runs it", async () => {
    sim = await newSim();
    await deploy(sim, "ts1", "export const handler = async (e: { a: number }): Promise<number> => e.a + 1;");
    const fn = await sim.lambda.getFunction({ FunctionName: "ts1" });
    expect(Object.keys((fn.Code as { Files: Record<string, string> }).Files)).toEqual(["index.ts"]);
    expect((await call(sim, "ts1", { a: 1 })).body).toBe(2);
  });

  test("supports callback handlers on nodejs22.x", async () => {
    sim = await newSim();
    await deploy(sim, "cb", "exports.handler = (event, context, callback) => { setTimeout(() => callback(null, { ok: event.v }), 10); };");
    expect((await call(sim, "cb", { v: 3 })).body).toEqual({ ok: 3 });
  });

  test("rejects callback handlers on nodejs24.x the way AWS does", async () => {
    sim = await newSim();
    await deploy(sim, "cb24", "exports.handler = (event, context, callback) => callback(null, 1);", { Runtime: "nodejs24.x" });
    const out = await call(sim, "cb24");
    expect(out.FunctionError).toBe("Unhandled");
    expect(out.body.errorType).toBe("Runtime.CallbackHandlerDeprecated");
    expect(out.body.errorMessage).toContain("removed support for callback-based function handlers starting with Node.js 24");
  });

  test("returns null for a plain (non-async) return on nodejs22.x but the value on nodejs24.x", async () => {
    sim = await newSim();
    await deploy(sim, "plain22", "exports.handler = function (event) { return { v: 1 }; };");
    await deploy(sim, "plain24", "exports.handler = function (event) { return { v: 1 }; };", { Runtime: "nodejs24.x" });
    expect((await call(sim, "plain22")).Payload).toBe("null");
    expect((await call(sim, "plain24")).body).toEqual({ v: 1 });
  });

  test("waits for the event loop after a callback unless callbackWaitsForEmptyEventLoop is false", async () => {
    sim = await newSim();
    await deploy(sim, "wait", "exports.handler = (e, ctx, cb) => { ctx.callbackWaitsForEmptyEventLoop = e.wait; setTimeout(() => {}, 1000); cb(null, 'done'); };");
    await call(sim, "wait", { wait: true });
    await call(sim, "wait", { wait: false });
    const ends = sim.trace().filter((r) => r.kind === "invoke.end") as Array<{ durationMs: number }>;
    expect(ends[0].durationMs).toBeGreaterThan(1000);
    expect(ends[1].durationMs).toBeLessThan(100);
  });
});

describe("the Node.js environment inside the sandbox", () => {
  test("exposes configured and reserved environment variables in process.env", async () => {
    sim = await newSim();
    await deploy(sim, "envs", "export const handler = async () => ({ table: process.env.TABLE, fn: process.env.AWS_LAMBDA_FUNCTION_NAME, mem: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE, region: process.env.AWS_REGION, exec: process.env.AWS_EXECUTION_ENV, tz: process.env.TZ });", {
      Environment: { Variables: { TABLE: "orders" } },
      MemorySize: 256,
    });
    expect((await call(sim, "envs")).body).toEqual({ table: "orders", fn: "envs", mem: "256", region: "us-east-1", exec: "AWS_Lambda_nodejs22.x", tz: ":UTC" });
  });

  test("passes the documented context object, with getRemainingTimeInMillis on virtual time", async () => {
    sim = await newSim();
    await deploy(
      sim,
      "ctx",
      "export const handler = async (e, c) => { const before = c.getRemainingTimeInMillis(); await new Promise(r => setTimeout(r, 1500)); return { before, after: c.getRemainingTimeInMillis(), name: c.functionName, version: c.functionVersion, arn: c.invokedFunctionArn, mem: c.memoryLimitInMB, group: c.logGroupName, stream: c.logStreamName, id: c.awsRequestId, waits: c.callbackWaitsForEmptyEventLoop }; };",
      { Timeout: 10 },
    );
    const out = await call(sim, "ctx");
    expect(out.body.before).toBeGreaterThan(9990);
    expect(out.body.before - out.body.after).toBeGreaterThanOrEqual(1500);
    expect(out.body.before - out.body.after).toBeLessThan(1520);
    expect(out.body).toMatchObject({ name: "ctx", version: "$LATEST", arn: "arn:aws:lambda:us-east-1:123456789012:function:ctx", mem: "128", group: "/aws/lambda/ctx", waits: true });
    expect(out.body.stream).toMatch(/^2026\/01\/01\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(sim.logs("ctx").some((l) => l === `START RequestId: ${out.body.id} Version: $LATEST`)).toBe(true);
  });

  test("runs Date.now and new Date on the virtual clock, in UTC", async () => {
    sim = await newSim({ startTime: Date.UTC(2026, 5, 15, 12, 0, 0) });
    await deploy(sim, "time", "export const handler = async () => { const a = Date.now(); await new Promise(r => setTimeout(r, 2000)); const d = new Date(); return { a, b: Date.now(), iso: d.toISOString(), hour: d.getHours(), offset: d.getTimezoneOffset(), local: new Date(2026, 0, 2, 3).toISOString() }; };", { Timeout: 5 });
    const t0 = sim.now();
    const out = await call(sim, "time");
    expect(out.body.a).toBeGreaterThanOrEqual(Math.floor(t0));
    expect(out.body.b - out.body.a).toBeGreaterThanOrEqual(2000);
    expect(out.body.b - out.body.a).toBeLessThan(2010);
    expect(Date.parse(out.body.iso)).toBe(out.body.b);
    expect(out.body.hour).toBe(12);
    expect(out.body.offset).toBe(0);
    expect(out.body.local).toBe("2026-01-02T03:00:00.000Z");
  });

  test("seeds Math.random and crypto.randomUUID from the simulator seed", async () => {
    const draw = async (seed: number) => {
      const s = await newSim({ seed });
      await deploy(s, "rand", "import { randomUUID } from 'node:crypto';\nexport const handler = async () => [Math.random(), Math.random(), randomUUID()];");
      const out = (await call(s, "rand")).body;
      s.dispose();
      return out;
    };
    const a = await draw(1);
    expect(await draw(1)).toEqual(a);
    expect(await draw(2)).not.toEqual(a);
    expect(a[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    sim = await newSim();
  });

  test("provides Buffer, crypto hashes, URL and util the way handlers use them", async () => {
    sim = await newSim();
    await deploy(sim, "libs", `
import { createHash, createHmac } from "node:crypto";
import util from "node:util";
export const handler = async () => ({
  b64: Buffer.from("hello wörld").toString("base64"),
  back: Buffer.from("aGVsbG8=", "base64").toString(),
  sha: createHash("sha256").update("abc").digest("hex"),
  hmac: createHmac("sha256", "key").update("The quick brown fox jumps over the lazy dog").digest("hex"),
  q: new URL("https://x.test/a/b?x=1&y=two#h").searchParams.get("y"),
  fmt: util.format("%s has %d items %j", "cart", 3, { a: 1 }),
  enc: new TextDecoder().decode(new TextEncoder().encode("é")),
});`);
    expect((await call(sim, "libs")).body).toEqual({
      b64: "aGVsbG8gd8O2cmxk",
      back: "hello",
      sha: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      hmac: "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
      q: "two",
      fmt: 'cart has 3 items {"a":1}',
      enc: "é",
    });
  });

  test("keeps /tmp across warm invocations and loses it on a cold start", async () => {
    sim = await newSim();
    await deploy(sim, "tmp", "import fs from 'node:fs';\nexport const handler = async () => { const seen = fs.existsSync('/tmp/mark'); fs.writeFileSync('/tmp/mark', 'x'); return seen; };");
    expect((await call(sim, "tmp")).body).toBe(false);
    expect((await call(sim, "tmp")).body).toBe(true);
    await sim.lambda.updateFunctionConfiguration({ FunctionName: "tmp", Description: "new environment please" });
    expect((await call(sim, "tmp")).body).toBe(false);
  });

  test("reports a missing network with fetch failing, like an unreachable host", async () => {
    sim = await newSim();
    await deploy(sim, "net", "export const handler = async () => { try { await fetch('https://example.com'); return 'reached'; } catch (e) { return e.name + ': ' + e.message; } };");
    expect((await call(sim, "net")).body).toBe("TypeError: fetch failed");
  });
});

describe("errors the way Lambda reports them", () => {
  test("returns errorType, errorMessage and a trace for a thrown Error", async () => {
    sim = await newSim();
    await deploy(sim, "err", "class OrderError extends Error { constructor(m) { super(m); this.name = 'OrderError'; } }\nexport const handler = async () => { throw new OrderError('no stock'); };");
    const out = await call(sim, "err");
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe("Unhandled");
    expect(out.body.errorType).toBe("OrderError");
    expect(out.body.errorMessage).toBe("no stock");
    expect(out.body.trace[0]).toBe("OrderError: no stock");
    expect(out.body.trace.some((l: string) => l.includes("/var/task/index.mjs"))).toBe(true);
  });

  test("reports a ReferenceError with Node's shape", async () => {
    sim = await newSim();
    await deploy(sim, "ref", "exports.handler = async () => x + 1;");
    const out = await call(sim, "ref");
    expect(out.body.errorType).toBe("ReferenceError");
    expect(out.body.errorMessage).toContain("x");
  });

  test("handles thrown non-Errors: strings, objects and undefined", async () => {
    sim = await newSim();
    await deploy(sim, "nonerr", "exports.handler = async (e) => { if (e.k === 's') throw 'plain string'; if (e.k === 'o') throw { code: 42 }; throw undefined; };");
    expect((await call(sim, "nonerr", { k: "s" })).body).toEqual({ errorType: "string", errorMessage: "plain string", trace: [] });
    expect((await call(sim, "nonerr", { k: "o" })).body).toEqual({ errorType: "object", errorMessage: "[object Object]", trace: [] });
    expect((await call(sim, "nonerr", { k: "u" })).body).toEqual({ errorType: "undefined", errorMessage: "undefined", trace: [] });
  });

  test("fails non-serialisable results with Runtime.JSONStringifyError and keeps the environment", async () => {
    sim = await newSim();
    await deploy(sim, "circ", "exports.handler = async (e) => { if (e.big) return { n: 10n }; const o = {}; o.self = o; return o; };");
    const a = await call(sim, "circ");
    expect(a.body.errorType).toBe("Runtime.JSONStringifyError");
    expect(a.body.errorMessage).toBe("Unable to stringify response body");
    const b = await call(sim, "circ", { big: true });
    expect(b.body.errorType).toBe("Runtime.JSONStringifyError");
    expect(sim.environments("circ")).toHaveLength(1);
  });

  test("reports syntax errors as Runtime.UserCodeSyntaxError", async () => {
    sim = await newSim();
    await deploy(sim, "syntax", "export const handler = async () => { return ; ) };");
    const out = await call(sim, "syntax");
    expect(out.body.errorType).toBe("Runtime.UserCodeSyntaxError");
    expect(out.body.errorMessage).toMatch(/^SyntaxError: /);
  });

  test("reports a missing export as Runtime.HandlerNotFound", async () => {
    sim = await newSim();
    await deploy(sim, "nohandler", "export const main = async () => 1;");
    await deploy(sim, "notfn", "export const handler = 42;");
    expect((await call(sim, "nohandler")).body).toMatchObject({ errorType: "Runtime.HandlerNotFound", errorMessage: "index.handler is undefined or not exported" });
    expect((await call(sim, "notfn")).body).toMatchObject({ errorType: "Runtime.HandlerNotFound", errorMessage: "index.handler is not a function" });
  });

  test("reports unknown imports as Runtime.ImportModuleError with Node's message", async () => {
    sim = await newSim();
    await deploy(sim, "esmmissing", "import axios from 'axios';\nexport const handler = async () => 1;");
    await deploy(sim, "cjsmissing", "const db = require('./db');\nexports.handler = async () => 1;");
    const esm = await call(sim, "esmmissing");
    expect(esm.body.errorType).toBe("Runtime.ImportModuleError");
    expect(esm.body.errorMessage).toBe("Error: Cannot find package 'axios' imported from /var/task/index.mjs");
    const cjs = await call(sim, "cjsmissing");
    expect(cjs.body.errorType).toBe("Runtime.ImportModuleError");
    expect(cjs.body.errorMessage).toContain("Error: Cannot find module './db'\nRequire stack:\n- /var/task/index.js");
  });

  test("reports a handler setting without a module as Runtime.MalformedHandlerName or a missing module", async () => {
    sim = await newSim();
    await deploy(sim, "bad", "exports.handler = async () => 1;", { Handler: "handler" });
    await deploy(sim, "elsewhere", "exports.handler = async () => 1;", { Handler: "app.handler" });
    await sim.lambda.updateFunctionConfiguration({ FunctionName: "elsewhere", Handler: "main.handler" });
    expect((await call(sim, "bad")).body).toMatchObject({ errorType: "Runtime.MalformedHandlerName", errorMessage: "Bad handler" });
    expect((await call(sim, "elsewhere")).body).toMatchObject({ errorType: "Runtime.ImportModuleError" });
  });

  test("logs init failures, retries Init inside the invocation and resets the environment", async () => {
    sim = await newSim();
    await deploy(sim, "initfail", "throw new Error('config missing');\nexport const handler = async () => 1;");
    const out = await call(sim, "initfail");
    expect(out.body).toMatchObject({ errorType: "Error", errorMessage: "config missing" });
    const logs = sim.logs("initfail");
    expect(logs.filter((l) => l.startsWith("INIT_REPORT")).map((l) => l.split("\t").slice(1, 3).join(" "))).toEqual([
      "Phase: init Status: error",
      "Phase: invoke Status: error",
    ]);
    expect(logs.filter((l) => l.includes("\tundefined\tERROR\tUncaught Exception \t{"))).toHaveLength(2);
    expect(logs).toContain("Unknown application error occurred\nError");
    expect(sim.environments("initfail")).toHaveLength(0);
  });
});
