import { createHash } from "node:crypto";
import { getLessons } from "@/lib/content/lessons.server";
import { renderQuestion } from "@/lib/content/render-question.server";
import type { RenderedQuestion } from "@/lib/content/rendered-question";
import { loadQuestionBank, type LoadedBank } from "./bank.server";
import { inCourseOrder, type QuizIndex } from "./quiz-index";

// Build-time data for the quiz pages. Every page gets the small index as props; the rendered
// text of all questions (a few hundred KB of HTML) goes into one static JSON file that only
// the pages showing questions fetch.

let bank: LoadedBank | null = null;
let rendered: Promise<Record<string, RenderedQuestion>> | null = null;

function theBank(): LoadedBank {
  // In development the bank is re-read so edits show up; a build reads it once.
  if (!bank || process.env.NODE_ENV !== "production") {
    bank = loadQuestionBank();
    rendered = null;
  }
  return bank;
}

export async function quizIndex(): Promise<QuizIndex> {
  const { questions } = theBank();
  const lessons = await getLessons();
  return {
    version: createHash("sha256").update(JSON.stringify(questions)).digest("hex").slice(0, 12),
    questions: inCourseOrder(questions).map(({ id, topic, domain, type }) => ({ id, topic, domain, type })),
    lessons: lessons.map(({ slug, order, title }) => ({ slug, order, title })),
  };
}

/** Every question rendered to HTML, by id. */
export function renderedBank(): Promise<Record<string, RenderedQuestion>> {
  const { questions } = theBank();
  rendered ??= Promise.all(questions.map(renderQuestion)).then((list) =>
    Object.fromEntries(list.map((q) => [q.id, q])),
  );
  return rendered;
}
