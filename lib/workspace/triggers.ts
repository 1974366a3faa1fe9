// zod/mini: this ships to the browser with the simulator page (see eslint.config.mjs).
import { z } from "zod/mini";
import { SQS_BATCH_MAX, SQS_BATCH_MIN, SQS_BATCH_WINDOW_MAX_S } from "./limits";

// Triggers a learner can attach to the function. They map onto the event sources of issue 4
// (sim.elbv2, sim.apigatewayv2, sim.lambda.createEventSourceMapping, sim.sns, sim.s3,
// sim.eventbridge); the workspace asks the engine which of them it supports before offering to
// run them, and says so plainly when one is not available yet.

const resourceName = z.string().check(z.regex(/^[a-zA-Z0-9_-]{1,80}$/, { error: "names use letters, digits, - and _ (up to 80 characters)" }));
const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

export const albTriggerSchema = z.strictObject({
  type: z.literal("alb"),
  loadBalancerName: resourceName,
  /** The listener rule's path-pattern condition, as serverless.yml's `conditions.path`. */
  path: z.string().check(z.regex(/^\/[^\s]*$/, { error: "a path pattern starts with / (for example /hello or /api/*)" })),
  priority: intIn(1, 50_000),
  multiValueHeaders: z._default(z.boolean(), false),
});

export const httpApiTriggerSchema = z.strictObject({
  type: z.literal("http-api"),
  apiName: resourceName,
  /** A route key: `GET /items/{id}`, `ANY /{proxy+}` or `$default`. */
  routeKey: z.string().check(
    z.regex(/^(\$default|(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) \/[^\s]*)$/, {
      error: "a route key is $default or a method and a path, like GET /items/{id}",
    }),
  ),
  payloadFormatVersion: z._default(z.enum(["1.0", "2.0"]), "2.0"),
});

export const sqsTriggerSchema = z.strictObject({
  type: z.literal("sqs"),
  queueName: resourceName,
  batchSize: z._default(intIn(SQS_BATCH_MIN, SQS_BATCH_MAX), 10),
  maximumBatchingWindowInSeconds: z._default(intIn(0, SQS_BATCH_WINDOW_MAX_S), 0),
  reportBatchItemFailures: z._default(z.boolean(), false),
  /** The queue's VisibilityTimeout in seconds (AWS advises at least 6x the function timeout). */
  visibilityTimeout: z._default(intIn(0, 43_200), 30),
  /** Redrive policy: after this many receives a message moves to `deadLetterQueueName`. */
  maxReceiveCount: z._default(z.nullable(intIn(1, 1_000)), null),
  deadLetterQueueName: z._default(z.nullable(resourceName), null),
});

export const snsTriggerSchema = z.strictObject({
  type: z.literal("sns"),
  topicName: resourceName,
});

export const s3TriggerSchema = z.strictObject({
  type: z.literal("s3"),
  bucket: z.string().check(
    z.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: "bucket names are 3-63 lower-case letters, digits, dots and hyphens" }),
  ),
  events: z._default(z.array(z.string().check(z.regex(/^s3:[A-Za-z]+:[A-Za-z*]+$/))).check(z.minLength(1)), ["s3:ObjectCreated:*"]),
  prefix: z._default(z.string(), ""),
  suffix: z._default(z.string(), ""),
});

export const scheduleTriggerSchema = z.strictObject({
  type: z.literal("schedule"),
  ruleName: resourceName,
  /** `rate(5 minutes)` or `cron(0 12 * * ? *)`; the engine validates the expression as AWS does. */
  expression: z.string().check(z.regex(/^(rate|cron)\(.+\)$/, { error: "a schedule is rate(...) or cron(...)" })),
});

export const eventPatternTriggerSchema = z.strictObject({
  type: z.literal("eventbridge"),
  ruleName: resourceName,
  /** EventPattern JSON text. */
  pattern: z.string(),
});

export const triggerSchema = z.discriminatedUnion("type", [
  albTriggerSchema,
  httpApiTriggerSchema,
  sqsTriggerSchema,
  snsTriggerSchema,
  s3TriggerSchema,
  scheduleTriggerSchema,
  eventPatternTriggerSchema,
]);
export type Trigger = z.infer<typeof triggerSchema>;
export type TriggerType = Trigger["type"];
export type TriggerOf<T extends TriggerType> = Extract<Trigger, { type: T }>;

export const TRIGGER_LABELS: Readonly<Record<TriggerType, string>> = {
  alb: "Application Load Balancer",
  "http-api": "API Gateway HTTP API",
  sqs: "SQS queue",
  sns: "SNS topic",
  s3: "S3 bucket",
  schedule: "EventBridge schedule",
  eventbridge: "EventBridge rule (event pattern)",
};

/** The simulator service each trigger type needs; used to tell whether the engine has it yet. */
export const TRIGGER_SERVICE: Readonly<Record<TriggerType, string>> = {
  alb: "elbv2",
  "http-api": "apigatewayv2",
  sqs: "sqs-event-source-mapping",
  sns: "sns",
  s3: "s3",
  schedule: "eventbridge",
  eventbridge: "eventbridge",
};

/** A short human name for a trigger, used in lists and labels. */
export function describeTrigger(t: Trigger): string {
  switch (t.type) {
    case "alb":
      return `ALB ${t.loadBalancerName}, path ${t.path}`;
    case "http-api":
      return `HTTP API ${t.apiName}, route ${t.routeKey}`;
    case "sqs":
      return `SQS queue ${t.queueName} (batch size ${t.batchSize})`;
    case "sns":
      return `SNS topic ${t.topicName}`;
    case "s3":
      return `S3 bucket ${t.bucket} (${t.events.join(", ")})`;
    case "schedule":
      return `Schedule ${t.ruleName}: ${t.expression}`;
    case "eventbridge":
      return `EventBridge rule ${t.ruleName}`;
  }
}
