import type { ReactNode } from "react";

// Small SVG building blocks shared by the set-a diagrams (lessons 01-07). Colours come only from
// the theme's CSS variables, set through `style` because presentation attributes such as
// fill="var(--fg)" are not reliably resolved by every browser.

export type Tone = "fg" | "muted" | "accent" | "ok" | "err" | "warn" | "border";

const TONES: readonly Tone[] = ["fg", "muted", "accent", "ok", "err", "warn", "border"];

export const toneVar = (tone: Tone) => `var(--${tone})`;

type DiagramFigureProps = {
  /** Prefix for marker ids: unique per diagram so two figures on one page never share ids. */
  id: string;
  viewBox: string;
  /** What the picture shows, for screen readers. */
  label: string;
  caption: ReactNode;
  children: ReactNode;
};

export function DiagramFigure({ id, viewBox, label, caption, children }: DiagramFigureProps) {
  return (
    <figure className="diagram" style={{ margin: "1.5rem 0" }}>
      <svg
        viewBox={viewBox}
        width="100%"
        role="img"
        aria-label={label}
        style={{ display: "block", width: "100%", height: "auto", fontFamily: "inherit", color: "var(--fg)" }}
      >
        <ArrowMarkers id={id} />
        {children}
      </svg>
      <figcaption style={{ color: "var(--muted)", fontSize: "0.9rem", marginTop: "0.5rem" }}>
        {caption}
      </figcaption>
    </figure>
  );
}

export const markerId = (id: string, tone: Tone) => `${id}-arrow-${tone}`;

function ArrowMarkers({ id }: { id: string }) {
  return (
    <defs>
      {TONES.map((tone) => (
        <marker
          key={tone}
          id={markerId(id, tone)}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" style={{ fill: toneVar(tone) }} />
        </marker>
      ))}
    </defs>
  );
}

type BoxProps = {
  x: number;
  y: number;
  w: number;
  h: number;
  tone?: Tone;
  /** Lines of text, centred; the first is bold. */
  lines: readonly string[];
  size?: number;
  dashed?: boolean;
};

export function Box({ x, y, w, h, tone = "border", lines, size = 14, dashed = false }: BoxProps) {
  const lineHeight = size * 1.3;
  const firstBaseline = y + h / 2 - ((lines.length - 1) * lineHeight) / 2 + size * 0.35;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={8}
        style={{
          fill: "var(--surface)",
          stroke: toneVar(tone),
          strokeWidth: tone === "border" ? 1.5 : 2,
          strokeDasharray: dashed ? "6 4" : undefined,
        }}
      />
      {lines.map((line, i) => (
        <text
          key={i}
          x={x + w / 2}
          y={firstBaseline + i * lineHeight}
          textAnchor="middle"
          style={{
            fill: i === 0 ? toneVar("fg") : toneVar("muted"),
            fontSize: size,
            fontWeight: i === 0 ? 600 : 400,
          }}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

type ArrowProps = {
  id: string;
  from: readonly [number, number];
  to: readonly [number, number];
  tone?: Tone;
  dashed?: boolean;
  /** Optional bend: the path goes from → (via) → to with straight segments. */
  via?: readonly (readonly [number, number])[];
};

export function Arrow({ id, from, to, tone = "border", dashed = false, via = [] }: ArrowProps) {
  const points = [from, ...via, to].map(([px, py]) => `${px},${py}`).join(" ");
  return (
    <polyline
      points={points}
      markerEnd={`url(#${markerId(id, tone)})`}
      style={{
        fill: "none",
        stroke: toneVar(tone),
        strokeWidth: 2,
        strokeDasharray: dashed ? "6 4" : undefined,
      }}
    />
  );
}

type LabelProps = {
  x: number;
  y: number;
  children: ReactNode;
  tone?: Tone;
  size?: number;
  anchor?: "start" | "middle" | "end";
  weight?: number;
};

export function Label({
  x,
  y,
  children,
  tone = "muted",
  size = 13,
  anchor = "middle",
  weight = 400,
}: LabelProps) {
  return (
    <text x={x} y={y} textAnchor={anchor} style={{ fill: toneVar(tone), fontSize: size, fontWeight: weight }}>
      {children}
    </text>
  );
}

type LineProps = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone?: Tone;
  dashed?: boolean;
  width?: number;
};

export function Line({ x1, y1, x2, y2, tone = "border", dashed = false, width = 1.5 }: LineProps) {
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      style={{ stroke: toneVar(tone), strokeWidth: width, strokeDasharray: dashed ? "5 5" : undefined }}
    />
  );
}
