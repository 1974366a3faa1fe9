"use client";

import { useEffect, useRef, useState } from "react";
import { useQuizStore } from "@/components/stores/app-stores";
import { formatRemaining, remainingMs, unansweredIds } from "@/lib/quiz/exam-session";
import type { ActiveExam } from "@/lib/stores/quiz-store";
import { QuestionView, optionAtPosition } from "./question-view";
import { useNow } from "./use-now";
import { useQuizKeys } from "./use-quiz-keys";
import type { RenderedBank } from "./use-rendered-bank";

const MINUTE = 60_000;

/** What a screen reader hears as time runs low (changes only at these thresholds). */
function timeWarning(left: number): string {
  if (left <= MINUTE) return "One minute left.";
  if (left <= 5 * MINUTE) return "Five minutes left.";
  if (left <= 10 * MINUTE) return "Ten minutes left.";
  return "";
}

/**
 * A timed exam sitting: one question at a time, a navigator, flags, a review screen before
 * submitting. Everything is in the quiz store (persisted), so a reload resumes exactly here
 * with the clock still running; when time is up the exam submits itself.
 */
export function ExamRunner({
  active,
  bank,
  onSubmitted,
}: {
  active: ActiveExam;
  bank: RenderedBank;
  onSubmitted: (resultId: string) => void;
}) {
  const quiz = useQuizStore()!;
  const now = useNow(1000);
  const { attempt } = active;
  const items = attempt.paper.items;
  const left = now === 0 ? attempt.timer.durationMs : remainingMs(attempt.timer, now);
  const [screen, setScreen] = useState<"question" | "review">("question");
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);

  const item = items[attempt.current];
  const question = bank[item.questionId];
  const selected = attempt.answers[item.questionId] ?? [];
  const flagged = attempt.flagged.includes(item.questionId);

  const submit = (auto: boolean) => {
    try {
      const state = quiz.getState();
      const entry = auto ? state.autoSubmitExamIfTimeUp(bank) : state.submitExam(bank);
      if (entry) onSubmitted(entry.id);
    } catch (e) {
      setError(
        `This exam cannot be scored: ${e instanceof Error ? e.message : String(e)}. Abandon it and start a new one.`,
      );
    }
  };

  // Submits at the deadline: while the page is open, or at once after a reload that came late.
  // A timer rather than the 1 s display tick, so the exam ends on time even in a throttled tab.
  const deadline = attempt.timer.startedAt + attempt.timer.durationMs;
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });
  useEffect(() => {
    const timer = setTimeout(() => submitRef.current(true), Math.max(0, deadline - Date.now()));
    return () => clearTimeout(timer);
  }, [deadline]);

  const position = attempt.current;
  useEffect(() => {
    (screen === "review" ? reviewRef.current : headingRef.current)?.focus();
  }, [position, screen]);

  const go = (index: number) => {
    quiz.getState().goToExamQuestion(index);
    setScreen("question");
  };
  const next = () => (attempt.current + 1 < items.length ? go(attempt.current + 1) : setScreen("review"));
  const choose = (authored: number) => {
    if (question) quiz.getState().chooseExamOption(item.questionId, authored, question.type);
  };

  useQuizKeys(
    {
      onNumber: (n) => {
        if (!question) return;
        const i = optionAtPosition(question, item.optionOrder, n);
        if (i !== null) choose(i);
      },
      onEnter: next,
      onSpace: next,
    },
    screen === "question" && !error,
  );

  const unanswered = unansweredIds(attempt);
  const status = (id: string) =>
    `${(attempt.answers[id]?.length ?? 0) > 0 ? "answered" : "not answered"}${attempt.flagged.includes(id) ? ", flagged" : ""}`;

  const bar = (
    <div className="exam__bar">
      <p className="exam__position">
        {screen === "review"
          ? "Review before submitting"
          : `Question ${attempt.current + 1} of ${items.length}`}
      </p>
      <p className={`exam__timer${left <= 5 * MINUTE ? " exam__timer--low" : ""}`}>
        <span className="visually-hidden">Time left: </span>
        <span role="timer" aria-label="Time left">
          {formatRemaining(left)}
        </span>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {timeWarning(left)}
      </p>
    </div>
  );

  const problem =
    error ??
    (items.some((it) => !bank[it.questionId])
      ? "Some questions of this exam are no longer in the bank (it was updated since you started), so it cannot be scored fairly. Abandon it and start a new one."
      : null);
  if (problem) {
    return (
      <section className="quiz-panel exam">
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
        <button type="button" className="button" onClick={() => quiz.getState().abandonExam()}>
          Abandon this exam
        </button>
      </section>
    );
  }

  const navigator = (
    <nav className="exam__nav" aria-label="Questions">
      <ol className="exam-nav">
        {items.map((it, i) => {
          const answered = (attempt.answers[it.questionId]?.length ?? 0) > 0;
          const isFlagged = attempt.flagged.includes(it.questionId);
          return (
            <li key={it.questionId}>
              <button
                type="button"
                className={`exam-nav__item${answered ? " is-answered" : ""}${isFlagged ? " is-flagged" : ""}`}
                aria-current={screen === "question" && i === attempt.current ? "step" : undefined}
                aria-label={`Question ${i + 1}, ${status(it.questionId)}`}
                onClick={() => go(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="exam-nav__legend muted">
        <span className="exam-nav__swatch is-answered" aria-hidden="true" /> answered{" "}
        <span className="exam-nav__swatch is-flagged" aria-hidden="true" /> flagged
      </p>
    </nav>
  );

  if (screen === "review") {
    const flaggedIds = attempt.flagged;
    return (
      <section className="quiz-panel exam" aria-labelledby="exam-review-title">
        {bar}
        <h2 id="exam-review-title" ref={reviewRef} tabIndex={-1}>
          Review your answers
        </h2>
        <p>
          Answered <strong>{items.length - unanswered.length}</strong> of {items.length}.{" "}
          {unanswered.length > 0 ? (
            <>
              <strong>{unanswered.length}</strong> not answered: they count as wrong, and a guess costs
              nothing.{" "}
            </>
          ) : null}
          {flaggedIds.length > 0 ? (
            <>
              <strong>{flaggedIds.length}</strong> flagged for review.
            </>
          ) : null}
        </p>
        <ol className="exam-review-list">
          {items.map((it, i) => (
            <li key={it.questionId}>
              <button type="button" className="button button--small" onClick={() => go(i)}>
                Question {i + 1}
              </button>{" "}
              <span
                className={
                  (attempt.answers[it.questionId]?.length ?? 0) > 0 ? "" : "exam-review-list__missing"
                }
              >
                {status(it.questionId)}
              </span>
            </li>
          ))}
        </ol>
        <div className="button-row">
          <button type="button" className="button" onClick={() => setScreen("question")}>
            Back to the exam
          </button>
          <button type="button" className="button button--primary" onClick={() => submit(false)}>
            Submit exam
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="quiz-panel exam" aria-label="Exam">
      {bar}
      <div className="exam__layout">
        <div className="exam__main question" key={item.questionId}>
          <QuestionView
            ref={headingRef}
            heading={`Question ${attempt.current + 1}`}
            question={question}
            order={item.optionOrder}
            selected={selected}
            revealed={false}
            onToggle={choose}
            showKeys
          />
          <div className="button-row">
            <button
              type="button"
              className="button"
              aria-pressed={flagged}
              onClick={() => quiz.getState().toggleExamFlag(item.questionId)}
            >
              {flagged ? "Flagged for review" : "Flag for review"}
            </button>
          </div>
          <div className="button-row exam__move">
            <button
              type="button"
              className="button"
              disabled={attempt.current === 0}
              onClick={() => go(attempt.current - 1)}
            >
              Previous
            </button>
            <button type="button" className="button button--primary" onClick={next}>
              {attempt.current + 1 < items.length ? "Next" : "Review answers"}{" "}
              <kbd aria-hidden="true">Enter</kbd>
            </button>
            <button type="button" className="button" onClick={() => setScreen("review")}>
              Review and submit
            </button>
          </div>
        </div>
        {navigator}
      </div>
    </section>
  );
}
