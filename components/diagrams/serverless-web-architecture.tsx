import { Arrow, Box, DiagramFigure, Label } from "./diagram-kit-a";

const ID = "serverless-web-architecture";

/** Lesson 01: the classic serverless web application, with no server of your own anywhere. */
export function ServerlessWebArchitecture() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 320"
      label="A browser loads the static web app from Amazon S3, signs the user in with an Amazon Cognito user pool to get a token, and calls Amazon API Gateway with that token. A Cognito authorizer on API Gateway checks the token, API Gateway invokes a Lambda function, and the function reads and writes an Amazon DynamoDB table. A note says every piece is fully managed, scales on its own and is paid for by use, and that a Lambda invocation lasts at most 15 minutes."
      caption="A typical serverless web application. Every box is a managed service: nothing to patch or size, each scales on its own, and each bills for what is used."
    >
      <Box x={20} y={128} w={120} h={64} lines={["Browser", "or mobile app"]} />

      <Box x={200} y={20} w={240} h={64} lines={["① Amazon S3", "static site: HTML, JS, CSS"]} />
      <Box x={200} y={128} w={240} h={64} lines={["② Amazon Cognito", "user pool: sign-in, tokens (JWT)"]} />
      <Box x={200} y={240} w={160} h={64} lines={["③ API Gateway", "HTTPS API"]} />
      <Box x={400} y={240} w={150} h={64} tone="accent" lines={["AWS Lambda", "your handler"]} />
      <Box x={590} y={240} w={150} h={64} lines={["DynamoDB", "tables"]} />

      <Arrow
        id={ID}
        from={[140, 148]}
        via={[
          [170, 148],
          [170, 52],
        ]}
        to={[198, 52]}
      />
      <Arrow id={ID} from={[140, 160]} to={[198, 160]} />
      <Arrow
        id={ID}
        from={[140, 172]}
        via={[
          [170, 172],
          [170, 272],
        ]}
        to={[198, 272]}
      />
      <Arrow id={ID} from={[320, 192]} to={[320, 238]} tone="muted" dashed />
      <Label x={328} y={220} anchor="start" size={12}>
        token checked by a Cognito authorizer
      </Label>
      <Arrow id={ID} from={[360, 272]} to={[398, 272]} tone="accent" />
      <Arrow id={ID} from={[550, 272]} to={[588, 272]} />

      <Box
        x={480}
        y={20}
        w={260}
        h={172}
        dashed
        size={13}
        lines={[
          "Fully managed",
          "no servers to patch or size",
          "each service scales on its own",
          "pay for requests and usage",
          "Lambda: at most 15 min per run",
        ]}
      />
    </DiagramFigure>
  );
}
