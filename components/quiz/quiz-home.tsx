"use client";

import Link from "next/link";
import { useQuiz } from "@/components/stores/app-stores";
import { availableExamFormats } from "@/lib/quiz/exam";
import type { QuizIndex } from "@/lib/quiz/quiz-index";
import { ActiveExamSummary } from "./active-exam-summary";
import { describeInterval, percent } from "./format";
import { describeQueue, useTodayQueue } from "./review-summary";
import { useDeckIds } from "./use-deck";
import { useNow } from "./use-now";

/** /quiz/: what is due, the three modes, and a glance at statistics and settings. */
export function QuizHome({ index }: { index: QuizIndex }) {
  const deckIds = useDeckIds(index);
  const queue = useTodayQueue(deckIds);
  const now = useNow(30_000);
  const settings = useQuiz((s) => s.settings);
  const studied = useQuiz((s) => Object.values(s.scheduler.cards).filter((c) => c.phase !== "new").length);
  const exams = useQuiz((s) => s.examHistory.length);
  const formats = availableExamFormats(index.questions);
  const ready = queue ? queue.ids.length : 0;

  return (
    <>
      <ActiveExamSummary />
      <div className="grid quiz-home">
        <section className="card" aria-labelledby="review-title">
          <h2 id="review-title">Review</h2>
          {!queue ? (
            <p className="muted">Loading what is due…</p>
          ) : (
            <>
              <p>{describeQueue(queue)}.</p>
              {ready > 0 ? (
                <Link className="button button--primary" href="/quiz/review/">
                  Start review ({ready})
                </Link>
              ) : (
                <p className="muted">
                  All caught up.
                  {queue.nextDueAt !== null
                    ? ` The next card is due in ${describeInterval(queue.nextDueAt - now)}.`
                    : ""}
                </p>
              )}
            </>
          )}
          <p className="muted quiz-home__note">
            Every bank question and every lesson check is a card. {studied} studied so far;{" "}
            {settings.newCardsPerDay} new a day.
          </p>
        </section>

        <section className="card" aria-labelledby="practice-title">
          <h2 id="practice-title">Practice</h2>
          <p>
            Untimed sets by lesson topic or exam domain, or the questions you last got wrong. Practice never
            moves a review date.
          </p>
          <p className="button-row">
            <Link className="button" href="/quiz/practice/">
              Choose a set
            </Link>
            <Link className="button" href="/quiz/practice/?mistakes=1">
              My mistakes
            </Link>
          </p>
        </section>

        <section className="card" aria-labelledby="exam-title">
          <h2 id="exam-title">Exam simulation</h2>
          <p>
            {formats.map((f) => f.label).join("; ")}. Scored 100–1000, 720 to pass, with a per-domain
            breakdown.
          </p>
          <Link className="button" href="/quiz/exam/">
            Take an exam
          </Link>
        </section>

        <section className="card" aria-labelledby="stats-title">
          <h2 id="stats-title">Statistics</h2>
          <p>
            Due forecast, retention over time, study days, mastery by topic and your {exams} exam
            {exams === 1 ? "" : "s"}.
          </p>
          <Link className="button" href="/quiz/stats/">
            See statistics
          </Link>
        </section>

        <section className="card" aria-labelledby="settings-title">
          <h2 id="settings-title">Settings</h2>
          <p>
            {settings.newCardsPerDay} new cards a day, desired retention {percent(settings.desiredRetention)},
            learning steps {settings.learningSteps.join(" ") || "none"}.
          </p>
          <Link className="button" href="/quiz/settings/">
            Change settings
          </Link>
        </section>

        <section className="card" aria-labelledby="keys-title">
          <h2 id="keys-title">Keyboard</h2>
          <dl className="keys">
            <dt>
              <kbd>1</kbd>–<kbd>9</kbd>
            </dt>
            <dd>choose an option (after answering a review: grade 1 Again … 4 Easy)</dd>
            <dt>
              <kbd>Enter</kbd>
            </dt>
            <dd>check the answer (in an exam: next question)</dd>
            <dt>
              <kbd>Space</kbd>
            </dt>
            <dd>continue (in a review: grade Good, or Again after a wrong answer)</dd>
          </dl>
        </section>
      </div>
    </>
  );
}
