"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useCheckRunner } from "@/components/exercises/use-check-runner";
import { useExercises, useExerciseStore, useHydrated, useQuiz, useQuizStore } from "@/components/stores/app-stores";
import { decodeAssignment, AssignmentLinkError, type Assignment } from "@/lib/exercises/assignment";
import { buildReport, reportFileName, type ReportExercise } from "@/lib/exercises/report";
import type { QuizIndexEntry } from "@/lib/quiz/quiz-index";
import { codeFor } from "@/lib/stores/exercise-store";
import styles from "./classroom.module.css";
import type { ClassroomExercise, ClassroomTopic } from "./classroom-types";
import { downloadText } from "./download";

export type AssignmentExercise = ClassroomExercise & { mainFile: string; starter: string; reviewQuestions: string[] };

type LinkState = { state: "reading" } | { state: "error"; message: string } | { state: "ok"; assignment: Assignment };

/**
 * What a student sees when opening an assignment link: the exercises (with their progress), the
 * quiz topics, and the button that re-runs their code and downloads the report to hand in.
 */
export function AssignmentView({ exercises, topics, questions }: { exercises: readonly AssignmentExercise[]; topics: readonly ClassroomTopic[]; questions: readonly QuizIndexEntry[] }) {
  const [link, setLink] = useState<LinkState>({ state: "reading" });
  const hydrated = useHydrated();
  const store = useExerciseStore();
  const quizStore = useQuizStore();
  const progress = useExercises((s) => s.exercises);
  const studentName = useExercises((s) => s.studentName);
  const log = useQuiz((s) => s.scheduler.log);
  const getRunner = useCheckRunner();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    // The assignment is in the fragment, which only the browser sees.
    const read = () => {
      try {
        setLink({ state: "ok", assignment: decodeAssignment(window.location.hash) });
      } catch (error) {
        setLink({ state: "error", message: error instanceof AssignmentLinkError ? error.message : String(error) });
      }
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);

  const assignment = link.state === "ok" ? link.assignment : null;
  useEffect(() => {
    if (assignment && hydrated) store?.getState().openAssignment(assignment);
  }, [assignment, hydrated, store]);

  const bySlug = useMemo(() => new Map(exercises.map((e) => [e.slug, e])), [exercises]);
  const topicBySlug = useMemo(() => new Map(topics.map((t) => [t.slug, t])), [topics]);

  if (link.state === "reading") return <p className="muted">Opening the assignment…</p>;
  if (link.state === "error") {
    return (
      <p className="notice notice--error" role="alert">
        {link.message}
      </p>
    );
  }
  const a = link.assignment;
  const unknown = a.exercises.filter((s) => !bySlug.has(s));

  const makeReport = async () => {
    if (!store || !quizStore) return;
    setProblem(null);
    setDone(null);
    try {
      const runner = await getRunner();
      const entries: ReportExercise[] = [];
      for (const slug of a.exercises) {
        const meta = bySlug.get(slug);
        const p = store.getState().exercises[slug];
        if (!meta || !p) continue; // not started: the teacher sees "not submitted"
        setBusy(`Checking “${meta.title}” in the simulator…`);
        const files = { [meta.mainFile]: codeFor(p, { [meta.mainFile]: meta.starter })[meta.mainFile] };
        const results = await runner.run(slug, files);
        const { firstPass } = store.getState().recordRun(slug, {
          checksVersion: meta.checksVersion,
          files,
          results: results.map(({ id, title, status, message }) => ({ id, title, status, message })),
        });
        if (firstPass) await Promise.all(meta.reviewQuestions.map((id) => quizStore.getState().answerCheck(id, true)));
        const after = store.getState().exercises[slug];
        entries.push({
          slug,
          files,
          checksVersion: meta.checksVersion,
          results: results.map(({ id, status }) => ({ id, status })),
          startedAt: after.startedAt,
          lastRunAt: after.lastRun?.at ?? null,
          passedAt: after.passedAt,
          hintsShown: after.hintsShown,
          solutionShown: after.solutionShownAt !== null,
        });
      }
      setBusy("Adding your quiz statistics…");
      const { quizTopicStats } = await import("@/lib/exercises/quiz-summary");
      const quiz = quizStore.getState();
      const now = Date.now();
      const report = buildReport({
        assignment: a,
        student: { name: store.getState().studentName.trim() },
        openedAt: store.getState().assignments[a.id]?.openedAt ?? now,
        createdAt: now,
        exercises: entries,
        quiz: { topics: quizTopicStats(quiz.scheduler, quiz.settings, questions, a.topics, now) },
      });
      const fileName = reportFileName(report);
      downloadText(fileName, JSON.stringify(report, null, 2), "application/json");
      setDone(`Your report was saved as ${fileName}. Hand this file to your teacher; they will run your code again to check it.`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const topicIds = (topic: string) => new Set(questions.filter((q) => q.topic === topic).map((q) => q.id));

  return (
    <>
      <h1>{a.title}</h1>
      <p className="lead">An assignment from your teacher, made on {new Date(a.createdAt).toLocaleDateString()}.</p>
      {a.note ? <p className="card">{a.note}</p> : null}
      {unknown.length ? (
        <p className="notice notice--warning">
          This version of Lambda Lab does not have {unknown.length === 1 ? "the exercise" : "the exercises"} {unknown.join(", ")}; the link may come
          from a newer version.
        </p>
      ) : null}

      <section className={styles.section} aria-labelledby="assigned-exercises">
        <h2 id="assigned-exercises">Exercises</h2>
        <ol className={styles.exerciseList}>
          {a.exercises
            .filter((s) => bySlug.has(s))
            .map((slug) => {
              const e = bySlug.get(slug)!;
              const p = hydrated ? progress[slug] : undefined;
              const last = p?.lastRun;
              const status = p?.passedAt != null ? "Passed" : last ? `${last.results.filter((r) => r.status === "passed").length} of ${e.checks.length} checks passed` : p ? "Started" : "Not started";
              return (
                <li key={slug}>
                  <Link href={`/exercises/${slug}/`}>{e.title}</Link> <span className={p?.passedAt != null ? "badge badge--ok" : "badge"}>{status}</span>
                </li>
              );
            })}
        </ol>
      </section>

      {a.topics.length ? (
        <section className={styles.section} aria-labelledby="assigned-topics">
          <h2 id="assigned-topics">Quiz topics</h2>
          <p className="muted">Your answers on these topics (reviews, practice and exams) go into the report.</p>
          <ul className={styles.exerciseList}>
            {a.topics.map((t) => {
              const ids = topicIds(t);
              const answers = hydrated ? log.filter((entry) => ids.has(entry.questionId)) : [];
              const correct = answers.filter((entry) => entry.correct).length;
              return (
                <li key={t}>
                  <Link href={`/lessons/${t}/`}>{topicBySlug.get(t)?.title ?? t}</Link>{" "}
                  <span className="muted">
                    · {answers.length} answer{answers.length === 1 ? "" : "s"}
                    {answers.length ? `, ${Math.round((100 * correct) / answers.length)}% correct` : ""}
                  </span>
                </li>
              );
            })}
          </ul>
          <p>
            <Link href="/quiz/">Practise in the quiz</Link>
          </p>
        </section>
      ) : null}

      <section className={`card ${styles.section}`} aria-labelledby="hand-in">
        <h2 id="hand-in">Hand in</h2>
        <p>
          When you are done, download your report: Lambda Lab runs the checks on your current code, adds your quiz statistics and saves a file for
          your teacher.
        </p>
        <label className={styles.field}>
          <span>Your name (as your teacher knows you)</span>
          <input value={hydrated ? studentName : ""} maxLength={80} disabled={!hydrated} onChange={(e) => store?.getState().setStudentName(e.target.value)} autoComplete="name" />
        </label>
        <p>
          <button type="button" className="button button--primary" disabled={!hydrated || !studentName.trim() || busy !== null} onClick={makeReport}>
            {busy ? "Preparing the report…" : "Download my report"}
          </button>
        </p>
        <div aria-live="polite">
          {!studentName.trim() && hydrated ? <p className="muted">Enter your name to download the report.</p> : null}
          {busy ? <p>{busy}</p> : null}
          {done ? <p className="notice notice--success">{done}</p> : null}
          {problem ? (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      </section>
    </>
  );
}
