"use client";

import { useMemo, useState, useSyncExternalStore } from "react";
import { checkSchedule, CRON_EXAMPLES, formatUtc } from "@/lib/widgets/cron-tester";
import { Field, kit, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./cron-tester.module.css";

// The page is prerendered at build time, so "now" must come from the browser. It is read once
// per page load: the list is a plan from the moment the reader arrived, not a ticking clock.
const loadedAt = Math.floor(Date.now() / 60_000) * 60_000;
const noSubscribe = () => () => {};

/** Type an EventBridge rate() or cron() expression; see whether AWS accepts it and when it runs. */
export function CronTester() {
  const [expression, setExpression] = useState(CRON_EXAMPLES[0].expression);
  const now = useSyncExternalStore(
    noSubscribe,
    () => loadedAt,
    () => null,
  );
  const result = useMemo(() => (now === null ? null : checkSchedule(expression, now)), [expression, now]);

  return (
    <WidgetFrame title="Schedule expression tester" intro="EventBridge's cron has six fields, one of the two day fields must be ?, and times are UTC. Try one of these or type your own.">
      <div className={kit.presets} role="group" aria-label="Examples">
        {CRON_EXAMPLES.map((e) => (
          <button key={e.expression} type="button" className={`button button--small ${kit.preset}`} aria-pressed={expression === e.expression} onClick={() => setExpression(e.expression)}>
            <code>{e.expression}</code>
            <span className="visually-hidden">: {e.note}</span>
          </button>
        ))}
      </div>
      <Field label="Schedule expression" help="rate(value unit) or cron(Minutes Hours Day-of-month Month Day-of-week Year)">
        {({ id, describedBy }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            className={`${kit.control} ${kit.code}`}
            value={expression}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            onChange={(e) => setExpression(e.target.value)}
          />
        )}
      </Field>
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.result}>
        {result === null ? (
          <p className={kit.help}>Reading your clock…</p>
        ) : result.ok ? (
          <Verdict tone="ok" title={`Accepted: ${result.kind} expression`}>
            <p className={styles.line}>{result.summary}</p>
          </Verdict>
        ) : (
          <Verdict tone="err" title="Rejected by PutRule">
            <p className={`${styles.line} ${kit.mono}`}>{result.message}</p>
          </Verdict>
        )}
      </div>
      {result?.ok && result.runs.length > 0 ? (
        <>
          <p className={kit.label}>Next {result.runs.length} runs after {now === null ? "now" : formatUtc(now)}</p>
          <ol className={styles.runs}>
            {result.runs.map((t) => (
              <li key={t}>
                <span className={kit.mono}>{formatUtc(t)}</span>
                <span className={styles.local}>
                  {" "}
                  ({new Date(t).toLocaleString(undefined, { weekday: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short" })} your time)
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className={kit.note}>
        Uses the same parser as the simulator&apos;s EventBridge model. A rate schedule counts from when the rule is created, here the moment
        this page loaded.
      </p>
    </WidgetFrame>
  );
}
