import { z } from "zod";

import { TOPIC_SLUGS } from "@/lib/quiz/curriculum";

// Build time only (the classic zod API reads better in error messages; nothing here ships to the
// browser except types). What an exercise folder's README.mdx frontmatter must say.

export const DIFFICULTIES = ["beginner", "intermediate", "advanced"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const exerciseFrontmatterSchema = z
  .object({
    title: z.string().trim().min(3, "title must be at least 3 characters").max(80),
    summary: z.string().trim().min(20, "summary must be a sentence of at least 20 characters").max(300),
    topic: z.enum(TOPIC_SLUGS, {
      message: `topic must be one of the lesson topics (${TOPIC_SLUGS.join(", ")})`,
    }),
    difficulty: z.enum(DIFFICULTIES),
    minutes: z.number().int("minutes must be a whole number").min(3).max(90),
    objectives: z
      .array(z.string().trim().min(5))
      .min(2, "list at least 2 objectives")
      .max(6, "list at most 6 objectives"),
    hints: z
      .array(z.string().trim().min(10, "a hint must be a sentence of at least 10 characters"))
      .min(1, "give at least one hint")
      .max(5, "give at most 5 hints (they are revealed one at a time)"),
    reviewQuestions: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "question ids are kebab-case"))
      .min(1, "name at least one question that joins the review deck when the exercise is passed")
      .max(5),
  })
  .strict();

export type ExerciseFrontmatter = z.infer<typeof exerciseFrontmatterSchema>;

/** `content/exercises/NN-slug/`: NN orders the list, slug is the URL. */
export const EXERCISE_FOLDER_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseExerciseFolderName(name: string): { order: number; slug: string } | null {
  const m = EXERCISE_FOLDER_PATTERN.exec(name);
  return m ? { order: Number(m[1]), slug: m[2] } : null;
}

/** What every page needs to list and describe an exercise (serialisable, no code). */
export type ExerciseMeta = ExerciseFrontmatter & {
  slug: string;
  order: number;
  /** Repository-relative folder, for error messages. */
  folder: string;
  /** The learner's file in the function: "index.mjs" or "index.ts". */
  mainFile: string;
  checks: { id: string; title: string }[];
  /**
   * Short hash of checks.ts and the support files: a report made against other checks is
   * verified again, but a difference from its claimed results is not called tampering.
   */
  checksVersion: string;
};

/** The whole exercise, as the exercise page receives it. */
export type ExerciseContent = ExerciseMeta & {
  /** mdx-bundler output for README.mdx's body, evaluated at build time in a server component. */
  readmeCode: string;
  hintsHtml: string[];
  starter: string;
  solution: string;
  supportFiles: Record<string, string>;
};
