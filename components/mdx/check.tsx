"use client";

import type { RenderedQuestion } from "@/lib/content/rendered-question";
import { QuestionCard } from "@/components/quiz/question-card";

/** An inline "check yourself" question inside a lesson. */
export function Check({ question }: { question: RenderedQuestion }) {
  return (
    <section className="check" aria-label="Check yourself">
      <QuestionCard question={question} heading="Check yourself" />
    </section>
  );
}
