"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { filterGroups, groupLogs } from "@/lib/workspace/logs";
import styles from "./simulator.module.css";
import { useWorkspace } from "./workspace-context";

const PAGE = 50;

/** CloudWatch-format logs grouped per request, newest first, with a filter pattern. */
export function LogsView({ onlyRequest }: { onlyRequest?: string }) {
  const lines = useWorkspace((s) => s.logs);
  const fn = useWorkspace((s) => s.scenario.config.FunctionName);
  const [filter, setFilter] = useState("");
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(filter);
  const groups = useMemo(() => groupLogs(lines), [lines]);
  const visible = useMemo(() => {
    const g = onlyRequest ? groups.filter((x) => x.requestId === onlyRequest) : groups;
    return filterGroups(g, deferred).reverse();
  }, [groups, deferred, onlyRequest]);

  if (onlyRequest) {
    return visible.length ? (
      <pre className={styles.logBlock} data-testid="segment-logs">
        {visible.flatMap((g) => g.lines.map((l) => l.text)).join("\n")}
      </pre>
    ) : (
      <p className="muted">No log lines for this request (yet).</p>
    );
  }

  return (
    <div className={styles.stack}>
      <div className={styles.inlineForm}>
        <label>
          Filter pattern
          <input
            type="search"
            className={styles.textInput}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder='ERROR ?timeout -START "order 42"'
            aria-describedby="log-filter-help"
          />
        </label>
        <span id="log-filter-help" className={styles.hint}>
          Log group /aws/lambda/{fn}. Like CloudWatch: all terms must match (case-sensitive), ?term means any of them, -term excludes, &quot;quotes&quot; keep phrases.
        </span>
      </div>
      {visible.length === 0 ? (
        <p className="muted">{lines.length ? "No line matches the filter." : "No logs yet: invoke the function."}</p>
      ) : (
        <ol className={styles.logGroups} aria-label="Log events grouped by request" data-testid="log-groups">
          {visible.slice(0, shown).map((g) => (
            <li key={g.id}>
              <details open={visible.length <= 5}>
                <summary>
                  {g.requestId ? (
                    <>
                      <code>{g.requestId}</code>
                      {g.version ? <span className="badge">{g.version}</span> : null}
                      {g.report ? (
                        <span className="muted">
                          {" "}
                          {g.report.durationMs.toFixed(2)} ms{g.report.initDurationMs !== undefined ? `, cold start (Init ${g.report.initDurationMs.toFixed(0)} ms)` : ""}
                          {g.report.status ? `, ${g.report.status}` : ""}
                        </span>
                      ) : !g.complete ? (
                        <span className="muted"> running…</span>
                      ) : null}
                    </>
                  ) : (
                    <span>Init phase output (no request id)</span>
                  )}
                </summary>
                <pre className={styles.logBlock}>{g.lines.map((l) => l.text).join("\n")}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
      {visible.length > shown ? (
        <button type="button" className="button button--small" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, visible.length - shown)} older requests
        </button>
      ) : null}
    </div>
  );
}
