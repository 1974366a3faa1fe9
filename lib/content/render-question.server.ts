import type { Question } from "@/lib/quiz/schema";
import { inlineMarkdownToHtml, markdownToHtml } from "./markdown.server";
import type { RenderedQuestion } from "./rendered-question";

export async function renderQuestion(q: Question): Promise<RenderedQuestion> {
  return {
    id: q.id,
    topic: q.topic,
    domain: q.domain,
    type: q.type,
    references: q.references,
    ...(q.scenario ? { scenario: q.scenario } : {}),
    promptHtml: await markdownToHtml(q.prompt),
    explanationHtml: await markdownToHtml(q.explanation),
    options: await Promise.all(
      q.options.map(async (o) => ({ html: await inlineMarkdownToHtml(o.text), correct: o.correct, whyHtml: await inlineMarkdownToHtml(o.why) })),
    ),
  };
}
