import { Arrow, Box, DiagramFigure, Label } from "./diagram-b-kit";

/** $LATEST, published versions and aliases pointing at them, one of them weighted. */
export function VersionAliasMap() {
  const id = "version-alias-map";
  const vx = 300;
  const versions = [
    { name: "version 1", y: 40 },
    { name: "version 2", y: 110 },
    { name: "version 3", y: 180 },
  ];
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={300}
      label="On the left, $LATEST, the only editable version, is published three times, creating immutable versions 1, 2 and 3 in the middle. On the right, the alias prod sends 90 percent of requests to version 2 and 10 percent to version 3, and the alias beta points to version 3 only. Version 1 is kept for rollback."
      caption="Publish turns the current $LATEST into an immutable, numbered version. Aliases are named pointers you can move; prod here is weighted 90/10 for a canary release."
    >
      <Box
        x={20}
        y={100}
        w={180}
        h={70}
        lines={["$LATEST", "mutable: you edit this", "unqualified ARN"]}
        stroke="accent"
      />
      <Label x={110} y={196} anchor="middle" size={12} color="muted">
        publish-version
      </Label>
      <Label x={110} y={212} anchor="middle" size={12} color="muted">
        (only if something changed)
      </Label>
      {versions.map((v) => (
        <g key={v.name}>
          <Arrow id={id} x1={200} y1={135} x2={vx - 2} y2={v.y + 25} stroke="muted" dashed />
          <Box x={vx} y={v.y} w={140} h={50} lines={[v.name, "immutable"]} />
        </g>
      ))}
      {/* aliases */}
      <Box x={560} y={60} w={140} h={56} lines={["alias: prod", "weighted"]} stroke="ok" />
      <Box x={560} y={176} w={140} h={50} lines={["alias: beta"]} stroke="ok" />
      <Arrow id={id} x1={560} y1={80} x2={vx + 142} y2={135} stroke="ok" />
      <Label x={495} y={92} anchor="middle" size={13} color="ok" weight={600}>
        90%
      </Label>
      <Arrow id={id} x1={560} y1={100} x2={vx + 142} y2={200} stroke="warn" />
      <Label x={520} y={150} anchor="middle" size={13} color="warn" weight={600}>
        10%
      </Label>
      <Arrow id={id} x1={560} y1={205} x2={vx + 142} y2={208} stroke="ok" />
      <Label x={vx + 70} y={258} anchor="middle" size={12} color="muted">
        version 1 stays available: rolling back = moving an alias
      </Label>
      <Label x={630} y={258} anchor="middle" size={12} color="muted">
        callers use alias ARNs
      </Label>
      <Label x={630} y={274} anchor="middle" size={12} color="muted">
        e.g. orders:prod
      </Label>
    </DiagramFigure>
  );
}
