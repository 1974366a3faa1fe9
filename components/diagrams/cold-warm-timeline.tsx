import { Arrow, DiagramFigure, Label, Line, toneVar, type Tone } from "./diagram-kit-a";

const ID = "cold-warm-timeline";

type Bar = { x: number; w: number; y: number; text: string; tone: Tone };

// Two environments serving five requests; request 2 overlaps request 1, so it needs a second
// environment and pays its own cold start.
const BARS: readonly Bar[] = [
  { x: 90, w: 90, y: 50, text: "INIT", tone: "warn" },
  { x: 180, w: 80, y: 50, text: "req 1", tone: "fg" },
  { x: 330, w: 80, y: 50, text: "req 3", tone: "ok" },
  { x: 560, w: 80, y: 50, text: "req 5", tone: "ok" },
  { x: 200, w: 90, y: 130, text: "INIT", tone: "warn" },
  { x: 290, w: 80, y: 130, text: "req 2", tone: "fg" },
  { x: 450, w: 80, y: 130, text: "req 4", tone: "ok" },
];

/** Lesson 02: cold starts happen per execution environment, not once per function. */
export function ColdWarmTimeline() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 270"
      label="Timeline of two execution environments. Environment A starts with INIT, then serves request 1 (a cold start), then requests 3 and 5 warm. Request 2 arrives while A is busy with request 1, so Lambda creates environment B, which runs INIT and then request 2 (another cold start), and later serves request 4 warm."
      caption="Request 2 overlaps request 1, so Lambda creates a second environment and request 2 pays a cold start too. Later requests go to whichever environment is free and start warm."
    >
      <Label x={20} y={83} anchor="start" tone="fg" weight={600}>
        env A
      </Label>
      <Label x={20} y={163} anchor="start" tone="fg" weight={600}>
        env B
      </Label>
      {BARS.map((b, i) => (
        <g key={i}>
          <rect
            x={b.x}
            y={b.y}
            width={b.w}
            height={50}
            rx={4}
            style={{ fill: "var(--surface)", stroke: toneVar(b.tone), strokeWidth: 2 }}
          />
          <Label x={b.x + b.w / 2} y={b.y + 30} tone="fg" size={13} weight={600}>
            {b.text}
          </Label>
        </g>
      ))}
      <Label x={225} y={40} tone="warn" size={12}>
        cold
      </Label>
      <Label x={290} y={120} tone="warn" size={12}>
        cold
      </Label>
      <Label x={370} y={40} tone="ok" size={12}>
        warm
      </Label>
      <Label x={490} y={120} tone="ok" size={12}>
        warm
      </Label>
      <Label x={600} y={40} tone="ok" size={12}>
        warm
      </Label>

      <Arrow id={ID} from={[70, 220]} to={[730, 220]} tone="muted" />
      <Label x={730} y={244} anchor="end" size={12}>
        time
      </Label>
      {[
        { x: 90, n: "1" },
        { x: 200, n: "2" },
        { x: 330, n: "3" },
        { x: 450, n: "4" },
        { x: 560, n: "5" },
      ].map(({ x, n }) => (
        <g key={n}>
          <Line x1={x} y1={212} x2={x} y2={228} tone="fg" width={2} />
          <Label x={x} y={244} size={12}>
            {`req ${n} arrives`}
          </Label>
        </g>
      ))}
    </DiagramFigure>
  );
}
