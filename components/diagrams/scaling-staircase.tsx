import { DiagramFigure, Label, tone } from "./diagram-b-kit";

// Chart area in SVG units.
const LEFT = 70;
const RIGHT = 690;
const TOP = 30;
const BOTTOM = 230;
const MAX_T = 60; // seconds shown
const MAX_ENV = 6000;
const tx = (t: number) => LEFT + (t / MAX_T) * (RIGHT - LEFT);
const ey = (n: number) => BOTTOM - (n / MAX_ENV) * (BOTTOM - TOP);

/** The per-function scaling rate: at most 1,000 new environments every 10 seconds, drawn as steps. */
export function ScalingStaircase() {
  const id = "scaling-staircase";
  const quota = 5000;
  // Capacity available to the function: +1,000 environments per 10 s, capped by the account quota.
  const steps: string[] = [`M${tx(0)},${ey(0)}`];
  for (let k = 0; k * 10 < MAX_T; k++) {
    const level = Math.min((k + 1) * 1000, quota);
    steps.push(`V${ey(level)}`, `H${tx(Math.min((k + 1) * 10, MAX_T))}`);
  }
  // A sudden demand: 4,500 concurrent wanted from t = 2 s.
  const demand = 4500;
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={290}
      label="A step chart over 60 seconds. The capacity available to one function rises by 1,000 execution environments every 10 seconds: 1,000, then 2,000 at 10 seconds, 3,000 at 20 seconds, and so on, until it meets the account quota, here 5,000 after an increase. A sudden demand of 4,500 concurrent requests arriving at 2 seconds is throttled in the gap until capacity reaches it at 40 seconds."
      caption="Scaling rate per function: up to 1,000 more environments every 10 seconds, until the account quota (here an account raised to 5,000). Requests above the staircase are throttled. AWS says the rate is refilled continuously in practice, so the real line is smoother than these steps."
    >
      {/* axes */}
      <line x1={LEFT} y1={BOTTOM} x2={RIGHT} y2={BOTTOM} stroke={tone("muted")} />
      <line x1={LEFT} y1={TOP - 10} x2={LEFT} y2={BOTTOM} stroke={tone("muted")} />
      {[0, 10, 20, 30, 40, 50, 60].map((t) => (
        <Label key={t} x={tx(t)} y={BOTTOM + 16} anchor="middle" size={12} color="muted">
          {`${t} s`}
        </Label>
      ))}
      {[1000, 2000, 3000, 4000, 5000].map((n) => (
        <Label key={n} x={LEFT - 8} y={ey(n)} anchor="end" size={12} color="muted">
          {n.toLocaleString("en-US")}
        </Label>
      ))}
      <Label x={LEFT} y={BOTTOM + 40} size={12} color="muted">
        time since the burst began
      </Label>
      <Label x={10} y={TOP - 16} size={12} color="muted">
        environments
      </Label>
      {/* throttled gap between demand and capacity */}
      <path
        d={`M${tx(2)},${ey(demand)} H${tx(40)} V${ey(4000)} H${tx(30)} V${ey(3000)} H${tx(20)} V${ey(2000)} H${tx(10)} V${ey(1000)} H${tx(2)} Z`}
        fill={tone("err")}
        fillOpacity={0.18}
        stroke="none"
      />
      <line
        x1={tx(2)}
        y1={ey(demand)}
        x2={RIGHT}
        y2={ey(demand)}
        stroke={tone("fg")}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      <Label x={RIGHT - 4} y={ey(demand) + 14} anchor="end" size={12} color="fg">
        demand: 4,500 concurrent
      </Label>
      <line x1={LEFT} y1={ey(quota)} x2={RIGHT} y2={ey(quota)} stroke={tone("muted")} strokeDasharray="2 4" />
      <Label x={LEFT + 6} y={ey(quota) - 12} size={12} color="muted">
        account quota (raised to 5,000)
      </Label>
      <path d={steps.join(" ")} fill="none" stroke={tone("accent")} strokeWidth={2.5} />
      <Label x={tx(21)} y={ey(3400)} size={12} color="err">
        throttled (429 for sync callers)
      </Label>
      <Label x={tx(41)} y={ey(3000)} size={12} color="accent">
        +1,000 environments per 10 s
      </Label>
    </DiagramFigure>
  );
}
