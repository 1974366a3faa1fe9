import { Arrow, Box, DiagramFigure, Label } from "./diagram-kit-a";

const ID = "api-gateway-proxy-flow";

/** Lesson 06: a Lambda proxy integration and the three ways API Gateway can answer the client. */
export function ApiGatewayProxyFlow() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 310"
      label="A client sends an HTTPS request to API Gateway, which matches a route, runs an optional authorizer and invokes a Lambda function synchronously through a proxy integration, passing the whole request as the event. The function's response comes back through API Gateway. Three outcomes: a valid response becomes the HTTP response with the status code the function chose; a function error or a malformed response becomes 502 Bad Gateway; no answer within the integration timeout, 29 seconds by default, becomes 504 Gateway Timeout."
      caption="With a proxy integration API Gateway passes the whole request to the function and turns its answer into the HTTP response. What the client sees depends on what the function returned, and how fast."
    >
      <Box x={20} y={82} w={140} h={80} lines={["Client", "HTTPS request"]} />
      <Box
        x={230}
        y={62}
        w={220}
        h={120}
        size={13}
        lines={[
          "API Gateway",
          "match route / method",
          "authorizer (optional)",
          "invoke synchronously",
          "integration timeout 29 s",
        ]}
      />
      <Box x={540} y={82} w={200} h={80} tone="accent" lines={["Lambda function", "proxy integration"]} />

      <Arrow id={ID} from={[160, 104]} to={[228, 104]} />
      <Arrow id={ID} from={[228, 140]} to={[162, 140]} />
      <Arrow id={ID} from={[450, 104]} to={[538, 104]} tone="accent" />
      <Label x={494} y={96} size={12}>
        event
      </Label>
      <Arrow id={ID} from={[538, 140]} to={[452, 140]} tone="accent" />
      <Label x={494} y={158} size={12}>
        response
      </Label>

      <Box
        x={20}
        y={236}
        w={230}
        h={60}
        tone="ok"
        size={13}
        lines={["valid response", "client gets your statusCode"]}
      />
      <Box
        x={265}
        y={236}
        w={230}
        h={60}
        tone="err"
        size={13}
        lines={["error or malformed response", "client gets 502"]}
      />
      <Box
        x={510}
        y={236}
        w={230}
        h={60}
        tone="warn"
        size={13}
        lines={["no answer within 29 s", "client gets 504"]}
      />
      <Arrow
        id={ID}
        from={[300, 182]}
        via={[
          [300, 208],
          [135, 208],
        ]}
        to={[135, 234]}
        tone="ok"
      />
      <Arrow
        id={ID}
        from={[340, 182]}
        via={[
          [340, 208],
          [380, 208],
        ]}
        to={[380, 234]}
        tone="err"
      />
      <Arrow
        id={ID}
        from={[380, 182]}
        via={[
          [380, 200],
          [625, 200],
        ]}
        to={[625, 234]}
        tone="warn"
      />
    </DiagramFigure>
  );
}
