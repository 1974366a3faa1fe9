import { DiagramFigure, Label, tone } from "./diagram-b-kit";

const X0 = 20;
const WIDTH = 680;
const TOTAL = 1000;
const px = (units: number) => (units / TOTAL) * WIDTH;

/** How one Region's concurrency quota is shared: reserved slices, provisioned inside them, the unreserved rest. */
export function ConcurrencyPool() {
  const id = "concurrency-pool";
  const orders = px(200);
  const provisioned = px(50);
  const reports = px(50);
  const unreservedStart = X0 + orders + reports;
  const minUnreservedStart = X0 + WIDTH - px(100);
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={250}
      label="A bar representing 1,000 units of account concurrency in one Region. 200 units are reserved for the orders-api function, of which 50 are provisioned. 50 are reserved for report-builder. The remaining 750 are the unreserved pool shared by every other function; the last 100 of it can never be reserved."
      caption="One Region, default quota of 1,000. Reserved slices are both a floor and a ceiling for their function; provisioned concurrency is carved out of the function's reserved slice when one is set; everything else competes for the unreserved pool."
    >
      <Label x={X0} y={22} weight={600}>
        Account concurrency in one Region: 1,000 (default quota, raisable)
      </Label>
      <defs>
        <pattern
          id={`${id}-hatch`}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="var(--surface)" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={tone("accent")} strokeWidth="3" />
        </pattern>
      </defs>
      {/* orders-api reserved 200, with 50 provisioned inside it */}
      <rect
        x={X0}
        y={50}
        width={orders}
        height={56}
        fill="var(--surface)"
        stroke={tone("accent")}
        strokeWidth={2}
      />
      <rect
        x={X0}
        y={50}
        width={provisioned}
        height={56}
        fill={`url(#${id}-hatch)`}
        stroke={tone("accent")}
        strokeWidth={2}
      />
      <Label x={X0 + provisioned + (orders - provisioned) / 2} y={70} anchor="middle" weight={600} size={13}>
        orders-api
      </Label>
      <Label x={X0 + provisioned + (orders - provisioned) / 2} y={88} anchor="middle" size={13} color="muted">
        reserved 200
      </Label>
      {/* report-builder reserved 50 */}
      <rect
        x={X0 + orders}
        y={50}
        width={reports}
        height={56}
        fill="var(--surface)"
        stroke={tone("ok")}
        strokeWidth={2}
      />
      {/* unreserved pool */}
      <rect
        x={unreservedStart}
        y={50}
        width={X0 + WIDTH - unreservedStart}
        height={56}
        fill="none"
        stroke={tone("fg")}
        strokeWidth={1.5}
      />
      <Label x={(unreservedStart + minUnreservedStart) / 2} y={70} anchor="middle" weight={600} size={13}>
        unreserved pool: 750
      </Label>
      <Label x={(unreservedStart + minUnreservedStart) / 2} y={88} anchor="middle" size={13} color="muted">
        shared by every function without a reservation
      </Label>
      <line
        x1={minUnreservedStart}
        y1={44}
        x2={minUnreservedStart}
        y2={112}
        stroke={tone("err")}
        strokeWidth={1.5}
        strokeDasharray="5 4"
      />
      <Label x={(minUnreservedStart + X0 + WIDTH) / 2} y={78} anchor="middle" size={12} color="err">
        100 never
      </Label>
      <Label x={(minUnreservedStart + X0 + WIDTH) / 2} y={94} anchor="middle" size={12} color="err">
        reservable
      </Label>
      {/* callouts below the bar */}
      <line x1={X0 + provisioned / 2} y1={106} x2={X0 + provisioned / 2} y2={140} stroke={tone("accent")} />
      <Label x={X0} y={152} size={13} color="accent">
        50 provisioned: initialised before traffic,
      </Label>
      <Label x={X0} y={170} size={13} color="accent">
        counted inside the 200
      </Label>
      <line
        x1={X0 + orders + reports / 2}
        y1={106}
        x2={X0 + orders + reports / 2}
        y2={196}
        stroke={tone("ok")}
      />
      <Label x={X0 + orders + reports / 2 - 6} y={208} size={13} color="ok">
        report-builder: reserved 50 (can never use more than 50)
      </Label>
      <Label x={X0} y={236} size={13} color="muted">
        Reserving more for one function shrinks the pool every other function shares.
      </Label>
    </DiagramFigure>
  );
}
