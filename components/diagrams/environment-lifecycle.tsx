import { DiagramFigure, Label, Line, toneVar, type Tone } from "./diagram-kit-a";

const ID = "environment-lifecycle";

type Phase = { x: number; w: number; name: string; tone: Tone; dashed?: boolean };

const PHASES: readonly Phase[] = [
  { x: 40, w: 160, name: "INIT", tone: "warn" },
  { x: 200, w: 90, name: "INVOKE 1", tone: "ok" },
  { x: 290, w: 90, name: "frozen", tone: "border", dashed: true },
  { x: 380, w: 80, name: "INVOKE 2", tone: "ok" },
  { x: 460, w: 80, name: "frozen", tone: "border", dashed: true },
  { x: 540, w: 80, name: "INVOKE 3", tone: "ok" },
  { x: 620, w: 120, name: "SHUTDOWN", tone: "muted" },
];

function Bracket({ x1, x2, y, text, tone }: { x1: number; x2: number; y: number; text: string; tone: Tone }) {
  return (
    <g>
      <Line x1={x1} y1={y} x2={x2} y2={y} tone={tone} width={2} />
      <Line x1={x1} y1={y} x2={x1} y2={y + 8} tone={tone} width={2} />
      <Line x1={x2} y1={y} x2={x2} y2={y + 8} tone={tone} width={2} />
      <Label x={(x1 + x2) / 2} y={y - 8} tone={tone} size={13} weight={600}>
        {text}
      </Label>
    </g>
  );
}

/** Lesson 02: one execution environment from INIT to SHUTDOWN, and which invocations are cold. */
export function EnvironmentLifecycle() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 310"
      label="The life of one execution environment from left to right: INIT, which runs extensions, the runtime and your module-level code and is limited to 10 seconds; INVOKE 1; frozen; INVOKE 2; frozen; INVOKE 3; and finally SHUTDOWN when Lambda reclaims it. INIT plus INVOKE 1 form the cold start; INVOKE 2 and 3 are warm starts. Module-scope state and files in /tmp survive from one invocation to the next in this environment. How long an idle environment lives is not documented; a timeout or crash resets the environment so the next request starts cold."
      caption="One execution environment. INIT runs once; every later request it serves is a warm start that reuses what INIT built. Nothing here is shared with other environments."
    >
      <Bracket x1={40} x2={290} y={72} text="cold start" tone="warn" />
      <Bracket x1={380} x2={460} y={72} text="warm" tone="ok" />
      <Bracket x1={540} x2={620} y={72} text="warm" tone="ok" />

      {PHASES.map((p, i) => (
        <g key={i}>
          <rect
            x={p.x}
            y={92}
            width={p.w}
            height={56}
            style={{
              fill: "var(--surface)",
              stroke: toneVar(p.tone),
              strokeWidth: 2,
              strokeDasharray: p.dashed ? "6 4" : undefined,
            }}
          />
          <Label
            x={p.x + p.w / 2}
            y={125}
            tone={p.dashed ? "muted" : "fg"}
            size={13}
            weight={p.dashed ? 400 : 600}
          >
            {p.name}
          </Label>
        </g>
      ))}

      <Label x={120} y={170} size={12}>
        extensions, runtime,
      </Label>
      <Label x={120} y={186} size={12}>
        your module code (≤ 10 s)
      </Label>
      <Label x={245} y={170} size={12}>
        handler
      </Label>
      <Label x={680} y={170} size={12}>
        reclaimed
      </Label>

      <Line x1={200} y1={212} x2={620} y2={212} tone="accent" width={2} dashed />
      <Label x={410} y={232} tone="accent" size={13}>
        clients, config, caches and /tmp files built in INIT survive between these invocations
      </Label>

      <Label x={380} y={272} tone="fg" size={13}>
        How long an idle environment lives before SHUTDOWN is not documented by AWS (commonly minutes).
      </Label>
      <Label x={380} y={294} tone="err" size={13}>
        A timeout or crash resets the environment: the next request starts cold again.
      </Label>
    </DiagramFigure>
  );
}
