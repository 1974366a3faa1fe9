import type { DayCount, RetentionPoint, TopicMastery } from "@/lib/quiz/review-stats";
import { formatDayKey, percent } from "./format";

// Small dependency-free charts: HTML lists and tables drawn with CSS, so every value is also
// text a screen reader can read, and nothing needs a chart library.

/** Vertical bars, one per item, each labelled with its value. */
export function BarChart({
  label,
  bars,
  max,
}: {
  label: string;
  bars: { key: string; caption: string; value: number; text: string; description: string }[];
  max?: number;
}) {
  const top = Math.max(1, max ?? 0, ...bars.map((b) => b.value));
  return (
    <ol className="bar-chart" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key} className="bar-chart__item" aria-label={b.description}>
          <span className="bar-chart__value" aria-hidden="true">
            {b.text}
          </span>
          <span className="bar-chart__track" aria-hidden="true">
            <span className="bar-chart__bar" style={{ height: `${(100 * b.value) / top}%` }} />
          </span>
          <span className="bar-chart__caption" aria-hidden="true">
            {b.caption}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function DueForecastChart({ days }: { days: DayCount[] }) {
  return (
    <BarChart
      label="Cards due on each of the next days"
      bars={days.map((d, i) => ({
        key: d.day,
        caption: i === 0 ? "Today" : formatDayKey(d.day, { weekday: "narrow" }),
        value: d.count,
        text: String(d.count),
        description: `${i === 0 ? "Today (including overdue)" : formatDayKey(d.day)}: ${d.count} card${d.count === 1 ? "" : "s"}`,
      }))}
    />
  );
}

export function RetentionChart({ points }: { points: RetentionPoint[] }) {
  return (
    <BarChart
      label="Share of mature reviews answered right, by week"
      max={1}
      bars={points.map((p) => ({
        key: p.day,
        caption: formatDayKey(p.day, { day: "numeric", month: "short" }),
        value: p.retention ?? 0,
        text: p.retention === null ? "–" : percent(p.retention),
        description:
          p.retention === null
            ? `Week of ${formatDayKey(p.day)}: no mature reviews`
            : `Week of ${formatDayKey(p.day)}: ${p.correct} of ${p.reviews} right (${percent(p.retention)})`,
      }))}
    />
  );
}

function heatLevel(count: number): number {
  if (count === 0) return 0;
  if (count < 5) return 1;
  if (count < 15) return 2;
  if (count < 30) return 3;
  return 4;
}

/** A calendar of study days, weeks as columns (Monday on top), darker for more answers. */
export function StudyHeatmap({ days }: { days: DayCount[] }) {
  const studied = days.filter((d) => d.count > 0);
  const answers = days.reduce((n, d) => n + d.count, 0);
  // Monday-first weekday of the first day, so each column is one calendar week.
  const lead = days.length ? (new Date(`${days[0].day}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  let streak = 0;
  for (let i = days.length - 1; i >= 0; i -= 1) {
    if (days[i].count > 0) streak += 1;
    else if (i < days.length - 1) break; // today not studied yet does not break the streak
  }
  return (
    <figure className="heatmap-figure">
      <div
        className="heatmap"
        role="img"
        aria-label={`Studied on ${studied.length} of the last ${days.length} days, ${answers} answers in all; current streak ${streak} day${streak === 1 ? "" : "s"}.`}
      >
        {Array.from({ length: lead }, (_, i) => (
          <span key={`pad-${i}`} className="heatmap__cell heatmap__cell--pad" />
        ))}
        {days.map((d) => (
          <span
            key={d.day}
            className={`heatmap__cell heat-${heatLevel(d.count)}`}
            title={`${formatDayKey(d.day)}: ${d.count} answer${d.count === 1 ? "" : "s"}`}
          />
        ))}
      </div>
      <figcaption className="muted">
        {studied.length} study day{studied.length === 1 ? "" : "s"} in the last {Math.round(days.length / 7)}{" "}
        weeks, {answers} answers · current streak {streak} day{streak === 1 ? "" : "s"}
        <span className="heatmap__legend" aria-hidden="true">
          Less{" "}
          {[0, 1, 2, 3, 4].map((l) => (
            <span key={l} className={`heatmap__cell heat-${l}`} />
          ))}{" "}
          More
        </span>
      </figcaption>
    </figure>
  );
}

export function MasteryTable({ rows, titles }: { rows: TopicMastery[]; titles: Record<string, string> }) {
  return (
    <table className="mastery-table">
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">Studied</th>
          <th scope="col">Mastery</th>
        </tr>
      </thead>
      <tbody>
        {rows
          .filter((r) => r.questions > 0)
          .map((r) => (
            <tr key={r.topic}>
              <th scope="row">{titles[r.topic] ?? r.topic}</th>
              <td>
                {r.studied} / {r.questions}
              </td>
              <td>
                <span className="meter" aria-hidden="true">
                  <span style={{ width: `${Math.round(r.mastery * 100)}%` }} />
                </span>{" "}
                {percent(r.mastery)}
                {r.averageRetrievability !== null ? (
                  <span className="muted"> (recall {percent(r.averageRetrievability)} on studied)</span>
                ) : null}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
