"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { useHydrated, useQuiz, useQuizStore } from "@/components/stores/app-stores";
import type { QuizIndex } from "@/lib/quiz/quiz-index";
import { nextCardId, reviewOptionOrder } from "@/lib/quiz/review-session";
import { previewGrades, reviewQueue, type Grade } from "@/lib/quiz/scheduler";
import { isCorrectSelection } from "@/lib/quiz/scoring";
import { AnswerFeedback } from "./answer-feedback";
import { describeInterval, formatDateTime } from "./format";
import { GradeButtons } from "./grade-buttons";
import { QuestionView, optionAtPosition, toggleSelection } from "./question-view";
import { lessonFor, useDeckIds } from "./use-deck";
import { useNow } from "./use-now";
import { useQuizKeys } from "./use-quiz-keys";
import { useRenderedBank, type RenderedBank } from "./use-rendered-bank";

/** The review page: today's due cards, one at a time, graded Again/Hard/Good/Easy. */
export function ReviewSession({ index }: { index: QuizIndex }) {
  const hydrated = useHydrated();
  const now = useNow(30_000);
  const { bank, error } = useRenderedBank(index.version);
  const deckIds = useDeckIds(index);
  if (error) return <p className="notice notice--error">{error}</p>;
  if (!hydrated || now === 0 || !bank) return <p className="muted">Loading your reviews…</p>;
  return <ReviewRunner index={index} bank={bank} deckIds={deckIds} startAt={now} />;
}

type Current = { id: string; order: number[] };
type Revealed = { correct: boolean; intervals: Record<Grade, number> };

function ReviewRunner({
  index,
  bank,
  deckIds,
  startAt,
}: {
  index: QuizIndex;
  bank: RenderedBank;
  deckIds: string[];
  startAt: number;
}) {
  const quiz = useQuizStore()!;
  const scheduler = useQuiz((s) => s.scheduler);
  const settings = useQuiz((s) => s.settings);
  const clock = useNow(30_000);
  const now = Math.max(clock, startAt);

  const pick = (lastId: string | null, at: number): Current | null => {
    const s = quiz.getState();
    const id = nextCardId(reviewQueue(s.scheduler, deckIds, at, s.settings), s.scheduler.cards, at, lastId);
    if (!id || !bank[id]) return null;
    return { id, order: reviewOptionOrder(id, bank[id].options.length, s.scheduler.cards[id]?.reps ?? 0) };
  };

  const [current, setCurrent] = useState<Current | null>(() => pick(null, startAt));
  const [selected, setSelected] = useState<number[]>([]);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [tally, setTally] = useState({ reviewed: 0, right: 0 });
  const [notice, setNotice] = useState<{ tone: "warning" | "info"; text: string; undo?: () => void } | null>(
    null,
  );
  const headingRef = useRef<HTMLElement>(null);
  const gradeRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  const queue = useMemo(
    () => reviewQueue(scheduler, deckIds, now, settings),
    [scheduler, deckIds, now, settings],
  );
  const question = current ? bank[current.id] : null;
  const card = current ? scheduler.cards[current.id] : undefined;

  useEffect(() => {
    (current ? headingRef.current : doneRef.current)?.focus();
  }, [current]);
  useEffect(() => {
    if (revealed) gradeRef.current?.focus();
  }, [revealed]);

  const advance = (lastId: string | null) => {
    setCurrent(pick(lastId, Date.now()));
    setSelected([]);
    setRevealed(null);
  };

  const check = () => {
    if (!current || !question || revealed || selected.length === 0) return;
    const correct = isCorrectSelection(question, selected);
    const s = quiz.getState();
    const preview = previewGrades(s.scheduler, current.id, Date.now(), s.settings);
    setRevealed({
      correct,
      intervals: {
        again: preview.again.intervalMs,
        hard: preview.hard.intervalMs,
        good: preview.good.intervalMs,
        easy: preview.easy.intervalMs,
      },
    });
  };

  // A key held down or a double click must grade once: the answer is saved asynchronously.
  const grading = useRef(false);
  const grade = (g: Grade) => {
    if (!current || !revealed || grading.current) return;
    grading.current = true;
    const { correct } = revealed;
    void quiz
      .getState()
      .answerReview(current.id, { correct, grade: g })
      .then((outcome) => {
        const leech = outcome.events.find((e) => e.type === "leech");
        setNotice(leech ? { tone: "warning", text: leech.message } : null);
        setTally((t) => ({ reviewed: t.reviewed + 1, right: t.right + (correct ? 1 : 0) }));
        advance(current.id);
      })
      .finally(() => {
        grading.current = false;
      });
  };

  const hide = (how: "bury" | "suspend") => {
    if (!current) return;
    const id = current.id;
    if (how === "bury") {
      quiz.getState().bury(id);
      setNotice({
        tone: "info",
        text: "Buried: this card returns tomorrow.",
        undo: () => quiz.getState().unbury(id),
      });
    } else {
      quiz.getState().suspend(id);
      setNotice({
        tone: "info",
        text: "Suspended: this card stays out of your reviews until you unsuspend it (Statistics page).",
        undo: () => quiz.getState().unsuspend(id),
      });
    }
    advance(id);
  };

  useQuizKeys({
    onNumber: (n) => {
      if (!question || !current) return;
      if (!revealed) {
        const i = optionAtPosition(question, current.order, n);
        if (i !== null) setSelected((s) => toggleSelection(question, s, i));
      } else if (!revealed.correct) {
        if (n === 1) grade("again");
      } else if (n <= 4) {
        grade((["again", "hard", "good", "easy"] as const)[n - 1]);
      }
    },
    onEnter: () => {
      if (!current) return queue.ids.length > 0 ? advance(null) : undefined;
      if (!revealed) check();
      else grade(revealed.correct ? "good" : "again");
    },
    onSpace: () => {
      if (!current) return queue.ids.length > 0 ? advance(null) : undefined;
      if (revealed) grade(revealed.correct ? "good" : "again");
    },
  });

  const noticeBox = notice ? (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === "warning" ? "alert" : "status"}>
      <p>{notice.text}</p>
      {notice.undo ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            notice.undo?.();
            setNotice(null);
            if (!current) advance(null);
          }}
        >
          Undo
        </button>
      ) : null}
    </div>
  ) : null;

  const counts = (
    <p className="review-counts">
      <span className="visually-hidden">Left today: </span>
      <span className="badge">Learning {queue.learning}</span>{" "}
      <span className="badge badge--accent">To review {queue.review}</span>{" "}
      <span className="badge">New {queue.new}</span>
      {tally.reviewed > 0 ? <span className="muted"> · {tally.reviewed} done this session</span> : null}
    </p>
  );

  if (!current || !question) {
    return (
      <section className="quiz-panel" aria-labelledby="review-done">
        {noticeBox}
        <h2 id="review-done" ref={doneRef} tabIndex={-1}>
          {tally.reviewed > 0 ? "Session complete" : "Nothing to review right now"}
        </h2>
        {tally.reviewed > 0 ? (
          <p>
            You reviewed <strong>{tally.reviewed}</strong> card{tally.reviewed === 1 ? "" : "s"} and answered{" "}
            <strong>{tally.right}</strong> right.
          </p>
        ) : null}
        {counts}
        {queue.ids.length > 0 ? (
          <button type="button" className="button button--primary" onClick={() => advance(null)}>
            Continue: {queue.ids.length} more ready
          </button>
        ) : queue.nextDueAt !== null ? (
          <p>
            The next card is due in {describeInterval(queue.nextDueAt - now)} (
            {formatDateTime(queue.nextDueAt)}).
            {queue.newLeftToday === 0 && queue.new === 0 ? " Today's new cards are done." : null}
          </p>
        ) : (
          <p>Every card you have studied is done for today.</p>
        )}
        <p className="button-row">
          <Link className="button" href="/quiz/practice/">
            Practise a topic
          </Link>
          <Link className="button" href="/quiz/">
            Back to the quiz
          </Link>
        </p>
      </section>
    );
  }

  const lesson = lessonFor(index, question.topic);
  const phase = !card || card.phase === "new" ? "New card" : card.phase === "review" ? "Review" : "Learning";
  return (
    <section className="quiz-panel" aria-label="Review">
      {noticeBox}
      {counts}
      <div className="question" key={current.id}>
        <p className="question__meta">
          <span className="badge">{phase}</span>
          {card?.leech ? <span className="badge badge--warn">Leech</span> : null}
          <span className="muted">{lesson?.title ?? question.topic}</span>
        </p>
        <QuestionView
          ref={headingRef}
          heading={`Card ${tally.reviewed + 1}`}
          question={question}
          order={current.order}
          selected={selected}
          revealed={revealed !== null}
          onToggle={(i) => !revealed && setSelected((s) => toggleSelection(question, s, i))}
          showKeys
        />
        {revealed ? (
          <>
            <div role="status">
              <AnswerFeedback question={question} correct={revealed.correct} lesson={lesson} />
            </div>
            <GradeButtons
              ref={gradeRef}
              correct={revealed.correct}
              intervals={revealed.intervals}
              onGrade={grade}
            />
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
        <div className="button-row review-actions">
          <button type="button" className="button button--small" onClick={() => hide("bury")}>
            Bury until tomorrow
          </button>
          <button type="button" className="button button--small" onClick={() => hide("suspend")}>
            Suspend card
          </button>
        </div>
      </div>
    </section>
  );
}
