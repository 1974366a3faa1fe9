import { DiagramFigure, Label, tone } from "./diagram-b-kit";

const LEFT = 70;
const RIGHT = 690;
const MAX_MIN = 10;
const tx = (m: number) => LEFT + (m / MAX_MIN) * (RIGHT - LEFT);

/** Share of traffic on the new version over time for two CodeDeploy traffic-shifting types. */
export function CanaryShift() {
  const id = "canary-shift";
  const rows = [
    {
      title: "Canary10Percent5Minutes",
      top: 40,
      // (minute, percent) steps
      steps: [
        [0, 10],
        [5, 100],
      ],
    },
    {
      title: "Linear10PercentEvery1Minute",
      top: 200,
      steps: Array.from({ length: 10 }, (_, i) => [i, (i + 1) * 10]),
    },
  ];
  const h = 90;
  const py = (top: number, pct: number) => top + h - (pct / 100) * h;
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={340}
      label="Two step charts of the share of traffic sent to the new version over ten minutes. Canary10Percent5Minutes sends 10 percent for five minutes, then 100 percent. Linear10PercentEvery1Minute adds 10 percent every minute until all traffic is on the new version. In both, a CloudWatch alarm during the shift rolls the alias back to the old version."
      caption="Traffic on the new version during a CodeDeploy deployment driven by SAM's DeploymentPreference. CodeDeploy only changes the alias weights; an alarm at any point moves all traffic back to the old version."
    >
      {rows.map((row) => {
        const d = [`M${tx(0)},${py(row.top, 0)}`];
        for (const [m, pct] of row.steps) d.push(`H${tx(m)}`, `V${py(row.top, pct)}`);
        d.push(`H${tx(MAX_MIN)}`);
        return (
          <g key={row.title}>
            <Label x={LEFT} y={row.top - 18} weight={600} mono size={13}>
              {row.title}
            </Label>
            <line x1={LEFT} y1={row.top + h} x2={RIGHT} y2={row.top + h} stroke={tone("muted")} />
            <line x1={LEFT} y1={row.top} x2={LEFT} y2={row.top + h} stroke={tone("muted")} />
            <Label x={LEFT - 8} y={row.top} anchor="end" size={12} color="muted">
              100%
            </Label>
            <Label x={LEFT - 8} y={py(row.top, 10)} anchor="end" size={12} color="muted">
              10%
            </Label>
            <path d={d.join(" ")} fill="none" stroke={tone("accent")} strokeWidth={2.5} />
            {[0, 2, 4, 6, 8, 10].map((m) => (
              <Label key={m} x={tx(m)} y={row.top + h + 14} anchor="middle" size={11} color="muted">
                {`${m} min`}
              </Label>
            ))}
          </g>
        );
      })}
      <Label x={RIGHT} y={328} anchor="end" size={12} color="err">
        alarm in ALARM state during the shift → roll back to 0%
      </Label>
    </DiagramFigure>
  );
}
