"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useHydrated, useQuiz, useQuizStore } from "@/components/stores/app-stores";
import { DOMAIN_LABELS, DOMAINS } from "@/lib/quiz/curriculum";
import {
  assembleExam,
  availableExamFormats,
  domainQuotas,
  EXAM_FORMATS,
  type ExamFormat,
} from "@/lib/quiz/exam";
import type { QuizIndex } from "@/lib/quiz/quiz-index";
import { PASSING_SCALED } from "@/lib/quiz/scoring";
import { formatLabel } from "./exam-format";
import { ExamResults } from "./exam-results";
import { ExamRunner } from "./exam-runner";
import { formatDateTime } from "./format";
import { useRenderedBank, type RenderedBank } from "./use-rendered-bank";

/** /quiz/exam/: choose a format, sit the exam, see results (?result=<id>). */
export function ExamPage({ index }: { index: QuizIndex }) {
  const params = useSearchParams();
  // Keyed by the query, so following a link from a result to /quiz/exam/ starts afresh.
  return <ExamView key={params.toString()} index={index} resultParam={params.get("result")} />;
}

function ExamView({ index, resultParam }: { index: QuizIndex; resultParam: string | null }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const active = useQuiz((s) => s.activeExam);
  const history = useQuiz((s) => s.examHistory);
  const { bank, error } = useRenderedBank(index.version);
  // Shown at once after submitting, before the URL change lands.
  const [justSubmitted, setJustSubmitted] = useState<string | null>(null);
  const resultId = resultParam ?? justSubmitted;

  if (!hydrated) return <p className="muted">Loading…</p>;
  if (error) return <p className="notice notice--error">{error}</p>;

  if (resultId) {
    const entry = history.find((e) => e.id === resultId);
    if (!entry) {
      return (
        <p className="notice notice--warning">
          That exam result is not on this device (results stay in the browser that took the exam).{" "}
          <Link href="/quiz/exam/">Start an exam</Link>
        </p>
      );
    }
    return <ExamResults entry={entry} bank={bank} index={index} />;
  }

  if (active) {
    if (!bank) return <p className="muted">Loading your exam…</p>;
    return (
      <ExamRunner
        active={active}
        bank={bank}
        onSubmitted={(id) => {
          setJustSubmitted(id);
          router.replace(`/quiz/exam/?result=${encodeURIComponent(id)}`);
        }}
      />
    );
  }

  return <ExamPicker index={index} bank={bank} />;
}

/** A new seed per paper (the time is unique enough for one learner's papers). */
function freshSeed(): string {
  return String(Date.now());
}

function ExamPicker({ index, bank }: { index: QuizIndex; bank: RenderedBank | null }) {
  const quiz = useQuizStore()!;
  const history = useQuiz((s) => s.examHistory);
  const ready = bank !== null;
  const available = new Set(availableExamFormats(index.questions).map((f) => f.id));

  const start = (format: ExamFormat) => {
    if (!bank) return;
    const questions = index.questions.flatMap((q) => bank[q.id] ?? []);
    // A fresh paper each time; the seed is stored with it, so it can be redrawn identically.
    const paper = assembleExam(questions, format, freshSeed());
    quiz.getState().startExam(paper);
    window.scrollTo(0, 0);
  };

  return (
    <div className="exam-picker">
      <p className="lead">
        Timed like the real exam: two minutes a question, domains weighted as in the DVA-C02 guide, a scaled
        score from 100 to 1000 with {PASSING_SCALED} to pass. Answers are shown only at the end.
      </p>
      <ul className="grid exam-formats">
        {EXAM_FORMATS.map((f) => {
          const quotas = domainQuotas(f.questionCount);
          const ok = available.has(f.id);
          return (
            <li key={f.id} className="card">
              <h2>{f.label}</h2>
              <p className="muted">
                {DOMAINS.map((d) => `${quotas[d]} ${DOMAIN_LABELS[d].split(" ")[0].toLowerCase()}`).join(
                  ", ",
                )}
              </p>
              {ok ? (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={!ready}
                  onClick={() => start(f)}
                >
                  {ready ? `Start: ${f.questionCount} questions` : "Loading questions…"}
                </button>
              ) : (
                <p className="muted">
                  The question bank does not have enough questions in every domain for this format yet.
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {history.length > 0 ? (
        <section className="card" aria-labelledby="recent-exams">
          <h2 id="recent-exams">Recent exams</h2>
          <ul className="link-list">
            {[...history]
              .reverse()
              .slice(0, 5)
              .map((e) => (
                <li key={e.id}>
                  <Link href={`/quiz/exam/?result=${encodeURIComponent(e.id)}`}>
                    {formatDateTime(e.attempt.submittedAt ?? e.attempt.timer.startedAt)}: {e.scaled} (
                    {e.passed ? "pass" : "fail"})
                  </Link>{" "}
                  <span className="muted">{formatLabel(e.attempt.paper.formatId)}</span>
                </li>
              ))}
          </ul>
          <Link href="/quiz/stats/#exam-history">All exam history</Link>
        </section>
      ) : null}
    </div>
  );
}
