import { afterAll, describe, expect, test } from "vitest";
import {
  check,
  CheckFailure,
  defineExercise,
  expect as labExpect,
  expectEqual,
  fail,
  header,
  headerValues,
} from "@/lib/exercises/check-api";
import { ExerciseDefinitionError } from "@/lib/exercises/define";
import { Lab } from "@/lib/exercises/lab";
import { parseConsoleLine } from "@/lib/exercises/lab-function";
import { allPassed, runChecks, SubmissionError, validateSubmission } from "@/lib/exercises/run-checks";
import type { SimulatorFactory } from "@/lib/exercises/sim-port";
import { cleanupFakeEngines, createFakeSimulator } from "./fake-engine";

afterAll(cleanupFakeEngines);

const fake: SimulatorFactory = (options) => createFakeSimulator(options);
const noSqs: SimulatorFactory = (options) => createFakeSimulator(options, { sqs: false });

const COUNTER = `
import { bump } from "./counter.mjs";
console.log("init: module loaded");
export const greeting = { text: "hi", n: 3 };
export const handler = async (event) => {
  const n = bump();
  console.log("call", n, "for", event.name);
  if (event.fail) throw new TypeError("asked to fail");
  return { hello: event.name, n, stage: process.env.STAGE ?? "dev" };
};
`;
const COUNTER_SUPPORT = { "counter.mjs": "let n = 0;\nexport const bump = () => ++n;\n" };

async function lab(code = COUNTER, factory: SimulatorFactory = fake): Promise<Lab> {
  return new Lab(
    await factory({ seed: 1, startTime: Date.UTC(2026, 0, 5) }),
    { files: { "index.mjs": code } },
    COUNTER_SUPPORT,
  );
}

describe("the lab", () => {
  test("deploys the learner's code with the support files and invokes it", async () => {
    const l = await lab();
    const fn = await l.deploy({ FunctionName: "greeter", Environment: { STAGE: "prod" } });
    expect(fn.arn).toBe("arn:aws:lambda:us-east-1:123456789012:function:greeter");
    const inv = await fn.invoke({ name: "Ada" });
    expect(inv.statusCode).toBe(200);
    expect(inv.payload).toEqual({ hello: "Ada", n: 1, stage: "prod" });
    expect(inv.functionError).toBeUndefined();
    expect((await fn.invoke({ name: "Bo" })).payload).toEqual({ hello: "Bo", n: 2, stage: "prod" });
  });

  test("reads console lines, REPORT fields and cold starts from the logs", async () => {
    const l = await lab();
    const fn = await l.deploy();
    await fn.invoke({ name: "a" });
    await fn.invoke({ name: "b" });
    const messages = await fn.messages();
    expect(messages.map((m) => m.message)).toEqual(["init: module loaded", "call 1 for a", "call 2 for b"]);
    expect(messages[0].requestId).toBeUndefined(); // Init-phase output belongs to no request
    expect(messages[1].requestId).toMatch(/^req-/);
    const reports = await fn.reports();
    expect(reports).toHaveLength(2);
    expect(reports[0].initDurationMs).toBe(10);
    expect(reports[1].initDurationMs).toBeUndefined();
    expect(await fn.coldStarts()).toBe(1);
  });

  test("turns a function error into errorType and errorMessage, and remembers it as the last error", async () => {
    const l = await lab();
    const fn = await l.deploy();
    const inv = await fn.invoke({ name: "x", fail: true });
    expect(inv.functionError).toBe("Unhandled");
    expect(inv.error).toEqual({ errorType: "TypeError", errorMessage: "asked to fail" });
    expect(await fn.lastError()).toBe("TypeError: asked to fail");
    await expect(fn.invokeOk({ fail: true }, "Calling with fail")).rejects.toThrow(
      "Calling with fail failed with TypeError: asked to fail.",
    );
  });

  test("reports a rejected invocation instead of throwing", async () => {
    const l = await lab();
    const fn = await l.deploy();
    await fn.putConcurrency(0);
    const inv = await fn.invoke({});
    expect(inv.rejected).toMatchObject({
      name: "TooManyRequestsException",
      reason: "ReservedFunctionConcurrentInvocationLimitExceeded",
    });
  });

  test("turns an AWS rejection of learner settings into a CheckFailure naming the call", async () => {
    const l = await lab();
    const fn = await l.deploy();
    const error = await fn.putConcurrency(5000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckFailure);
    expect((error as Error).message).toMatch(
      /^putFunctionConcurrency \(ReservedConcurrentExecutions 5000\) was rejected with InvalidParameterValueException: /,
    );
  });

  test("reads a named export by running the module in the simulator", async () => {
    const l = await lab();
    expect(await l.learnerExport("greeting")).toEqual({ text: "hi", n: 3 });
    expect(await l.learnerExport("missing")).toBeUndefined();
    await expect(l.learnerExport("handler")).rejects.toThrow("`handler` should be a value");
  });

  test("explains a module that cannot load when reading an export", async () => {
    const l = await lab("export const handler = async () => {;\n");
    const error = await l.learnerExport("schedule").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckFailure);
    expect((error as Error).message).toMatch(
      /^Lambda Lab could not load index\.mjs to read `schedule`: it failed with /,
    );
  });

  test("publishes versions and routes an alias by weight", async () => {
    const l = await lab();
    const fn = await l.deploy();
    expect(await fn.publishVersion()).toBe("1");
    await fn.updateCode({ "index.mjs": "export const handler = async () => 'two';", ...COUNTER_SUPPORT });
    expect(await fn.publishVersion()).toBe("2");
    await fn.createAlias({ Name: "live", FunctionVersion: "1" });
    await fn.updateAlias({
      Name: "live",
      FunctionVersion: "1",
      RoutingConfig: { AdditionalVersionWeights: { "2": 0.5 } },
    });
    const versions = new Set<string | undefined>();
    for (let i = 0; i < 20; i++)
      versions.add((await fn.invoke({ name: "z" }, { qualifier: "live" })).executedVersion);
    expect(versions).toEqual(new Set(["1", "2"]));
    await expect(
      fn.updateAlias({
        Name: "live",
        FunctionVersion: "$LATEST",
        RoutingConfig: { AdditionalVersionWeights: { "2": 0.1 } },
      }),
    ).rejects.toThrow(/updateAlias "live" was rejected with InvalidParameterValueException/);
  });

  test("creates queues, sends and drains messages", async () => {
    const l = await lab();
    const q = await l.queue("orders", { visibilityTimeoutSeconds: 30 });
    expect(q.arn).toBe("arn:aws:sqs:us-east-1:123456789012:orders");
    await q.send({ id: 1 });
    await q.send("plain");
    expect(await q.depth()).toBe(2);
    const got = await q.drain();
    expect(got.map((m) => [m.body, m.json])).toEqual([
      ['{"id":1}', { id: 1 }],
      ["plain", undefined],
    ]);
    expect(await q.depth()).toBe(0);
  });

  test("says which service is missing when the engine lacks it", async () => {
    const l = await lab(COUNTER, noSqs);
    await expect(l.queue("q")).rejects.toThrow(
      "This check needs simulated SQS (sim.sqs), which the simulator in this version of Lambda Lab does not offer yet.",
    );
    const fn = await l.deploy();
    await expect(l.alb(fn)).rejects.toThrow(/Application Load Balancers/);
    await expect(l.schedule(fn, "rate(1 minute)")).rejects.toThrow(/EventBridge rules/);
    await expect(l.sqsTrigger({ arn: "x" } as never, fn)).rejects.toThrow(/event source mappings/);
  });

  test("moves virtual time and filters the trace", async () => {
    const l = await lab();
    const t0 = await l.now();
    await l.advance(60_000);
    expect((await l.now()) - t0).toBe(60_000);
    const fn = await l.deploy();
    await fn.invoke({ name: "a" });
    expect((await fn.trace("invoke.start")).map((r) => r.t)).toEqual([t0 + 60_000]);
    expect((await l.trace("invoke.end")).length).toBe(1);
    expect((await fn.metric("Invocations")).Sum).toBe(1);
    expect((await fn.metric("Throttles")).Sum).toBe(0);
  });
});

describe("assertions and helpers", () => {
  test("expect and fail throw CheckFailure with the learner's message", () => {
    expect(() => labExpect(false, "nope")).toThrow(CheckFailure);
    expect(() => labExpect(1, "fine")).not.toThrow();
    expect(() => fail("stop")).toThrow("stop");
  });

  test("expectEqual compares deeply and says what it expected and saw", () => {
    expect(() => expectEqual({ a: [1, 2] }, { a: [1, 2] }, "x")).not.toThrow();
    expect(() => expectEqual({ a: 1 }, { a: "1" }, "the body", "Numbers are not strings.")).toThrow(
      'Expected the body to be {"a":"1"}, but it was {"a":1}. Numbers are not strings.',
    );
  });

  test("finds headers whatever their case, and every value of repeated ones", () => {
    const res = {
      status: 200,
      statusText: "OK",
      headers: { "Content-Type": "text/plain", "set-cookie": "a=1, b=2" },
      multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"] },
      body: "",
    };
    expect(header(res, "content-type")).toBe("text/plain");
    expect(headerValues(res, "set-cookie")).toEqual(["a=1", "b=2"]);
    expect(headerValues({ ...res, multiValueHeaders: undefined }, "content-type")).toEqual(["text/plain"]);
  });

  test("parses CloudWatch console lines", () => {
    expect(parseConsoleLine("2026-01-05T00:00:00.000Z\tabc-1\tWARN\tcareful\tnow")).toEqual({
      requestId: "abc-1",
      level: "WARN",
      message: "careful\tnow",
    });
    expect(parseConsoleLine("2026-01-05T00:00:00.000Z\tundefined\tINFO\tinit")).toEqual({
      level: "INFO",
      message: "init",
    });
    expect(parseConsoleLine("START RequestId: abc Version: $LATEST")).toBeNull();
  });
});

describe("defining an exercise", () => {
  const ok = check("works", "It works fine", async () => undefined);

  test("rejects ids that are not kebab-case, duplicates, short titles and no checks", () => {
    expect(() => defineExercise({ checks: [] })).toThrow(ExerciseDefinitionError);
    expect(() =>
      defineExercise({ checks: [check("Not_Kebab", "A title here", async () => undefined)] }),
    ).toThrow(/kebab-case/);
    expect(() => defineExercise({ checks: [ok, ok] })).toThrow(/used twice/);
    expect(() => defineExercise({ checks: [check("short", "Tiny", async () => undefined)] })).toThrow(
      /title/,
    );
    expect(() => defineExercise({ checks: [ok], supportFiles: { "index.mjs": "" } })).toThrow(
      /replace the learner's handler/,
    );
  });

  test("fills in the seed and a Monday start time", () => {
    const def = defineExercise({ checks: [ok] });
    expect(def.seed).toBe(1);
    expect(new Date(def.startTime).toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(new Date(def.startTime).getUTCDay()).toBe(1);
  });
});

describe("running checks", () => {
  const exercise = defineExercise({
    supportFiles: COUNTER_SUPPORT,
    checks: [
      check("greets", "Greets by name", async (lab) => {
        const fn = await lab.deploy();
        const inv = await fn.invokeOk({ name: "Ada" });
        expectEqual((inv.payload as { hello?: unknown }).hello, "Ada", "the greeting");
        return "Said hello to Ada.";
      }),
      check("fresh-simulator", "Each check starts from an empty simulator", async (lab) => {
        // "greets" created a function named "exercise"; a shared simulator would refuse this.
        const fn = await lab.deploy();
        expectEqual(
          (await fn.invokeOk({ name: "B" })).payload,
          { hello: "B", n: 1, stage: "dev" },
          "the first call's answer",
        );
      }),
      check("needs-sqs", "Uses a queue", async (lab) => {
        await lab.queue("q");
      }),
      check("engine-bug", "Hits a bug in the engine", async () => {
        throw new RangeError("boom");
      }),
    ],
  });

  test("reports each check's status and message, in order, as they finish", async () => {
    const seen: string[] = [];
    const results = await runChecks(exercise, { files: { "index.mjs": COUNTER } }, noSqs, {
      onResult: (r, i) => seen.push(`${i}:${r.id}`),
    });
    expect(seen).toEqual(["0:greets", "1:fresh-simulator", "2:needs-sqs", "3:engine-bug"]);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ["greets", "passed"],
      ["fresh-simulator", "passed"],
      ["needs-sqs", "unavailable"],
      ["engine-bug", "error"],
    ]);
    expect(results[0].message).toBe("Said hello to Ada.");
    expect(results[1].message).toBe("Passed.");
    expect(results[3].message).toBe(
      "Lambda Lab could not finish this check (RangeError: boom). This is a problem in Lambda Lab, not in your code.",
    );
    expect(allPassed(results)).toBe(false);
    expect(allPassed(results.slice(0, 2))).toBe(true);
  });

  test("a failing learner check carries the check's own message", async () => {
    const broken = COUNTER.replace("hello: event.name", "hello: 'nobody'");
    const [first] = await runChecks(exercise, { files: { "index.mjs": broken } }, fake);
    expect(first).toMatchObject({
      id: "greets",
      status: "failed",
      message: 'Expected the greeting to be "Ada", but it was "nobody".',
    });
  });

  test("gives up on a check that never settles after the wall-clock limit", async () => {
    const stuck = defineExercise({
      checks: [check("stuck", "Never finishes", () => new Promise(() => undefined))],
    });
    const [r] = await runChecks(stuck, { files: { "index.mjs": COUNTER } }, fake, { checkTimeoutMs: 50 });
    expect(r.status).toBe("error");
    expect(r.message).toMatch(/gave up waiting for this check/);
  });

  test("refuses submissions that no check should run", () => {
    expect(() => validateSubmission({ files: {} })).toThrow(SubmissionError);
    expect(() => validateSubmission({ files: { "../etc/passwd": "x" } })).toThrow(/not a valid file name/);
    expect(() => validateSubmission({ files: { "index.mjs": "x".repeat(70_000) } })).toThrow(/at most 64 KB/);
    expect(() =>
      validateSubmission({
        files: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}.mjs`, ""])),
      }),
    ).toThrow(/at most 8/);
    expect(() => validateSubmission({ files: { "index.mjs": "ok", "lib/db.mjs": "ok" } })).not.toThrow();
  });
});
