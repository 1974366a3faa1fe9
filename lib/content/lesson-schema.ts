import { z } from "zod";

import { DOMAINS } from "@/lib/quiz/curriculum";

/** Frontmatter every lesson must carry. Unknown keys are rejected so typos do not pass silently. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(3, "title must be at least 3 characters").max(80),
    summary: z.string().trim().min(20, "summary must be a sentence of at least 20 characters").max(300),
    objectives: z
      .array(z.string().trim().min(5))
      .min(2, "list at least 2 learning objectives")
      .max(8, "list at most 8 learning objectives"),
    minutes: z.number().int("minutes must be a whole number").min(3).max(90),
    domain: z.enum(DOMAINS),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** `content/lessons/NN-slug.mdx`: NN gives the order, slug the URL and the quiz topic. */
export const LESSON_FILE_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

export function parseLessonFileName(fileName: string): { order: number; slug: string } | null {
  const match = LESSON_FILE_PATTERN.exec(fileName);
  if (!match) return null;
  return { order: Number(match[1]), slug: match[2] };
}

export type TocEntry = { depth: 2 | 3; text: string; id: string };

export type LessonMeta = LessonFrontmatter & {
  slug: string;
  order: number;
  /** Repository-relative path, for error messages and "edit this lesson" links. */
  file: string;
};
