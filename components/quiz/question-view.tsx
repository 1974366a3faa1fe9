"use client";

import { forwardRef, useId } from "react";
import type { RenderedQuestion } from "@/lib/content/rendered-question";

export type QuestionViewProps = {
  question: RenderedQuestion;
  /** Display order: position i shows authored option order[i]. Authored order when omitted. */
  order?: readonly number[];
  /** Selected options as authored indices. */
  selected: readonly number[];
  onToggle: (authoredIndex: number) => void;
  /** Show which options are right and why; inputs are locked. */
  revealed: boolean;
  heading?: string;
  /** Number badges telling keyboard users which key picks which option. */
  showKeys?: boolean;
};

/** The authored index shown at display position `n` (1-based), for number keys. */
export function optionAtPosition(
  question: RenderedQuestion,
  order: readonly number[] | undefined,
  n: number,
): number | null {
  const list = order ?? question.options.map((_, i) => i);
  return n >= 1 && n <= list.length ? list[n - 1] : null;
}

/** Selecting an option: a single answer replaces, a multiple answer toggles (as checkboxes do). */
export function toggleSelection(
  question: Pick<RenderedQuestion, "type">,
  selected: readonly number[],
  index: number,
): number[] {
  if (question.type === "single") return [index];
  return selected.includes(index)
    ? selected.filter((i) => i !== index)
    : [...selected, index].sort((a, b) => a - b);
}

/**
 * A question's prompt and options (native radios or checkboxes, so it is keyboard operable),
 * and once revealed, which options were right and why each is right or wrong. Controlled: the
 * parent owns the selection, so review, practice and exam can each decide what an answer does.
 * The forwarded ref is the heading, focused when a new question appears.
 */
export const QuestionView = forwardRef<HTMLElement, QuestionViewProps>(function QuestionView(
  { question, order, selected, onToggle, revealed, heading, showKeys = false },
  headingRef,
) {
  const name = useId();
  const multiple = question.type === "multiple";
  const need = question.options.filter((o) => o.correct).length;
  const positions = order ?? question.options.map((_, i) => i);

  return (
    <fieldset className="question__fieldset" data-question-id={question.id}>
      <legend className="question__legend">
        {heading ? (
          <span className="question__heading" ref={headingRef} tabIndex={-1}>
            {heading}
          </span>
        ) : null}
        <span className="question__prompt" dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
      </legend>
      {multiple ? <p className="muted question__hint">Select {need}.</p> : null}
      <ul className="question__options">
        {positions.map((index, position) => {
          const o = question.options[index];
          const chosen = selected.includes(index);
          const state = revealed
            ? o.correct
              ? "right"
              : chosen
                ? "wrong"
                : "neutral"
            : chosen
              ? "chosen"
              : "open";
          return (
            <li key={index} className={`option option--${state}`} data-option-index={index}>
              <label>
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name={name}
                  checked={chosen}
                  disabled={revealed}
                  onChange={() => onToggle(index)}
                />
                {showKeys ? (
                  <kbd className="option__key" aria-hidden="true">
                    {position + 1}
                  </kbd>
                ) : null}
                <span className="option__text" dangerouslySetInnerHTML={{ __html: o.html }} />
              </label>
              {revealed ? (
                <p className="option__why">
                  <strong>
                    {o.correct
                      ? chosen
                        ? "Correct, you chose it. "
                        : "Correct option. "
                      : chosen
                        ? "Your choice, not right. "
                        : ""}
                  </strong>
                  <span dangerouslySetInnerHTML={{ __html: o.whyHtml }} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
});
