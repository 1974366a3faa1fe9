"use client";

import { useState } from "react";
import { CodePreview } from "@/components/simulator/editor/code-preview";
import { useExercises, useExerciseStore, useHydrated } from "@/components/stores/app-stores";
import styles from "./exercise.module.css";

/** The reference solution, behind a confirmation; seeing it is recorded (class reports show it). */
export function ExerciseSolution({ slug, mainFile, solution }: { slug: string; mainFile: string; solution: string }) {
  const hydrated = useHydrated();
  const store = useExerciseStore();
  const shownAt = useExercises((s) => s.exercises[slug]?.solutionShownAt ?? null);
  const [asking, setAsking] = useState(false);
  const visible = hydrated && shownAt !== null;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="solution-title">
      <h2 id="solution-title">Solution</h2>
      {visible ? (
        <>
          <div className={styles.solutionCode}>
            <CodePreview code={solution} label={`Solution: ${mainFile}`} minLines={4} />
          </div>
          <p>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                if (window.confirm("Replace your code with the solution?")) store?.getState().editFile(slug, mainFile, solution);
              }}
            >
              Copy into the editor
            </button>
          </p>
        </>
      ) : asking ? (
        <div role="alertdialog" aria-labelledby="solution-confirm">
          <p id="solution-confirm">
            Looking at the solution ends the puzzle for this exercise, and it is noted in the reports you hand in. Show it anyway?
          </p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={() => store?.getState().revealSolution(slug)}>
              Yes, show the solution
            </button>
            <button type="button" className="button button--small" onClick={() => setAsking(false)}>
              Keep trying
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button type="button" className="button button--small" disabled={!hydrated} onClick={() => setAsking(true)}>
            Show the solution…
          </button>
        </p>
      )}
    </section>
  );
}
