import { Arrow, Box, DiagramFigure, Label, tone } from "./diagram-b-kit";

/** What a function can reach with and without a VPC attachment. */
export function DefaultVsVpc() {
  const id = "default-vs-vpc";
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={270}
      label="Two panels. Left, a function not attached to a VPC runs in a VPC owned by Lambda: it reaches the internet and public AWS endpoints such as DynamoDB, but not a database in a private subnet of your VPC. Right, a function attached to your VPC reaches the private database through a network interface in your subnet, but has no internet or AWS endpoint access unless you add a NAT gateway or VPC endpoints."
      caption="Attaching a function to your VPC trades one kind of reach for the other: private resources become reachable, and the internet and public AWS endpoints stop being reachable until you add a route for them."
    >
      {/* left panel */}
      <Label x={175} y={18} anchor="middle" weight={600}>
        Default: no VPC configured
      </Label>
      <rect x={10} y={30} width={330} height={220} rx={10} fill="none" stroke={tone("border")} />
      <Box x={30} y={120} w={130} h={50} lines={["function", "Lambda-owned VPC"]} size={12} />
      <Box x={200} y={46} w={120} h={44} lines={["internet", "reachable"]} stroke="ok" size={12} />
      <Box
        x={200}
        y={108}
        w={120}
        h={44}
        lines={["AWS endpoints", "(S3, DynamoDB...)"]}
        stroke="ok"
        size={12}
      />
      <Box
        x={200}
        y={190}
        w={120}
        h={44}
        lines={["your private RDS", "unreachable"]}
        stroke="err"
        dashed
        size={12}
      />
      <Arrow id={id} x1={160} y1={135} x2={198} y2={68} stroke="ok" />
      <Arrow id={id} x1={160} y1={145} x2={198} y2={130} stroke="ok" />
      <Arrow id={id} x1={160} y1={158} x2={198} y2={206} stroke="err" dashed />
      {/* right panel */}
      <Label x={545} y={18} anchor="middle" weight={600}>
        Attached to your VPC
      </Label>
      <rect x={380} y={30} width={330} height={220} rx={10} fill="none" stroke={tone("border")} />
      <Box
        x={400}
        y={120}
        w={130}
        h={50}
        lines={["function", "ENI in your subnet"]}
        size={12}
        stroke="accent"
      />
      <Box
        x={560}
        y={46}
        w={148}
        h={44}
        lines={["internet", "needs NAT gateway"]}
        stroke="err"
        dashed
        size={12}
      />
      <Box
        x={560}
        y={108}
        w={148}
        h={44}
        lines={["AWS endpoints", "NAT or VPC endpoint"]}
        stroke="err"
        dashed
        size={12}
      />
      <Box x={560} y={190} w={148} h={44} lines={["your private RDS", "reachable"]} stroke="ok" size={12} />
      <Arrow id={id} x1={530} y1={135} x2={558} y2={68} stroke="err" dashed />
      <Arrow id={id} x1={530} y1={145} x2={558} y2={130} stroke="err" dashed />
      <Arrow id={id} x1={530} y1={158} x2={558} y2={206} stroke="ok" />
    </DiagramFigure>
  );
}
