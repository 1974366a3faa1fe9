"use client";

import { useId, useMemo, useState } from "react";
import { formatDuration, planRetries, type FailureMode, type FailureTarget } from "@/lib/widgets/async-retry-planner";
import { Field, kit, Mark, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./async-retry-planner.module.css";

const MODES: { value: FailureMode; label: string }[] = [
  { value: "throws", label: "Always throws" },
  { value: "timeout", label: "Always times out" },
  { value: "recovers", label: "Fails once, then works" },
  { value: "throttled", label: "Throttled for a while" },
];
const TARGETS: { value: FailureTarget; label: string }[] = [
  { value: "dlq", label: "Dead-letter queue" },
  { value: "destination", label: "On-failure destination" },
  { value: "none", label: "Neither" },
];

/** Choose the event invoke config and a failure mode; see every attempt and where the event ends. */
export function AsyncRetryPlanner() {
  const [mode, setMode] = useState<FailureMode>("throws");
  const [retries, setRetries] = useState(2);
  const [maxAge, setMaxAge] = useState("21600");
  const [timeout, setTimeoutSeconds] = useState("30");
  const [throttledHours, setThrottledHours] = useState("2");
  const [onFailure, setOnFailure] = useState<FailureTarget>("dlq");
  const names = { mode: useId(), retries: useId(), target: useId() };

  const result = useMemo(() => {
    try {
      const plan = planRetries({
        mode,
        maxRetryAttempts: retries,
        maxEventAgeSeconds: Number(maxAge),
        timeoutSeconds: Number(timeout),
        throttledForSeconds: Number(throttledHours) * 3600,
        onFailure,
      });
      return { ok: true as const, plan };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [mode, retries, maxAge, timeout, throttledHours, onFailure]);

  return (
    <WidgetFrame title="Async retry planner" intro="One event, invoked asynchronously. Pick how the function behaves and the retry settings, and follow the event until it succeeds, expires or fails for good.">
      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>The function</legend>
        <div className={kit.choices}>
          {MODES.map((m) => (
            <label key={m.value} className={kit.choice}>
              <input type="radio" name={names.mode} checked={mode === m.value} onChange={() => setMode(m.value)} />
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={kit.grid}>
        <fieldset className={kit.fieldset}>
          <legend className={`${kit.legend} ${kit.label}`}>MaximumRetryAttempts</legend>
          <div className={kit.choices}>
            {[0, 1, 2].map((n) => (
              <label key={n} className={kit.choice}>
                <input type="radio" name={names.retries} checked={retries === n} onChange={() => setRetries(n)} />
                {n}
                {n === 2 ? " (default)" : ""}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label="MaximumEventAgeInSeconds" help="60 to 21,600 (6 hours, the default).">
          {({ id, describedBy }) => (
            <input id={id} aria-describedby={describedBy} className={kit.control} type="number" inputMode="numeric" min={60} max={21600} step={1} value={maxAge} onChange={(e) => setMaxAge(e.target.value)} />
          )}
        </Field>
        {mode === "timeout" ? (
          <Field label="Function timeout (seconds)">
            {({ id }) => <input id={id} className={kit.control} type="number" inputMode="numeric" min={1} max={900} step={1} value={timeout} onChange={(e) => setTimeoutSeconds(e.target.value)} />}
          </Field>
        ) : null}
        {mode === "throttled" ? (
          <Field label="Throttled for (hours)">
            {({ id }) => <input id={id} className={kit.control} type="number" inputMode="decimal" min={0} max={12} step="any" value={throttledHours} onChange={(e) => setThrottledHours(e.target.value)} />}
          </Field>
        ) : null}
      </div>
      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>Where failed events go</legend>
        <div className={kit.choices}>
          {TARGETS.map((t) => (
            <label key={t.value} className={kit.choice}>
              <input type="radio" name={names.target} checked={onFailure === t.value} onChange={() => setOnFailure(t.value)} />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>

      <div role="status" aria-live="polite" aria-atomic="true">
        {!result.ok ? (
          <Verdict tone="warn" title="Check the settings">
            <p className={styles.line}>{result.message}</p>
          </Verdict>
        ) : (
          <Verdict
            tone={result.plan.outcome === "success" ? "ok" : "err"}
            title={
              result.plan.outcome === "success"
                ? `Succeeds (function ran ${result.plan.attempts} time${result.plan.attempts === 1 ? "" : "s"})`
                : result.plan.outcome === "expired"
                  ? `Expires; ends in ${result.plan.destination}`
                  : `Fails after ${result.plan.attempts} attempt${result.plan.attempts === 1 ? "" : "s"}; ends in ${result.plan.destination}`
            }
          />
        )}
      </div>
      {result.ok ? (
        <ol className={styles.timeline} aria-label="Timeline">
          {result.plan.entries.map((e, i) => (
            <li key={i} className={styles.entry}>
              <span className={styles.time}>t = {formatDuration(e.atSeconds)}</span>
              <span>
                <Mark ok={e.kind === "attempt-ok"} warn={e.kind === "throttled"} /> {e.text}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      <p className={kit.note}>
        AWS documents the gaps as &quot;about&quot; 1 and 2 minutes, and throttle retries as growing from 1 second to at most 5 minutes; the
        exact schedule here is a model. The caller got 202 at t = 0 and hears about none of this.
      </p>
    </WidgetFrame>
  );
}
