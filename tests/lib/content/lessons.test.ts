import { describe, expect, test } from "vitest";
import { mdxComponentNames } from "@/components/mdx/mdx-components";
import { compileLessonSource } from "@/lib/content/compile-lesson.server";
import { listLessonFiles, readLessonFile } from "@/lib/content/lesson-files.server";
import { loadQuestionBank } from "@/lib/quiz/bank.server";
import { PRESET_TITLES } from "@/lib/workspace/presets/titles";

// The real curriculum: every lesson must build exactly as `next build` builds it.
describe("content/lessons", async () => {
  const files = await listLessonFiles();
  const bank = loadQuestionBank();
  const known = new Set(bank.questions.map((q) => q.id));

  test("there is at least one lesson", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((f) => [f.file, f] as const))("%s compiles with valid frontmatter, checks and simulator presets", async (_name, file) => {
    const { meta, source } = await readLessonFile(file);
    const lesson = await compileLessonSource(meta, source, {
      allowedComponents: mdxComponentNames,
      knownQuestionIds: known,
      presetIds: new Set(Object.keys(PRESET_TITLES)),
    });
    expect(lesson.toc.length).toBeGreaterThan(0);
    for (const id of lesson.checkIds) {
      // An inline check belongs to the lesson's own topic, so it lands in the right deck.
      expect(bank.questions.find((q) => q.id === id)?.topic).toBe(meta.slug);
    }
  });
});
