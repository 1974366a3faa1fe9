import { loadQuestionBank } from "@/lib/quiz/bank.server";
import type { Question } from "@/lib/quiz/schema";
import { renderQuestion } from "./render-question.server";
import type { RenderedQuestion } from "./rendered-question";

let bank: Map<string, Question> | null = null;

/** The validated question bank by id (loaded once per build; a bad bank fails the build). */
export function questionsById(): Map<string, Question> {
  if (!bank || process.env.NODE_ENV !== "production") {
    bank = new Map(loadQuestionBank().questions.map((q) => [q.id, q]));
  }
  return bank;
}

export async function renderChecks(ids: readonly string[]): Promise<Record<string, RenderedQuestion>> {
  const byId = questionsById();
  const entries = await Promise.all(ids.map(async (id) => [id, await renderQuestion(byId.get(id)!)] as const));
  return Object.fromEntries(entries);
}
