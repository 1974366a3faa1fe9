import { DiagramFigure, Label, tone } from "./diagram-b-kit";

const LEFT = 40;
const RIGHT = 690;
const MIN_MB = 128;
const MAX_MB = 10240;
const mx = (mb: number) => LEFT + ((mb - MIN_MB) / (MAX_MB - MIN_MB)) * (RIGHT - LEFT);

/** The memory slider and the CPU share that comes with it. */
export function MemoryCpuScale() {
  const id = "memory-cpu-scale";
  const barTop = 70;
  const barH = 50;
  const ticks = [128, 1769, 3538, 5307, 7076, 8845, 10240];
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={230}
      label="A horizontal scale of memory from 128 MB to 10,240 MB. CPU share grows in proportion to memory, shown as a wedge that thickens from left to right. At 1,769 MB the function has the equivalent of one full vCPU, at 3,538 MB two, and so on up to 10,240 MB."
      caption="One dial controls both: memory from 128 MB to 10,240 MB in 1 MB steps, and CPU in proportion to it. 1,769 MB is one full vCPU; below that a function gets a fraction of one."
    >
      <Label x={LEFT} y={24} weight={600}>
        Memory setting (MB) → CPU share
      </Label>
      {/* the wedge: CPU share proportional to memory */}
      <path
        d={`M${mx(MIN_MB)},${barTop + barH} L${mx(MAX_MB)},${barTop + barH} L${mx(MAX_MB)},${barTop} Z`}
        fill={tone("accent")}
        fillOpacity={0.25}
        stroke={tone("accent")}
      />
      <line x1={LEFT} y1={barTop + barH} x2={RIGHT} y2={barTop + barH} stroke={tone("muted")} />
      {ticks.map((mb, i) => (
        <g key={mb}>
          <line
            x1={mx(mb)}
            y1={barTop - 6}
            x2={mx(mb)}
            y2={barTop + barH + 6}
            stroke={tone(i === 1 ? "ok" : "muted")}
            strokeWidth={i === 1 ? 2.5 : 1}
          />
          <Label
            x={mx(mb)}
            y={barTop + barH + 20}
            anchor="middle"
            size={12}
            color={i === 1 ? "ok" : "muted"}
            weight={i === 1 ? 600 : 400}
          >
            {mb.toLocaleString("en-US")}
          </Label>
          {i > 0 && i < ticks.length - 1 ? (
            <Label
              x={mx(mb)}
              y={barTop - 14}
              anchor="middle"
              size={12}
              color={i === 1 ? "ok" : "muted"}
              weight={i === 1 ? 600 : 400}
            >
              {`${i} vCPU`}
            </Label>
          ) : null}
        </g>
      ))}
      <Label x={mx(MIN_MB)} y={barTop - 14} size={12} color="muted">
        a fraction
      </Label>
      <Label x={LEFT} y={176} size={13}>
        Below 1,769 MB a single-threaded function is CPU-starved; more memory makes it faster.
      </Label>
      <Label x={LEFT} y={198} size={13}>
        Above it, extra CPU only helps code that uses several threads or processes.
      </Label>
    </DiagramFigure>
  );
}
