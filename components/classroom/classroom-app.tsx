"use client";

import { useState } from "react";
import type { KnownExercise } from "@/lib/exercises/verify";
import { AssignmentBuilder } from "./assignment-builder";
import { ClassTableView } from "./class-table-view";
import styles from "./classroom.module.css";
import type { ClassroomExercise, ClassroomTopic } from "./classroom-types";
import { ReportImporter, type ImportedFile } from "./report-importer";

/** The teacher's page: build an assignment link; import and verify reports; see the class. */
export function ClassroomApp({ exercises, topics }: { exercises: readonly ClassroomExercise[]; topics: readonly ClassroomTopic[] }) {
  const [files, setFiles] = useState<ImportedFile[]>([]);
  const known: KnownExercise[] = exercises.map((e) => ({ slug: e.slug, title: e.title, checksVersion: e.checksVersion, checks: e.checks }));
  const titles = Object.fromEntries(exercises.map((e) => [e.slug, e.title]));
  const topicTitles = Object.fromEntries(topics.map((t) => [t.slug, t.title]));
  const entries = files.flatMap((f) => (f.entry ? [f.entry] : []));
  return (
    <>
      <AssignmentBuilder exercises={exercises} topics={topics} />
      <section className={styles.section} aria-labelledby="reports-title">
        <h2 id="reports-title">Check reports</h2>
        <p className="muted">
          Import the report files your students downloaded. Lambda Lab runs every submitted solution again in the simulator, in this browser, and
          shows only those results: a report whose claimed results do not match its code, that was edited, or that is not a report is rejected
          with the reason, and the others are still imported.
        </p>
        <ReportImporter known={known} files={files} setFiles={setFiles} />
      </section>
      <section className={styles.section} aria-labelledby="class-title">
        <h2 id="class-title">Class</h2>
        <ClassTableView entries={entries} titles={titles} topicTitles={topicTitles} />
      </section>
    </>
  );
}
