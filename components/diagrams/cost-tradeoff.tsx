import { DiagramFigure, Label, tone } from "./diagram-b-kit";

// An illustrative CPU-bound, single-threaded function: duration halves with each doubling of
// memory until one full vCPU (1,769 MB), then stops improving. Figures are a model, not a benchmark.
const ROWS = [
  { mb: 128, ms: 2800 },
  { mb: 256, ms: 1400 },
  { mb: 512, ms: 700 },
  { mb: 1024, ms: 350 },
  { mb: 1769, ms: 203 },
  { mb: 3008, ms: 200 },
];
const gbSeconds = (mb: number, ms: number) => (mb / 1024) * (ms / 1000);

/** Duration falls and cost stays flat as memory rises, until the CPU stops helping. */
export function CostTradeoff() {
  const id = "cost-tradeoff";
  const top = 50;
  const rowH = 34;
  const durX = 110;
  const durW = 260;
  const costX = 450;
  const costW = 200;
  const maxMs = 2800;
  const maxCost = 0.6;
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={top + ROWS.length * rowH + 40}
      label="Two bar charts side by side for a CPU-bound, single-threaded function at 128, 256, 512, 1,024, 1,769 and 3,008 MB. Duration falls from 2,800 ms to about 200 ms as memory rises to 1,769 MB and then stops improving. Cost per invocation in GB-seconds stays at about 0.35 until 1,769 MB and then rises to about 0.59 at 3,008 MB."
      caption="A model of a CPU-bound, single-threaded function (illustrative figures). Up to one vCPU, doubling memory halves duration, so each request costs the same GB-seconds and finishes sooner; past that point you pay more for no speed-up."
    >
      <Label x={durX} y={24} weight={600} size={13}>
        duration per invocation (ms)
      </Label>
      <Label x={costX} y={24} weight={600} size={13}>
        cost per invocation (GB-seconds)
      </Label>
      {ROWS.map((row, i) => {
        const y = top + i * rowH;
        const cost = gbSeconds(row.mb, row.ms);
        const expensive = row.mb > 1769;
        return (
          <g key={row.mb}>
            <Label x={durX - 10} y={y + 11} anchor="end" size={12} color="muted">
              {`${row.mb.toLocaleString("en-US")} MB`}
            </Label>
            <rect
              x={durX}
              y={y}
              width={(row.ms / maxMs) * durW}
              height={22}
              rx={3}
              fill={tone("accent")}
              fillOpacity={0.7}
            />
            <Label x={durX + (row.ms / maxMs) * durW + 6} y={y + 11} size={12}>
              {row.ms.toLocaleString("en-US")}
            </Label>
            <rect
              x={costX}
              y={y}
              width={(cost / maxCost) * costW}
              height={22}
              rx={3}
              fill={tone(expensive ? "err" : "ok")}
              fillOpacity={0.7}
            />
            <Label
              x={costX + (cost / maxCost) * costW + 6}
              y={y + 11}
              size={12}
              color={expensive ? "err" : "fg"}
            >
              {cost.toFixed(2)}
            </Label>
          </g>
        );
      })}
      <Label x={durX} y={top + ROWS.length * rowH + 16} size={12} color="muted">
        GB-seconds = memory (GB) × billed duration (s)
      </Label>
    </DiagramFigure>
  );
}
