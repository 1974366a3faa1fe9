import type { CheckResult, CheckStatus } from "@/lib/exercises/run-checks";
import styles from "./exercise.module.css";

export type CheckRow = { id: string; title: string; result: Pick<CheckResult, "status" | "message"> | null };

const LABELS: Record<CheckStatus | "pending" | "running", string> = {
  passed: "Passed",
  failed: "Failed",
  error: "Could not run",
  unavailable: "Not available yet",
  pending: "Waiting",
  running: "Running…",
};

/** One line per check: its title, a status word (never colour alone) and the check's message. */
export function CheckResults({ rows, running, label = "Check results" }: { rows: readonly CheckRow[]; running: boolean; label?: string }) {
  const firstPending = rows.findIndex((r) => r.result === null);
  return (
    <ol className={styles.results} aria-label={label}>
      {rows.map((row, i) => {
        const state = row.result?.status ?? (running && i === firstPending ? "running" : "pending");
        return (
          <li key={row.id} className={`${styles.result} ${styles[`result_${state}`] ?? ""}`} data-check={row.id} data-status={state}>
            <span className={styles.resultStatus}>{LABELS[state]}</span>
            <span className={styles.resultTitle}>{row.title}</span>
            {row.result && row.result.message !== "Passed." ? <p className={styles.resultMessage}>{row.result.message}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
