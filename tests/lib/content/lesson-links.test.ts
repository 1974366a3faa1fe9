import { describe, expect, test } from "vitest";
import { mdxComponentNames } from "@/components/mdx/mdx-components";
import { compileLessonSource } from "@/lib/content/compile-lesson.server";
import { listLessonFiles, readLessonFile } from "@/lib/content/lesson-files.server";

// Top-level routes of the static export (app/*/page.tsx).
const SECTIONS = new Set(["/", "/lessons/", "/simulator/", "/quiz/", "/exercises/", "/progress/"]);

/** Internal links in Markdown `[text](/path)` and JSX `href="/path"` form, with their line. */
function internalLinks(source: string): { href: string; line: number }[] {
  const out: { href: string; line: number }[] = [];
  source.split("\n").forEach((text, i) => {
    for (const m of text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) out.push({ href: m[1] ?? m[2], line: i + 1 });
  });
  return out;
}

describe("links between lessons", async () => {
  const files = await listLessonFiles();
  const lessons = await Promise.all(
    files.map(async (f) => {
      const { meta, source } = await readLessonFile(f);
      const compiled = await compileLessonSource(meta, source, { allowedComponents: mdxComponentNames });
      return { file: f.file, slug: f.slug, source, anchors: new Set(compiled.toc.map((t) => t.id)) };
    }),
  );
  const bySlug = new Map(lessons.map((l) => [l.slug, l]));

  test.each(lessons.map((l) => [l.file, l] as const))("every internal link in %s resolves", (_file, lesson) => {
    for (const { href, line } of internalLinks(lesson.source)) {
      const [pathPart, anchor] = href.split("#");
      const normalised = pathPart.endsWith("/") ? pathPart : `${pathPart}/`;
      const where = `${lesson.file}:${line} links to ${href}`;
      const lessonMatch = /^\/lessons\/([a-z0-9-]+)\/$/.exec(normalised);
      if (lessonMatch) {
        const target = bySlug.get(lessonMatch[1]);
        expect(target, `${where}, but there is no lesson "${lessonMatch[1]}"`).toBeDefined();
        if (anchor) expect(target!.anchors.has(anchor), `${where}, but that lesson has no heading #${anchor}`).toBe(true);
      } else {
        expect(SECTIONS.has(normalised) || normalised.startsWith("/simulator/"), `${where}, which is not a page of the app`).toBe(true);
      }
    }
  });
});
