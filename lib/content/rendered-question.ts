import type { Question } from "@/lib/quiz/schema";

/** A bank question with its Markdown rendered to HTML at build time, ready for client components. */
export type RenderedQuestion = Pick<Question, "id" | "topic" | "domain" | "type" | "references"> & {
  scenario?: string;
  promptHtml: string;
  explanationHtml: string;
  options: { html: string; correct: boolean; whyHtml: string }[];
};
