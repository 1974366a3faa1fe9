"use client";

import { useEffect, useState } from "react";
import type { WorkspaceActionInput } from "@/lib/workspace/actions";
import { action } from "@/lib/workspace/actions";
import { BURST_MAX } from "@/lib/workspace/limits";
import styles from "./simulator.module.css";
import { useController, useWorkspace } from "./workspace-context";

const ADVANCE_OPTIONS = [
  { ms: 1_000, label: "1 second" },
  { ms: 10_000, label: "10 seconds" },
  { ms: 60_000, label: "1 minute" },
  { ms: 300_000, label: "5 minutes" },
  { ms: 3_600_000, label: "1 hour" },
  { ms: 6 * 3_600_000, label: "6 hours" },
];

/** The console's buttons: Test, Invoke async, Burst, time controls, Reset, and Stop when stuck. */
export function ActionBar({ compact = false }: { compact?: boolean }) {
  const controller = useController();
  const engine = useWorkspace((s) => s.engine);
  const [burst, setBurst] = useState({ count: 100, type: "Event" as "Event" | "RequestResponse", spreadSeconds: 0 });
  const [advance, setAdvance] = useState(60_000);
  const [stuck, setStuck] = useState(false);
  const busy = engine === "busy" || engine === "starting" || engine === "restarting";

  useEffect(() => {
    if (engine !== "busy") return;
    const id = window.setTimeout(() => setStuck(true), 1500);
    return () => {
      window.clearTimeout(id);
      setStuck(false);
    };
  }, [engine]);

  const run = (input: WorkspaceActionInput) => void controller.run(action(input));
  const burstCount = Math.min(BURST_MAX, Math.max(1, Math.round(burst.count) || 1));

  return (
    <div className={styles.actionBar} aria-label="Actions" role="group">
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => run({ type: "invoke", invocationType: "RequestResponse" })} disabled={busy}>
          Test
        </button>
        <button type="button" className="button" onClick={() => run({ type: "invoke", invocationType: "Event" })} disabled={busy}>
          Invoke async
        </button>
        <button type="button" className="button" onClick={() => run({ type: "runUntilIdle" })} disabled={busy}>
          Run until idle
        </button>
        {busy && stuck ? (
          <button type="button" className="button" onClick={() => void controller.stop()}>
            Stop the engine
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void controller.reset()} disabled={engine === "restarting"}>
          Reset
        </button>
      </div>
      {compact ? null : (
        <div className={styles.actionForms}>
          <form
            className={styles.inlineForm}
            aria-label="Burst"
            onSubmit={(e) => {
              e.preventDefault();
              run({ type: "burst", count: burstCount, invocationType: burst.type, spreadMs: Math.round(burst.spreadSeconds * 1000) });
            }}
          >
            <label>
              Burst of
              <input type="number" min={1} max={BURST_MAX} value={burst.count} onChange={(e) => setBurst({ ...burst, count: Number(e.target.value) })} className={styles.numberInput} />
            </label>
            <label>
              <span className="visually-hidden">Invocation type</span>
              <select aria-label="Invocation type" value={burst.type} onChange={(e) => setBurst({ ...burst, type: e.target.value as "Event" | "RequestResponse" })}>
                <option value="Event">asynchronous</option>
                <option value="RequestResponse">synchronous</option>
              </select>
            </label>
            <label>
              calls over
              <input
                type="number"
                min={0}
                max={3600}
                step="any"
                value={burst.spreadSeconds}
                onChange={(e) => setBurst({ ...burst, spreadSeconds: Math.max(0, Number(e.target.value) || 0) })}
                className={styles.numberInput}
              />
              s
            </label>
            <button type="submit" className="button button--small" disabled={busy}>
              Burst
            </button>
          </form>
          <form
            className={styles.inlineForm}
            aria-label="Advance time"
            onSubmit={(e) => {
              e.preventDefault();
              run({ type: "advanceBy", ms: advance });
            }}
          >
            <label>
              Advance time by
              <select aria-label="Advance time by" value={advance} onChange={(e) => setAdvance(Number(e.target.value))}>
                {ADVANCE_OPTIONS.map((o) => (
                  <option key={o.ms} value={o.ms}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button button--small" disabled={busy}>
              Advance
            </button>
          </form>
        </div>
      )}
      <EngineStatusLine />
    </div>
  );
}

function EngineStatusLine() {
  const engine = useWorkspace((s) => s.engine);
  const message = useWorkspace((s) => s.engineMessage);
  const text: Record<typeof engine, string> = {
    unavailable: "Engine: not available in this build",
    idle: "Engine: starts on your first action",
    starting: "Engine: starting…",
    ready: "Engine: ready",
    busy: "Engine: running…",
    restarting: "Engine: restarting…",
    failed: "Engine: failed",
  };
  return (
    <p className={styles.engineStatus} role="status" aria-live="polite" data-engine={engine}>
      <span className={styles.engineDot} aria-hidden="true" /> {text[engine]}
      {message && engine !== "unavailable" ? <span className="muted"> · {message}</span> : null}
    </p>
  );
}
