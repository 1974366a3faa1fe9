"use client";

import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import { CodeEditor } from "@/components/simulator/editor/code-editor";
import { useExercises, useExerciseStore, useHydrated, useQuizStore } from "@/components/stores/app-stores";
import type { CheckResult } from "@/lib/exercises/run-checks";
import { codeFor } from "@/lib/stores/exercise-store";
import type { SourceFile } from "@/lib/workspace/scenario";
import { CheckResults, type CheckRow } from "./check-results";
import styles from "./exercise.module.css";
import { useCheckRunner } from "./use-check-runner";

export type WorkbenchExercise = {
  slug: string;
  title: string;
  mainFile: string;
  starter: string;
  supportFiles: Record<string, string>;
  checks: { id: string; title: string }[];
  checksVersion: string;
  reviewQuestions: string[];
};

type Live = { running: boolean; results: (CheckResult | null)[] };

/**
 * The editor (the simulator workspace's own), Run checks, and the results. Checks run in a Web
 * Worker through the same runChecks the tests use; the last run is saved with the code.
 */
export function ExerciseWorkbench({ exercise }: { exercise: WorkbenchExercise }) {
  const { slug, mainFile, starter, supportFiles, checks } = exercise;
  const hydrated = useHydrated();
  const store = useExerciseStore();
  const quiz = useQuizStore();
  const progress = useExercises((s) => s.exercises[slug]);
  const getRunner = useCheckRunner();
  const [active, setActive] = useState(mainFile);
  const [live, setLive] = useState<Live | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [celebration, setCelebration] = useState<string | null>(null);

  const code = codeFor(progress, { [mainFile]: starter })[mainFile];
  const files = useMemo<SourceFile[]>(
    () => [{ path: mainFile, content: code }, ...Object.entries(supportFiles).map(([path, content]) => ({ path, content }))],
    [mainFile, code, supportFiles],
  );
  const onChange = useCallback(
    (path: string, content: string) => {
      // Provided files are read-only: their models snap back to the original text.
      if (path === mainFile) store?.getState().editFile(slug, mainFile, content);
    },
    [store, slug, mainFile],
  );

  const run = async () => {
    if (!store) return;
    setProblem(null);
    setCelebration(null);
    const submitted = { [mainFile]: code };
    setLive({ running: true, results: checks.map(() => null) });
    try {
      const runner = await getRunner();
      const results = await runner.run(slug, submitted, (result, index) =>
        setLive((l) => (l ? { ...l, results: l.results.map((r, i) => (i === index ? result : r)) } : l)),
      );
      setLive({ running: false, results });
      const { firstPass } = store.getState().recordRun(slug, {
        checksVersion: exercise.checksVersion,
        files: submitted,
        results: results.map(({ id, title, status, message }) => ({ id, title, status, message })),
      });
      if (firstPass && quiz) {
        // Passing an exercise puts its related questions into spaced repetition.
        await Promise.all(exercise.reviewQuestions.map((id) => quiz.getState().answerCheck(id, true)));
        setCelebration(`Every check passed. ${exercise.reviewQuestions.length} related quiz questions joined your review deck.`);
      }
    } catch (error) {
      setLive(null);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const saved = hydrated ? progress?.lastRun : null;
  const rows: CheckRow[] = checks.map((c, i) => {
    const result = live ? live.results[i] : (saved?.results.find((r) => r.id === c.id) ?? null);
    return { id: c.id, title: c.title, result: result ? { status: result.status, message: result.message } : null };
  });
  const shown = live ? (live.running ? null : live.results) : saved?.results;
  const passedCount = shown?.filter((r) => r?.status === "passed").length ?? 0;
  const stale = !live && saved && saved.files[mainFile] !== code;

  return (
    <section className={styles.workbench} aria-labelledby="workbench-title">
      <h2 id="workbench-title" className="visually-hidden">
        Your code
      </h2>
      <CodeEditor
        files={files}
        activePath={active}
        onActivePathChange={setActive}
        onChange={onChange}
        label="Your handler"
        readOnly={active !== mainFile}
        height="24rem"
      />
      {active !== mainFile ? <p className="muted">{active} is provided by the exercise and cannot be changed.</p> : null}
      <div className={styles.toolbar}>
        <button type="button" className="button button--primary" onClick={run} disabled={!hydrated || live?.running === true}>
          {live?.running ? "Running checks…" : "Run checks"}
        </button>
        <button
          type="button"
          className="button"
          disabled={!hydrated || !progress || Object.keys(progress.files).length === 0 || live?.running === true}
          onClick={() => {
            if (window.confirm("Replace your code with the starter code? Your changes will be lost.")) store?.getState().resetCode(slug);
          }}
        >
          Reset to starter
        </button>
        <button
          type="button"
          className="button"
          onClick={async () => {
            // Loaded on demand: the share-link encoder is not needed until asked for.
            const { simulatorLink } = await import("@/lib/exercises/simulator-link");
            window.open(simulatorLink({ title: exercise.title, slug, mainFile, files: { [mainFile]: code, ...supportFiles } }), "_blank", "noopener");
          }}
        >
          Open in the simulator
        </button>
      </div>
      <div aria-live="polite">
        {problem ? (
          <p className="notice notice--error" role="alert">
            {problem}
          </p>
        ) : null}
        {celebration ? (
          <p className="notice notice--success">
            {celebration} <Link href="/quiz/review/">Review now</Link>
          </p>
        ) : null}
        {shown ? (
          <p className={styles.summary}>
            {passedCount} of {checks.length} checks passed{stale ? " (for an earlier version of your code: run the checks again)" : ""}.
          </p>
        ) : live?.running ? (
          <p className={styles.summary}>Running {checks.length} checks in the simulator…</p>
        ) : (
          <p className="muted">Run the checks to see how your handler behaves in the simulator.</p>
        )}
      </div>
      <CheckResults rows={rows} running={live?.running === true} />
    </section>
  );
}
