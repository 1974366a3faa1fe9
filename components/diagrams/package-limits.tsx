import { DiagramFigure, Label, tone } from "./diagram-b-kit";

const LAYERS = ["layer 1: shared utils", "layer 2: sharp (native)", "layer 3: extension"];

/** Where function code and layers land, and the size limits that apply to them. */
export function PackageLimits() {
  const id = "package-limits";
  const x = 30;
  const w = 300;
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={300}
      label="On the left, a stack: the function's own code unpacks into /var/task, and up to five layers unpack into /opt, applied in order. Together, unzipped, they must stay within 250 MB. On the right, the other limits: 50 MB zipped for a direct upload, larger zips only through S3 and still within 250 MB unzipped, 10 GB for a container image, 3 MB for the console code editor, and five layers per function."
      caption="A .zip function and its layers share one 250 MB unzipped budget. Layers are extracted under /opt in the order you list them; container images carry their dependencies inside the image instead."
    >
      <Label x={x} y={20} weight={600}>
        Inside the execution environment
      </Label>
      <rect
        x={x}
        y={36}
        width={w}
        height={44}
        rx={6}
        fill="var(--surface)"
        stroke={tone("accent")}
        strokeWidth={2}
      />
      <Label x={x + 12} y={58} weight={600}>
        function code → /var/task
      </Label>
      {LAYERS.map((name, i) => (
        <g key={name}>
          <rect
            x={x}
            y={88 + i * 40}
            width={w}
            height={34}
            rx={6}
            fill="var(--surface)"
            stroke={tone("fg")}
            strokeWidth={1.2}
          />
          <Label x={x + 12} y={105 + i * 40} size={13}>
            {`${name} → /opt`}
          </Label>
        </g>
      ))}
      <rect
        x={x}
        y={210}
        width={w}
        height={26}
        rx={6}
        fill="none"
        stroke={tone("muted")}
        strokeDasharray="5 4"
      />
      <Label x={x + 12} y={223} size={12} color="muted">
        up to 5 layers in total
      </Label>
      {/* budget brace */}
      <line x1={x + w + 14} y1={36} x2={x + w + 14} y2={236} stroke={tone("warn")} strokeWidth={2} />
      <line x1={x + w + 8} y1={36} x2={x + w + 20} y2={36} stroke={tone("warn")} strokeWidth={2} />
      <line x1={x + w + 8} y1={236} x2={x + w + 20} y2={236} stroke={tone("warn")} strokeWidth={2} />
      <Label x={x + w + 26} y={128} size={13} color="warn" weight={600}>
        ≤ 250 MB
      </Label>
      <Label x={x + w + 26} y={146} size={13} color="warn">
        unzipped
      </Label>
      {/* other limits */}
      <Label x={470} y={20} weight={600}>
        Other package limits
      </Label>
      {[
        ["50 MB", "zip uploaded directly (API, CLI, console)"],
        ["> 50 MB", "zip uploaded through S3 (unzipped ≤ 250 MB)"],
        ["10 GB", "container image (from Amazon ECR)"],
        ["3 MB", "editable in the console code editor"],
        ["5", "layers per function"],
      ].map(([size, what], i) => (
        <g key={what}>
          <Label x={470} y={52 + i * 40} weight={600} color="accent">
            {size}
          </Label>
          <Label x={470} y={70 + i * 40} size={12} color="muted">
            {what}
          </Label>
        </g>
      ))}
      <Label x={x} y={270} size={12} color="muted">
        Node.js looks for layer packages in /opt/nodejs/node_modules.
      </Label>
    </DiagramFigure>
  );
}
