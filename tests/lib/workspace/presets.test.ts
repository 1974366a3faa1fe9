import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { blockingIssues, validateScenarioConfig } from "@/lib/workspace/config-validation";
import { checkEventJson } from "@/lib/workspace/event-validation";
import { getPreset, listPresets, PRESET_IDS, UnknownPresetError } from "@/lib/workspace/presets";
import { handlerFile } from "@/lib/workspace/scenario";
import { serverlessYml, yamlScalar } from "@/lib/workspace/serverless-yml";

describe("presets", () => {
  test("the six scenarios lessons link to exist under their ids", () => {
    expect(PRESET_IDS).toEqual([
      "async-retries-dlq",
      "reserved-concurrency-throttling",
      "cold-warm-client",
      "alb-hello-world",
      "weighted-alias-canary",
      "sqs-partial-batch",
    ]);
  });

  test.each(PRESET_IDS)("%s is a valid, runnable scenario", (id) => {
    const { scenario } = getPreset(id);
    expect(blockingIssues(validateScenarioConfig(scenario))).toEqual([]);
    expect(handlerFile(scenario.files, scenario.config.Handler)).toBeDefined();
    for (const e of scenario.testEvents) expect(checkEventJson(e.payload).ok).toBe(true);
    expect(scenario.steps.length).toBeGreaterThan(1);
    for (const { action } of scenario.steps) {
      if ("event" in action && action.event) expect(scenario.testEvents.map((e) => e.name)).toContain(action.event);
      if (action.type === "httpRequest") expect(["alb", "http-api"]).toContain(scenario.triggers[action.trigger]?.type);
      if (action.type === "sqsSendMessage") expect(scenario.triggers.some((t) => t.type === "sqs" && t.queueName === action.queueName)).toBe(true);
    }
  });

  test("presets that need event sources say which", () => {
    const needs = Object.fromEntries(listPresets().map((p) => [p.id, p.needs]));
    expect(needs["alb-hello-world"]).toEqual(["elbv2"]);
    expect(needs["sqs-partial-batch"]).toEqual(["sqs-event-source-mapping"]);
    expect(needs["async-retries-dlq"]).toEqual([]);
  });

  test("getPreset returns a fresh copy and rejects unknown names with the list", () => {
    const a = getPreset("cold-warm-client");
    a.scenario.config.MemorySize = 999;
    expect(getPreset("cold-warm-client").scenario.config.MemorySize).toBe(512);
    expect(() => getPreset("nope")).toThrow(UnknownPresetError);
    expect(() => getPreset("nope")).toThrow(/Known presets: async-retries-dlq/);
  });

  test("the async preset retries twice before the DLQ, as lambda-facts says", () => {
    const { scenario } = getPreset("async-retries-dlq");
    expect(scenario.asyncConfig.MaximumRetryAttempts).toBe(2);
    expect(scenario.config.DeadLetterTarget).toEqual({ kind: "sqs", name: "charge-order-dlq" });
    expect(scenario.summary).toMatch(/three times in all/);
  });
});

describe("serverless.yml", () => {
  test("the ALB preset's file has the alb event with listenerArn, priority and conditions.path", () => {
    const doc = parse(serverlessYml(getPreset("alb-hello-world").scenario));
    expect(doc.provider).toMatchObject({ name: "aws", runtime: "nodejs22.x", memorySize: 128, timeout: 3 });
    const fn = doc.functions.hello;
    expect(fn.handler).toBe("index.handler");
    expect(fn.events[0].alb).toMatchObject({ priority: 1, conditions: { path: "/hello" } });
    expect(fn.events[0].alb.listenerArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:listener\/app\//);
  });

  test("async settings, SQS triggers and their queues", () => {
    const s = getPreset("sqs-partial-batch").scenario;
    s.asyncConfig.MaximumRetryAttempts = 0;
    s.config.ReservedConcurrentExecutions = 5;
    s.config.Environment = { STAGE: "dev: blue" };
    const doc = parse(serverlessYml(s));
    const fn = doc.functions.processorders;
    expect(fn).toMatchObject({ maximumRetryAttempts: 0, reservedConcurrency: 5, environment: { STAGE: "dev: blue" } });
    expect(fn.events[0].sqs).toEqual({
      arn: "arn:aws:sqs:us-east-1:123456789012:orders",
      batchSize: 10,
      maximumBatchingWindow: 1,
      functionResponseType: "ReportBatchItemFailures",
    });
    expect(doc.resources.Resources.OrdersQueue.Properties).toMatchObject({ QueueName: "orders", VisibilityTimeout: 30 });
  });

  test("an SQS dead-letter queue goes through resources.extensions, an SNS one through onError", () => {
    const s = getPreset("async-retries-dlq").scenario;
    const doc = parse(serverlessYml(s));
    expect(doc.resources.extensions.ChargeorderLambdaFunction.Properties.DeadLetterConfig.TargetArn).toBe(
      "arn:aws:sqs:us-east-1:123456789012:charge-order-dlq",
    );
    s.config.DeadLetterTarget = { kind: "sns", name: "alerts" };
    expect(parse(serverlessYml(s)).functions.chargeorder.onError).toBe("arn:aws:sns:us-east-1:123456789012:alerts");
  });

  test("scalars that YAML would misread are quoted", () => {
    for (const v of ["yes", "a: b", "#x", "123", " lead", "ok"]) expect(parse(`k: ${yamlScalar(v)}`).k).toBe(v);
  });
});

test("the embed's title list matches the presets", async () => {
  const { PRESET_TITLES } = await import("@/lib/workspace/presets/titles");
  expect(PRESET_TITLES).toEqual(Object.fromEntries(listPresets().map((p) => [p.id, p.scenario.title])));
});
