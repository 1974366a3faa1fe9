import "server-only";
import { markdownToHtml } from "@/lib/content/markdown.server";
import { questionsById } from "@/lib/content/lesson-checks.server";
import { compileReadme } from "./compile-readme.server";
import { readAllExercises, type ExerciseSources } from "./exercise-folders.server";
import type { ExerciseContent, ExerciseMeta } from "./exercise-schema";
import { EXERCISE_CHECKS } from "./registry";

// Build-time access to content/exercises for the pages. Every folder is validated on first use,
// so one bad folder fails the whole build (with its path), not just its own page.

const cache = process.env.NODE_ENV === "production" ? new Map<string, Promise<unknown>>() : null;
function memo<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!cache) return make();
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as Promise<T>;
}

function sources(): Promise<ExerciseSources[]> {
  return memo("sources", () =>
    readAllExercises({ registry: EXERCISE_CHECKS, knownQuestionIds: new Set(questionsById().keys()) }),
  );
}

/** Every exercise's description, in order. Throws ContentError on any bad folder. */
export async function getExercises(): Promise<ExerciseMeta[]> {
  return (await sources()).map((s) => s.meta);
}

export async function getExercise(
  slug: string,
  options: { allowedComponents: readonly string[] },
): Promise<ExerciseContent> {
  return memo(`exercise:${slug}`, async () => {
    const found = (await sources()).find((s) => s.meta.slug === slug);
    if (!found) throw new Error(`No exercise with slug "${slug}" in content/exercises.`);
    const { meta, body, bodyStartLine, starter, solution } = found;
    const readmeCode = await compileReadme(`${meta.folder}/README.mdx`, body, {
      allowedComponents: options.allowedComponents,
      bodyStartLine,
    });
    const hintsHtml = await Promise.all(meta.hints.map((h) => markdownToHtml(h)));
    return {
      ...meta,
      readmeCode,
      hintsHtml,
      starter,
      solution,
      supportFiles: { ...EXERCISE_CHECKS[slug].supportFiles },
    };
  });
}

/** Every exercise's starter code by slug, without compiling anything (for the assignment page). */
export async function getExerciseStarters(): Promise<Record<string, string>> {
  return Object.fromEntries((await sources()).map((s) => [s.meta.slug, s.starter]));
}
