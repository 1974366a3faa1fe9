import type { ReactNode } from "react";

/*
 * Small drawing kit shared by the lesson 08-15 diagrams. It keeps every figure on the same
 * rules (theme variables only, a caption, an accessible label) so each diagram file only
 * says what it draws. Server-compatible: no hooks, no client state.
 */

export type Tone = "fg" | "muted" | "border" | "accent" | "ok" | "err" | "warn";

/** Theme colours come from CSS variables so the figures follow light and dark themes. */
export const tone = (t: Tone): string => `var(--${t})`;

const FONT = 14;

export function DiagramFigure(props: {
  /** Prefix for ids inside the SVG (arrow markers), unique per diagram on a page. */
  id: string;
  width: number;
  height: number;
  label: string;
  caption: ReactNode;
  children: ReactNode;
}) {
  const { id, width, height, label, caption, children } = props;
  return (
    <figure className="diagram" style={{ margin: "1.5rem 0" }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={label}
        style={{
          display: "block",
          maxWidth: `${width}px`,
          height: "auto",
          margin: "0 auto",
          fontFamily: "inherit",
        }}
        fontSize={FONT}
        fill="var(--fg)"
      >
        <defs>
          {(["fg", "muted", "border", "accent", "ok", "err", "warn"] as const).map((t) => (
            <marker
              key={t}
              id={`${id}-arrow-${t}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill={tone(t)} />
            </marker>
          ))}
        </defs>
        {children}
      </svg>
      <figcaption
        style={{ color: "var(--muted)", fontSize: "0.9rem", marginTop: "0.5rem", textAlign: "center" }}
      >
        {caption}
      </figcaption>
    </figure>
  );
}

/** A labelled box; `lines` are centred, the first one bold when `title` is set. */
export function Box(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  title?: boolean;
  stroke?: Tone;
  dashed?: boolean;
  fill?: string;
  size?: number;
}) {
  const {
    x,
    y,
    w,
    h,
    lines,
    title = true,
    stroke = "fg",
    dashed = false,
    fill = "var(--surface)",
    size = FONT,
  } = props;
  const lineHeight = size * 1.3;
  const top = y + h / 2 - ((lines.length - 1) * lineHeight) / 2;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={8}
        fill={fill}
        stroke={tone(stroke)}
        strokeWidth={1.5}
        strokeDasharray={dashed ? "6 4" : undefined}
      />
      {lines.map((line, i) => (
        <text
          key={i}
          x={x + w / 2}
          y={top + i * lineHeight}
          textAnchor="middle"
          dominantBaseline="middle"
          fontSize={size}
          fontWeight={title && i === 0 ? 600 : 400}
          fill={i === 0 || !title ? "var(--fg)" : "var(--muted)"}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

/** A straight arrow from (x1,y1) to (x2,y2) using the figure's marker of the same tone. */
export function Arrow(props: {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke?: Tone;
  dashed?: boolean;
  both?: boolean;
}) {
  const { id, x1, y1, x2, y2, stroke = "fg", dashed = false, both = false } = props;
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke={tone(stroke)}
      strokeWidth={1.5}
      strokeDasharray={dashed ? "6 4" : undefined}
      markerEnd={`url(#${id}-arrow-${stroke})`}
      markerStart={both ? `url(#${id}-arrow-${stroke})` : undefined}
    />
  );
}

/** Plain text; `anchor` defaults to start. */
export function Label(props: {
  x: number;
  y: number;
  children: ReactNode;
  anchor?: "start" | "middle" | "end";
  color?: Tone;
  size?: number;
  weight?: number;
  mono?: boolean;
}) {
  const { x, y, children, anchor = "start", color = "fg", size = FONT, weight = 400, mono = false } = props;
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      dominantBaseline="middle"
      fontSize={size}
      fontWeight={weight}
      fill={tone(color)}
      fontFamily={mono ? "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" : undefined}
    >
      {children}
    </text>
  );
}
