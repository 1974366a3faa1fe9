import { describe, expect, test } from "vitest";
import { EVENT_TEMPLATES, templateJson } from "@/lib/workspace/event-templates";
import { checkEventJson, checkEventName, formatEventJson, lineColumn } from "@/lib/workspace/event-validation";
import { jsonErrorOffset } from "@/lib/workspace/json-position";

describe("event JSON", () => {
  test("valid JSON passes with its size; an empty editor sends {}", () => {
    const r = checkEventJson('{"a": 1}');
    expect(r).toEqual({ ok: true, value: { a: 1 }, bytes: 8, text: '{"a": 1}' });
    expect(checkEventJson("  ")).toMatchObject({ ok: true, value: {} });
    expect(checkEventJson('"just a string"')).toMatchObject({ ok: true, value: "just a string" });
  });

  test("a syntax error names the line and column", () => {
    const r = checkEventJson('{\n  "a": 1,\n  "b": \n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(4);
    expect(r.column).toBe(1);
    expect(r.message).toMatch(/^The event is not valid JSON \(line 4, column 1\).*InvalidRequestContentException/);
    const truncated = checkEventJson('{"a": ');
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(truncated.line).toBe(1);
  });

  test("payload limits: 6 MB synchronous, 1 MB asynchronous", () => {
    const justOverOneMb = JSON.stringify({ d: "x".repeat(1024 * 1024) });
    expect(checkEventJson(justOverOneMb, "RequestResponse").ok).toBe(true);
    const r = checkEventJson(justOverOneMb, "Event");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^RequestTooLargeException: .*asynchronous invocations accept at most 1,048,576 bytes \(1 MB\)/);
  });

  test("lineColumn counts from 1", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  test("names follow the console's rule and must be unique", () => {
    expect(checkEventName("order-42.v1_b")).toBeNull();
    expect(checkEventName("has space")).toMatch(/1-25 characters/);
    expect(checkEventName("x".repeat(26))).toMatch(/1-25 characters/);
    expect(checkEventName("dup", ["dup"])).toMatch(/already exists/);
  });

  test("format pretty-prints valid JSON and leaves broken text alone", () => {
    expect(formatEventJson('{"a":[1,2]}')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}\n');
    expect(formatEventJson("{oops")).toBe("{oops");
  });
});

describe("event templates", () => {
  test("the picker offers hello world and a template for every trigger source", () => {
    expect(EVENT_TEMPLATES[0].id).toBe("hello-world");
    expect(new Set(EVENT_TEMPLATES.map((t) => t.source))).toEqual(new Set(["Direct invoke", "ELB", "API Gateway", "SQS", "SNS", "S3", "EventBridge"]));
  });

  test("every template is valid JSON with a unique id", () => {
    expect(new Set(EVENT_TEMPLATES.map((t) => t.id)).size).toBe(EVENT_TEMPLATES.length);
    for (const t of EVENT_TEMPLATES) expect(checkEventJson(templateJson(t)).ok).toBe(true);
  });

  test("the shapes match what lambda-facts documents", () => {
    const byId = (id: string) => JSON.parse(templateJson(EVENT_TEMPLATES.find((t) => t.id === id)!));
    const sqs = byId("sqs").Records[0];
    expect(Object.keys(sqs)).toEqual(
      expect.arrayContaining(["messageId", "receiptHandle", "body", "attributes", "messageAttributes", "md5OfBody", "eventSource", "eventSourceARN", "awsRegion"]),
    );
    expect(sqs.eventSource).toBe("aws:sqs");
    const alb = byId("alb");
    expect(alb.requestContext.elb.targetGroupArn).toMatch(/^arn:aws:elasticloadbalancing:/);
    expect(Object.keys(alb.headers).every((h: string) => h === h.toLowerCase())).toBe(true);
    expect(alb.headers).toHaveProperty("x-forwarded-for");
    const v2 = byId("apigateway-http-v2");
    expect(v2.version).toBe("2.0");
    expect(v2.requestContext.http.method).toBe("GET");
    const scheduled = byId("eventbridge-scheduled");
    expect(scheduled["detail-type"]).toBe("Scheduled Event");
    expect(scheduled.source).toBe("aws.events");
  });
});

describe("JSON error offsets", () => {
  test("agree with JSON.parse on what is valid, and point at the first bad character", () => {
    const cases: [string, number][] = [
      ['{"a": [1, 2.5e3, -0, true, false, null, "x\\u00e9\\n"]}', -1],
      ["  42 ", -1],
      ["{,}", 1],
      ['{"a" 1}', 5],
      ["[1, 2,]", 6],
      ["[01]", 2],
      ['"tab\there"', 4],
      ["{} x", 3],
      ['{"a": tru}', 9],
      ["", 0],
    ];
    for (const [text, at] of cases) {
      expect(jsonErrorOffset(text), text).toBe(at);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(valid, text).toBe(at === -1);
    }
  });
});
