import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { compileLessonSource } from "@/lib/content/compile-lesson.server";
import { ContentError } from "@/lib/content/content-error";
import { listLessonFiles, readLessonFile } from "@/lib/content/lesson-files.server";

const FIXTURES = path.join(process.cwd(), "tests/fixtures/lessons");
const allowed = ["Callout", "ExamTip", "Misconception", "Check", "Simulator"];
const known = new Set(["known-question"]);

async function compileFixture(name: string) {
  const files = await listLessonFiles(FIXTURES);
  const file = files.find((f) => f.file.endsWith(name))!;
  const { meta, source } = await readLessonFile(file);
  return compileLessonSource(meta, source, { allowedComponents: allowed, knownQuestionIds: known, presetIds: new Set(["async-retries-dlq"]) });
}

describe("lesson compilation", () => {
  test("lists lesson files in NN order with slugs from their names", async () => {
    const files = await listLessonFiles(FIXTURES);
    expect(files.map((f) => f.slug)).toEqual(["valid", "syntax-error", "unknown-component", "bad-frontmatter", "unknown-check", "unknown-preset"]);
  });

  test("compiles a valid lesson with its table of contents, highlighted code and checks", async () => {
    const lesson = await compileFixture("01-valid.mdx");
    expect(lesson.meta).toMatchObject({ slug: "valid", order: 1, minutes: 5, domain: "development" });
    expect(lesson.toc).toEqual([
      { depth: 2, text: "First section", id: "first-section" },
      { depth: 3, text: "A subsection", id: "a-subsection" },
      { depth: 2, text: "Second section", id: "second-section" },
    ]);
    expect(lesson.checkIds).toEqual(["known-question"]);
    // Shiki ran at build time: the compiled code carries colour styles, not a client highlighter.
    expect(lesson.code).toContain("--shiki-dark");
    // GitHub-flavoured tables become real tables.
    expect(lesson.code).toMatch(/"table"/);
  });

  test("an MDX syntax error fails with the file path and line", async () => {
    await expect(compileFixture("02-syntax-error.mdx")).rejects.toThrow(/^tests\/fixtures\/lessons\/02-syntax-error\.mdx:12: MDX does not compile/);
  });

  test("an unknown component fails with the file path, line and the registered names", async () => {
    const error = await compileFixture("03-unknown-component.mdx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(/^tests\/fixtures\/lessons\/03-unknown-component\.mdx:15: unknown component <Carousel>/);
    expect((error as Error).message).toContain("Callout, Check, ExamTip, Misconception, Simulator");
  });

  test("bad frontmatter fails with the file path, line and field", async () => {
    await expect(compileFixture("04-bad-frontmatter.mdx")).rejects.toThrow(/^tests\/fixtures\/lessons\/04-bad-frontmatter\.mdx:7: field "minutes"/);
  });

  test("a check naming no question fails with the file, line and what to add", async () => {
    await expect(compileFixture("05-unknown-check.mdx")).rejects.toThrow(
      /^tests\/fixtures\/lessons\/05-unknown-check\.mdx:13: <Check id="no-such-question"> names no question/,
    );
  });

  test("a simulator embed naming no preset fails with the file, line and the known presets", async () => {
    await expect(compileFixture("06-unknown-preset.mdx")).rejects.toThrow(
      /^tests\/fixtures\/lessons\/06-unknown-preset\.mdx:13: <Simulator preset="no-such-preset"> names no simulator preset \(async-retries-dlq\)/,
    );
  });

  test("a file not named NN-slug.mdx is rejected", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(path.join(tmpdir(), "lessons-"));
    await writeFile(path.join(dir, "intro.mdx"), await readFile(path.join(FIXTURES, "01-valid.mdx"), "utf8"));
    await expect(listLessonFiles(dir)).rejects.toThrow(/must be named NN-slug\.mdx/);
    await rm(dir, { recursive: true });
  });
});
