import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ContentError } from "./content-error";
import { readLessonFrontmatter } from "./frontmatter";
import { parseLessonFileName, type LessonMeta } from "./lesson-schema";

export const LESSONS_DIR = path.join(process.cwd(), "content", "lessons");

export type LessonFile = { order: number; slug: string; file: string; absolute: string };

/** Lesson files in course order. Anything in content/lessons that is not NN-slug.mdx is an error. */
export async function listLessonFiles(dir = LESSONS_DIR): Promise<LessonFile[]> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith("."));
  const files: LessonFile[] = [];
  for (const name of names) {
    const rel = path.relative(process.cwd(), path.join(dir, name));
    const parsed = parseLessonFileName(name);
    if (!parsed) {
      throw new ContentError(rel, undefined, "lesson files must be named NN-slug.mdx (two digits, then a kebab-case slug).");
    }
    files.push({ ...parsed, file: rel, absolute: path.join(dir, name) });
  }
  files.sort((a, b) => a.order - b.order);
  for (let i = 1; i < files.length; i++) {
    if (files[i].order === files[i - 1].order) {
      throw new ContentError(files[i].file, undefined, `lesson number ${files[i].order} is also used by ${files[i - 1].file}.`);
    }
  }
  return files;
}

export async function readLessonFile(file: LessonFile): Promise<{ meta: LessonMeta; source: string }> {
  const source = await readFile(file.absolute, "utf8");
  const frontmatter = readLessonFrontmatter(file.file, source);
  return { meta: { ...frontmatter, slug: file.slug, order: file.order, file: file.file }, source };
}
