import type {
  ALBEvent,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  EventBridgeEvent,
  S3Event,
  ScheduledEvent,
  SNSEvent,
  SQSEvent,
} from "aws-lambda";
import { ACCOUNT_ID, REGION } from "./limits";

// Test-event templates for the Test tab's picker, like the Lambda console's. Each is typed with
// @types/aws-lambda so a shape mistake fails the typecheck. When the engine's own event factories
// (issue 4) are available the page lists those instead; these keep the picker useful until then
// and in tests.

export type EventTemplate = { id: string; label: string; source: string; build: () => unknown };

// Fixed, recognisable values (the simulator's epoch is 2026-01-01T00:00:00Z).
const TIME = "2026-01-01T00:00:00Z";
const EPOCH_MS = Date.UTC(2026, 0, 1);

const helloWorld = { key1: "value1", key2: "value2", key3: "value3" };

const httpApiV2: APIGatewayProxyEventV2 = {
  version: "2.0",
  routeKey: "GET /items/{id}",
  rawPath: "/items/42",
  rawQueryString: "verbose=true",
  cookies: ["session=abc123"],
  headers: {
    accept: "application/json",
    host: `a1b2c3d4e5.execute-api.${REGION}.amazonaws.com`,
    "user-agent": "curl/8.5.0",
    "x-forwarded-for": "203.0.113.10",
    "x-forwarded-port": "443",
    "x-forwarded-proto": "https",
  },
  queryStringParameters: { verbose: "true" },
  pathParameters: { id: "42" },
  requestContext: {
    accountId: ACCOUNT_ID,
    apiId: "a1b2c3d4e5",
    domainName: `a1b2c3d4e5.execute-api.${REGION}.amazonaws.com`,
    domainPrefix: "a1b2c3d4e5",
    http: { method: "GET", path: "/items/42", protocol: "HTTP/1.1", sourceIp: "203.0.113.10", userAgent: "curl/8.5.0" },
    requestId: "JKJaXmPLvHcESHA=",
    routeKey: "GET /items/{id}",
    stage: "$default",
    time: "01/Jan/2026:00:00:00 +0000",
    timeEpoch: EPOCH_MS,
  },
  isBase64Encoded: false,
};

const restApiV1: APIGatewayProxyEvent = {
  resource: "/items/{id}",
  path: "/items/42",
  httpMethod: "GET",
  headers: { Accept: "application/json", Host: `abcdef1234.execute-api.${REGION}.amazonaws.com` },
  multiValueHeaders: { Accept: ["application/json"], Host: [`abcdef1234.execute-api.${REGION}.amazonaws.com`] },
  queryStringParameters: { verbose: "true" },
  multiValueQueryStringParameters: { verbose: ["true"] },
  pathParameters: { id: "42" },
  stageVariables: null,
  requestContext: {
    accountId: ACCOUNT_ID,
    apiId: "abcdef1234",
    authorizer: null,
    httpMethod: "GET",
    identity: {
      accessKey: null,
      accountId: null,
      apiKey: null,
      apiKeyId: null,
      caller: null,
      clientCert: null,
      cognitoAuthenticationProvider: null,
      cognitoAuthenticationType: null,
      cognitoIdentityId: null,
      cognitoIdentityPoolId: null,
      principalOrgId: null,
      sourceIp: "203.0.113.10",
      user: null,
      userAgent: "curl/8.5.0",
      userArn: null,
    },
    path: "/prod/items/42",
    protocol: "HTTP/1.1",
    requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
    requestTimeEpoch: EPOCH_MS,
    resourceId: "123456",
    resourcePath: "/items/{id}",
    stage: "prod",
  },
  body: null,
  isBase64Encoded: false,
};

const alb: ALBEvent = {
  requestContext: {
    elb: { targetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:targetgroup/my-targets/73e2d6bc24d8a067` },
  },
  httpMethod: "GET",
  path: "/hello",
  queryStringParameters: { name: "Ada" },
  headers: {
    accept: "text/html",
    host: `my-alb-1234567890.${REGION}.elb.amazonaws.com`,
    "user-agent": "curl/8.5.0",
    "x-amzn-trace-id": "Root=1-67891233-abcdef012345678912345678",
    "x-forwarded-for": "203.0.113.10",
    "x-forwarded-port": "80",
    "x-forwarded-proto": "http",
  },
  body: "",
  isBase64Encoded: false,
};

const sqs: SQSEvent = {
  Records: [
    {
      messageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
      receiptHandle: "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
      body: '{"orderId":"42"}',
      attributes: {
        ApproximateReceiveCount: "1",
        SentTimestamp: String(EPOCH_MS),
        SenderId: "AIDAIENQZJOLO23YVJ4VO",
        ApproximateFirstReceiveTimestamp: String(EPOCH_MS + 10),
      },
      messageAttributes: {},
      md5OfBody: "e4e68fb7bd0e697a0ae8f1bb342846b3",
      eventSource: "aws:sqs",
      eventSourceARN: `arn:aws:sqs:${REGION}:${ACCOUNT_ID}:orders`,
      awsRegion: REGION,
    },
  ],
};

const sns: SNSEvent = {
  Records: [
    {
      EventVersion: "1.0",
      EventSubscriptionArn: `arn:aws:sns:${REGION}:${ACCOUNT_ID}:orders:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55`,
      EventSource: "aws:sns",
      Sns: {
        SignatureVersion: "1",
        Timestamp: "2026-01-01T00:00:00.000Z",
        Signature: "EXAMPLE",
        SigningCertUrl: "EXAMPLE",
        MessageId: "95df01b4-ee98-5cb9-9903-4c221d41eb5e",
        Message: '{"orderId":"42"}',
        MessageAttributes: {},
        Type: "Notification",
        UnsubscribeUrl: "EXAMPLE",
        TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT_ID}:orders`,
        Subject: "Order placed",
      },
    },
  ],
};

const s3Put: S3Event = {
  Records: [
    {
      eventVersion: "2.1",
      eventSource: "aws:s3",
      awsRegion: REGION,
      eventTime: "2026-01-01T00:00:00.000Z",
      eventName: "ObjectCreated:Put",
      userIdentity: { principalId: "EXAMPLE" },
      requestParameters: { sourceIPAddress: "203.0.113.10" },
      responseElements: { "x-amz-request-id": "EXAMPLE123456789", "x-amz-id-2": "EXAMPLE123/abcdefghijklmnopqrstuvwxyz" },
      s3: {
        s3SchemaVersion: "1.0",
        configurationId: "on-upload",
        bucket: { name: "uploads-bucket", ownerIdentity: { principalId: "EXAMPLE" }, arn: "arn:aws:s3:::uploads-bucket" },
        object: { key: "photos/cat.jpg", size: 1024, eTag: "0123456789abcdef0123456789abcdef", sequencer: "0A1B2C3D4E5F678901" },
      },
    },
  ],
};

const scheduled: ScheduledEvent = {
  version: "0",
  id: "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
  "detail-type": "Scheduled Event",
  source: "aws.events",
  account: ACCOUNT_ID,
  time: TIME,
  region: REGION,
  resources: [`arn:aws:events:${REGION}:${ACCOUNT_ID}:rule/every-five-minutes`],
  detail: {},
};

const custom: EventBridgeEvent<"OrderPlaced", { orderId: string; total: number }> = {
  version: "0",
  id: "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
  "detail-type": "OrderPlaced",
  source: "com.example.orders",
  account: ACCOUNT_ID,
  time: TIME,
  region: REGION,
  resources: [],
  detail: { orderId: "42", total: 19.99 },
};

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  { id: "hello-world", label: "Hello world", source: "Direct invoke", build: () => helloWorld },
  { id: "apigateway-http-api", label: "API Gateway HTTP API (payload 2.0)", source: "API Gateway", build: () => httpApiV2 },
  { id: "apigateway-rest-api", label: "API Gateway REST API proxy (payload 1.0)", source: "API Gateway", build: () => restApiV1 },
  { id: "alb", label: "Application Load Balancer", source: "Elastic Load Balancing", build: () => alb },
  { id: "sqs", label: "SQS message", source: "SQS", build: () => sqs },
  { id: "sns", label: "SNS notification", source: "SNS", build: () => sns },
  { id: "s3-put", label: "S3 object created (Put)", source: "S3", build: () => s3Put },
  { id: "eventbridge-scheduled", label: "EventBridge scheduled event", source: "EventBridge", build: () => scheduled },
  { id: "eventbridge-custom", label: "EventBridge custom event", source: "EventBridge", build: () => custom },
];

/** A template's JSON as the editor shows it (a fresh copy each time). */
export function templateJson(t: EventTemplate): string {
  return JSON.stringify(t.build(), null, 2) + "\n";
}
