"use client";

import { useMemo, useState } from "react";
import { environmentSize, validateScenarioConfig, type ConfigIssue } from "@/lib/workspace/config-validation";
import {
  DEFAULT_ACCOUNT_CONCURRENCY,
  ENVIRONMENT_MAX_BYTES,
  EVENT_AGE_MAX_S,
  EVENT_AGE_MIN_S,
  MEMORY_MAX_MB,
  MEMORY_MIN_MB,
  ONE_VCPU_MB,
  RUNTIMES,
  TIMEOUT_MAX_S,
} from "@/lib/workspace/limits";
import { Field, FieldIssues, NumberInput, TargetPicker } from "./fields";
import styles from "./simulator.module.css";
import { useWorkspace } from "./workspace-context";

/** The Configuration tab, validated with AWS's ranges and messages as the learner types. */
export function ConfigPanel() {
  const scenario = useWorkspace((s) => s.scenario);
  const setConfig = useWorkspace((s) => s.setConfig);
  const setAsyncConfig = useWorkspace((s) => s.setAsyncConfig);
  const setAccountConcurrency = useWorkspace((s) => s.setAccountConcurrency);
  const c = scenario.config;
  const a = scenario.asyncConfig;
  const issues = useMemo(() => validateScenarioConfig(scenario), [scenario]);
  const of = (field: string): ConfigIssue[] => issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));

  return (
    <div className={styles.stack}>
      <fieldset className={styles.group}>
        <legend>General</legend>
        <div className={styles.fieldGrid}>
          <Field label="Function name" issues={of("FunctionName")} hint="Changing it after the first run needs Reset.">
            {(p) => <input id={p.id} className={styles.textInput} value={c.FunctionName} aria-describedby={p.describedBy} aria-invalid={p.invalid} onChange={(e) => setConfig({ FunctionName: e.target.value })} />}
          </Field>
          <Field label="Runtime" issues={of("Runtime")}>
            {(p) => (
              <select id={p.id} value={c.Runtime} aria-describedby={p.describedBy} onChange={(e) => setConfig({ Runtime: e.target.value as (typeof RUNTIMES)[number] })}>
                {RUNTIMES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Handler" issues={of("Handler")} hint="file.export, e.g. index.handler">
            {(p) => <input id={p.id} className={styles.textInput} value={c.Handler} aria-describedby={p.describedBy} aria-invalid={p.invalid} onChange={(e) => setConfig({ Handler: e.target.value })} />}
          </Field>
          <Field label="Memory (MB)" issues={of("MemorySize")} hint={`${MEMORY_MIN_MB}-${MEMORY_MAX_MB} MB; CPU grows with memory (${ONE_VCPU_MB} MB = 1 vCPU).`}>
            {(p) => <NumberInput id={p.id} describedBy={p.describedBy} invalid={p.invalid} value={c.MemorySize} min={MEMORY_MIN_MB} max={MEMORY_MAX_MB} onCommit={(n) => setConfig({ MemorySize: n })} />}
          </Field>
          <Field label="Timeout (seconds)" issues={of("Timeout")} hint={`1-${TIMEOUT_MAX_S} s (15 minutes).`}>
            {(p) => <NumberInput id={p.id} describedBy={p.describedBy} invalid={p.invalid} value={c.Timeout} min={1} max={TIMEOUT_MAX_S} onCommit={(n) => setConfig({ Timeout: n })} />}
          </Field>
          <Field label="Description">
            {(p) => <input id={p.id} className={styles.textInput} value={c.Description} onChange={(e) => setConfig({ Description: e.target.value })} />}
          </Field>
        </div>
      </fieldset>

      <EnvironmentEditor />

      <fieldset className={styles.group}>
        <legend>Concurrency</legend>
        <div className={styles.fieldGrid}>
          <Field
            label="Reserved concurrency"
            issues={of("ReservedConcurrentExecutions")}
            hint="Empty: no reservation (the unreserved pool). 0 throttles every invocation."
          >
            {(p) => (
              <input
                id={p.id}
                type="number"
                min={0}
                className={styles.numberInput}
                aria-describedby={p.describedBy}
                aria-invalid={p.invalid}
                value={c.ReservedConcurrentExecutions ?? ""}
                onChange={(e) => setConfig({ ReservedConcurrentExecutions: e.target.value === "" ? null : Number(e.target.value) })}
              />
            )}
          </Field>
          <Field label="Account concurrency limit" hint={`AWS's default is ${DEFAULT_ACCOUNT_CONCURRENCY} per Region (raisable). Applies after Reset.`}>
            {(p) => <NumberInput id={p.id} describedBy={p.describedBy} value={scenario.accountConcurrency} min={100} onCommit={(n) => setAccountConcurrency(Math.max(100, Math.round(n)))} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Asynchronous invocation</legend>
        <div className={styles.fieldGrid}>
          <Field label="Retry attempts" issues={of("MaximumRetryAttempts")} hint="0-2 (default 2: three attempts in all).">
            {(p) => <NumberInput id={p.id} describedBy={p.describedBy} invalid={p.invalid} value={a.MaximumRetryAttempts} min={0} max={2} onCommit={(n) => setAsyncConfig({ MaximumRetryAttempts: n })} />}
          </Field>
          <Field label="Maximum event age (seconds)" issues={of("MaximumEventAgeInSeconds")} hint={`${EVENT_AGE_MIN_S}-${EVENT_AGE_MAX_S} s (default 6 hours).`}>
            {(p) => (
              <NumberInput id={p.id} describedBy={p.describedBy} invalid={p.invalid} value={a.MaximumEventAgeInSeconds} min={EVENT_AGE_MIN_S} max={EVENT_AGE_MAX_S} onCommit={(n) => setAsyncConfig({ MaximumEventAgeInSeconds: n })} />
            )}
          </Field>
        </div>
        <div className={styles.fieldGrid}>
          <TargetPicker label="Dead-letter queue (SQS or SNS)" value={c.DeadLetterTarget} onChange={(t) => setConfig({ DeadLetterTarget: t })} />
          <TargetPicker label="On-success destination" value={a.OnSuccess} onChange={(t) => setAsyncConfig({ OnSuccess: t })} />
          <TargetPicker label="On-failure destination" value={a.OnFailure} onChange={(t) => setAsyncConfig({ OnFailure: t })} />
        </div>
        <p className={styles.hint}>
          The simulator delivers destinations to SQS queues and SNS topics; AWS also accepts Lambda functions and EventBridge buses (and S3 buckets on failure).
        </p>
      </fieldset>
      <FieldIssues id="trigger-config-issues" issues={of("Triggers")} />
    </div>
  );
}

function EnvironmentEditor() {
  const env = useWorkspace((s) => s.scenario.config.Environment);
  const setConfig = useWorkspace((s) => s.setConfig);
  const scenario = useWorkspace((s) => s.scenario);
  const all = useMemo(() => validateScenarioConfig(scenario).filter((i) => i.field.startsWith("Environment")), [scenario]);
  const [rows, setRows] = useState<[string, string][]>(() => Object.entries(env));
  const [synced, setSynced] = useState(env);
  if (synced !== env && JSON.stringify(Object.fromEntries(rows)) !== JSON.stringify(env)) {
    setSynced(env);
    setRows(Object.entries(env));
  }
  const commit = (next: [string, string][]) => {
    setRows(next);
    const obj = Object.fromEntries(next.filter(([k]) => k !== ""));
    setSynced(obj);
    setConfig({ Environment: obj });
  };
  const size = environmentSize(env);
  return (
    <fieldset className={styles.group}>
      <legend>Environment variables</legend>
      {rows.length ? (
        <table className={styles.envTable}>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([k, v], i) => (
              <tr key={i}>
                <td>
                  <input aria-label={`Key ${i + 1}`} className={styles.textInput} value={k} onChange={(e) => commit(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />
                </td>
                <td>
                  <input aria-label={`Value ${i + 1}`} className={styles.textInput} value={v} onChange={(e) => commit(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))} />
                </td>
                <td>
                  <button type="button" className="button button--small" onClick={() => commit(rows.filter((_, j) => j !== i))}>
                    Remove<span className="visually-hidden"> {k || `row ${i + 1}`}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className={styles.inlineForm}>
        <button type="button" className="button button--small" onClick={() => commit([...rows, [`VAR_${rows.length + 1}`, ""]])}>
          Add variable
        </button>
        <span className={styles.hint}>
          {size.toLocaleString("en-US")} of {ENVIRONMENT_MAX_BYTES.toLocaleString("en-US")} bytes used (keys and values together, as JSON).
        </span>
      </div>
      <FieldIssues id="env-issues" issues={all} />
    </fieldset>
  );
}
