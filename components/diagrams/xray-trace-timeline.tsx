import { DiagramFigure, Label, tone } from "./diagram-b-kit";

const LEFT = 200;
const RIGHT = 690;
const TOTAL_MS = 420;
const tx = (ms: number) => LEFT + (ms / TOTAL_MS) * (RIGHT - LEFT);

const ROWS: {
  name: string;
  start: number;
  end: number;
  depth: number;
  color: "accent" | "ok" | "warn" | "muted";
}[] = [
  { name: "API Gateway", start: 0, end: 410, depth: 0, color: "muted" },
  { name: "Lambda (service)", start: 8, end: 400, depth: 0, color: "accent" },
  { name: "orders-api (function)", start: 20, end: 398, depth: 1, color: "accent" },
  { name: "Initialization", start: 20, end: 230, depth: 2, color: "warn" },
  { name: "Invocation", start: 232, end: 392, depth: 2, color: "ok" },
  { name: "DynamoDB PutItem", start: 260, end: 330, depth: 3, color: "ok" },
  { name: "Overhead", start: 392, end: 398, depth: 2, color: "muted" },
];

/** A sampled trace of one cold-start request, as X-Ray's timeline shows it. */
export function XrayTraceTimeline() {
  const id = "xray-trace-timeline";
  const rowH = 32;
  const top = 40;
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={top + ROWS.length * rowH + 40}
      label="A timeline of one traced request of about 410 milliseconds. API Gateway spans the whole request. Inside it, the Lambda service segment contains the function segment, which is split into an Initialization subsegment of about 210 milliseconds because this was a cold start, an Invocation subsegment of about 160 milliseconds containing a DynamoDB PutItem call of 70 milliseconds recorded by the instrumented SDK, and a short Overhead subsegment."
      caption="An X-Ray trace of a cold-start request (illustrative timings). The Initialization subsegment exposes the cold start; the DynamoDB subsegment appears only because the SDK client in the code is instrumented."
    >
      <Label x={LEFT} y={20} size={12} color="muted">
        0 ms
      </Label>
      <Label x={RIGHT} y={20} anchor="end" size={12} color="muted">
        {`${TOTAL_MS} ms`}
      </Label>
      <line x1={LEFT} y1={28} x2={RIGHT} y2={28} stroke={tone("border")} />
      {ROWS.map((row, i) => {
        const y = top + i * rowH;
        return (
          <g key={row.name}>
            <Label x={10 + row.depth * 14} y={y + 11} size={12} weight={row.depth === 0 ? 600 : 400}>
              {row.name}
            </Label>
            <rect
              x={tx(row.start)}
              y={y}
              width={Math.max(tx(row.end) - tx(row.start), 3)}
              height={22}
              rx={4}
              fill={tone(row.color)}
              fillOpacity={0.55}
              stroke={tone(row.color)}
            />
            <Label
              x={tx(row.end) + 6 > RIGHT - 40 ? tx(row.start) - 6 : tx(row.end) + 6}
              y={y + 11}
              size={11}
              color="muted"
              anchor={tx(row.end) + 6 > RIGHT - 40 ? "end" : "start"}
            >
              {`${row.end - row.start} ms`}
            </Label>
          </g>
        );
      })}
      <Label x={10} y={top + ROWS.length * rowH + 16} size={12} color="muted">
        Sampled by the default rule: the first request each second, then 5 % of the rest.
      </Label>
    </DiagramFigure>
  );
}
