"use client";

import { parseReport } from "@/lib/workspace/logs";
import type { HistoryEntry } from "@/lib/workspace/workspace-store";
import { formatOffset } from "@/lib/workspace/timeline-layout";
import styles from "./simulator.module.css";
import { useWorkspace } from "./workspace-context";

function pretty(payload: string | undefined): string {
  if (payload === undefined) return "";
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

function ReportSummary({ tail }: { tail: string }) {
  const line = tail.split("\n").find((l) => l.startsWith("REPORT "));
  const report = line ? parseReport(line) : null;
  if (!report) return null;
  return (
    <dl className={styles.report} aria-label="REPORT summary">
      <div>
        <dt>Duration</dt>
        <dd>{report.durationMs.toFixed(2)} ms</dd>
      </div>
      <div>
        <dt>Billed</dt>
        <dd>{report.billedMs} ms</dd>
      </div>
      <div>
        <dt>Memory</dt>
        <dd>
          {report.maxMemoryUsedMb} / {report.memorySizeMb} MB
        </dd>
      </div>
      <div>
        <dt>Init Duration</dt>
        <dd>{report.initDurationMs !== undefined ? `${report.initDurationMs.toFixed(2)} ms (cold start)` : "none (warm start)"}</dd>
      </div>
      {report.status ? (
        <div>
          <dt>Status</dt>
          <dd>{report.status}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function Entry({ entry, epoch }: { entry: HistoryEntry; epoch: number }) {
  const outcome = entry.outcome;
  if (!outcome) return null;
  const single = outcome.results.length === 1 ? outcome.results[0] : null;
  const failed = !!outcome.error || !!single?.error || !!single?.functionError;
  return (
    <article className={styles.result} data-testid="result" data-status={failed ? "error" : "ok"}>
      <header className={styles.resultHeader}>
        <h3>{entry.title}</h3>
        {entry.at !== null ? <span className="muted">at {formatOffset(entry.at - epoch)}</span> : null}
      </header>
      <p className={failed ? styles.resultBad : styles.resultGood} data-testid="result-summary">
        {outcome.summary || "Done."}
      </p>
      {outcome.error ? <p className={styles.errorText}>{outcome.error.message}</p> : null}
      {single && !single.error ? (
        <>
          <dl className={styles.report} aria-label="Response">
            {single.statusCode !== undefined ? (
              <div>
                <dt>StatusCode</dt>
                <dd>{single.statusCode}</dd>
              </div>
            ) : null}
            {single.functionError ? (
              <div>
                <dt>FunctionError</dt>
                <dd>{single.functionError}</dd>
              </div>
            ) : null}
            {single.executedVersion ? (
              <div>
                <dt>ExecutedVersion</dt>
                <dd>{single.executedVersion}</dd>
              </div>
            ) : null}
          </dl>
          {single.payload !== undefined ? (
            <>
              <h4 className={styles.smallHeading}>Payload</h4>
              <pre className={styles.codeBlock} data-testid="result-payload">
                {pretty(single.payload)}
              </pre>
            </>
          ) : null}
          {single.logTail ? (
            <>
              <h4 className={styles.smallHeading}>Log output (LogResult: the last 4 KB)</h4>
              <ReportSummary tail={single.logTail} />
              <pre className={styles.codeBlock}>{single.logTail}</pre>
            </>
          ) : null}
        </>
      ) : null}
    </article>
  );
}

/** The latest result: status, payload, FunctionError, log tail and REPORT summary. */
export function ResultsPanel() {
  const history = useWorkspace((s) => s.history);
  const epoch = useWorkspace((s) => s.epoch);
  const last = [...history].reverse().find((h) => h.outcome);
  return (
    <section className={styles.panel} aria-labelledby="results-title" aria-live="polite">
      <h2 id="results-title" className={styles.panelTitle}>
        Result
      </h2>
      {last ? <Entry entry={last} epoch={epoch} /> : <p className="muted">Press Test to invoke the function with the selected test event.</p>}
    </section>
  );
}
