import { Arrow, Box, DiagramFigure, Label } from "./diagram-kit-a";

const ID = "alb-request-conversion";

/** Lesson 05: the ALB turns HTTP into a JSON event and the function's JSON back into HTTP. */
export function AlbRequestConversion() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 370"
      label="Top row, left to right: an HTTP request GET /hello?name=Ana%20Lima reaches the ALB, whose listener rule forwards it to a Lambda target group; the ALB converts it into a JSON event with httpMethod, path, lower-case headers, queryStringParameters that are not URL-decoded, body and isBase64Encoded. The ALB invokes the Lambda function synchronously. Bottom row, right to left: the function returns a JSON response with statusCode, statusDescription, headers or multiValueHeaders, body and isBase64Encoded; the ALB turns it into an HTTP response such as 200 OK with a content-type header, or a 502 if the response is malformed, too large or the function failed."
      caption="The ALB is a translator: HTTP request → JSON event → your function → JSON response → HTTP response. Everything your function sees and returns is JSON."
    >
      <Box
        x={20}
        y={20}
        w={215}
        h={96}
        size={13}
        lines={[
          "HTTP request",
          "GET /hello?name=Ana%20Lima",
          "Host: shop.example.com",
          "Accept: application/json",
        ]}
      />
      <Box
        x={250}
        y={20}
        w={150}
        h={96}
        size={13}
        lines={["ALB", "listener rule", "path /hello →", "Lambda target group"]}
      />
      <Box
        x={440}
        y={20}
        w={300}
        h={96}
        size={13}
        lines={[
          "JSON event",
          "httpMethod, path, headers (lower-case)",
          "queryStringParameters (not decoded)",
          "body, isBase64Encoded",
        ]}
      />
      <Arrow id={ID} from={[235, 68]} to={[260, 68]} />
      <Arrow id={ID} from={[412, 68]} to={[438, 68]} />

      <Box
        x={490}
        y={152}
        w={200}
        h={56}
        tone="accent"
        lines={["Lambda function", "invoked synchronously"]}
      />
      <Arrow id={ID} from={[590, 116]} to={[590, 150]} tone="accent" />
      <Arrow id={ID} from={[590, 208]} to={[590, 242]} tone="accent" />

      <Box
        x={440}
        y={244}
        w={300}
        h={96}
        size={13}
        lines={[
          "JSON response",
          "statusCode, statusDescription",
          "headers (or multiValueHeaders)",
          "body, isBase64Encoded",
        ]}
      />
      <Box
        x={250}
        y={244}
        w={150}
        h={96}
        size={13}
        lines={["ALB", "builds the reply", "502 if malformed,", "too big or failed"]}
      />
      <Box
        x={20}
        y={244}
        w={215}
        h={96}
        size={12}
        tone="ok"
        lines={["HTTP response", "HTTP/1.1 200 OK", "content-type: application/json", '{"greeting":"Hello"}']}
      />
      <Arrow id={ID} from={[440, 292]} to={[414, 292]} />
      <Arrow id={ID} from={[262, 292]} to={[237, 292]} tone="ok" />

      <Label x={225} y={186} size={12}>
        request body ≤ 1 MB (else 413) · response JSON ≤ 1 MB (else 502)
      </Label>
    </DiagramFigure>
  );
}
