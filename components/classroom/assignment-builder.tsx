"use client";

import Link from "next/link";
import { useState } from "react";
import { CopyButton } from "@/components/simulator/copy-button";
import { ASSIGNMENT_LIMITS, ASSIGNMENT_PATH, AssignmentLinkError, assignmentUrl, checkAssignment, encodeAssignment, newAssignmentId } from "@/lib/exercises/assignment";
import styles from "./classroom.module.css";
import type { ClassroomExercise, ClassroomTopic } from "./classroom-types";

function randomByte(): number {
  return crypto.getRandomValues(new Uint8Array(1))[0];
}

/** The teacher picks exercises and quiz topics and gets a link to share with the class. */
export function AssignmentBuilder({ exercises, topics }: { exercises: readonly ClassroomExercise[]; topics: readonly ClassroomTopic[] }) {
  const [title, setTitle] = useState("");
  const [note, setNote] = useState("");
  const [picked, setPicked] = useState<string[]>([]);
  const [pickedTopics, setPickedTopics] = useState<string[]>([]);
  const [link, setLink] = useState<{ url: string; hash: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const build = () => {
    setProblem(null);
    try {
      const assignment = checkAssignment({
        id: newAssignmentId(randomByte),
        title: title.trim(),
        // In course order, whatever order they were ticked in.
        exercises: exercises.filter((e) => picked.includes(e.slug)).map((e) => e.slug),
        topics: topics.filter((t) => pickedTopics.includes(t.slug)).map((t) => t.slug),
        createdAt: Date.now(),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setLink({ url: assignmentUrl(window.location.origin, assignment), hash: encodeAssignment(assignment) });
    } catch (error) {
      setLink(null);
      setProblem(error instanceof AssignmentLinkError ? error.message : String(error));
    }
  };

  return (
    <section className={styles.section} aria-labelledby="builder-title">
      <h2 id="builder-title">Create an assignment</h2>
      <p className="muted">
        The assignment lives entirely in the link: nothing is uploaded. Students open it, work in their own browser and hand in a report file.
      </p>
      <label className={styles.field}>
        <span>Title</span>
        <input value={title} maxLength={ASSIGNMENT_LIMITS.title} onChange={(e) => setTitle(e.target.value)} placeholder="Week 3: events and retries" />
      </label>
      <fieldset className={styles.group}>
        <legend>Exercises</legend>
        <ul className={styles.pickList}>
          {exercises.map((e) => (
            <li key={e.slug}>
              <label>
                <input type="checkbox" checked={picked.includes(e.slug)} onChange={() => setPicked((p) => toggle(p, e.slug))} />
                <span>
                  {String(e.order).padStart(2, "0")}. {e.title} <span className="muted">({e.difficulty})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Quiz topics (their statistics go into each report)</legend>
        <ul className={styles.pickList}>
          {topics.map((t) => (
            <li key={t.slug}>
              <label>
                <input type="checkbox" checked={pickedTopics.includes(t.slug)} onChange={() => setPickedTopics((p) => toggle(p, t.slug))} />
                <span>
                  {t.title} <span className="muted">({t.questions} questions)</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className={styles.field}>
        <span>Note for the class (optional)</span>
        <textarea rows={2} maxLength={ASSIGNMENT_LIMITS.note} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Hand in your report by Friday." />
      </label>
      <p>
        <button type="button" className="button button--primary" onClick={build}>
          Create the assignment link
        </button>
      </p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      {link ? (
        <div className="card" aria-live="polite">
          <p>
            <strong>Assignment link</strong> ({picked.length} exercise{picked.length === 1 ? "" : "s"}, {pickedTopics.length} quiz topic
            {pickedTopics.length === 1 ? "" : "s"}). Share it with the class:
          </p>
          <output className={styles.link} aria-label="Assignment link" data-testid="assignment-link">
            {link.url}
          </output>
          <div className="button-row">
            <CopyButton text={link.url} label="Copy the link" />
            <Link className="button button--small" href={`${ASSIGNMENT_PATH}${link.hash}`}>
              Open it as a student
            </Link>
          </div>
        </div>
      ) : null}
    </section>
  );
}
