"use client";

import { useState } from "react";
import { LogsView } from "./logs-view";
import { MetricsView } from "./metrics-view";
import styles from "./simulator.module.css";
import { TimelineView } from "./timeline-view";

/** Monitor: the timeline, CloudWatch logs and metrics, all on virtual time. */
export function MonitorPanel() {
  const [show, setShow] = useState({ timeline: true, logs: true, metrics: true });
  return (
    <div className={styles.stack}>
      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title" className={styles.sectionTitle}>
          <button type="button" className={styles.disclosure} aria-expanded={show.timeline} onClick={() => setShow({ ...show, timeline: !show.timeline })}>
            Timeline
          </button>
        </h3>
        {show.timeline ? <TimelineView /> : null}
      </section>
      <section aria-labelledby="logs-title">
        <h3 id="logs-title" className={styles.sectionTitle}>
          <button type="button" className={styles.disclosure} aria-expanded={show.logs} onClick={() => setShow({ ...show, logs: !show.logs })}>
            Logs
          </button>
        </h3>
        {show.logs ? <LogsView /> : null}
      </section>
      <section aria-labelledby="metrics-title">
        <h3 id="metrics-title" className={styles.sectionTitle}>
          <button type="button" className={styles.disclosure} aria-expanded={show.metrics} onClick={() => setShow({ ...show, metrics: !show.metrics })}>
            Metrics
          </button>
        </h3>
        {show.metrics ? <MetricsView /> : null}
      </section>
    </div>
  );
}
