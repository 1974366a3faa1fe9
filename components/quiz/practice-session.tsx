"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useQuizStore } from "@/components/stores/app-stores";
import type { PaperItem } from "@/lib/quiz/exam";
import { isCorrectSelection } from "@/lib/quiz/scoring";
import type { QuizIndex } from "@/lib/quiz/quiz-index";
import { AnswerFeedback } from "./answer-feedback";
import { QuestionView, optionAtPosition, toggleSelection } from "./question-view";
import { lessonFor } from "./use-deck";
import { useQuizKeys } from "./use-quiz-keys";
import type { RenderedBank } from "./use-rendered-bank";

/**
 * One pass through a practice set: answer, see why, next. Answers are logged (statistics and
 * "my mistakes") but never move a card's review date.
 */
export function PracticeSession({
  index,
  bank,
  items,
  title,
}: {
  index: QuizIndex;
  bank: RenderedBank;
  items: PaperItem[];
  title: string;
}) {
  const quiz = useQuizStore()!;
  const [position, setPosition] = useState(0);
  const [selected, setSelected] = useState<number[]>([]);
  const [result, setResult] = useState<boolean | null>(null);
  const [results, setResults] = useState<{ id: string; correct: boolean }[]>([]);
  const headingRef = useRef<HTMLElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const item = items[position];
  const question = item ? bank[item.questionId] : undefined;
  const finished = position >= items.length;

  useEffect(() => {
    (finished ? doneRef.current : headingRef.current)?.focus();
  }, [position, finished]);
  useEffect(() => {
    if (result !== null) nextRef.current?.focus();
  }, [result]);

  const check = () => {
    if (!question || result !== null || selected.length === 0) return;
    const correct = isCorrectSelection(question, selected);
    quiz.getState().recordPractice(question.id, correct);
    setResult(correct);
    setResults((r) => [...r, { id: question.id, correct }]);
  };
  const next = () => {
    if (result === null) return;
    setPosition((p) => p + 1);
    setSelected([]);
    setResult(null);
  };

  useQuizKeys({
    onNumber: (n) => {
      if (!question || result !== null) return;
      const i = optionAtPosition(question, item.optionOrder, n);
      if (i !== null) setSelected((s) => toggleSelection(question, s, i));
    },
    onEnter: () => (result === null ? check() : next()),
    onSpace: next,
  });

  if (finished) {
    const right = results.filter((r) => r.correct).length;
    return (
      <section className="quiz-panel" aria-labelledby="practice-done">
        <h2 id="practice-done" ref={doneRef} tabIndex={-1}>
          Practice complete
        </h2>
        <p>
          {title}: <strong>{right}</strong> of {results.length} right.
        </p>
        <p className="button-row">
          {right < results.length ? (
            <Link className="button button--primary" href="/quiz/practice/?mistakes=1">
              Practise my mistakes
            </Link>
          ) : null}
          <Link className="button" href="/quiz/practice/">
            Choose another set
          </Link>
        </p>
      </section>
    );
  }
  if (!question) {
    return (
      <p className="notice notice--error">This question is no longer in the bank. Choose another set.</p>
    );
  }

  const lesson = lessonFor(index, question.topic);
  return (
    <section className="quiz-panel" aria-label={`Practice: ${title}`}>
      <p className="review-counts">
        <span className="badge badge--accent">
          Question {position + 1} of {items.length}
        </span>{" "}
        <span className="muted">{lesson?.title ?? question.topic}</span>
      </p>
      <div className="question" key={question.id}>
        <QuestionView
          ref={headingRef}
          heading={title}
          question={question}
          order={item.optionOrder}
          selected={selected}
          revealed={result !== null}
          onToggle={(i) => result === null && setSelected((s) => toggleSelection(question, s, i))}
          showKeys
        />
        {result !== null ? (
          <>
            <div role="status">
              <AnswerFeedback question={question} correct={result} lesson={lesson} />
            </div>
            <div className="button-row">
              <button ref={nextRef} type="button" className="button button--primary" onClick={next}>
                {position + 1 < items.length ? "Next question" : "See how you did"}{" "}
                <kbd aria-hidden="true">Space</kbd>
              </button>
            </div>
          </>
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={selected.length === 0}
              onClick={check}
            >
              Check answer <kbd aria-hidden="true">Enter</kbd>
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
