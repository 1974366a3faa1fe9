"use client";

import Link from "next/link";
import { useExercises, useHydrated } from "@/components/stores/app-stores";
import styles from "./exercise.module.css";

export type ExerciseSummary = {
  slug: string;
  order: number;
  title: string;
  summary: string;
  minutes: number;
  difficulty: string;
  topicTitle: string;
  checks: number;
};

/** The exercise list with the learner's status for each (from the exercise store). */
export function ExerciseIndex({ exercises }: { exercises: readonly ExerciseSummary[] }) {
  const hydrated = useHydrated();
  const progress = useExercises((s) => s.exercises);
  const passed = exercises.filter((e) => progress[e.slug]?.passedAt != null).length;
  return (
    <>
      <div className="index-progress" aria-live="polite">
        <div className="progress-bar" role="progressbar" aria-label="Exercises passed" aria-valuemin={0} aria-valuemax={exercises.length} aria-valuenow={hydrated ? passed : 0}>
          <span style={{ width: `${exercises.length ? (100 * (hydrated ? passed : 0)) / exercises.length : 0}%` }} />
        </div>
        <p className="muted">{hydrated ? `${passed} of ${exercises.length} passed` : "Loading your progress…"}</p>
      </div>
      <ol className={styles.index}>
        {exercises.map((e) => {
          const p = hydrated ? progress[e.slug] : undefined;
          return (
            <li key={e.slug} className={`card ${styles.indexItem}`}>
              <span className={styles.indexNumber} aria-hidden="true">
                {String(e.order).padStart(2, "0")}
              </span>
              <div>
                <h2>
                  <Link href={`/exercises/${e.slug}/`}>{e.title}</Link>
                </h2>
                <p>{e.summary}</p>
                <p className={styles.meta}>
                  <span>{e.topicTitle}</span>
                  <span>· {e.difficulty}</span>
                  <span>· about {e.minutes} min</span>
                  <span>· {e.checks} checks</span>
                  {p?.passedAt != null ? <span className="badge badge--ok">Passed</span> : p ? <span className="badge badge--accent">Started</span> : null}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
