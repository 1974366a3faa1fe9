"use client";

import { useExercises, useExerciseStore, useHydrated } from "@/components/stores/app-stores";
import styles from "./exercise.module.css";

/** Hints revealed one at a time; how many were shown is saved (and appears in class reports). */
export function ExerciseHints({ slug, hintsHtml }: { slug: string; hintsHtml: string[] }) {
  const hydrated = useHydrated();
  const store = useExerciseStore();
  const shown = useExercises((s) => s.exercises[slug]?.hintsShown ?? 0);
  const count = hydrated ? shown : 0;
  return (
    <section className={`card ${styles.hints} ${styles.panel}`} aria-labelledby="hints-title">
      <h2 id="hints-title">Hints</h2>
      {count === 0 ? <p className="muted">Stuck? Reveal one hint at a time.</p> : null}
      {count > 0 ? (
        <ol aria-live="polite">
          {hintsHtml.slice(0, count).map((html, i) => (
            // Build-time HTML from the hint's Markdown (raw HTML is dropped by the renderer).
            <li key={i} dangerouslySetInnerHTML={{ __html: html }} />
          ))}
        </ol>
      ) : null}
      <p>
        {count < hintsHtml.length ? (
          <button type="button" className="button button--small" disabled={!hydrated} onClick={() => store?.getState().revealHint(slug, hintsHtml.length)}>
            {count === 0 ? "Show a hint" : `Show hint ${count + 1} of ${hintsHtml.length}`}
          </button>
        ) : (
          <span className="muted">That was the last hint.</span>
        )}
      </p>
    </section>
  );
}
