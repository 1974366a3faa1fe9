"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useHydrated, useQuiz, useQuizStore } from "@/components/stores/app-stores";
import type { QuizIndex } from "@/lib/quiz/quiz-index";
import { dueForecast, retentionOverTime, studyHeatmap, topicMastery } from "@/lib/quiz/review-stats";
import { DueForecastChart, MasteryTable, RetentionChart, StudyHeatmap } from "./charts";
import { formatLabel } from "./exam-format";
import { formatDateTime, percent } from "./format";
import { lessonFor } from "./use-deck";
import { useNow } from "./use-now";

const FORECAST_DAYS = 14;
const RETENTION_WEEKS = 12;
const HEATMAP_WEEKS = 26;

/** /quiz/stats/: what is coming, how well it sticks, when you studied, exams taken. */
export function StatsPage({ index }: { index: QuizIndex }) {
  const hydrated = useHydrated();
  const now = useNow(60_000);
  const scheduler = useQuiz((s) => s.scheduler);
  const settings = useQuiz((s) => s.settings);
  const history = useQuiz((s) => s.examHistory);
  const quiz = useQuizStore();
  const bankIds = useMemo(() => index.questions.map((q) => q.id), [index]);
  const titles = useMemo(
    () => Object.fromEntries(index.lessons.map((l) => [l.slug, l.title])) as Record<string, string>,
    [index],
  );

  const stats = useMemo(() => {
    if (now === 0) return null;
    const cards = bankIds.map((id) => scheduler.cards[id]).filter((c) => c !== undefined);
    const studied = cards.filter((c) => c.phase !== "new");
    const recent = retentionOverTime(scheduler.log, now, 30, settings, 30)[0];
    return {
      forecast: dueForecast(scheduler, now, FORECAST_DAYS, settings, bankIds),
      retention: retentionOverTime(scheduler.log, now, RETENTION_WEEKS * 7, settings, 7),
      heatmap: studyHeatmap(scheduler.log, now, HEATMAP_WEEKS * 7, settings),
      mastery: topicMastery(scheduler, index.questions, now, settings),
      studied: studied.length,
      reviews: scheduler.log.filter((e) => e.source === "review").length,
      recentRetention: recent.retention,
      recentReviews: recent.reviews,
    };
  }, [now, scheduler, settings, bankIds, index]);

  if (!hydrated || !stats) return <p className="muted">Loading your statistics…</p>;

  const hidden = Object.entries(scheduler.cards).filter(([id, c]) => c.suspended && bankIds.includes(id));
  const weekTotal = stats.forecast.slice(0, 7).reduce((n, d) => n + d.count, 0);

  return (
    <div className="stats">
      <ul className="stat-tiles">
        <li>
          <strong>{stats.studied}</strong> of {bankIds.length} cards studied
        </li>
        <li>
          <strong>{stats.reviews}</strong> reviews done
        </li>
        <li>
          <strong>{percent(stats.recentRetention)}</strong> retention, last 30 days
          {stats.recentReviews > 0 ? ` (${stats.recentReviews} mature reviews)` : ""}
        </li>
        <li>
          <strong>{history.length}</strong> exam{history.length === 1 ? "" : "s"} taken
        </li>
      </ul>

      <section className="card" aria-labelledby="forecast-title">
        <h2 id="forecast-title">Due forecast</h2>
        <p className="muted">
          {weekTotal} review{weekTotal === 1 ? "" : "s"} due in the next 7 days (new cards not included).
        </p>
        <DueForecastChart days={stats.forecast} />
      </section>

      <section className="card" aria-labelledby="retention-title">
        <h2 id="retention-title">Retention over time</h2>
        <p className="muted">
          Share of reviews of mature cards (past their learning steps) answered right, week by week. Your
          target is {percent(settings.desiredRetention)}.
        </p>
        <RetentionChart points={stats.retention} />
      </section>

      <section className="card" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">Study days</h2>
        <StudyHeatmap days={stats.heatmap} />
      </section>

      <section className="card" aria-labelledby="mastery-title">
        <h2 id="mastery-title">Mastery by topic</h2>
        <p className="muted">
          The average chance of recalling each of the topic&apos;s questions today (questions never studied
          count as 0).
        </p>
        <MasteryTable rows={stats.mastery} titles={titles} />
      </section>

      <section className="card" aria-labelledby="exam-history">
        <h2 id="exam-history">Exam history</h2>
        {history.length === 0 ? (
          <p>
            No exams yet. <Link href="/quiz/exam/">Take a timed exam</Link>.
          </p>
        ) : (
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Format</th>
                <th scope="col">Score</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {[...history].reverse().map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link href={`/quiz/exam/?result=${encodeURIComponent(e.id)}`}>
                      {formatDateTime(e.attempt.submittedAt ?? e.attempt.timer.startedAt)}
                    </Link>
                  </td>
                  <td>{formatLabel(e.attempt.paper.formatId)}</td>
                  <td>
                    {e.scaled} ({e.correct}/{e.total})
                  </td>
                  <td>
                    <span className={`badge ${e.passed ? "badge--ok" : "badge--err"}`}>
                      {e.passed ? "Pass" : "Fail"}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card" aria-labelledby="suspended-title">
        <h2 id="suspended-title">Suspended cards</h2>
        {hidden.length === 0 ? (
          <p className="muted">
            None. Cards you suspend, and leeches (forgotten {settings.leechThreshold} times), appear here.
          </p>
        ) : (
          <ul className="suspended-list">
            {hidden.map(([id, c]) => {
              const entry = index.questions.find((q) => q.id === id);
              return (
                <li key={id}>
                  <span>
                    <code>{id}</code> {c.leech ? <span className="badge badge--warn">Leech</span> : null}{" "}
                    <span className="muted">
                      {entry ? (lessonFor(index, entry.topic)?.title ?? entry.topic) : ""}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => quiz?.getState().unsuspend(id)}
                  >
                    Unsuspend <span className="visually-hidden">{id}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
