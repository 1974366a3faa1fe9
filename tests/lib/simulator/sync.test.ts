import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { call, deploy, newSim, rejection } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

describe("synchronous invocation (RequestResponse)", () => {
  test("returns StatusCode 200, the payload and ExecutedVersion", async () => {
    sim = await newSim();
    await deploy(sim, "ok", "export const handler = async (e) => ({ got: e });");
    const out = await sim.lambda.invoke({ FunctionName: "ok", Payload: '{"a":1}' });
    expect(out).toEqual({ StatusCode: 200, Payload: '{"got":{"a":1}}', ExecutedVersion: "$LATEST" });
  });

  test("still answers 200 when the function fails, with FunctionError Unhandled", async () => {
    sim = await newSim();
    await deploy(sim, "bad", "export const handler = async () => { throw new TypeError('nope'); };");
    const out = await sim.lambda.invoke({ FunctionName: "bad" });
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe("Unhandled");
    expect(JSON.parse(out.Payload!)).toMatchObject({ errorType: "TypeError", errorMessage: "nope" });
  });

  test("passes {} as the event when no payload is given, and null for an undefined result", async () => {
    sim = await newSim();
    await deploy(sim, "empty", "export const handler = async (e) => { if (Object.keys(e).length) return 'not empty'; };");
    expect((await sim.lambda.invoke({ FunctionName: "empty" })).Payload).toBe("null");
  });

  test("accepts the payload as UTF-8 bytes", async () => {
    sim = await newSim();
    await deploy(sim, "bytes", "export const handler = async (e) => e.word;");
    const out = await sim.lambda.invoke({ FunctionName: "bytes", Payload: new TextEncoder().encode('{"word":"façade"}') });
    expect(out.Payload).toBe('"façade"');
  });

  test("answers 202 to Event and 204 to DryRun without running the function", async () => {
    sim = await newSim();
    await deploy(sim, "quiet", "export const handler = async () => 1;");
    expect(await sim.lambda.invoke({ FunctionName: "quiet", InvocationType: "Event" })).toEqual({ StatusCode: 202 });
    expect(await sim.lambda.invoke({ FunctionName: "quiet", InvocationType: "DryRun" })).toEqual({ StatusCode: 204 });
    expect(sim.trace().filter((r) => r.kind === "invoke.start")).toHaveLength(0);
  });

  test("returns the last 4 KB of the invocation's log, base64, for LogType Tail", async () => {
    sim = await newSim();
    await deploy(sim, "chatty", "export const handler = async (e) => { for (let i = 0; i < e.lines; i++) console.log('line', i, 'x'.repeat(40)); return 1; };");
    const short = await sim.lambda.invoke({ FunctionName: "chatty", Payload: '{"lines":2}', LogType: "Tail" });
    const text = Buffer.from(short.LogResult!, "base64").toString();
    expect(text.startsWith("START RequestId: ")).toBe(true);
    expect(text).toContain("\tINFO\tline 1 xxxx");
    expect(text).toMatch(/REPORT RequestId: [0-9a-f-]+\tDuration: [\d.]+ ms\t/);
    const long = await sim.lambda.invoke({ FunctionName: "chatty", Payload: '{"lines":500}', LogType: "Tail" });
    const bytes = Buffer.from(long.LogResult!, "base64");
    expect(bytes.length).toBe(4096);
    expect(bytes.toString()).toMatch(/\tMax Memory Used: \d+ MB\t\n$/);
    expect((await sim.lambda.invoke({ FunctionName: "chatty", Payload: '{"lines":1}' })).LogResult).toBeUndefined();
  });

  test("times out with AWS's payload and message, then resets the environment", async () => {
    sim = await newSim();
    await deploy(sim, "hang", "export const handler = async (e) => { await new Promise(r => setTimeout(r, e.ms)); return 'late'; };");
    const out = await call(sim, "hang", { ms: 10_000 });
    expect(out.FunctionError).toBe("Unhandled");
    expect(out.body).toEqual({ errorType: "Sandbox.Timedout", errorMessage: expect.stringMatching(/^RequestId: [0-9a-f-]{36} Error: Task timed out after 3\.00 seconds$/) });
    expect(sim.logs("hang").some((l) => / [0-9a-f-]{36} Task timed out after 3\.00 seconds$/.test(l))).toBe(true);
    expect(sim.trace().filter((r) => r.kind === "env.reclaimed").map((r) => (r as { reason: string }).reason)).toEqual(["reset"]);
    await call(sim, "hang", { ms: 1 });
    const starts = sim.trace().filter((r) => r.kind === "invoke.start") as Array<{ coldStart: boolean }>;
    expect(starts.map((s) => s.coldStart)).toEqual([true, true]);
  });

  test("fails responses over 6 MB with Function.ResponseSizeTooLarge", async () => {
    sim = await newSim();
    await deploy(sim, "huge", "export const handler = async () => 'x'.repeat(6 * 1024 * 1024 + 10);", { MemorySize: 512 });
    const out = await call(sim, "huge");
    expect(out.FunctionError).toBe("Unhandled");
    expect(out.body).toEqual({
      errorMessage: "Response payload size exceeded maximum allowed payload size (6291556 bytes).",
      errorType: "Function.ResponseSizeTooLarge",
    });
  });

  test("rejects payloads that are not JSON with InvalidRequestContentException (400)", async () => {
    sim = await newSim();
    await deploy(sim, "any", "export const handler = async () => 1;");
    const err = await rejection(sim.lambda.invoke({ FunctionName: "any", Payload: "{not json" }));
    expect(err.name).toBe("InvalidRequestContentException");
    expect(err.$metadata?.httpStatusCode).toBe(400);
    expect(err.message).toMatch(/^Could not parse request body into json/);
  });

  test("rejects payloads over 6 MB (sync) and 1 MB (async) with RequestTooLargeException (413)", async () => {
    sim = await newSim();
    await deploy(sim, "any", "export const handler = async () => 1;");
    const big = JSON.stringify({ s: "x".repeat(6 * 1024 * 1024) });
    const sync = await rejection(sim.lambda.invoke({ FunctionName: "any", Payload: big }));
    expect(sync.name).toBe("RequestTooLargeException");
    expect(sync.$metadata?.httpStatusCode).toBe(413);
    const medium = JSON.stringify({ s: "x".repeat(1024 * 1024) });
    const asyncErr = await rejection(sim.lambda.invoke({ FunctionName: "any", Payload: medium, InvocationType: "Event" }));
    expect(asyncErr.name).toBe("RequestTooLargeException");
    expect(asyncErr.message).toBe("Request must be smaller than 1048576 bytes for the InvokeFunction operation");
    expect((await sim.lambda.invoke({ FunctionName: "any", Payload: medium })).StatusCode).toBe(200);
  });

  test("rejects unknown functions with ResourceNotFoundException (404), also for DryRun", async () => {
    sim = await newSim();
    for (const type of ["RequestResponse", "Event", "DryRun"]) {
      const err = await rejection(sim.lambda.invoke({ FunctionName: "ghost", InvocationType: type }));
      expect(err.name).toBe("ResourceNotFoundException");
      expect(err.$metadata?.httpStatusCode).toBe(404);
      expect(err.message).toBe("Function not found: arn:aws:lambda:us-east-1:123456789012:function:ghost");
    }
  });

  test("accepts a function ARN or a partial ARN as FunctionName", async () => {
    sim = await newSim();
    await deploy(sim, "named", "export const handler = async () => 'yes';");
    expect((await call(sim, "arn:aws:lambda:us-east-1:123456789012:function:named")).body).toBe("yes");
    expect((await call(sim, "123456789012:function:named")).body).toBe("yes");
  });
});

describe("cold and warm starts", () => {
  test("reuses a warm environment for sequential calls and creates new ones for overlapping calls", async () => {
    sim = await newSim();
    await deploy(sim, "pool", "export const handler = async (e) => { await new Promise(r => setTimeout(r, e.ms)); return 1; };");
    await call(sim, "pool", { ms: 10 });
    await call(sim, "pool", { ms: 10 });
    expect(sim.environments("pool")).toHaveLength(1);
    await Promise.all([call(sim, "pool", { ms: 100 }), call(sim, "pool", { ms: 100 })]);
    expect(sim.environments("pool")).toHaveLength(2);
    const cold = (sim.trace().filter((r) => r.kind === "invoke.start") as Array<{ coldStart: boolean }>).map((r) => r.coldStart);
    expect(cold).toEqual([true, false, false, true]);
  });

  test("reclaims an idle environment after the idle period, making the next call cold", async () => {
    sim = await newSim();
    await deploy(sim, "idle", "export const handler = async () => 1;");
    await call(sim, "idle");
    await sim.advanceBy(4 * 60_000);
    await call(sim, "idle");
    await sim.advanceBy(5 * 60_000 + 1000);
    expect(sim.environments("idle")).toHaveLength(0);
    await call(sim, "idle");
    const cold = (sim.trace().filter((r) => r.kind === "invoke.start") as Array<{ coldStart: boolean }>).map((r) => r.coldStart);
    expect(cold).toEqual([true, false, true]);
    expect(sim.trace().some((r) => r.kind === "env.reclaimed" && (r as { reason: string }).reason === "idle")).toBe(true);
  });

  test("runs module-scope code once per environment: clients created outside the handler are reused", async () => {
    sim = await newSim();
    await deploy(sim, "client", "let connects = 0;\nconst client = { connect() { connects++; } };\nclient.connect();\nexport const handler = async () => connects;");
    expect((await call(sim, "client")).body).toBe(1);
    expect((await call(sim, "client")).body).toBe(1);
  });

  test("a code update makes the next invocation a cold start with the new code", async () => {
    sim = await newSim();
    await deploy(sim, "upd", "export const handler = async () => 'v1';");
    expect((await call(sim, "upd")).body).toBe("v1");
    await sim.lambda.updateFunctionCode({ FunctionName: "upd", ZipFile: "export const handler = async () => 'v2';" });
    expect((await call(sim, "upd")).body).toBe("v2");
    expect(sim.trace().some((r) => r.kind === "env.reclaimed" && (r as { reason: string }).reason === "superseded")).toBe(true);
  });
});
