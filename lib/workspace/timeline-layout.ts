import { timeBounds, type TimelineEvent } from "./timeline-events";

// Timeline maths, free of React and the DOM: rows (one per execution environment plus one for
// Lambda's own queue), segments, the visible window (zoom and pan), ticks, and placement in
// pixels. Placement merges segments narrower than a pixel so a 1,000-invocation burst draws a few
// hundred rectangles, not thousands, and the page stays responsive.

export type SegmentKind =
  | "init"
  | "init-failed"
  | "invoke-success"
  | "invoke-error"
  | "invoke-timeout"
  | "invoke-crash"
  | "invoke-running"
  | "retry-wait"
  | "throttle"
  | "expired"
  | "dlq"
  | "destination-success"
  | "destination-failure"
  | "delivery-failed"
  | "reclaim";

export const SEGMENT_LABELS: Readonly<Record<SegmentKind, string>> = {
  init: "Init (cold start)",
  "init-failed": "Init failed",
  "invoke-success": "Invocation succeeded",
  "invoke-error": "Invocation failed (function error)",
  "invoke-timeout": "Invocation timed out",
  "invoke-crash": "Runtime crashed",
  "invoke-running": "Invocation running",
  "retry-wait": "Waiting for a retry",
  throttle: "Throttled",
  expired: "Event expired (too old)",
  dlq: "Sent to the dead-letter queue",
  "destination-success": "Sent to the on-success destination",
  "destination-failure": "Sent to the on-failure destination",
  "delivery-failed": "Delivery to DLQ or destination failed",
  reclaim: "Environment shut down",
};

export type Row = { id: string; label: string; kind: "service" | "environment" };

export type Segment = {
  id: string;
  row: number;
  kind: SegmentKind;
  start: number;
  end: number;
  requestId?: string;
  attempt?: number;
  version?: string;
  event: TimelineEvent;
};

export type Timeline = { rows: Row[]; segments: Segment[]; bounds: { start: number; end: number } };

export const SERVICE_ROW_ID = "lambda-service";

function kindOf(e: TimelineEvent): SegmentKind {
  switch (e.type) {
    case "init":
      return e.failed ? "init-failed" : "init";
    case "invoke":
      return `invoke-${e.outcome}`;
    case "retry-wait":
      return "retry-wait";
    case "throttle":
      return "throttle";
    case "expired":
      return "expired";
    case "delivery":
      if (!e.ok) return "delivery-failed";
      return e.target === "dlq" ? "dlq" : e.target === "on-success" ? "destination-success" : "destination-failure";
    case "reclaim":
      return "reclaim";
  }
}

/** Rows and segments for a list of timeline events (in any order). */
export function buildTimeline(events: readonly TimelineEvent[]): Timeline {
  const rows: Row[] = [{ id: SERVICE_ROW_ID, label: "Lambda service: queue, throttles, deliveries", kind: "service" }];
  const envRow = new Map<string, number>();
  const sorted = [...events].sort((a, b) => ("start" in a ? a.start : a.t) - ("start" in b ? b.start : b.t));
  const segments: Segment[] = sorted.map((e, i) => {
    let row = 0;
    if ("env" in e) {
      let r = envRow.get(e.env);
      if (r === undefined) {
        r = rows.length;
        envRow.set(e.env, r);
        rows.push({ id: e.env, label: `Environment ${r}`, kind: "environment" });
      }
      row = r;
    }
    const start = "start" in e ? e.start : e.t;
    const end = "end" in e ? e.end : e.t;
    return {
      id: `s${i}`,
      row,
      kind: kindOf(e),
      start,
      end,
      ...("requestId" in e && e.requestId ? { requestId: e.requestId } : {}),
      ...("attempt" in e ? { attempt: e.attempt } : {}),
      ...(e.type === "invoke" ? { version: e.version } : {}),
      event: e,
    };
  });
  return { rows, segments, bounds: timeBounds(events) };
}

export type View = { start: number; end: number };

/** Smallest window the zoom allows: 1 ms of virtual time. */
export const MIN_SPAN_MS = 1;

/** The whole run with a little air on each side; at least 1 s wide so a lone call is readable. */
export function fitView(bounds: { start: number; end: number }, minSpan = 1000): View {
  const span = Math.max(bounds.end - bounds.start, minSpan);
  const pad = span * 0.03;
  return { start: bounds.start - pad, end: bounds.start + span + pad };
}

/** Zooms by `factor` (< 1 zooms in) keeping the instant under the pointer (`anchor`) fixed. */
export function zoomView(view: View, factor: number, anchor = (view.start + view.end) / 2, limit?: View): View {
  const span = view.end - view.start;
  const maxSpan = limit ? (limit.end - limit.start) * 4 : Infinity;
  const newSpan = Math.min(Math.max(span * factor, MIN_SPAN_MS), Math.max(maxSpan, MIN_SPAN_MS));
  const ratio = span > 0 ? (anchor - view.start) / span : 0.5;
  const start = anchor - ratio * newSpan;
  return clampView({ start, end: start + newSpan }, limit);
}

/** Moves the window by `delta` ms, never entirely past the run. */
export function panView(view: View, delta: number, limit?: View): View {
  return clampView({ start: view.start + delta, end: view.end + delta }, limit);
}

function clampView(view: View, limit?: View): View {
  if (!limit) return view;
  const span = view.end - view.start;
  const limitSpan = limit.end - limit.start;
  if (span >= limitSpan) {
    // Wider than the run: keep the run inside the window.
    const start = Math.min(Math.max(view.start, limit.end - span), limit.start);
    return { start, end: start + span };
  }
  const start = Math.min(Math.max(view.start, limit.start), limit.end - span);
  return { start, end: start + span };
}

export function xOf(t: number, view: View, width: number): number {
  return ((t - view.start) / (view.end - view.start)) * width;
}

export function tOf(x: number, view: View, width: number): number {
  return view.start + (x / width) * (view.end - view.start);
}

const TICK_STEPS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000,
  900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
];

/** Time offsets as a person reads them: 250 ms, 1.5 s, 2 min 30 s, 1 h 5 min. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const a = Math.abs(ms);
  if (a < 1000) return `${sign}${Number(a.toFixed(a < 10 ? 2 : 0))} ms`;
  if (a < 60_000) return `${sign}${Number((a / 1000).toFixed(a < 10_000 ? 2 : 1))} s`;
  if (a < 3_600_000) {
    const m = Math.floor(a / 60_000);
    const s = Math.round((a % 60_000) / 1000);
    return `${sign}${m} min${s ? ` ${s} s` : ""}`;
  }
  const h = Math.floor(a / 3_600_000);
  const m = Math.round((a % 3_600_000) / 60_000);
  return `${sign}${h} h${m ? ` ${m} min` : ""}`;
}

/** Evenly spaced round instants (relative to `origin`) for the time axis, at most `maxTicks`. */
export function niceTicks(view: View, maxTicks: number, origin = 0): { t: number; label: string }[] {
  const span = view.end - view.start;
  if (!(span > 0) || maxTicks < 1) return [];
  // n steps can show n + 1 ticks when both ends fall on one.
  const steps = Math.max(1, maxTicks - 1);
  const step = TICK_STEPS.find((s) => span / s <= steps) ?? Math.ceil(span / steps / 86_400_000) * 86_400_000;
  const first = Math.ceil((view.start - origin) / step) * step + origin;
  const ticks: { t: number; label: string }[] = [];
  for (let t = first; t <= view.end + 1e-9; t += step) ticks.push({ t, label: formatOffset(t - origin) });
  return ticks;
}

export type Placed = {
  /** The segment, or the first of several merged ones. */
  segment: Segment;
  x: number;
  width: number;
  /** How many segments this rectangle stands for (more than 1 when tiny ones were merged). */
  count: number;
  /** True for instants (throttles, deliveries), drawn as markers. */
  instant: boolean;
};

/** Minimum drawn width so a 1 ms invocation is still visible and clickable. */
export const MIN_SEGMENT_PX = 3;

/**
 * Segments in the window, in pixels. Only rows in [firstRow, lastRow] are placed (the rest are
 * scrolled out of sight). Neighbouring segments of the same kind on a row that would overlap once
 * widened to MIN_SEGMENT_PX are merged into one rectangle with a count.
 */
export function placeSegments(
  segments: readonly Segment[],
  view: View,
  width: number,
  rowRange: { first: number; last: number } = { first: 0, last: Infinity },
): Placed[] {
  const byRow = new Map<number, Placed[]>();
  for (const s of segments) {
    if (s.row < rowRange.first || s.row > rowRange.last) continue;
    if (s.end < view.start || s.start > view.end) continue;
    const instant = s.end === s.start;
    const x0 = Math.max(xOf(s.start, view, width), instant ? -MIN_SEGMENT_PX : 0);
    const x1 = Math.min(xOf(s.end, view, width), width + (instant ? MIN_SEGMENT_PX : 0));
    let x = x0;
    let w = Math.max(x1 - x0, MIN_SEGMENT_PX);
    if (instant) x = x0 - MIN_SEGMENT_PX / 2;
    const placed = byRow.get(s.row) ?? [];
    const last = placed[placed.length - 1];
    if (last && last.segment.kind === s.kind && x <= last.x + last.width) {
      const right = Math.max(last.x + last.width, x + w);
      last.width = right - last.x;
      last.count += 1;
      continue;
    }
    w = Math.max(w, 0);
    placed.push({ segment: s, x, width: w, count: 1, instant });
    byRow.set(s.row, placed);
  }
  return [...byRow.values()].flat();
}

/** Rows to draw for a vertically scrolled list, with one row of overscan on each side. */
export function visibleRows(rowCount: number, rowHeight: number, scrollTop: number, viewportHeight: number) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - 1);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + viewportHeight) / rowHeight) + 1);
  return { first, last };
}

/**
 * The timeline as it looked at virtual instant `t`, for replay: segments that had started,
 * cut at `t`; `running` marks those still in progress.
 */
export function replayAt(segments: readonly Segment[], t: number): (Segment & { running: boolean })[] {
  const out: (Segment & { running: boolean })[] = [];
  for (const s of segments) {
    if (s.start > t) continue;
    out.push(s.end > t ? { ...s, end: t, running: true } : { ...s, running: false });
  }
  return out;
}

/** Every segment of one request (all attempts, waits and deliveries), in time order. */
export function segmentsOfRequest(segments: readonly Segment[], requestId: string): Segment[] {
  return segments.filter((s) => s.requestId === requestId).sort((a, b) => a.start - b.start);
}
