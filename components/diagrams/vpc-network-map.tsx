import { Arrow, Box, DiagramFigure, Label, tone } from "./diagram-b-kit";

/** The standard layout for a VPC-attached function that needs both private resources and the internet. */
export function VpcNetworkMap() {
  const id = "vpc-network-map";
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={400}
      label="A VPC with a public subnet and a private subnet. The internet gateway is attached to the VPC. The public subnet holds a NAT gateway and its route table sends 0.0.0.0/0 to the internet gateway. The private subnet holds the function's network interface and an RDS database; its route table sends 0.0.0.0/0 to the NAT gateway and has a gateway endpoint route for DynamoDB and S3. An interface endpoint for Secrets Manager also sits in the private subnet. The function reaches the database directly, DynamoDB through the gateway endpoint, Secrets Manager through the interface endpoint, and the internet through the NAT gateway and internet gateway."
      caption="Put the function in private subnets. Internet traffic leaves through a NAT gateway in a public subnet; AWS services can be reached privately through VPC endpoints instead (gateway endpoints for S3 and DynamoDB, interface endpoints for most others)."
    >
      <Box x={560} y={6} w={150} h={40} lines={["internet"]} stroke="muted" size={13} />
      {/* VPC */}
      <rect
        x={10}
        y={58}
        width={700}
        height={330}
        rx={12}
        fill="none"
        stroke={tone("accent")}
        strokeWidth={2}
      />
      <Label x={24} y={76} weight={600} color="accent">
        your VPC
      </Label>
      <Box x={570} y={62} w={130} h={40} lines={["internet gateway"]} size={12} />
      <Arrow id={id} x1={635} y1={62} x2={635} y2={48} both stroke="muted" />
      {/* public subnet */}
      <rect
        x={30}
        y={110}
        width={660}
        height={80}
        rx={10}
        fill="none"
        stroke={tone("ok")}
        strokeDasharray="6 4"
      />
      <Label x={44} y={126} size={12} color="ok" weight={600}>
        public subnet · route 0.0.0.0/0 → internet gateway
      </Label>
      <Box x={440} y={136} w={130} h={44} lines={["NAT gateway", "(public IP)"]} stroke="ok" size={12} />
      <Arrow id={id} x1={570} y1={150} x2={620} y2={104} stroke="ok" />
      {/* private subnet */}
      <rect
        x={30}
        y={206}
        width={660}
        height={168}
        rx={10}
        fill="none"
        stroke={tone("warn")}
        strokeDasharray="6 4"
      />
      <Label x={44} y={360} size={12} color="warn" weight={600}>
        private subnet · route 0.0.0.0/0 → NAT gateway · S3/DynamoDB prefix → gateway endpoint
      </Label>
      <Box
        x={250}
        y={250}
        w={150}
        h={56}
        lines={["Lambda ENI", "(private IP only)"]}
        stroke="accent"
        size={12}
      />
      <Box
        x={50}
        y={250}
        w={140}
        h={56}
        lines={["RDS database", "SG allows the", "function's SG"]}
        size={12}
      />
      <Box x={470} y={244} w={200} h={44} lines={["interface endpoint", "Secrets Manager"]} size={12} />
      <Box x={470} y={298} w={200} h={44} lines={["gateway endpoint", "DynamoDB / S3"]} size={12} />
      <Arrow id={id} x1={250} y1={278} x2={192} y2={278} />
      <Arrow id={id} x1={400} y1={268} x2={468} y2={266} />
      <Arrow id={id} x1={400} y1={292} x2={468} y2={318} />
      <Arrow id={id} x1={350} y1={250} x2={465} y2={182} stroke="ok" />
      <Label x={412} y={228} size={11} color="ok">
        to the internet
      </Label>
    </DiagramFigure>
  );
}
