"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { DOMAIN_LABELS, DOMAIN_WEIGHTS } from "@/lib/quiz/curriculum";
import type { QuizIndex } from "@/lib/quiz/quiz-index";
import {
  minimumCorrectToPass,
  PASSING_SCALED,
  reviewItems,
  scoreExam,
  type ExamResult,
  type ReviewFilter,
} from "@/lib/quiz/scoring";
import type { ExamHistoryEntry } from "@/lib/stores/quiz-store";
import { AnswerFeedback } from "./answer-feedback";
import { formatOf } from "./exam-format";
import { formatDateTime, formatDuration, percent } from "./format";
import { QuestionView } from "./question-view";
import { lessonFor } from "./use-deck";
import type { RenderedBank } from "./use-rendered-bank";

/** Score, pass or fail, per-domain breakdown, then every question with its explanation. */
export function ExamResults({
  entry,
  bank,
  index,
}: {
  entry: ExamHistoryEntry;
  bank: RenderedBank | null;
  index: QuizIndex;
}) {
  const { attempt } = entry;
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const taken = (attempt.submittedAt ?? attempt.timer.startedAt) - attempt.timer.startedAt;
  const format = formatOf(attempt.paper.formatId);

  return (
    <div className="exam-results">
      <section className="card exam-score" aria-labelledby="exam-score-title">
        <h2 id="exam-score-title" ref={titleRef} tabIndex={-1}>
          {entry.passed ? "Passed" : "Not passed yet"}: {entry.scaled} / 1000
        </h2>
        <p className={`exam-score__verdict ${entry.passed ? "is-pass" : "is-fail"}`}>
          <span className="badge">{entry.passed ? "PASS" : "FAIL"}</span> {entry.correct} of {entry.total}{" "}
          right ({percent(entry.total ? entry.correct / entry.total : 0)}); {PASSING_SCALED} passes, which
          here means {minimumCorrectToPass(entry.total)} right.
        </p>
        <p className="muted">
          {format?.label ?? attempt.paper.formatId} · finished {formatDateTime(attempt.submittedAt ?? 0)} in{" "}
          {formatDuration(taken)}
          {attempt.autoSubmitted ? " · submitted automatically when time ran out" : ""}.
        </p>
        <p className="muted exam-score__note">
          AWS does not publish how answers become its 100–1000 score; this is a linear estimate over every
          question on the paper.
        </p>
      </section>

      <section className="card" aria-labelledby="domain-title">
        <h2 id="domain-title">By exam domain</h2>
        <table className="domain-table">
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Right</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {entry.byDomain.map((d) => (
              <tr key={d.domain}>
                <th scope="row">
                  {DOMAIN_LABELS[d.domain]}{" "}
                  <span className="muted">({DOMAIN_WEIGHTS[d.domain]}% of the exam)</span>
                </th>
                <td>
                  {d.correct} / {d.total}
                </td>
                <td>
                  <span className="meter" aria-hidden="true">
                    <span style={{ width: `${Math.round((d.fraction ?? 0) * 100)}%` }} />
                  </span>{" "}
                  {percent(d.fraction)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {bank ? (
        <ResultReview entry={entry} bank={bank} index={index} />
      ) : (
        <p className="muted">Loading the questions to review…</p>
      )}
    </div>
  );
}

function ResultReview({
  entry,
  bank,
  index,
}: {
  entry: ExamHistoryEntry;
  bank: RenderedBank;
  index: QuizIndex;
}) {
  const result = useMemo<ExamResult | string>(() => {
    try {
      return scoreExam(entry.attempt, bank);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [entry, bank]);
  const wrongCount = typeof result === "string" ? 0 : reviewItems(result, "wrong").length;
  const [filter, setFilter] = useState<ReviewFilter>(wrongCount > 0 ? "wrong" : "all");

  if (typeof result === "string") {
    return <p className="notice notice--warning">The questions of this exam cannot all be shown: {result}</p>;
  }
  const shown = reviewItems(result, filter);
  const position = new Map(entry.attempt.paper.items.map((it, i) => [it.questionId, i]));
  const counts: Record<ReviewFilter, number> = {
    all: result.items.length,
    wrong: wrongCount,
    flagged: reviewItems(result, "flagged").length,
  };

  return (
    <section aria-labelledby="exam-review-title" className="exam-review">
      <h2 id="exam-review-title">Review the questions</h2>
      <div className="segmented" role="group" aria-label="Show">
        {(["all", "wrong", "flagged"] as const).map((f) => (
          <button
            key={f}
            type="button"
            className="button button--small"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
          >
            {f === "all" ? "All" : f === "wrong" ? "Wrong" : "Flagged"} ({counts[f]})
          </button>
        ))}
      </div>
      {shown.length === 0 ? <p className="muted">Nothing to show here.</p> : null}
      <ol className="exam-review__list">
        {shown.map((item) => {
          const question = bank[item.questionId];
          const i = position.get(item.questionId) ?? 0;
          return (
            <li key={item.questionId} className="question exam-review__item">
              <p className="question__meta">
                <span className={`badge ${item.correct ? "badge--ok" : "badge--err"}`}>
                  {item.correct ? "Right" : item.answered ? "Wrong" : "Not answered"}
                </span>
                {item.flagged ? <span className="badge badge--warn">Flagged</span> : null}
                <span className="muted">{DOMAIN_LABELS[item.domain]}</span>
              </p>
              <QuestionView
                heading={`Question ${i + 1}`}
                question={question}
                order={entry.attempt.paper.items[i].optionOrder}
                selected={item.selected}
                revealed
                onToggle={() => {}}
              />
              <AnswerFeedback
                question={question}
                correct={item.answered ? item.correct : null}
                lesson={lessonFor(index, question.topic)}
              />
            </li>
          );
        })}
      </ol>
      <p className="button-row">
        <Link className="button button--primary" href="/quiz/exam/">
          Take another exam
        </Link>
        {wrongCount > 0 ? (
          <Link className="button" href="/quiz/practice/?mistakes=1">
            Practise my mistakes
          </Link>
        ) : null}
      </p>
    </section>
  );
}
