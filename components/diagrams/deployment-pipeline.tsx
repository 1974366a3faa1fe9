import { Arrow, Box, DiagramFigure, Label } from "./diagram-b-kit";

/** Every route to a deployed function goes through a zip in S3 and a CloudFormation stack. */
export function DeploymentPipeline() {
  const id = "deployment-pipeline";
  const tools = [
    { y: 20, lines: ["serverless deploy", "Serverless Framework"] },
    { y: 90, lines: ["sam build + sam deploy", "AWS SAM CLI"] },
    { y: 160, lines: ["aws cloudformation", "package + deploy"] },
  ];
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={330}
      label="Three tools on the left, serverless deploy, sam deploy and aws cloudformation package plus deploy, all zip the code, upload the zip to an S3 deployment bucket, and produce a CloudFormation template whose function resource points at the zip with Code.S3Bucket and Code.S3Key. CloudFormation then creates or updates the Lambda function, which copies the code from S3."
      caption="The frameworks differ in syntax, not in mechanism: the zip goes to an S3 bucket, and the CloudFormation template points the function's Code property at it."
    >
      {tools.map((t) => (
        <g key={t.lines[0]}>
          <Box x={10} y={t.y} w={190} h={52} lines={t.lines} size={12} />
          <Arrow id={id} x1={200} y1={t.y + 26} x2={246} y2={116} />
        </g>
      ))}
      <Box x={248} y={86} w={120} h={60} lines={["zip the code", "(+ dependencies)"]} size={12} />
      <Arrow id={id} x1={368} y1={116} x2={408} y2={70} />
      <Arrow id={id} x1={368} y1={116} x2={408} y2={172} />
      <Box
        x={410}
        y={40}
        w={150}
        h={60}
        lines={["S3 deployment", "bucket: app.zip"]}
        stroke="accent"
        size={12}
      />
      <Box
        x={410}
        y={140}
        w={150}
        h={70}
        lines={["CloudFormation", "template", "Code: S3Bucket/S3Key"]}
        stroke="accent"
        size={12}
      />
      <Arrow id={id} x1={485} y1={140} x2={485} y2={102} stroke="muted" dashed />
      <Label x={492} y={122} size={11} color="muted">
        refers to
      </Label>
      <Arrow id={id} x1={560} y1={175} x2={598} y2={175} />
      <Box x={600} y={145} w={110} h={60} lines={["stack update", "→ function"]} stroke="ok" size={12} />
      <Label x={10} y={250} size={13} weight={600}>
        Gotcha:
      </Label>
      <Label x={70} y={250} size={13}>
        CloudFormation only sees the template. Re-uploading a zip under the same key
      </Label>
      <Label x={70} y={270} size={13}>
        changes nothing; a new S3Key or S3ObjectVersion (bucket versioning) does.
      </Label>
      <Label x={70} y={290} size={13}>
        The frameworks handle this for you with a fresh key per deployment.
      </Label>
    </DiagramFigure>
  );
}
