"use client";

import { useId, useMemo, useState } from "react";
import { billFlow, STEP_NAMES, type Wiring } from "@/lib/widgets/chain-vs-events";
import { Field, kit, Mark, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./chain-vs-events.module.css";

const WIRINGS: { value: Wiring; label: string }[] = [
  { value: "chain", label: "Synchronous chain (each function invokes the next and waits)" },
  { value: "events", label: "Events (order publishes to EventBridge; rules invoke the others)" },
];
const ms = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** One flow wired two ways: billed milliseconds per function and what the customer experiences. */
export function ChainVsEvents() {
  const [wiring, setWiring] = useState<Wiring>("chain");
  const [work, setWork] = useState<[string, string, string]>(["100", "300", "200"]);
  const [lastTimesOut, setLastTimesOut] = useState(false);
  const [timeoutS, setTimeoutS] = useState("10");
  const wiringName = useId();

  const result = useMemo(() => {
    try {
      const base = { workMs: work.map(Number) as [number, number, number], lastStepTimesOut: lastTimesOut, timeoutMs: Number(timeoutS) * 1000 };
      return { ok: true as const, chosen: billFlow({ ...base, wiring }), other: billFlow({ ...base, wiring: wiring === "chain" ? "events" : "chain" }) };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [wiring, work, lastTimesOut, timeoutS]);

  const scale = result.ok ? Math.max(...result.chosen.steps.map((s) => s.billedMs), ...result.other.steps.map((s) => s.billedMs), 1) : 1;

  return (
    <WidgetFrame title="Chain or events?" intro="An order API charges a card and sends an email. Wire the three functions two ways and compare what you are billed and what the customer waits for.">
      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>Wiring</legend>
        <div className={kit.choices}>
          {WIRINGS.map((w) => (
            <label key={w.value} className={kit.choice}>
              <input type="radio" name={wiringName} checked={wiring === w.value} onChange={() => setWiring(w.value)} />
              {w.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={kit.grid}>
        {STEP_NAMES.map((name, i) => (
          <Field key={name} label={`${name[0].toUpperCase()}${name.slice(1)} function's own work (ms)`}>
            {({ id }) => (
              <input
                id={id}
                className={kit.control}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={work[i]}
                onChange={(e) => setWork((w) => w.map((v, j) => (j === i ? e.target.value : v)) as [string, string, string])}
              />
            )}
          </Field>
        ))}
        <Field label="Timeout of each function (s)">
          {({ id }) => <input id={id} className={kit.control} type="number" inputMode="numeric" min={1} max={900} step={1} value={timeoutS} onChange={(e) => setTimeoutS(e.target.value)} />}
        </Field>
      </div>
      <label className={`${kit.check} ${styles.toggle}`}>
        <input type="checkbox" checked={lastTimesOut} onChange={(e) => setLastTimesOut(e.target.checked)} />
        The email function hangs and times out
      </label>

      <div role="status" aria-live="polite" aria-atomic="true">
        {result.ok ? (
          <Verdict
            tone={result.chosen.steps[0].outcome === "ok" ? "ok" : "err"}
            title={`Customer waits ${ms.format(result.chosen.callerWaitMs)} ms; ${ms.format(result.chosen.totalBilledMs)} ms billed in total`}
          >
            <p className={styles.line}>{result.chosen.callerSees}</p>
          </Verdict>
        ) : (
          <Verdict tone="warn" title="Check the numbers">
            <p className={styles.line}>{result.message}</p>
          </Verdict>
        )}
      </div>
      {result.ok ? (
        <>
          <ul className={styles.steps}>
            {result.chosen.steps.map((s) => (
              <li key={s.name} className={styles.step}>
                <p className={styles.stepHead}>
                  <Mark ok={s.outcome === "ok"} /> <strong>{s.name}</strong>: {ms.format(s.billedMs)} ms billed
                  {s.attempts > 1 ? ` over ${s.attempts} attempts` : ""}
                </p>
                <span className={styles.track} aria-hidden="true">
                  <span className={`${styles.bar} ${s.outcome === "ok" ? "" : styles.barBad}`} style={{ width: `${Math.max(1, (s.billedMs / scale) * 100)}%` }} />
                </span>
                <p className={styles.note}>{s.note}</p>
              </li>
            ))}
          </ul>
          <p className={kit.help}>
            Wired the other way: {ms.format(result.other.totalBilledMs)} ms billed, the customer waits {ms.format(result.other.callerWaitMs)} ms.
          </p>
        </>
      ) : null}
      <p className={kit.note}>
        A model: invoke and network overheads are ignored and every function has the same memory, so billed milliseconds compare cost directly.
      </p>
    </WidgetFrame>
  );
}
