"use client";

import { useId, useState } from "react";
import type { RenderedQuestion } from "@/lib/content/rendered-question";

export type Answer = { selected: number[]; correct: boolean };

export function isAnswerCorrect(q: Pick<RenderedQuestion, "options">, selected: readonly number[]): boolean {
  const right = q.options.flatMap((o, i) => (o.correct ? [i] : []));
  return right.length === selected.length && right.every((i) => selected.includes(i));
}

/**
 * One question with its options, a "Check answer" button and, once answered, why each option
 * is right or wrong. Native radio buttons / checkboxes keep it keyboard operable.
 */
export function QuestionCard({
  question,
  heading,
  onAnswered,
}: {
  question: RenderedQuestion;
  heading?: string;
  onAnswered?: (answer: Answer) => void;
}) {
  const [selected, setSelected] = useState<number[]>([]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const name = useId();
  const multiple = question.type === "multiple";
  const need = question.options.filter((o) => o.correct).length;

  const toggle = (i: number) => {
    if (answer) return;
    setSelected((s) => (multiple ? (s.includes(i) ? s.filter((x) => x !== i) : [...s, i].sort()) : [i]));
  };
  const submit = () => {
    const result = { selected, correct: isAnswerCorrect(question, selected) };
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
      <fieldset>
        <legend className="question__legend">
          {heading ? <span className="question__heading">{heading}</span> : null}
          <span className="question__prompt" dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
        </legend>
        {multiple ? <p className="muted question__hint">Select {need}.</p> : null}
        <ul className="question__options">
          {question.options.map((o, i) => {
            const state = answer ? (o.correct ? "right" : selected.includes(i) ? "wrong" : "neutral") : "open";
            return (
              <li key={i} className={`option option--${state}`}>
                <label>
                  <input
                    type={multiple ? "checkbox" : "radio"}
                    name={name}
                    checked={selected.includes(i)}
                    disabled={answer !== null}
                    onChange={() => toggle(i)}
                  />
                  <span dangerouslySetInnerHTML={{ __html: o.html }} />
                </label>
                {answer ? (
                  <p className="option__why">
                    <strong>{o.correct ? "Correct option. " : selected.includes(i) ? "Not right. " : ""}</strong>
                    <span dangerouslySetInnerHTML={{ __html: o.whyHtml }} />
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {answer ? (
        <div className={`question__result ${answer.correct ? "is-right" : "is-wrong"}`} role="status">
          <p>
            <strong>{answer.correct ? "Right." : "Not quite."}</strong>
          </p>
          <div dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
          {question.references.length > 0 ? (
            <p className="question__refs">
              Source:{" "}
              {question.references.map((r, i) => (
                <span key={r}>
                  {i > 0 ? ", " : ""}
                  <a href={r} rel="noreferrer" target="_blank">
                    {new URL(r).pathname.split("/").filter(Boolean).pop()?.replace(/\.html$/, "") ?? r}
                  </a>
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ) : (
        <button type="submit" className="button button--primary" disabled={selected.length === 0}>
          Check answer
        </button>
      )}
    </form>
  );
}
