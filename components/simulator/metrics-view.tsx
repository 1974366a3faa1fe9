"use client";

import { useMemo } from "react";
import { metricSeries, metricTotals, type MetricBucket } from "@/lib/workspace/metrics-series";
import { formatOffset } from "@/lib/workspace/timeline-layout";
import { timeBounds } from "@/lib/workspace/timeline-events";
import styles from "./metrics.module.css";
import { useWorkspace } from "./workspace-context";

const W = 320;
const H = 120;
const PAD = { l: 40, r: 8, t: 8, b: 20 };

/** Axis numbers that fit the gutter: 7, 2.5, 2001, 12k. */
function axisNumber(n: number): string {
  if (n >= 10_000) return `${Math.round(n / 1000)}k`;
  return Number.isInteger(n) || n >= 100 ? String(Math.round(n)) : n.toFixed(1);
}

type Series = { key: string; label: string; values: (number | null)[]; className: string };

function Chart({ title, unit, buckets, series, epoch, kind }: { title: string; unit: string; buckets: MetricBucket[]; series: Series[]; epoch: number; kind: "bars" | "lines" }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const plotW = W - PAD.l - PAD.r;
  const plotH = H - PAD.t - PAD.b;
  const bw = plotW / Math.max(1, buckets.length);
  const y = (v: number) => PAD.t + plotH - (v / max) * plotH;
  const total = series[0].values.reduce<number>((n, v) => n + (v ?? 0), 0);
  const summary =
    kind === "bars"
      ? `${title}: ${total} in total, at most ${max === 1 && total === 0 ? 0 : Math.max(...series[0].values.map((v) => v ?? 0))} per ${formatOffset(buckets[0].end - buckets[0].start)}`
      : `${title}: maximum ${Math.max(...series.flatMap((s) => s.values.map((v) => v ?? 0))).toFixed(1)} ${unit}`;
  return (
    <figure className={styles.chart}>
      <figcaption>
        <strong>{title}</strong> <span className="muted">({unit})</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className={styles.svg}>
        <line x1={PAD.l} x2={W - PAD.r} y1={PAD.t + plotH} y2={PAD.t + plotH} className={styles.axis} />
        <text x={PAD.l - 4} y={PAD.t + 8} textAnchor="end" className={styles.tick}>
          {axisNumber(max)}
        </text>
        <text x={PAD.l - 4} y={PAD.t + plotH} textAnchor="end" className={styles.tick}>
          0
        </text>
        <text x={PAD.l} y={H - 4} className={styles.tick}>
          {formatOffset(buckets[0].start - epoch)}
        </text>
        <text x={W - PAD.r} y={H - 4} textAnchor="end" className={styles.tick}>
          {formatOffset(buckets[buckets.length - 1].end - epoch)}
        </text>
        {kind === "bars"
          ? series[0].values.map((v, i) =>
              v ? <rect key={i} x={PAD.l + i * bw + 0.5} y={y(v)} width={Math.max(1, bw - 1)} height={PAD.t + plotH - y(v)} className={series[0].className} /> : null,
            )
          : series.map((s) => (
              <polyline
                key={s.key}
                fill="none"
                className={s.className}
                points={s.values
                  .map((v, i) => (v === null ? null : `${PAD.l + i * bw + bw / 2},${y(v)}`))
                  .filter(Boolean)
                  .join(" ")}
              />
            ))}
      </svg>
      {kind === "lines" ? (
        <ul className={styles.key}>
          {series.map((s) => (
            <li key={s.key}>
              <span className={`${styles.swatch} ${s.className}`} aria-hidden="true" /> {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <details className={styles.data}>
        <summary>Data</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">From</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {buckets.map((b, i) =>
              series.some((s) => s.values[i]) ? (
                <tr key={i}>
                  <td>{formatOffset(b.start - epoch)}</td>
                  {series.map((s) => (
                    <td key={s.key}>{s.values[i] === null ? "–" : Number.isInteger(s.values[i]) ? s.values[i] : (s.values[i] as number).toFixed(2)}</td>
                  ))}
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** CloudWatch's Lambda metrics over virtual time, drawn from the same events as the timeline. */
export function MetricsView() {
  const events = useWorkspace((s) => s.timeline);
  const epoch = useWorkspace((s) => s.epoch);
  const data = useMemo(() => {
    const b = timeBounds(events);
    const range = { start: Math.min(b.start, epoch || b.start), end: Math.max(b.end, b.start + 1000) };
    return { series: metricSeries(events, range), totals: metricTotals(events) };
  }, [events, epoch]);
  if (!events.length) return <p className="muted">Metrics appear once the function has run.</p>;
  const { buckets } = data.series;
  const t = data.totals;
  return (
    <div className={styles.metrics}>
      <p className={styles.totals} data-testid="metric-totals">
        Invocations {t.invocations} · Errors {t.errors} · Throttles {t.throttles}
        {t.deadLettered ? ` · Sent to DLQ ${t.deadLettered}` : ""}
        {t.durationP50 !== null ? ` · Duration p50 ${t.durationP50.toFixed(1)} ms, p90 ${t.durationP90?.toFixed(1)} ms, max ${t.durationMax?.toFixed(1)} ms` : ""}
      </p>
      <div className={styles.grid}>
        <Chart title="Invocations" unit="count" kind="bars" epoch={epoch} buckets={buckets} series={[{ key: "i", label: "Invocations", values: buckets.map((b) => b.invocations), className: styles.ok }]} />
        <Chart title="Errors" unit="count" kind="bars" epoch={epoch} buckets={buckets} series={[{ key: "e", label: "Errors", values: buckets.map((b) => b.errors), className: styles.err }]} />
        <Chart title="Throttles" unit="count" kind="bars" epoch={epoch} buckets={buckets} series={[{ key: "t", label: "Throttles", values: buckets.map((b) => b.throttles), className: styles.accent }]} />
        <Chart
          title="ConcurrentExecutions"
          unit="maximum"
          kind="bars"
          epoch={epoch}
          buckets={buckets}
          series={[{ key: "c", label: "Concurrent executions", values: buckets.map((b) => b.concurrentMax), className: styles.link }]}
        />
        <Chart
          title="Duration"
          unit="ms"
          kind="lines"
          epoch={epoch}
          buckets={buckets}
          series={[
            { key: "p50", label: "p50", values: buckets.map((b) => b.durationP50), className: styles.lineP50 },
            { key: "p90", label: "p90", values: buckets.map((b) => b.durationP90), className: styles.lineP90 },
            { key: "max", label: "Maximum", values: buckets.map((b) => b.durationMax), className: styles.lineMax },
          ]}
        />
      </div>
    </div>
  );
}
