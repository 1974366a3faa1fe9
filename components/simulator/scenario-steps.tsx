"use client";

import { useState } from "react";
import styles from "./simulator.module.css";
import { useController, useWorkspace } from "./workspace-context";

/** A preset's suggested steps, each run by a button (nothing runs until the learner presses one). */
export function ScenarioSteps() {
  const steps = useWorkspace((s) => s.scenario.steps);
  const busy = useWorkspace((s) => s.engine === "busy" || s.engine === "starting");
  const controller = useController();
  const [done, setDone] = useState<number[]>([]);
  if (!steps.length) return null;
  return (
    <section className={styles.steps} aria-labelledby="steps-title">
      <h2 id="steps-title" className={styles.panelTitle}>
        Try it
      </h2>
      <ol>
        {steps.map((step, i) => (
          <li key={i} className={done.includes(i) ? styles.stepDone : undefined}>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={async () => {
                await controller.run(step.action);
                setDone((d) => [...d, i]);
              }}
            >
              Run<span className="visually-hidden"> step {i + 1}</span>
            </button>{" "}
            {step.label}
            {done.includes(i) ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
