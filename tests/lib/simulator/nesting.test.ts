import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { MAX_SOURCE_NESTING, nestsDeeperThan } from "@/lib/simulator/sandbox/nesting";
import { call, deploy, newSim } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

const deep = (open: string, close: string, n: number) => open.repeat(n) + "1" + close.repeat(n);

describe("source nesting guard", () => {
  test("counts brackets and template substitutions, not their text in strings, comments or regexes", () => {
    expect(nestsDeeperThan(deep("(", ")", MAX_SOURCE_NESTING))).toBe(false);
    expect(nestsDeeperThan(deep("(", ")", MAX_SOURCE_NESTING + 1))).toBe(true);
    expect(nestsDeeperThan(deep("[{", "}]", 60))).toBe(true);
    expect(nestsDeeperThan(deep("`${", "}`", MAX_SOURCE_NESTING + 1))).toBe(true);
    const noise = `const s = "${"(".repeat(300)}"; // ${"[".repeat(300)}\n/* ${"{".repeat(300)} */ const r = /\\(${"(".repeat(5)}\\)/; const t = \`${"(".repeat(300)}\`;`;
    expect(nestsDeeperThan(noise.repeat(3))).toBe(false);
    expect(nestsDeeperThan("function f() { return /\\(/.test(x) }\n".repeat(300))).toBe(false);
    expect(nestsDeeperThan("const half = a / 2; const b = (c) / (d);".repeat(100))).toBe(false);
  });

  test("rejects handler files nested deeper than the limit as a syntax error", async () => {
    sim = await newSim();
    await deploy(sim, "deepsrc", `export const handler = async () => ${deep("[", "]", 150)};`);
    expect((await call(sim, "deepsrc")).body).toMatchObject({ errorType: "Runtime.UserCodeSyntaxError", errorMessage: expect.stringContaining("nested at most 100 levels") });
  });

  test("guards eval and the Function constructors but lets ordinary generated code run", async () => {
    sim = await newSim();
    await deploy(sim, "gen", `export const handler = async () => {
      const out = [eval("1 + 2"), new Function("a", "b", "return a * b")(6, 7), await new (Object.getPrototypeOf(async function () {}).constructor)("return 5")()];
      for (const make of [() => eval(${JSON.stringify(deep("(", ")", 500))}), () => Function(${JSON.stringify("return " + deep("[", "]", 500))})]) {
        try { make(); out.push("ran"); } catch (e) { out.push(e.name); }
      }
      out.push(Function.prototype.constructor === Function, (() => {}) instanceof Function);
      return out;
    };`);
    expect((await call(sim, "gen")).body).toEqual([3, 42, 5, "SyntaxError", "SyntaxError", true, true]);
  });
});
