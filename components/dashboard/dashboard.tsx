"use client";

import Link from "next/link";
import { useHydrated, useProgress } from "@/components/stores/app-stores";
import { DueForReview } from "./due-for-review";

type LessonLink = { slug: string; order: number; title: string; minutes: number };

export function Dashboard({ lessons }: { lessons: LessonLink[] }) {
  const hydrated = useHydrated();
  const records = useProgress((s) => s.lessons);
  const lastSlug = useProgress((s) => s.lastLessonSlug);

  const completed = lessons.filter((l) => records[l.slug]?.completedAt != null);
  const last = lessons.find((l) => l.slug === lastSlug);
  const nextUnread = lessons.find((l) => records[l.slug]?.completedAt == null);
  const continueWith = last && records[last.slug]?.completedAt == null ? last : nextUnread;
  const minutesLeft = lessons.filter((l) => records[l.slug]?.completedAt == null).reduce((s, l) => s + l.minutes, 0);
  const percent = lessons.length ? Math.round((100 * completed.length) / lessons.length) : 0;

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Learn AWS Lambda the way the exam tests it</h1>
        <p className="lead">
          Lessons on how Lambda really behaves, a simulator that runs your own handlers, and spaced-repetition practice for the AWS
          Certified Developer – Associate (DVA-C02) exam. Everything runs in your browser.
        </p>
      </section>

      <div className="grid dashboard" aria-busy={!hydrated}>
        <section className="card" aria-labelledby="continue-title">
          <h2 id="continue-title">Continue where you left off</h2>
          {!hydrated ? (
            <p className="muted">Loading your progress…</p>
          ) : continueWith ? (
            <>
              <p>
                {continueWith === last ? "You were reading" : lastSlug ? "Up next" : "Start with"} lesson {continueWith.order}:{" "}
                <strong>{continueWith.title}</strong> ({continueWith.minutes} min).
              </p>
              <Link className="button button--primary" href={`/lessons/${continueWith.slug}/`}>
                {continueWith === last ? "Continue reading" : "Start lesson"}
              </Link>
            </>
          ) : (
            <p>You have completed every lesson. Well done: keep your memory fresh with reviews.</p>
          )}
        </section>

        <section className="card" aria-labelledby="overall-title">
          <h2 id="overall-title">Overall progress</h2>
          <div className="progress-bar" role="progressbar" aria-label="Lessons completed" aria-valuemin={0} aria-valuemax={100} aria-valuenow={hydrated ? percent : 0}>
            <span style={{ width: `${hydrated ? percent : 0}%` }} />
          </div>
          <p>
            {hydrated ? (
              <>
                <strong>{completed.length}</strong> of {lessons.length} lessons completed ({percent}%), about {minutesLeft} minutes of reading
                left.
              </>
            ) : (
              <span className="muted">Loading…</span>
            )}
          </p>
          <Link href="/progress/">See all progress, export or import</Link>
        </section>

        <section className="card" aria-labelledby="due-title">
          <h2 id="due-title">Due for review</h2>
          <DueForReview />
          <p className="muted">Lesson &ldquo;check yourself&rdquo; questions you answer join your reviews.</p>
        </section>
      </div>
    </>
  );
}
