import { Arrow, Box, DiagramFigure, Label, tone } from "./diagram-b-kit";

/** Deploy-time variables versus run-time configuration for one function. */
export function ConfigResolution() {
  const id = "config-resolution";
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={330}
      label="Left, deploy time: serverless deploy --stage prod resolves the variables in serverless.yml, such as opt:stage with the default dev, and writes plain values into the CloudFormation template. CloudFormation stores them in the function's configuration, where Lambda keeps them encrypted at rest with a KMS key. Right, run time: when an execution environment starts, Lambda decrypts the variables and the code reads process.env. Secrets are better fetched by the code from Secrets Manager or Parameter Store during initialisation, using the execution role."
      caption="serverless.yml variables are resolved once, on your machine, at deploy time; the function only ever sees the final strings. Secrets are better read at run time from Secrets Manager or Parameter Store."
    >
      <Label x={170} y={16} anchor="middle" weight={600} color="muted" size={13}>
        deploy time (your machine, CI)
      </Label>
      <Label x={560} y={16} anchor="middle" weight={600} color="muted" size={13}>
        run time (inside Lambda)
      </Label>
      <line x1={360} y1={8} x2={360} y2={290} stroke={tone("border")} strokeDasharray="4 4" />
      <Box
        x={10}
        y={34}
        w={320}
        h={74}
        lines={["serverless.yml", "TABLE: orders-${opt:stage, 'dev'}", "serverless deploy --stage prod"]}
        size={13}
      />
      <Arrow id={id} x1={170} y1={108} x2={170} y2={136} />
      <Box
        x={10}
        y={138}
        w={320}
        h={56}
        lines={["CloudFormation template", "Environment.Variables.TABLE = orders-prod"]}
        size={13}
      />
      <Arrow id={id} x1={170} y1={194} x2={170} y2={222} />
      <Box
        x={10}
        y={224}
        w={320}
        h={56}
        lines={["Function configuration", "encrypted at rest with a KMS key"]}
        stroke="accent"
        size={13}
      />
      <Arrow id={id} x1={330} y1={252} x2={398} y2={252} stroke="accent" />
      <Box
        x={400}
        y={224}
        w={310}
        h={56}
        lines={["Execution environment starts", "Lambda decrypts → process.env.TABLE"]}
        stroke="ok"
        size={13}
      />
      <Box
        x={400}
        y={60}
        w={310}
        h={74}
        lines={[
          "Secrets Manager / Parameter Store",
          "code fetches the secret during INIT",
          "(execution role: GetSecretValue)",
        ]}
        stroke="warn"
        size={13}
      />
      <Arrow id={id} x1={555} y1={222} x2={555} y2={136} stroke="warn" />
      <Label x={562} y={180} size={12} color="warn">
        name of the secret in an
      </Label>
      <Label x={562} y={196} size={12} color="warn">
        env var, value fetched
      </Label>
      <Label x={10} y={312} size={12} color="muted">
        Anyone allowed lambda:GetFunctionConfiguration can read plain environment variables.
      </Label>
    </DiagramFigure>
  );
}
