import { Arrow, Box, DiagramFigure, Label, tone } from "./diagram-b-kit";

/** The two policies around a function: who may call it, and what it may call. */
export function PermissionSides() {
  const id = "permission-sides";
  const callers = [
    { y: 40, lines: ["Amazon S3", "s3.amazonaws.com"] },
    { y: 110, lines: ["API Gateway", "apigateway.amazonaws.com"] },
    { y: 180, lines: ["Another account", "arn:aws:iam::2222...:root"] },
  ];
  const targets = [
    { y: 40, lines: ["DynamoDB table", "dynamodb:PutItem"] },
    { y: 110, lines: ["CloudWatch Logs", "logs:PutLogEvents"] },
    { y: 180, lines: ["SQS queue (polled)", "sqs:ReceiveMessage"] },
  ];
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={325}
      label="On the left, callers such as Amazon S3, API Gateway and another AWS account invoke the function; they are allowed by the function's resource-based policy. On the right, the function's code calls DynamoDB and CloudWatch Logs, and Lambda's poller reads an SQS queue for the event source mapping; all of these are allowed by the execution role."
      caption="Inbound calls are checked against the function's resource-based policy; everything the function does, including the SQS poller working on its behalf, uses the execution role."
    >
      <Label x={105} y={18} anchor="middle" weight={600} color="muted" size={13}>
        who may invoke it
      </Label>
      <Label x={625} y={18} anchor="middle" weight={600} color="muted" size={13}>
        what it may call
      </Label>
      {callers.map((c) => (
        <g key={c.lines[0]}>
          <Box x={10} y={c.y} w={190} h={52} lines={c.lines} size={12} />
          <Arrow id={id} x1={200} y1={c.y + 26} x2={258} y2={140} stroke="accent" />
        </g>
      ))}
      {/* resource-based policy gate */}
      <rect x={260} y={60} width={16} height={160} rx={4} fill={tone("accent")} />
      <Label x={268} y={244} anchor="middle" size={12} color="accent" weight={600}>
        resource-based policy
      </Label>
      <Label x={268} y={260} anchor="middle" size={12} color="accent">
        lambda:InvokeFunction
      </Label>
      <Box x={290} y={100} w={140} h={80} lines={["Lambda function", "orders-api"]} />
      {/* execution role gate */}
      <rect x={448} y={60} width={16} height={160} rx={4} fill={tone("ok")} />
      <Label x={456} y={244} anchor="middle" size={12} color="ok" weight={600}>
        execution role
      </Label>
      <Label x={456} y={260} anchor="middle" size={12} color="ok">
        trusted by lambda.amazonaws.com
      </Label>
      <Arrow id={id} x1={430} y1={140} x2={446} y2={140} stroke="ok" />
      {targets.map((t) => (
        <g key={t.lines[0]}>
          <Arrow id={id} x1={464} y1={140} x2={538} y2={t.y + 26} stroke="ok" />
          <Box x={540} y={t.y} w={170} h={52} lines={t.lines} size={12} />
        </g>
      ))}
      <Label x={360} y={292} anchor="middle" size={12} color="muted">
        Push sources (S3, SNS, EventBridge, API Gateway, ALB) need the left side;
      </Label>
      <Label x={360} y={310} anchor="middle" size={12} color="muted">
        SQS, Kinesis and DynamoDB Streams event source mappings need the right side.
      </Label>
    </DiagramFigure>
  );
}
