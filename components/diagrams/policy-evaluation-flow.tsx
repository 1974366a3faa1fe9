import { Arrow, Box, DiagramFigure, Label } from "./diagram-b-kit";

/** IAM's decision order: explicit deny, then any allow, else the implicit deny. */
export function PolicyEvaluationFlow() {
  const id = "policy-evaluation-flow";
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={300}
      label="A flow chart. A request starts as denied. First, if any applicable policy has an explicit Deny that matches, the result is Deny. Otherwise, if an identity-based or resource-based policy in the same account has a matching Allow, the result is Allow. Otherwise the result is the implicit deny. For a cross-account request, both the caller's identity-based policy and the resource's policy must allow."
      caption="Every request starts denied. An explicit Deny anywhere wins; otherwise one matching Allow is enough within an account, while a cross-account call needs an Allow on both sides."
    >
      <Box x={10} y={40} w={150} h={56} lines={["Request", "starts as denied"]} />
      <Arrow id={id} x1={160} y1={68} x2={204} y2={68} />
      <Box
        x={206}
        y={30}
        w={170}
        h={76}
        lines={["Explicit Deny", "in any policy that", "applies?"]}
        stroke="err"
        size={13}
      />
      <Arrow id={id} x1={291} y1={106} x2={291} y2={168} stroke="err" />
      <Label x={300} y={138} size={12} color="err" weight={600}>
        yes
      </Label>
      <Box x={216} y={170} w={150} h={50} lines={["DENY", "(explicit)"]} stroke="err" />
      <Arrow id={id} x1={376} y1={68} x2={420} y2={68} />
      <Label x={398} y={56} anchor="middle" size={12} color="muted" weight={600}>
        no
      </Label>
      <Box
        x={422}
        y={30}
        w={170}
        h={76}
        lines={["Matching Allow in an", "identity-based or", "resource-based policy?"]}
        stroke="ok"
        size={13}
      />
      <Arrow id={id} x1={592} y1={68} x2={626} y2={68} stroke="ok" />
      <Label x={609} y={56} anchor="middle" size={12} color="ok" weight={600}>
        yes
      </Label>
      <Box x={628} y={44} w={82} h={48} lines={["ALLOW"]} stroke="ok" />
      <Arrow id={id} x1={507} y1={106} x2={507} y2={168} stroke="muted" />
      <Label x={516} y={138} size={12} color="muted" weight={600}>
        no
      </Label>
      <Box x={432} y={170} w={150} h={50} lines={["DENY", "(implicit)"]} stroke="muted" />
      <Label x={10} y={252} size={13} weight={600}>
        Cross-account:
      </Label>
      <Label x={128} y={252} size={13}>
        {"the caller's identity-based policy AND the function's resource-based policy"}
      </Label>
      <Label x={128} y={272} size={13}>
        must both allow lambda:InvokeFunction.
      </Label>
    </DiagramFigure>
  );
}
