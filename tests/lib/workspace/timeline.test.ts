import { describe, expect, test } from "vitest";
import type { TimelineEvent } from "@/lib/workspace/timeline-events";
import {
  buildTimeline,
  fitView,
  formatOffset,
  niceTicks,
  panView,
  placeSegments,
  replayAt,
  segmentsOfRequest,
  tOf,
  visibleRows,
  xOf,
  zoomView,
} from "@/lib/workspace/timeline-layout";

const invoke = (env: string, start: number, end: number, requestId: string, outcome: "success" | "error" | "timeout" = "success", attempt = 1): TimelineEvent => ({
  type: "invoke", env, start, end, requestId, attempt, version: "$LATEST", outcome,
});

// One async event: cold start, failure, wait ~1 min, failure, wait ~2 min, failure, DLQ.
const asyncRun: TimelineEvent[] = [
  { type: "init", env: "e1", start: 0, end: 150 },
  invoke("e1", 150, 170, "r1", "error", 1),
  { type: "retry-wait", start: 170, end: 60_170, requestId: "r1", attempt: 2 },
  invoke("e1", 60_170, 60_180, "r1", "error", 2),
  { type: "retry-wait", start: 60_180, end: 180_180, requestId: "r1", attempt: 3 },
  invoke("e1", 180_180, 180_190, "r1", "error", 3),
  { type: "delivery", t: 180_190, requestId: "r1", target: "dlq", ok: true },
  { type: "throttle", t: 5, requestId: "r2" },
];

describe("timeline rows and segments", () => {
  test("one row per environment after the service row, in order of appearance", () => {
    const tl = buildTimeline([invoke("b", 10, 20, "x"), invoke("a", 0, 5, "y"), invoke("b", 30, 40, "z")]);
    expect(tl.rows.map((r) => r.label)).toEqual(["Lambda service: queue, throttles, deliveries", "Environment 1", "Environment 2"]);
    expect(tl.rows[1].id).toBe("a");
    expect(tl.segments.map((s) => [s.row, s.start])).toEqual([[1, 0], [2, 10], [2, 30]]);
    expect(tl.bounds).toEqual({ start: 0, end: 40 });
  });

  test("every kind of event becomes a segment of the right kind and row", () => {
    const tl = buildTimeline(asyncRun);
    const kinds = tl.segments.map((s) => `${s.row}:${s.kind}`);
    expect(kinds).toEqual([
      "1:init", "0:throttle", "1:invoke-error", "0:retry-wait", "1:invoke-error", "0:retry-wait", "1:invoke-error", "0:dlq",
    ]);
    expect(segmentsOfRequest(tl.segments, "r1").map((s) => s.kind)).toEqual([
      "invoke-error", "retry-wait", "invoke-error", "retry-wait", "invoke-error", "dlq",
    ]);
  });
});

describe("view maths", () => {
  test("x and t are inverse", () => {
    const view = { start: 1000, end: 3000 };
    expect(xOf(2000, view, 400)).toBe(200);
    expect(tOf(200, view, 400)).toBe(2000);
  });

  test("fit shows the whole run with a margin, at least a second wide", () => {
    const v = fitView({ start: 0, end: 180_190 });
    expect(v.start).toBeLessThan(0);
    expect(v.end).toBeGreaterThan(180_190);
    const lone = fitView({ start: 100, end: 120 });
    expect(lone.end - lone.start).toBeGreaterThanOrEqual(1000);
    expect(lone.start).toBeLessThan(100);
  });

  test("zoom keeps the anchor under the pointer and stops at 1 ms", () => {
    const v = { start: 0, end: 1000 };
    const z = zoomView(v, 0.5, 250);
    expect(z).toEqual({ start: 125, end: 625 });
    expect(xOf(250, z, 100)).toBeCloseTo(xOf(250, v, 100));
    let tiny = v;
    for (let i = 0; i < 40; i++) tiny = zoomView(tiny, 0.5, 500);
    expect(tiny.end - tiny.start).toBe(1);
  });

  test("pan and zoom stay within the run", () => {
    const limit = { start: 0, end: 10_000 };
    expect(panView({ start: 0, end: 1000 }, -500, limit)).toEqual({ start: 0, end: 1000 });
    expect(panView({ start: 8000, end: 9000 }, 5000, limit)).toEqual({ start: 9000, end: 10_000 });
    const out = zoomView({ start: 0, end: 10_000 }, 100, 5000, limit);
    expect(out.end - out.start).toBe(40_000);
    expect(out.start).toBeLessThanOrEqual(0);
    expect(out.end).toBeGreaterThanOrEqual(10_000);
  });

  test("ticks are round, relative to the origin, and not too many", () => {
    const ticks = niceTicks({ start: 0, end: 180_000 }, 8);
    expect(ticks.map((t) => t.label)).toEqual(["0 ms", "30 s", "1 min", "1 min 30 s", "2 min", "2 min 30 s", "3 min"]);
    const relative = niceTicks({ start: 1_000_500, end: 1_003_000 }, 5, 1_000_000);
    expect(relative.map((t) => t.label)).toEqual(["1 s", "2 s", "3 s"]);
    for (const max of [2, 5, 9, 20]) expect(niceTicks({ start: 0, end: 12_345 }, max).length).toBeLessThanOrEqual(max);
    expect(formatOffset(3_723_000)).toBe("1 h 2 min");
    expect(formatOffset(2.5)).toBe("2.5 ms");
  });
});

describe("placement", () => {
  test("segments outside the window are dropped and short ones get a minimum width", () => {
    const tl = buildTimeline([invoke("a", 0, 1, "x"), invoke("a", 5000, 6000, "y")]);
    const placed = placeSegments(tl.segments, { start: 0, end: 1000 }, 1000);
    expect(placed).toHaveLength(1);
    expect(placed[0].width).toBe(3);
  });

  test("a thousand tiny invocations on a row merge into a few rectangles with counts", () => {
    const events = Array.from({ length: 1000 }, (_, i) => invoke("a", i * 10, i * 10 + 5, `r${i}`));
    const placed = placeSegments(buildTimeline(events).segments, { start: 0, end: 10_000 }, 500);
    expect(placed.length).toBeLessThan(200);
    expect(placed.reduce((n, p) => n + p.count, 0)).toBe(1000);
    const wide = placeSegments(buildTimeline(events).segments, { start: 0, end: 100 }, 1000);
    expect(wide.every((p) => p.count === 1)).toBe(true);
  });

  test("different kinds never merge, and only the requested rows are placed", () => {
    const tl = buildTimeline([invoke("a", 0, 1, "x"), invoke("a", 1, 2, "y", "error"), invoke("b", 0, 1, "z")]);
    const placed = placeSegments(tl.segments, { start: 0, end: 10_000 }, 100, { first: 1, last: 1 });
    expect(placed.map((p) => p.segment.kind)).toEqual(["invoke-success", "invoke-error"]);
  });

  test("visible rows include one row of overscan", () => {
    expect(visibleRows(1000, 20, 400, 200)).toEqual({ first: 19, last: 31 });
    expect(visibleRows(5, 20, 0, 200)).toEqual({ first: 0, last: 4 });
  });
});

describe("replay", () => {
  test("shows what had started by t, cut at t and marked running", () => {
    const tl = buildTimeline(asyncRun);
    const at = replayAt(tl.segments, 60_175);
    expect(at.map((s) => `${s.kind}${s.running ? "*" : ""}`)).toEqual([
      "init", "throttle", "invoke-error", "retry-wait", "invoke-error*",
    ]);
    expect(at[at.length - 1].end).toBe(60_175);
  });
});
