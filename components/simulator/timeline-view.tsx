"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from "react";
import {
  buildTimeline,
  fitView,
  formatOffset,
  niceTicks,
  panView,
  placeSegments,
  replayAt,
  SEGMENT_LABELS,
  segmentsOfRequest,
  tOf,
  visibleRows,
  xOf,
  zoomView,
  type Segment,
  type SegmentKind,
  type View,
} from "@/lib/workspace/timeline-layout";
import { LogsView } from "./logs-view";
import styles from "./timeline.module.css";
import { useWorkspace } from "./workspace-context";

const ROW_H = 22;
const AXIS_H = 24;
const LABEL_W = 104;
const VIEWPORT_H = 320;
const SPEEDS = [
  { perSecond: 100, label: "0.1 s per second" },
  { perSecond: 1_000, label: "1 s per second (real time)" },
  { perSecond: 10_000, label: "10 s per second" },
  { perSecond: 60_000, label: "1 min per second" },
  { perSecond: 600_000, label: "10 min per second" },
];

function describe(s: Segment, epoch: number, count = 1): string {
  const when = `at ${formatOffset(s.start - epoch)}${s.end > s.start ? ` for ${formatOffset(s.end - s.start)}` : ""}`;
  if (count > 1) return `${count} × ${SEGMENT_LABELS[s.kind]} (merged at this zoom level; zoom in to see each), from ${formatOffset(s.start - epoch)}`;
  return `${SEGMENT_LABELS[s.kind]}${s.attempt && s.attempt > 1 ? `, attempt ${s.attempt}` : ""}${s.version && s.version !== "$LATEST" ? `, version ${s.version}` : ""} ${when}${s.requestId ? `, request ${s.requestId}` : ""}`;
}

/** The execution-environment timeline: zoom, pan, replay, and a segment's logs and payload. */
export function TimelineView() {
  const events = useWorkspace((s) => s.timeline);
  const epoch = useWorkspace((s) => s.epoch);
  const timeline = useMemo(() => buildTimeline(events), [events]);
  const limit = useMemo(() => fitView(timeline.bounds), [timeline.bounds]);
  const [userView, setUserView] = useState<View | null>(null);
  const view = userView ?? limit;
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  const [scrollTop, setScrollTop] = useState(0);
  const [selected, setSelected] = useState<Segment | null>(null);
  const [replay, setReplay] = useState<{ t: number; playing: boolean } | null>(null);
  const [speed, setSpeed] = useState(SPEEDS[3].perSecond);
  const drag = useRef<{ x: number; view: View } | null>(null);

  const hasSegments = timeline.segments.length > 0;
  useEffect(() => {
    // The viewport exists only once there is something to draw.
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.floor(entry.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, [hasSegments]);

  // Replay: move the cut-off instant forward in animation frames at the chosen speed.
  useEffect(() => {
    if (!replay?.playing) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const dt = now - last;
      last = now;
      setReplay((r) => {
        if (!r?.playing) return r;
        const t = r.t + (dt / 1000) * speed;
        return t >= timeline.bounds.end ? { t: timeline.bounds.end, playing: false } : { t, playing: true };
      });
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [replay?.playing, speed, timeline.bounds.end]);

  const plotW = Math.max(60, width - LABEL_W);
  const segments = useMemo(() => (replay ? replayAt(timeline.segments, replay.t) : timeline.segments), [timeline.segments, replay]);
  const rows = visibleRows(timeline.rows.length, ROW_H, scrollTop, VIEWPORT_H);
  const placed = useMemo(() => placeSegments(segments, view, plotW, rows), [segments, view, plotW, rows.first, rows.last]); // eslint-disable-line react-hooks/exhaustive-deps
  const ticks = niceTicks(view, Math.max(2, Math.floor(plotW / 90)), epoch);
  const kinds = useMemo(() => [...new Set(timeline.segments.map((s) => s.kind))] as SegmentKind[], [timeline.segments]);

  const zoom = (factor: number, anchor?: number) => setUserView(zoomView(view, factor, anchor, limit));
  const pan = (fraction: number) => setUserView(panView(view, (view.end - view.start) * fraction, limit));

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const handled: Record<string, () => void> = {
      "+": () => zoom(0.5),
      "=": () => zoom(0.5),
      "-": () => zoom(2),
      ArrowLeft: () => pan(-0.2),
      ArrowRight: () => pan(0.2),
      "0": () => setUserView(null),
    };
    const fn = handled[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    if (!(e.ctrlKey || e.metaKey || e.shiftKey)) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const anchor = tOf(e.clientX - rect.left - LABEL_W, view, plotW);
    if (e.shiftKey) pan(e.deltaY > 0 ? 0.1 : -0.1);
    else zoom(e.deltaY > 0 ? 1.25 : 0.8, anchor);
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest("[data-segment]")) return;
    drag.current = { x: e.clientX, view };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const dt = ((d.x - e.clientX) / plotW) * (d.view.end - d.view.start);
    setUserView(panView(d.view, dt, limit));
  };

  if (!timeline.segments.length) {
    return <p className="muted">The timeline fills in as the function runs: one row per execution environment, virtual time across.</p>;
  }

  const svgH = AXIS_H + timeline.rows.length * ROW_H;
  return (
    <div className={styles.timeline}>
      <div className={styles.controls} role="group" aria-label="Timeline controls">
        <button type="button" className="button button--small" onClick={() => zoom(0.5)}>
          Zoom in
        </button>
        <button type="button" className="button button--small" onClick={() => zoom(2)}>
          Zoom out
        </button>
        <button type="button" className="button button--small" onClick={() => pan(-0.25)} aria-label="Pan earlier">
          ◀ Earlier
        </button>
        <button type="button" className="button button--small" onClick={() => pan(0.25)} aria-label="Pan later">
          Later ▶
        </button>
        <button type="button" className="button button--small" onClick={() => setUserView(null)}>
          Fit
        </button>
        <span className={styles.viewText} aria-live="polite">
          {formatOffset(view.start - epoch)} to {formatOffset(view.end - epoch)}
        </span>
      </div>
      <div className={styles.controls} role="group" aria-label="Replay">
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setReplay((r) =>
              r?.playing ? { ...r, playing: false } : { t: r && r.t < timeline.bounds.end ? r.t : timeline.bounds.start, playing: true },
            )
          }
        >
          {replay?.playing ? "Pause replay" : "Replay"}
        </button>
        <label>
          Speed
          <select aria-label="Replay speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.perSecond} value={s.perSecond}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.scrub}>
          <span className="visually-hidden">Replay position</span>
          <input
            type="range"
            min={timeline.bounds.start}
            max={Math.max(timeline.bounds.end, timeline.bounds.start + 1)}
            step="any"
            value={replay?.t ?? timeline.bounds.end}
            aria-valuetext={formatOffset((replay?.t ?? timeline.bounds.end) - epoch)}
            onChange={(e) => setReplay({ t: Number(e.target.value), playing: false })}
          />
        </label>
        {replay ? (
          <button type="button" className="button button--small" onClick={() => setReplay(null)}>
            Show all
          </button>
        ) : null}
      </div>
      <div
        ref={box}
        className={styles.viewport}
        style={{ maxHeight: VIEWPORT_H + AXIS_H }}
        tabIndex={0}
        role="region"
        aria-label="Timeline: one row per execution environment, virtual time across. Keys: + and - zoom, arrows pan, 0 fits. Ctrl+wheel zooms, drag pans."
        onKeyDown={onKey}
        onScroll={(e) => setScrollTop(Math.max(0, e.currentTarget.scrollTop - AXIS_H))}
        data-testid="timeline"
      >
        <svg
          width={width}
          height={svgH}
          className={styles.svg}
          onWheel={onWheel}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => (drag.current = null)}
          onPointerCancel={() => (drag.current = null)}
          aria-hidden={false}
        >
          <g className={styles.axis}>
            {ticks.map((t) => {
              const x = LABEL_W + xOf(t.t, view, plotW);
              return (
                <g key={t.t}>
                  <line x1={x} x2={x} y1={AXIS_H - 6} y2={svgH} className={styles.gridLine} />
                  <text x={x + 3} y={AXIS_H - 9} className={styles.tickText}>
                    {t.label}
                  </text>
                </g>
              );
            })}
          </g>
          {timeline.rows.slice(rows.first, rows.last + 1).map((r, i) => {
            const row = rows.first + i;
            return (
              <g key={r.id}>
                <rect x={0} y={AXIS_H + row * ROW_H} width={width} height={ROW_H} className={row % 2 ? styles.rowOdd : styles.rowEven} />
                <text x={6} y={AXIS_H + row * ROW_H + 15} className={styles.rowLabel}>
                  <title>{r.kind === "service" ? r.label : `${r.label} (${r.id})`}</title>
                  {r.kind === "service" ? "Lambda service" : r.label}
                </text>
              </g>
            );
          })}
          <svg x={LABEL_W} y={0} width={plotW} height={svgH} overflow="hidden">
            {placed.map((p) => {
              const y = AXIS_H + p.segment.row * ROW_H + (p.instant ? 2 : 4);
              const label = describe(p.segment, epoch, p.count);
              const running = "running" in p.segment && (p.segment as { running?: boolean }).running;
              return (
                <rect
                  key={p.segment.id}
                  data-segment={p.segment.kind}
                  x={p.x}
                  y={y}
                  width={Math.max(p.width, 1)}
                  height={p.instant ? ROW_H - 4 : ROW_H - 8}
                  rx={2}
                  className={`${styles.seg} ${styles[p.segment.kind] ?? ""} ${selected?.id === p.segment.id ? styles.selected : ""} ${running ? styles.running : ""}`}
                  tabIndex={0}
                  role="button"
                  aria-label={label}
                  onClick={() => setSelected(p.segment)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter" || e.key === " ") {
                      e.preventDefault();
                      setSelected(p.segment);
                    }
                  }}
                >
                  <title>{label}</title>
                </rect>
              );
            })}
          </svg>
          {replay ? (
            <line x1={LABEL_W + xOf(replay.t, view, plotW)} x2={LABEL_W + xOf(replay.t, view, plotW)} y1={AXIS_H - 6} y2={svgH} className={styles.playhead} />
          ) : null}
        </svg>
      </div>
      <ul className={styles.legend} aria-label="Legend">
        {kinds.map((k) => (
          <li key={k}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" rx="2" className={`${styles.seg} ${styles[k] ?? ""}`} />
            </svg>
            {SEGMENT_LABELS[k]}
          </li>
        ))}
      </ul>
      {selected ? <SegmentDetails segment={selected} all={timeline.segments} epoch={epoch} onClose={() => setSelected(null)} /> : null}
    </div>
  );
}

function SegmentDetails({ segment, all, epoch, onClose }: { segment: Segment; all: readonly Segment[]; epoch: number; onClose: () => void }) {
  const history = useWorkspace((s) => s.history);
  const related = segment.requestId ? segmentsOfRequest(all, segment.requestId) : [segment];
  const origin = useMemo(() => {
    if (!segment.requestId) return null;
    const entry = history.find((h) => h.requestIds?.includes(segment.requestId!));
    const result = history.flatMap((h) => h.outcome?.results ?? []).find((r) => r.logTail?.includes(`RequestId: ${segment.requestId}`));
    return { entry, result };
  }, [history, segment.requestId]);
  return (
    <section className={styles.details} aria-labelledby="segment-title" data-testid="segment-details">
      <header className={styles.detailsHeader}>
        <h3 id="segment-title">{SEGMENT_LABELS[segment.kind]}</h3>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </header>
      <p>{describe(segment, epoch)}</p>
      {related.length > 1 ? (
        <>
          <h4>This request over time</h4>
          <ol>
            {related.map((s) => (
              <li key={s.id}>
                {formatOffset(s.start - epoch)}: {SEGMENT_LABELS[s.kind]}
                {s.attempt ? ` (attempt ${s.attempt})` : ""}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {segment.requestId ? (
        <>
          <h4>Logs of request {segment.requestId}</h4>
          <LogsView onlyRequest={segment.requestId} />
        </>
      ) : null}
      {origin?.entry?.outcome?.requestPayload !== undefined ? (
        <>
          <h4>Event sent ({origin.entry.title})</h4>
          <pre className={styles.payload} data-testid="segment-event">
            {origin.entry.outcome.requestPayload}
          </pre>
        </>
      ) : segment.requestId ? (
        <p className="muted">{origin?.entry ? `This request came from: ${origin.entry.title}.` : "The event was delivered by a trigger; see what the handler logged."}</p>
      ) : null}
      {origin?.result?.payload !== undefined ? (
        <>
          <h4>Response payload</h4>
          <pre className={styles.payload}>{origin.result.payload}</pre>
        </>
      ) : null}
    </section>
  );
}
