import type {
  ALBEvent,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  CodePipelineCloudWatchPipelineEvent,
  EventBridgeEvent,
  S3Event,
  ScheduledEvent,
  SNSEvent,
  SQSEvent,
} from "aws-lambda";
import { albTraceId, buildAlbEvent } from "./alb-event";
import { buildHttpApiEventV2, buildProxyEventV1, type ApiEventContext } from "./apigw-event";
import { buildBusEvent, buildCodePipelineStateChange, buildScheduledEvent } from "./eventbridge-events";
import { parseHttpRequest } from "./http-request";
import { buildS3Event } from "./s3-notifications";
import { buildSnsEvent } from "./sns-records";
import { buildSqsEvent } from "./sqs-records";

/**
 * Sample events for every trigger, like the Lambda console's test-event templates: for the
 * simulator's event picker and for lessons. They are built with the same code the simulated
 * services use, so a sample and a real delivery never disagree on shape. Fixed ids and times
 * keep them deterministic.
 */

export interface TestEventOptions {
  accountId?: string;
  region?: string;
  /** Epoch ms used for every timestamp in the event. */
  time?: number;
}

const DEFAULTS = { accountId: "123456789012", region: "us-east-1", time: Date.UTC(2026, 0, 1, 12, 0, 0) };

function resolve(options: TestEventOptions = {}) {
  return { ...DEFAULTS, ...options };
}

export function sampleAlbEvent(options?: TestEventOptions & { multiValueHeaders?: boolean }): ALBEvent {
  const o = resolve(options);
  const host = `my-alb-1234567890.${o.region}.elb.amazonaws.com`;
  const request = parseHttpRequest({
    url: `https://${host}/orders?status=open&page=2`,
    headers: { accept: "application/json", "user-agent": "Mozilla/5.0 (X11; Linux x86_64)", cookie: "session=abc123" },
  });
  return buildAlbEvent(request, {
    targetGroupArn: `arn:aws:elasticloadbalancing:${o.region}:${o.accountId}:targetgroup/orders-tg/6d0ecf831eec9f09`,
    multiValueHeaders: options?.multiValueHeaders ?? false,
    traceId: albTraceId(o.time, "0123456789abcdef01234567"),
  });
}

function apiContext(o: ReturnType<typeof resolve>, over: Partial<ApiEventContext>): ApiEventContext {
  return {
    accountId: o.accountId,
    apiId: "a1b2c3d4e5",
    domainName: `a1b2c3d4e5.execute-api.${o.region}.amazonaws.com`,
    stage: "$default",
    requestId: "JKJaXmPLvHcESHA=",
    routeKey: "GET /items/{id}",
    pathParameters: { id: "42" },
    timeEpoch: o.time,
    traceId: albTraceId(o.time, "abcdef0123456789abcdef01"),
    ...over,
  };
}

function apiRequest(o: ReturnType<typeof resolve>, path = "/items/42?expand=true") {
  return parseHttpRequest({
    url: `https://a1b2c3d4e5.execute-api.${o.region}.amazonaws.com${path}`,
    headers: { accept: "application/json", "user-agent": "curl/8.5.0", cookie: "session=abc123; theme=dark" },
  });
}

/** HTTP API, payload format 2.0 (the default). */
export function sampleHttpApiEventV2(options?: TestEventOptions): APIGatewayProxyEventV2 {
  const o = resolve(options);
  return buildHttpApiEventV2(apiRequest(o), apiContext(o, {}));
}

/** HTTP API integration set to payload format 1.0. */
export function sampleHttpApiEventV1(options?: TestEventOptions): APIGatewayProxyEvent & { version?: string } {
  const o = resolve(options);
  return buildProxyEventV1(apiRequest(o), { ...apiContext(o, {}), resource: "/items/{id}", includeVersion: true });
}

/** REST API Lambda proxy integration (always format 1.0), on a stage named prod. */
export function sampleRestApiEvent(options?: TestEventOptions): APIGatewayProxyEvent {
  const o = resolve(options);
  return buildProxyEventV1(apiRequest(o), {
    ...apiContext(o, { stage: "prod", routeKey: "abc123" }),
    domainName: `a1b2c3d4e5.execute-api.${o.region}.amazonaws.com`,
    resource: "/items/{id}",
    includeVersion: false,
  });
}

export function sampleSqsEvent(options?: TestEventOptions): SQSEvent {
  const o = resolve(options);
  const queueArn = `arn:aws:sqs:${o.region}:${o.accountId}:orders`;
  return buildSqsEvent(
    [
      { messageId: "059f36b4-87a3-44ab-83d2-661975830a7d", receiptHandle: "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...", body: '{"orderId":"1001","total":25}', sentTimestamp: o.time, firstReceiveTimestamp: o.time + 2, receiveCount: 1 },
      { messageId: "2e1424d4-f796-459a-8184-9c92662be6da", receiptHandle: "AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq...", body: '{"orderId":"1002","total":40}', sentTimestamp: o.time + 5, firstReceiveTimestamp: o.time + 7, receiveCount: 1 },
    ],
    queueArn,
    o.region,
  );
}

export function sampleSnsEvent(options?: TestEventOptions): SNSEvent {
  const o = resolve(options);
  const topicArn = `arn:aws:sns:${o.region}:${o.accountId}:order-alerts`;
  return buildSnsEvent(
    { messageId: "95df01b4-ee98-5cb9-9903-4c221d41eb5e", topicArn, subject: "Order shipped", message: '{"orderId":"1001","status":"SHIPPED"}', timestamp: o.time, messageAttributes: { priority: { DataType: "String", StringValue: "high" } } },
    `${topicArn}:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55`,
  );
}

function sampleS3(o: ReturnType<typeof resolve>, eventName: string): S3Event {
  return buildS3Event({
    eventName,
    bucket: "photo-uploads",
    key: "uploads/holiday photo.jpg",
    size: 1024,
    eTag: "0123456789abcdef0123456789abcdef",
    sequencer: "0A1B2C3D4E5F678901",
    eventTime: o.time,
    region: o.region,
    accountId: o.accountId,
    configurationId: "make-thumbnails",
    requestId: "C3D13FE58DE4C810",
  });
}

export function sampleS3PutEvent(options?: TestEventOptions): S3Event {
  return sampleS3(resolve(options), "ObjectCreated:Put");
}

export function sampleS3DeleteEvent(options?: TestEventOptions): S3Event {
  return sampleS3(resolve(options), "ObjectRemoved:Delete");
}

export function sampleScheduledEvent(options?: TestEventOptions): ScheduledEvent {
  const o = resolve(options);
  return buildScheduledEvent(
    { id: "cdc73f9d-aea9-11e3-9d5a-835b769c0d9c", time: o.time, account: o.accountId, region: o.region },
    `arn:aws:events:${o.region}:${o.accountId}:rule/nightly-report`,
  );
}

export function sampleCodePipelineEvent(options?: TestEventOptions): CodePipelineCloudWatchPipelineEvent {
  const o = resolve(options);
  return buildCodePipelineStateChange(
    { id: "01234567-0123-0123-0123-012345678901", time: o.time, account: o.accountId, region: o.region },
    "orders-pipeline",
    "FAILED",
    "01234567-0123-0123-0123-012345678901",
  );
}

export function sampleCustomEvent(options?: TestEventOptions): EventBridgeEvent<"OrderPlaced", { orderId: string; total: number }> {
  const o = resolve(options);
  return buildBusEvent({ id: "6a7e8feb-b491-4cf7-a9f1-bf3703467718", time: o.time, account: o.accountId, region: o.region }, "com.example.orders", "OrderPlaced", {
    orderId: "1001",
    total: 25,
  });
}

export interface TestEventTemplate {
  id: string;
  label: string;
  /** The service that sends this event, for grouping in the picker. */
  source: "ELB" | "API Gateway" | "SQS" | "SNS" | "S3" | "EventBridge";
  create: (options?: TestEventOptions) => object;
}

export const TEST_EVENT_TEMPLATES: readonly TestEventTemplate[] = [
  { id: "alb", label: "Application Load Balancer request", source: "ELB", create: sampleAlbEvent },
  { id: "alb-multi-value", label: "ALB request (multi-value headers on)", source: "ELB", create: (o) => sampleAlbEvent({ ...o, multiValueHeaders: true }) },
  { id: "apigateway-http-v2", label: "HTTP API request (payload 2.0)", source: "API Gateway", create: sampleHttpApiEventV2 },
  { id: "apigateway-http-v1", label: "HTTP API request (payload 1.0)", source: "API Gateway", create: sampleHttpApiEventV1 },
  { id: "apigateway-rest", label: "REST API proxy request", source: "API Gateway", create: sampleRestApiEvent },
  { id: "sqs", label: "SQS receive message batch", source: "SQS", create: sampleSqsEvent },
  { id: "sns", label: "SNS notification", source: "SNS", create: sampleSnsEvent },
  { id: "s3-put", label: "S3 object created (Put)", source: "S3", create: sampleS3PutEvent },
  { id: "s3-delete", label: "S3 object removed (Delete)", source: "S3", create: sampleS3DeleteEvent },
  { id: "eventbridge-scheduled", label: "EventBridge scheduled event", source: "EventBridge", create: sampleScheduledEvent },
  { id: "eventbridge-codepipeline", label: "CodePipeline execution state change", source: "EventBridge", create: sampleCodePipelineEvent },
  { id: "eventbridge-custom", label: "Custom event (PutEvents)", source: "EventBridge", create: sampleCustomEvent },
];
