import { DiagramFigure, Label, tone } from "./diagram-b-kit";

const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

/** One log group per function, one stream per execution environment, three platform lines per invocation. */
export function LogAnatomy() {
  const id = "log-anatomy";
  const lines: { text: string; tone: "accent" | "fg" | "muted" }[] = [
    { text: "START RequestId: 8f2c…41 Version: $LATEST", tone: "accent" },
    { text: '2024-05-14T10:02:01.123Z 8f2c…41 INFO {"order":"A-17","step":"saved"}', tone: "fg" },
    { text: "END RequestId: 8f2c…41", tone: "accent" },
    { text: "REPORT RequestId: 8f2c…41  Duration: 38.66 ms  Billed Duration: 39 ms", tone: "accent" },
    {
      text: "  ↳ (same line) Memory Size: 128 MB  Max Memory Used: 54 MB  Init Duration: 203.69 ms",
      tone: "accent",
    },
  ];
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={330}
      label="The log group /aws/lambda/orders-api contains one log stream per execution environment, named with the date, the version in brackets and an identifier. Inside a stream, each invocation writes a START line with the request ID and version, the function's own log lines, an END line, and a REPORT line with Duration, Billed Duration, Memory Size, Max Memory Used and, on a cold start only, Init Duration."
      caption="Log group per function, log stream per execution environment. START, END and REPORT come from the Lambda platform; everything between them is what your code printed."
    >
      <rect x={10} y={10} width={700} height={310} rx={10} fill="none" stroke={tone("border")} />
      <Label x={24} y={30} weight={600}>
        log group: /aws/lambda/orders-api
      </Label>
      <rect
        x={24}
        y={46}
        width={672}
        height={200}
        rx={8}
        fill="var(--surface)"
        stroke={tone("fg")}
        strokeWidth={1.2}
      />
      <Label x={36} y={64} size={12} color="muted" mono>
        stream: 2024/05/14/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0
      </Label>
      {lines.map((line, i) => (
        <text
          key={i}
          x={36}
          y={92 + i * 24}
          fontFamily={MONO}
          fontSize={12}
          fill={tone(line.tone)}
          dominantBaseline="middle"
        >
          {line.text}
        </text>
      ))}
      <Label x={36} y={224} size={12} color="muted">
        … the next invocation handled by this environment follows: START, logs, END, REPORT (no Init
        Duration).
      </Label>
      <rect
        x={24}
        y={258}
        width={672}
        height={26}
        rx={6}
        fill="none"
        stroke={tone("muted")}
        strokeDasharray="5 4"
      />
      <Label x={36} y={271} size={12} color="muted" mono>
        stream: 2024/05/14/[$LATEST]7a6b5c4d… (a second execution environment)
      </Label>
      <Label x={24} y={304} size={12} color="muted">
        Init Duration appears only on the first invocation of an environment (a cold start).
      </Label>
    </DiagramFigure>
  );
}
