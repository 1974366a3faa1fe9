import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { ContentError } from "@/lib/content/content-error";
import { questionsById } from "@/lib/content/lesson-checks.server";
import { check, defineExercise } from "@/lib/exercises/check-api";
import { readAllExercises } from "@/lib/exercises/exercise-folders.server";
import { EXERCISE_CHECKS } from "@/lib/exercises/registry";

describe("the exercises in content/exercises", () => {
  test("all validate: frontmatter, files, registered checks and review questions that exist", async () => {
    const all = await readAllExercises({
      registry: EXERCISE_CHECKS,
      knownQuestionIds: new Set(questionsById().keys()),
    });
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all.map((e) => e.meta.order)).toEqual([...all.map((e) => e.meta.order)].sort((a, b) => a - b));
    for (const e of all) {
      expect(e.meta.checks.length, e.meta.slug).toBeGreaterThanOrEqual(3);
      expect(e.meta.checksVersion).toMatch(/^[0-9a-f]{12}$/);
      expect(e.meta.mainFile).toMatch(/^index\.(mjs|ts)$/);
      expect(e.meta.hints.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("a bad exercise folder fails naming the file", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const README = `---
title: A sample exercise
summary: A sample exercise used to test that folder validation names the broken file.
topic: alb
difficulty: beginner
minutes: 10
objectives:
  - First objective here
  - Second objective here
hints:
  - The first hint says something useful.
reviewQuestions:
  - alb-event-fields
---

The task, described in enough words to pass the length check of the loader.
`;
  const registry = {
    sample: defineExercise({ checks: [check("works", "It works fine", async () => undefined)] }),
  };
  const CHECKS =
    'import { defineExercise } from "@/lib/exercises/check-api";\nexport const exercise = defineExercise({ checks: [] });\n';

  function folder(files: Record<string, string>, name = "01-sample"): string {
    dir = mkdtempSync(path.join(tmpdir(), "lambda-lab-exercises-"));
    const target = path.join(dir, name);
    mkdirSync(target);
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(target, file), text);
    return dir;
  }

  const good = () => ({
    "README.mdx": README,
    "starter.mjs": "export const handler = async () => 1;\n",
    "solution.mjs": "export const handler = async () => 2;\n",
    "checks.ts": CHECKS,
  });

  async function problem(
    files: Record<string, string>,
    options: { name?: string; registry?: typeof registry; known?: string[] } = {},
  ): Promise<string> {
    const d = folder(files, options.name);
    try {
      await readAllExercises(
        {
          registry: options.registry ?? registry,
          knownQuestionIds: new Set(options.known ?? ["alb-event-fields"]),
        },
        d,
      );
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as Error).message.replaceAll(path.relative(process.cwd(), d), "<dir>");
    }
    throw new Error("expected the folder to be rejected");
  }

  test("a good folder passes", async () => {
    const d = folder(good());
    const [e] = await readAllExercises({ registry, knownQuestionIds: new Set(["alb-event-fields"]) }, d);
    expect(e.meta).toMatchObject({
      slug: "sample",
      order: 1,
      mainFile: "index.mjs",
      topic: "alb",
      checks: [{ id: "works", title: "It works fine" }],
    });
    expect(e.bodyStartLine).toBe(15); // the line right after the closing ---
  });

  test("a folder name without its number", async () => {
    expect(await problem(good(), { name: "sample" })).toMatch(
      /^<dir>\/sample: everything in content\/exercises must be a folder named NN-slug/,
    );
  });

  test("a missing README.mdx or checks.ts", async () => {
    const { "README.mdx": _r, ...noReadme } = good();
    expect(await problem(noReadme)).toBe(
      "<dir>/01-sample/README.mdx: missing: every exercise needs README.mdx.",
    );
    const { "checks.ts": _c, ...noChecks } = good();
    expect(await problem(noChecks)).toBe(
      "<dir>/01-sample/checks.ts: missing: every exercise needs checks.ts.",
    );
  });

  test("a missing starter, two solutions, or mixed languages", async () => {
    const { "starter.mjs": _s, ...noStarter } = good();
    expect(await problem(noStarter)).toMatch(
      /^<dir>\/01-sample\/starter\.mjs: missing: add starter\.mjs \(or starter\.ts\)\./,
    );
    expect(await problem({ ...good(), "solution.ts": "export const handler = 1;" })).toMatch(
      /^<dir>\/01-sample\/solution\.ts: solution is given twice/,
    );
    const { "solution.mjs": _m, ...rest } = good();
    expect(await problem({ ...rest, "solution.ts": "export const handler = async () => 3;" })).toMatch(
      /solution\.ts: starter\.mjs and solution\.ts must be in the same language/,
    );
  });

  test("a stray file", async () => {
    expect(await problem({ ...good(), "notes.txt": "todo" })).toMatch(
      /^<dir>\/01-sample\/notes\.txt: unexpected file/,
    );
  });

  test("frontmatter with an unknown topic, at its line", async () => {
    expect(
      await problem({ ...good(), "README.mdx": README.replace("topic: alb", "topic: databases") }),
    ).toMatch(/^<dir>\/01-sample\/README\.mdx:4: field "topic": topic must be one of the lesson topics/);
  });

  test("frontmatter with an unknown key or no hints", async () => {
    expect(
      await problem({ ...good(), "README.mdx": README.replace("minutes: 10", "minutes: 10\nlevel: 3") }),
    ).toMatch(/README\.mdx:\d+: frontmatter: Unrecognized key/);
    expect(
      await problem({
        ...good(),
        "README.mdx": README.replace("hints:\n  - The first hint says something useful.", "hints: []"),
      }),
    ).toMatch(/field "hints": give at least one hint/);
  });

  test("a review question that is not in the bank", async () => {
    expect(await problem(good(), { known: ["something-else"] })).toBe(
      '<dir>/01-sample/README.mdx: reviewQuestions names "alb-event-fields", which is not a question in content/questions.',
    );
  });

  test("checks.ts that is not registered, and a registered slug without a folder", async () => {
    expect(await problem(good(), { registry: {} as typeof registry })).toMatch(
      /^<dir>\/01-sample\/checks\.ts: not registered: add `"sample": \.\.\.`/,
    );
    const extra = { ...registry, ghost: registry.sample };
    expect(await problem(good(), { registry: extra })).toBe(
      'lib/exercises/registry.ts: "ghost" is registered but content/exercises has no NN-ghost folder; remove the entry or add the folder.',
    );
  });

  test("a solution identical to the starter, or code without a handler", async () => {
    expect(await problem({ ...good(), "solution.mjs": good()["starter.mjs"] })).toMatch(
      /solution\.mjs: the solution is identical to the starter/,
    );
    expect(await problem({ ...good(), "starter.mjs": "export const main = 1;" })).toMatch(
      /starter\.mjs: it does not define `handler`/,
    );
  });
});
