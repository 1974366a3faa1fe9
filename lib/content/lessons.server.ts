import "server-only";
import { compileLessonSource, type CompiledLesson } from "./compile-lesson.server";
import { listLessonFiles, readLessonFile } from "./lesson-files.server";
import type { LessonMeta } from "./lesson-schema";

export type { CompiledLesson };

// Build-time memo: Next renders every lesson page in the same process and asks for the index
// many times. In development, content edits must show up, so nothing is cached there.
const cache = process.env.NODE_ENV === "production" ? new Map<string, Promise<unknown>>() : null;
function memo<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!cache) return make();
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as Promise<T>;
}

/** All lessons, in course order, with validated frontmatter. Throws ContentError on a bad file. */
export function getLessons(): Promise<LessonMeta[]> {
  return memo("index", async () => {
    const files = await listLessonFiles();
    return Promise.all(files.map(async (f) => (await readLessonFile(f)).meta));
  });
}

export async function getLesson(
  slug: string,
  options: { allowedComponents: readonly string[]; knownQuestionIds?: ReadonlySet<string>; presetIds?: ReadonlySet<string> },
): Promise<CompiledLesson> {
  return memo(`lesson:${slug}`, async () => {
    const files = await listLessonFiles();
    const file = files.find((f) => f.slug === slug);
    if (!file) throw new Error(`No lesson with slug "${slug}" in content/lessons.`);
    const { meta, source } = await readLessonFile(file);
    return compileLessonSource(meta, source, options);
  });
}
