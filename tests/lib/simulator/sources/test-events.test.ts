import { describe, expect, test } from "vitest";
import { compileEventPattern } from "@/lib/simulator/sources/event-pattern";
import { matchesEventPattern } from "@/lib/simulator/sources/event-pattern-match";
import { checkPutEventsEntry, eventTime, validatePutEventsRequest } from "@/lib/simulator/sources/eventbridge-events";
import {
  TEST_EVENT_TEMPLATES,
  sampleAlbEvent,
  sampleCodePipelineEvent,
  sampleHttpApiEventV2,
  sampleRestApiEvent,
  sampleS3PutEvent,
  sampleScheduledEvent,
  sampleSqsEvent,
} from "@/lib/simulator/sources/test-events";

describe("test-event templates", () => {
  test("every template has a unique id and produces JSON-serialisable output that survives a round trip", () => {
    const ids = TEST_EVENT_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of TEST_EVENT_TEMPLATES) {
      const event = template.create();
      expect(JSON.parse(JSON.stringify(event)), template.id).toEqual(event);
    }
  });

  test("templates are deterministic and honour account, region and time", () => {
    for (const template of TEST_EVENT_TEMPLATES) expect(template.create()).toEqual(template.create());
    const alb = sampleAlbEvent({ accountId: "210987654321", region: "eu-west-1" });
    expect(alb.requestContext.elb.targetGroupArn).toBe("arn:aws:elasticloadbalancing:eu-west-1:210987654321:targetgroup/orders-tg/6d0ecf831eec9f09");
    expect(sampleScheduledEvent({ time: Date.UTC(2027, 5, 1, 8, 0, 0, 123) }).time).toBe("2027-06-01T08:00:00Z");
  });

  test("each source's template has that source's distinguishing fields", () => {
    expect(sampleAlbEvent()).toMatchObject({ httpMethod: "GET", path: "/orders", queryStringParameters: { status: "open", page: "2" } });
    expect(sampleAlbEvent({ multiValueHeaders: true })).toHaveProperty("multiValueHeaders");
    expect(sampleHttpApiEventV2()).toMatchObject({ version: "2.0", routeKey: "GET /items/{id}", cookies: ["session=abc123", "theme=dark"], pathParameters: { id: "42" } });
    expect(sampleRestApiEvent()).toMatchObject({ resource: "/items/{id}", requestContext: { stage: "prod", path: "/prod/items/42" } });
    expect(sampleRestApiEvent()).not.toHaveProperty("version");
    expect(sampleSqsEvent().Records.map((r) => r.eventSource)).toEqual(["aws:sqs", "aws:sqs"]);
    expect(sampleS3PutEvent().Records[0].s3.object.key).toBe("uploads/holiday+photo.jpg");
    expect(sampleScheduledEvent()).toMatchObject({ source: "aws.events", "detail-type": "Scheduled Event", detail: {} });
  });

  test("the CodePipeline sample matches the pattern a learner would write for failed pipelines", () => {
    const pattern = compileEventPattern({ source: ["aws.codepipeline"], "detail-type": ["CodePipeline Pipeline Execution State Change"], detail: { state: ["FAILED"] } });
    expect(matchesEventPattern(pattern, sampleCodePipelineEvent())).toBe(true);
  });
});

describe("PutEvents entries", () => {
  test("a good entry yields its parsed detail", () => {
    expect(checkPutEventsEntry({ Source: "com.example.orders", DetailType: "OrderPlaced", Detail: '{"orderId":"1"}' })).toEqual({ detail: { orderId: "1" } });
  });

  test.each([
    [{ DetailType: "x", Detail: "{}" }, "InvalidArgument", /Source is a required/],
    [{ Source: "aws.codepipeline", DetailType: "x", Detail: "{}" }, "NotAuthorizedForSourceException", /reserved/],
    [{ Source: "app", Detail: "{}" }, "InvalidArgument", /DetailType is a required/],
    [{ Source: "app", DetailType: "x" }, "InvalidArgument", /Detail is a required/],
    [{ Source: "app", DetailType: "x", Detail: "{nope" }, "MalformedDetail", /Detail is malformed/],
    [{ Source: "app", DetailType: "x", Detail: "[1]" }, "MalformedDetail", /JSON object/],
    [{ Source: "app", DetailType: "x", Detail: JSON.stringify({ big: "x".repeat(256 * 1024) }) }, "InvalidArgument", /256 KB/],
  ])("entry %j fails with %s", (entry, code, message) => {
    const result = checkPutEventsEntry(entry);
    expect(result).toMatchObject({ ErrorCode: code });
    expect("ErrorMessage" in result && result.ErrorMessage).toMatch(message);
  });

  test("the request needs 1 to 10 entries", () => {
    expect(() => validatePutEventsRequest([])).toThrow(/greater than or equal to 1/);
    expect(() => validatePutEventsRequest(Array.from({ length: 11 }, () => ({})))).toThrow(/less than or equal to 10/);
    expect(() => validatePutEventsRequest([{}])).not.toThrow();
  });

  test("event times have whole seconds", () => {
    expect(eventTime(Date.UTC(2026, 0, 1, 10, 0, 0, 999))).toBe("2026-01-01T10:00:00Z");
  });
});
