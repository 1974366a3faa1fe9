"use client";

import { useState, type ReactNode } from "react";
import type { RenderedQuestion } from "@/lib/content/rendered-question";
import { isCorrectSelection } from "@/lib/quiz/scoring";
import { AnswerFeedback } from "./answer-feedback";
import { QuestionView, toggleSelection } from "./question-view";

export type Answer = { selected: number[]; correct: boolean };

/**
 * A self-contained question: options, a "Check answer" button and, once answered, why each
 * option is right or wrong. Used for lesson checks, where several sit on one page, so it has no
 * page-wide shortcuts: the native form controls (arrows, Space, Enter) are its keyboard.
 */
export function QuestionCard({
  question,
  heading,
  onAnswered,
  afterAnswer,
}: {
  question: RenderedQuestion;
  heading?: string;
  onAnswered?: (answer: Answer) => void;
  /** Shown under the explanation once answered (e.g. "added to your reviews"). */
  afterAnswer?: ReactNode;
}) {
  const [selected, setSelected] = useState<number[]>([]);
  const [answer, setAnswer] = useState<Answer | null>(null);

  const submit = () => {
    const result = { selected, correct: isCorrectSelection(question, selected) };
    setAnswer(result);
    onAnswered?.(result);
  };

  return (
    <form
      className="question"
      onSubmit={(e) => {
        e.preventDefault();
        if (!answer && selected.length > 0) submit();
      }}
    >
      <QuestionView
        question={question}
        heading={heading}
        selected={selected}
        revealed={answer !== null}
        onToggle={(i) => !answer && setSelected((s) => toggleSelection(question, s, i))}
      />
      {answer ? (
        <div role="status">
          <AnswerFeedback question={question} correct={answer.correct} />
          {afterAnswer}
        </div>
      ) : (
        <button type="submit" className="button button--primary" disabled={selected.length === 0}>
          Check answer
        </button>
      )}
    </form>
  );
}
