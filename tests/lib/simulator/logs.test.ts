import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { call, deploy, newSim } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

const REPORT = /^REPORT RequestId: ([0-9a-f-]{36})\tDuration: (\d+\.\d{2}) ms\tBilled Duration: (\d+) ms\tMemory Size: (\d+) MB\tMax Memory Used: (\d+) MB\t(Init Duration: (\d+\.\d{2}) ms\t)?$/;

describe("CloudWatch log lines", () => {
  test("writes INIT_START, START, console lines, END and a tab-separated REPORT in order", async () => {
    sim = await newSim();
    await deploy(sim, "hello", "console.log('loading');\nexport const handler = async (e) => { console.log('hi', e.name); console.info('info'); console.warn('careful'); console.error('bad'); console.debug('dbg'); return 1; };");
    const out = await call(sim, "hello", { name: "Ada" });
    const lines = sim.logs("hello");
    const id = lines.find((l) => l.startsWith("START"))!.split(" ")[2];
    expect(lines[0]).toMatch(/^INIT_START Runtime Version: nodejs:22\.v\d+\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}$/);
    expect(lines[1]).toMatch(/^2026-01-01T00:00:00\.\d{3}Z\tundefined\tINFO\tloading$/);
    expect(lines[2]).toBe(`START RequestId: ${id} Version: $LATEST`);
    expect(lines.slice(3, 8).map((l) => l.split("\t").slice(1).join("|"))).toEqual([
      `${id}|INFO|hi Ada`,
      `${id}|INFO|info`,
      `${id}|WARN|careful`,
      `${id}|ERROR|bad`,
      `${id}|DEBUG|dbg`,
    ]);
    expect(lines[8]).toBe(`END RequestId: ${id}`);
    expect(lines[9]).toMatch(REPORT);
    expect(lines).toHaveLength(10);
    expect(out.StatusCode).toBe(200);
  });

  test("reports Init Duration only on cold starts and bills duration plus init, rounded up to 1 ms", async () => {
    sim = await newSim();
    await deploy(sim, "bill", "export const handler = async () => { await new Promise(r => setTimeout(r, 12)); return 1; };");
    await call(sim, "bill");
    await call(sim, "bill");
    const reports = sim.logs("bill").filter((l) => l.startsWith("REPORT")).map((l) => REPORT.exec(l)!);
    const [cold, warm] = reports;
    expect(cold[7]).toBeDefined();
    expect(warm[6]).toBeUndefined();
    expect(Number(cold[3])).toBe(Math.ceil(Number(cold[2]) + Number(cold[7])));
    expect(Number(warm[3])).toBe(Math.ceil(Number(warm[2])));
    expect(Number(cold[4])).toBe(128);
    expect(Number(warm[5])).toBeGreaterThanOrEqual(60);
    expect(Number(warm[5])).toBeLessThan(128);
  });

  test("formats objects like util.inspect and supports format specifiers", async () => {
    sim = await newSim();
    await deploy(sim, "fmt", `export const handler = async () => {
      console.log({ a: 1, b: 'two', c: [1, 2, { d: null }], e: undefined });
      console.log('%s is %d years and %j', 'Ada', 36, { x: 1 });
      console.log(new Map([['k', 1]]), new Set([1]), [undefined, , 3]);
      const o = { name: 'loop' }; o.self = o; console.log(o);
      console.log({ deep: { deeper: { deepest: { gone: 1 } } } });
      console.log(new Error('shown'));
      class Order { constructor() { this.id = 7; } } console.log(new Order());
    };`);
    await call(sim, "fmt");
    const msgs = sim.logs("fmt").filter((l) => l.includes("\tINFO\t")).map((l) => l.split("\t").slice(3).join("\t"));
    expect(msgs[0]).toBe("{ a: 1, b: 'two', c: [ 1, 2, { d: null } ], e: undefined }");
    expect(msgs[1]).toBe('Ada is 36 years and {"x":1}');
    expect(msgs[2]).toBe("Map(1) { 'k' => 1 } Set(1) { 1 } [ undefined, <1 empty item>, 3 ]");
    expect(msgs[3]).toBe("<ref *1> { name: 'loop', self: [Circular *1] }");
    expect(msgs[4]).toBe("{ deep: { deeper: { deepest: [Object] } } }");
    expect(msgs[5].split("\n")[0]).toBe("Error: shown");
    expect(msgs[6]).toBe("Order { id: 7 }");
  });

  test("writes the Invoke Error line for a failed invocation", async () => {
    sim = await newSim();
    await deploy(sim, "fails", "export const handler = async () => { const e = new Error('boom'); e.code = 'E42'; throw e; };");
    await call(sim, "fails");
    const line = sim.logs("fails").find((l) => l.includes("\tERROR\tInvoke Error "))!;
    const json = JSON.parse(line.split("Invoke Error \t")[1]);
    expect(json).toMatchObject({ errorType: "Error", errorMessage: "boom", code: "E42" });
    expect(json.stack[0]).toBe("Error: boom");
  });

  test("logs process.stdout.write output as raw lines", async () => {
    sim = await newSim();
    await deploy(sim, "raw", "export const handler = async () => { process.stdout.write('raw text\\n'); return 1; };");
    await call(sim, "raw");
    expect(sim.logs("raw")).toContain("raw text");
  });

  test("caps log output per invocation and says how much was dropped", async () => {
    sim = await newSim();
    await deploy(sim, "flood", "export const handler = async () => { for (let i = 0; i < 20000; i++) console.log('x'.repeat(100)); return 'survived'; };", { Timeout: 60, MemorySize: 1769 });
    const out = await call(sim, "flood");
    expect(out.body).toBe("survived");
    const lines = sim.logs("flood");
    expect(lines.length).toBeLessThan(5000);
    expect(lines.some((l) => /^\[Lambda Lab\] \d+ bytes of log output dropped/.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^REPORT /);
  });

  test("filters log events by request id and keeps timestamps and streams", async () => {
    sim = await newSim();
    await deploy(sim, "two", "export const handler = async (e) => { console.log('event', e.n); };");
    await call(sim, "two", { n: 1 });
    await sim.advanceBy(1000);
    await call(sim, "two", { n: 2 });
    const events = sim.logEvents("two");
    const second = events.filter((e) => e.message.startsWith("START"))[1].requestId!;
    const mine = sim.logEvents("two", { requestId: second });
    expect(mine.map((e) => e.message)).toEqual([
      `START RequestId: ${second} Version: $LATEST`,
      expect.stringMatching(new RegExp(`\t${second}\tINFO\tevent 2$`)),
      `END RequestId: ${second}`,
      expect.stringMatching(new RegExp(`^REPORT RequestId: ${second}\t`)),
    ]);
    expect(mine.every((e) => e.logStreamName === events[0].logStreamName)).toBe(true);
    expect(mine[0].timestamp).toBeGreaterThan(events[0].timestamp + 999);
  });
});
