"use client";

import { useId, useState, type ReactNode } from "react";
import type { ConfigIssue } from "@/lib/workspace/config-validation";
import type { Target } from "@/lib/workspace/scenario";
import styles from "./simulator.module.css";

/** Issues for one field, shown under it and linked with aria-describedby. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly ConfigIssue[] }) {
  if (!issues.length) return null;
  return (
    <ul id={id} className={styles.fieldIssues}>
      {issues.map((i, n) => (
        <li key={n} className={i.exception === "Advice" ? styles.advice : styles.errorText}>
          {i.exception !== "Advice" ? <strong>{i.exception}: </strong> : null}
          {i.message}
        </li>
      ))}
    </ul>
  );
}

export function Field({ label, hint, issues = [], children }: { label: string; hint?: ReactNode; issues?: readonly ConfigIssue[]; children: (props: { id: string; describedBy?: string; invalid?: boolean }) => ReactNode }) {
  const id = useId();
  const issueId = `${id}-issues`;
  const hintId = `${id}-hint`;
  const blocking = issues.some((i) => i.exception !== "Advice");
  const describedBy = [hint ? hintId : "", issues.length ? issueId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: blocking || undefined })}
      {hint ? (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      <FieldIssues id={issueId} issues={issues} />
    </div>
  );
}

/**
 * A number input that lets the learner type freely (an empty box, a minus sign) and passes on
 * only numbers; out-of-range values are passed on too, so validation can show AWS's message.
 */
export function NumberInput({
  value,
  onCommit,
  id,
  describedBy,
  invalid,
  min,
  max,
  step,
}: {
  value: number;
  onCommit: (n: number) => void;
  id?: string;
  describedBy?: string;
  invalid?: boolean;
  min?: number;
  max?: number;
  step?: number | "any";
}) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value && Number(text) !== value) {
    // The value changed from outside (a preset step, a reset): show it.
    setShown(value);
    setText(String(value));
  }
  return (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      className={styles.numberInput}
      value={text}
      min={min}
      max={max}
      step={step}
      aria-describedby={describedBy}
      aria-invalid={invalid || (text.trim() === "" ? true : undefined)}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value.trim() !== "" && Number.isFinite(n)) {
          setShown(n);
          onCommit(n);
        }
      }}
    />
  );
}

/** None, an SQS queue or an SNS topic, by name: a DLQ or a destination. */
export function TargetPicker({ label, value, onChange, allowSns = true }: { label: string; value: Target | null; onChange: (t: Target | null) => void; allowSns?: boolean }) {
  const id = useId();
  return (
    <fieldset className={styles.targetPicker}>
      <legend>{label}</legend>
      <label htmlFor={`${id}-kind`} className="visually-hidden">
        {label}: type
      </label>
      <select
        id={`${id}-kind`}
        value={value?.kind ?? "none"}
        onChange={(e) => {
          const kind = e.target.value;
          onChange(kind === "none" ? null : { kind: kind as Target["kind"], name: value?.name || "my-function-dlq" });
        }}
      >
        <option value="none">None</option>
        <option value="sqs">SQS queue</option>
        {allowSns ? <option value="sns">SNS topic</option> : null}
      </select>
      {value ? (
        <>
          <label htmlFor={`${id}-name`} className="visually-hidden">
            {label}: name
          </label>
          <input id={`${id}-name`} className={styles.textInput} value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} />
        </>
      ) : null}
    </fieldset>
  );
}
