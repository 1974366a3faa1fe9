"use client";

import Link from "next/link";
import { useHydrated, useProgress } from "@/components/stores/app-stores";
import { DOMAIN_LABELS, type Domain } from "@/lib/quiz/curriculum";

export type LessonSummary = { slug: string; order: number; title: string; summary: string; minutes: number; domain: Domain };

export function LessonIndex({ lessons }: { lessons: LessonSummary[] }) {
  const hydrated = useHydrated();
  const records = useProgress((s) => s.lessons);
  const done = lessons.filter((l) => records[l.slug]?.completedAt != null).length;
  return (
    <>
      <div className="index-progress" aria-live="polite">
        <div className="progress-bar" role="progressbar" aria-label="Lessons completed" aria-valuemin={0} aria-valuemax={lessons.length} aria-valuenow={hydrated ? done : 0}>
          <span style={{ width: `${lessons.length ? (100 * (hydrated ? done : 0)) / lessons.length : 0}%` }} />
        </div>
        <p className="muted">{hydrated ? `${done} of ${lessons.length} completed` : "Loading your progress…"}</p>
      </div>
      <ol className="lesson-list">
        {lessons.map((l) => {
          const record = hydrated ? records[l.slug] : undefined;
          const status = record?.completedAt != null ? "done" : record ? "started" : "new";
          return (
            <li key={l.slug} className={`lesson-item lesson-item--${status}`}>
              <span className="lesson-item__number" aria-hidden="true">
                {String(l.order).padStart(2, "0")}
              </span>
              <div>
                <h2 className="lesson-item__title">
                  <Link href={`/lessons/${l.slug}/`}>{l.title}</Link>
                </h2>
                <p className="lesson-item__summary">{l.summary}</p>
                <p className="lesson-item__meta">
                  <span>{l.minutes} min</span>
                  <span>{DOMAIN_LABELS[l.domain]}</span>
                  {status === "done" ? <span className="badge badge--ok">Completed</span> : null}
                  {status === "started" ? <span className="badge badge--accent">Started</span> : null}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
