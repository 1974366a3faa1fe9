"use client";

import Link from "next/link";
import { useState } from "react";
import type { RenderedQuestion } from "@/lib/content/rendered-question";
import { QuestionCard } from "@/components/quiz/question-card";
import { describeInterval } from "@/components/quiz/format";
import { useQuizStore } from "@/components/stores/app-stores";
import type { CheckOutcome } from "@/lib/stores/quiz-store";

/**
 * An inline "check yourself" question inside a lesson. Answering it makes it a spaced-repetition
 * card (the quiz store schedules it), so what a reader checked here comes back in their reviews.
 */
export function Check({ question }: { question: RenderedQuestion }) {
  const quiz = useQuizStore();
  const [outcome, setOutcome] = useState<{ result: CheckOutcome; at: number } | null>(null);

  return (
    <section className="check" aria-label="Check yourself">
      <QuestionCard
        question={question}
        heading="Check yourself"
        onAnswered={(a) => {
          if (!quiz) return;
          const at = Date.now();
          void quiz
            .getState()
            .answerCheck(question.id, a.correct)
            .then((result) => setOutcome({ result, at }));
        }}
        afterAnswer={outcome ? <DeckNote outcome={outcome.result} at={outcome.at} /> : null}
      />
    </section>
  );
}

function DeckNote({ outcome, at }: { outcome: CheckOutcome; at: number }) {
  const due = outcome.card?.due;
  return (
    <p className="check__deck muted">
      {outcome.scheduled && due !== undefined ? (
        <>
          Added to your <Link href="/quiz/review/">reviews</Link>: it comes back in{" "}
          {describeInterval(due - at)}.
        </>
      ) : due !== undefined ? (
        <>
          Already in your <Link href="/quiz/review/">reviews</Link>; its next review stays in{" "}
          {describeInterval(due - at)}.
        </>
      ) : null}
    </p>
  );
}
