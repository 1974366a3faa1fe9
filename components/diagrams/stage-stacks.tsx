import { Arrow, Box, DiagramFigure, Label } from "./diagram-b-kit";

/** One serverless.yml, one CloudFormation stack per stage. */
export function StageStacks() {
  const id = "stage-stacks";
  const stages = [
    { y: 20, stage: "dev", flag: "no --stage: dev", labelY: 64 },
    { y: 110, stage: "staging", flag: "--stage staging", labelY: 124 },
    { y: 200, stage: "prod", flag: "--stage prod", labelY: 216 },
  ];
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={290}
      label="One serverless.yml for the service orders, deployed three times. Without a stage option it deploys the dev stage, creating the stack orders-dev with the function orders-dev-createOrder and the table orders-dev. With --stage staging and --stage prod it creates the separate stacks orders-staging and orders-prod, each with its own function and table names."
      caption="serverless deploy, run with different --stage values. The stage name flows into every name through ${sls:stage} or ${opt:stage, 'dev'}, so each stage is a separate stack whose functions, roles and tables cannot collide."
    >
      <Box x={10} y={100} w={150} h={70} lines={["serverless.yml", "service: orders"]} stroke="accent" />
      {stages.map((s) => (
        <g key={s.stage}>
          <Arrow id={id} x1={160} y1={135} x2={388} y2={s.y + 35} />
          <Label x={274} y={s.labelY} anchor="middle" size={12} color="muted" mono>
            {s.flag}
          </Label>
          <Box
            x={390}
            y={s.y}
            w={320}
            h={70}
            lines={[
              `stack: orders-${s.stage}`,
              `function: orders-${s.stage}-createOrder`,
              `TABLE=orders-${s.stage}`,
            ]}
            stroke={s.stage === "prod" ? "err" : "ok"}
            size={13}
          />
        </g>
      ))}
    </DiagramFigure>
  );
}
