import type { PresetDefinition } from "./preset";

// ALB invokes the function synchronously with an ALB event; the response needs statusCode,
// statusDescription, headers and body (ELB/lambda-functions). The serverless.yml panel shows the
// `alb` event with listenerArn, priority and conditions.path for the same setup.
export const albHelloWorld: PresetDefinition = {
  id: "alb-hello-world",
  scenario: {
    schemaVersion: 1,
    title: "ALB hello world (with its serverless.yml)",
    summary:
      "An Application Load Balancer forwards GET /hello to the function. The handler, in TypeScript with types from @types/aws-lambda, reads the query string and returns an ALB response. Compare the serverless.yml that deploys the same thing.",
    files: [
      {
        path: "index.ts",
        content: `import type { ALBEvent, ALBResult } from "aws-lambda";

export const handler = async (event: ALBEvent): Promise<ALBResult> => {
  // ALB passes query strings as sent: not URL-decoded.
  const name = event.queryStringParameters?.name ?? "world";
  console.log(\`\${event.httpMethod} \${event.path} from \${event.headers?.["x-forwarded-for"]}\`);
  return {
    statusCode: 200,
    statusDescription: "200 OK",
    headers: { "content-type": "text/plain; charset=utf-8" },
    isBase64Encoded: false,
    body: \`Hello, \${decodeURIComponent(name)}!\\n\`,
  };
};
`,
      },
    ],
    config: {
      FunctionName: "hello",
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      MemorySize: 128,
      Timeout: 3,
    },
    asyncConfig: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 },
    testEvents: [
      {
        name: "alb-get-hello",
        payload: `{
  "requestContext": {
    "elb": {
      "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/hello-alb-tg/73e2d6bc24d8a067"
    }
  },
  "httpMethod": "GET",
  "path": "/hello",
  "queryStringParameters": { "name": "Ada" },
  "headers": {
    "host": "hello-alb-1234567890.us-east-1.elb.amazonaws.com",
    "user-agent": "curl/8.5.0",
    "x-amzn-trace-id": "Root=1-67891233-abcdef012345678912345678",
    "x-forwarded-for": "203.0.113.10",
    "x-forwarded-port": "80",
    "x-forwarded-proto": "http"
  },
  "body": "",
  "isBase64Encoded": false
}
`,
      },
    ],
    triggers: [{ type: "alb", loadBalancerName: "hello-alb", path: "/hello", priority: 1, multiValueHeaders: false }],
    steps: [
      { label: "Send GET /hello?name=Ada through the load balancer", action: { type: "httpRequest", trigger: 0, method: "GET", path: "/hello?name=Ada" } },
      { label: "Send GET /other (no rule matches: the listener's 404)", action: { type: "httpRequest", trigger: 0, method: "GET", path: "/other" } },
      { label: "Test with the saved ALB event (direct invoke)", action: { type: "invoke", invocationType: "RequestResponse" } },
    ],
  },
};
