import { useId, type ReactNode } from "react";
import { HTTP_METHODS } from "@/lib/widgets/http-form";
import styles from "./widget-kit.module.css";

/** Shared building blocks for the lesson widgets (all rendered inside "use client" widgets). */

export { styles as kit };

/** The labelled region every widget sits in: "Try it" kicker, title, one-line introduction. */
export function WidgetFrame({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className={styles.frame} aria-labelledby={titleId}>
      <div className={styles.head}>
        <span className={styles.kicker} aria-hidden="true">
          Try it
        </span>
        <p id={titleId} className={styles.title}>
          {title}
        </p>
      </div>
      {intro ? <p className={styles.intro}>{intro}</p> : null}
      {children}
    </section>
  );
}

export type Tone = "ok" | "err" | "warn" | "info";

/** A coloured result banner; the title carries the meaning in words, never colour alone. */
export function Verdict({ tone, title, children }: { tone: Tone; title: ReactNode; children?: ReactNode }) {
  return (
    <div className={`${styles.verdict} ${styles[tone]}`}>
      <p className={styles.verdictTitle}>{title}</p>
      {children}
    </div>
  );
}

/** ✓ / ✗ / ! with a text alternative, for lists of checks. */
export function Mark({ ok, warn = false }: { ok: boolean; warn?: boolean }) {
  const cls = warn ? styles.markWarn : ok ? styles.markOk : styles.markErr;
  const sign = warn ? "!" : ok ? "✓" : "✗";
  const text = warn ? "warning" : ok ? "passes" : "fails";
  return (
    <span className={`${styles.mark} ${cls}`}>
      <span aria-hidden="true">{sign}</span>
      <span className="visually-hidden">{text}: </span>
    </span>
  );
}

/** Label + control + optional help text, wired together with ids. */
export function Field({
  label,
  help,
  children,
}: {
  label: ReactNode;
  help?: ReactNode;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {children({ id, describedBy: help ? helpId : undefined })}
      {help ? (
        <span id={helpId} className={styles.help}>
          {help}
        </span>
      ) : null}
    </div>
  );
}

/** The HTTP method picker the request widgets share. */
export function MethodField({ value, onChange }: { value: string; onChange: (method: string) => void }) {
  return (
    <Field label="Method">
      {({ id }) => (
        <select id={id} className={styles.control} value={value} onChange={(e) => onChange(e.target.value)}>
          {HTTP_METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
