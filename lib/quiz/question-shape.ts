import type { Question, QuestionOption } from "./schema";

// Kept apart from schema.ts (which builds the bank's zod schema) so code that runs in the
// browser can use these without shipping the schema and the classic zod API.

/**
 * What assembly, practice and scoring read from a question. Bank questions fit it, and so does
 * the browser's rendered form (HTML instead of Markdown), so the quiz pages never need the
 * Markdown source to draw a paper or score it.
 */
export type QuestionShape = Pick<Question, "id" | "topic" | "domain" | "type"> & {
  options: ReadonlyArray<Pick<QuestionOption, "correct">>;
};

/** Indices (in authored order) of the options marked correct. */
export function correctOptionIndices(question: Pick<QuestionShape, "options">): number[] {
  return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}
