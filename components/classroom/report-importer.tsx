"use client";

import { useRef, useState, type DragEvent } from "react";
import { useCheckRunner } from "@/components/exercises/use-check-runner";
import type { ClassEntry } from "@/lib/exercises/class-table";
import { MAX_REPORT_BYTES, parseReport, ReportRejected } from "@/lib/exercises/report";
import { verifyReport, type KnownExercise } from "@/lib/exercises/verify";
import styles from "./classroom.module.css";

export type ImportedFile = {
  key: number;
  fileName: string;
  state: "waiting" | "verifying" | "verified" | "rejected";
  message: string;
  entry?: ClassEntry;
};

const STATE_LABEL: Record<ImportedFile["state"], string> = {
  waiting: "Waiting",
  verifying: "Verifying",
  verified: "Verified",
  rejected: "Rejected",
};

/**
 * Reads many report files at once. Each is checked on its own (size, shape, checksum,
 * assignment) and every submitted solution is run again in the simulator; a bad file is
 * rejected with its reason and the others carry on.
 */
export function ReportImporter({ known, files, setFiles }: { known: readonly KnownExercise[]; files: ImportedFile[]; setFiles: (change: (f: ImportedFile[]) => ImportedFile[]) => void }) {
  const getRunner = useCheckRunner();
  const input = useRef<HTMLInputElement>(null);
  const counter = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [dragging, setDragging] = useState(false);
  const digests = useRef(new Set<string>());

  const update = (key: number, patch: Partial<ImportedFile>) => setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  const process = async (file: File, key: number) => {
    update(key, { state: "verifying", message: "Reading the report…" });
    try {
      if (file.size > MAX_REPORT_BYTES) {
        throw new ReportRejected("oversized", `The file is ${Math.round(file.size / 1024)} KB; a Lambda Lab report is at most ${MAX_REPORT_BYTES / 1000} KB.`);
      }
      const report = parseReport(await file.text(), file.size);
      if (digests.current.has(report.digest)) throw new ReportRejected("malformed", "This report was already imported (same contents as another file).");
      update(key, { message: `Re-running ${report.student.name}'s code in the simulator…` });
      const runner = await getRunner();
      const verified = await verifyReport(report, known, (slug, files) => runner.run(slug, files));
      digests.current.add(report.digest);
      const passed = verified.filter((v) => v.outcome === "passed").length;
      update(key, {
        state: "verified",
        message: `${report.student.name}: ${passed} of ${verified.length} exercises pass when re-run.`,
        entry: { fileName: file.name, report, verified },
      });
    } catch (error) {
      const reason = error instanceof ReportRejected ? error.message : `It could not be verified: ${error instanceof Error ? error.message : String(error)}`;
      update(key, { state: "rejected", message: reason });
    }
  };

  const add = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const added = [...list].map((file) => ({ file, key: ++counter.current }));
    setFiles((all) => [...all, ...added.map(({ file, key }) => ({ key, fileName: file.name, state: "waiting" as const, message: "Waiting for the files before it…" }))]);
    for (const { file, key } of added) queue.current = queue.current.then(() => process(file, key));
    if (input.current) input.current.value = "";
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    add(e.dataTransfer.files);
  };

  return (
    <div>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop report files here, or</p>
        <label className="button">
          Choose report files…
          <input
            ref={input}
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            multiple
            aria-label="Report files"
            onChange={(e) => add(e.target.files)}
          />
        </label>
      </div>
      {files.length ? (
        <ul className={styles.files} aria-label="Imported reports" aria-live="polite">
          {files.map((f) => (
            <li key={f.key} className={styles[`file_${f.state === "waiting" ? "working" : f.state === "verifying" ? "working" : f.state}`]} data-state={f.state}>
              <span className={styles.fileName}>{f.fileName}</span>
              <span>
                <strong className={styles.fileState}>{STATE_LABEL[f.state]}</strong>: {f.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
