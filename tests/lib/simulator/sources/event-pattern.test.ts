import { describe, expect, test } from "vitest";
import { compileEventPattern } from "@/lib/simulator/sources/event-pattern";
import { matchesEventPattern } from "@/lib/simulator/sources/event-pattern-match";

const pipelineEvent = {
  version: "0",
  id: "01234567-0123-0123-0123-012345678901",
  "detail-type": "CodePipeline Pipeline Execution State Change",
  source: "aws.codepipeline",
  account: "123456789012",
  time: "2026-01-01T10:00:00Z",
  region: "us-east-1",
  resources: ["arn:aws:codepipeline:us-east-1:123456789012:my-pipeline"],
  detail: {
    pipeline: "my-pipeline",
    state: "FAILED",
    "execution-id": "abc",
    version: 3,
    ratio: 0.25,
    tags: ["prod", "eu"],
    approved: true,
    reviewer: null,
    items: [
      { name: "build", status: "SUCCEEDED", attempts: 1 },
      { name: "deploy", status: "FAILED", attempts: 3 },
    ],
    "source-ip": "10.0.0.42",
    file: "photos/cat.PNG",
  },
};

const matches = (pattern: object) => matchesEventPattern(pattern, pipelineEvent);

function rejects(pattern: string | object, reason: RegExp) {
  let caught: unknown;
  try {
    compileEventPattern(pattern);
  } catch (error) {
    caught = error;
  }
  expect(caught, JSON.stringify(pattern)).toBeInstanceOf(Error);
  const error = caught as Error & { $metadata: { httpStatusCode: number } };
  expect(error.name).toBe("InvalidEventPatternException");
  expect(error.$metadata.httpStatusCode).toBe(400);
  expect(error.message).toMatch(/^Event pattern is not valid\. Reason: /);
  expect(error.message).toMatch(reason);
}

describe("exact values", () => {
  test("matches a CodePipeline state change by source, detail-type and nested detail", () => {
    expect(
      matches({
        source: ["aws.codepipeline"],
        "detail-type": ["CodePipeline Pipeline Execution State Change"],
        detail: { state: ["FAILED"] },
      }),
    ).toBe(true);
    expect(matches({ source: ["aws.codepipeline"], detail: { state: ["SUCCEEDED"] } })).toBe(false);
  });

  test("values in one array are alternatives; fields are all required", () => {
    expect(matches({ detail: { state: ["SUCCEEDED", "FAILED"] } })).toBe(true);
    expect(matches({ source: ["aws.s3"], detail: { state: ["FAILED"] } })).toBe(false);
  });

  test("a field the event lacks never matches a value", () => {
    expect(matches({ detail: { missing: ["x"] } })).toBe(false);
    expect(matches({ nothere: { state: ["FAILED"] } })).toBe(false);
  });

  test("matching is case-sensitive and type-sensitive", () => {
    expect(matches({ detail: { state: ["failed"] } })).toBe(false);
    expect(matches({ detail: { version: ["3"] } })).toBe(false);
    expect(matches({ detail: { version: [3] } })).toBe(true);
    expect(matches({ detail: { version: [3.0] } })).toBe(true);
    expect(matches({ detail: { approved: [true] } })).toBe(true);
    expect(matches({ detail: { approved: ["true"] } })).toBe(false);
    expect(matches({ detail: { reviewer: [null] } })).toBe(true);
  });

  test("an array in the event matches when any element matches", () => {
    expect(matches({ detail: { tags: ["eu"] } })).toBe(true);
    expect(matches({ detail: { tags: ["us"] } })).toBe(false);
    expect(matches({ resources: ["arn:aws:codepipeline:us-east-1:123456789012:my-pipeline"] })).toBe(true);
  });

  test("a sub-pattern over an array of objects must match within one element", () => {
    expect(matches({ detail: { items: { name: ["deploy"], status: ["FAILED"] } } })).toBe(true);
    expect(matches({ detail: { items: { name: ["build"], status: ["FAILED"] } } })).toBe(false);
  });

  test("a value pattern never matches an object", () => {
    expect(matches({ detail: ["x"] })).toBe(false);
    expect(matches({ detail: [{ exists: true }] })).toBe(false);
  });

  test("the empty string matches only an empty string", () => {
    expect(matchesEventPattern({ a: [""] }, { a: "" })).toBe(true);
    expect(matchesEventPattern({ a: [""] }, { a: "x" })).toBe(false);
  });
});

describe("comparison operators", () => {
  test("prefix and suffix, with and without equals-ignore-case", () => {
    expect(matches({ time: [{ prefix: "2026-01-01" }] })).toBe(true);
    expect(matches({ time: [{ prefix: "2025" }] })).toBe(false);
    expect(matches({ detail: { file: [{ suffix: ".png" }] } })).toBe(false);
    expect(matches({ detail: { file: [{ suffix: { "equals-ignore-case": ".png" } }] } })).toBe(true);
    expect(matches({ detail: { file: [{ prefix: { "equals-ignore-case": "PHOTOS/" } }] } })).toBe(true);
    expect(matches({ detail: { version: [{ prefix: "3" }] } })).toBe(false);
  });

  test("equals-ignore-case", () => {
    expect(matches({ detail: { state: [{ "equals-ignore-case": "failed" }] } })).toBe(true);
    expect(matches({ detail: { state: [{ "equals-ignore-case": "fail" }] } })).toBe(false);
  });

  test("anything-but: single values, lists, prefix, suffix, ignore-case, wildcard", () => {
    expect(matches({ detail: { state: [{ "anything-but": "SUCCEEDED" }] } })).toBe(true);
    expect(matches({ detail: { state: [{ "anything-but": "FAILED" }] } })).toBe(false);
    expect(matches({ detail: { state: [{ "anything-but": ["STARTED", "FAILED"] }] } })).toBe(false);
    expect(matches({ detail: { version: [{ "anything-but": [1, 2] }] } })).toBe(true);
    expect(matches({ detail: { version: [{ "anything-but": 3 }] } })).toBe(false);
    expect(matches({ region: [{ "anything-but": { prefix: "us-" } }] })).toBe(false);
    expect(matches({ region: [{ "anything-but": { prefix: "eu-" } }] })).toBe(true);
    expect(matches({ detail: { file: [{ "anything-but": { suffix: ".PNG" } }] } })).toBe(false);
    expect(matches({ detail: { state: [{ "anything-but": { "equals-ignore-case": ["failed"] } }] } })).toBe(false);
    expect(matches({ detail: { file: [{ "anything-but": { wildcard: "photos/*" } }] } })).toBe(false);
  });

  test("anything-but never matches a missing field, and matches an array with one other element", () => {
    expect(matches({ detail: { missing: [{ "anything-but": "x" }] } })).toBe(false);
    expect(matches({ detail: { tags: [{ "anything-but": "prod" }] } })).toBe(true);
  });

  test("numeric comparisons and ranges", () => {
    expect(matches({ detail: { version: [{ numeric: [">", 2] }] } })).toBe(true);
    expect(matches({ detail: { version: [{ numeric: [">", 3] }] } })).toBe(false);
    expect(matches({ detail: { version: [{ numeric: [">=", 3] }] } })).toBe(true);
    expect(matches({ detail: { version: [{ numeric: ["<", 3] }] } })).toBe(false);
    expect(matches({ detail: { version: [{ numeric: ["<=", 3] }] } })).toBe(true);
    expect(matches({ detail: { version: [{ numeric: ["=", 3] }] } })).toBe(true);
    expect(matches({ detail: { ratio: [{ numeric: [">", 0, "<=", 0.25] }] } })).toBe(true);
    expect(matches({ detail: { ratio: [{ numeric: [">", 0, "<", 0.25] }] } })).toBe(false);
    expect(matches({ detail: { items: { attempts: [{ numeric: [">=", 3] }] } } })).toBe(true);
  });

  test("numeric never matches strings that look like numbers", () => {
    expect(matchesEventPattern({ n: [{ numeric: [">", 1] }] }, { n: "5" })).toBe(false);
  });

  test("exists", () => {
    expect(matches({ detail: { state: [{ exists: true }] } })).toBe(true);
    expect(matches({ detail: { missing: [{ exists: true }] } })).toBe(false);
    expect(matches({ detail: { missing: [{ exists: false }] } })).toBe(true);
    expect(matches({ detail: { state: [{ exists: false }] } })).toBe(false);
    expect(matches({ detail: { reviewer: [{ exists: true }] } })).toBe(true);
    expect(matchesEventPattern({ a: [{ exists: false }] }, { a: [] })).toBe(true);
  });

  test("wildcard", () => {
    expect(matches({ detail: { file: [{ wildcard: "photos/*.PNG" }] } })).toBe(true);
    expect(matches({ detail: { file: [{ wildcard: "*.png" }] } })).toBe(false);
    expect(matchesEventPattern({ a: [{ wildcard: "a\\*b" }] }, { a: "a*b" })).toBe(true);
    expect(matchesEventPattern({ a: [{ wildcard: "a\\*b" }] }, { a: "axxb" })).toBe(false);
  });

  test("cidr", () => {
    expect(matches({ detail: { "source-ip": [{ cidr: "10.0.0.0/24" }] } })).toBe(true);
    expect(matches({ detail: { "source-ip": [{ cidr: "10.0.1.0/24" }] } })).toBe(false);
    expect(matches({ detail: { "source-ip": [{ cidr: "0.0.0.0/0" }] } })).toBe(true);
  });

  test("$or combines whole sub-patterns", () => {
    const pattern = { source: ["aws.codepipeline"], $or: [{ detail: { state: ["SUCCEEDED"] } }, { detail: { version: [{ numeric: [">", 2] }] } }] };
    expect(matches(pattern)).toBe(true);
    expect(matchesEventPattern(pattern, { ...pipelineEvent, detail: { state: "FAILED", version: 1 } })).toBe(false);
  });

  test("mixing operators in one list is an OR", () => {
    expect(matches({ detail: { state: ["SUCCEEDED", { prefix: "FAIL" }] } })).toBe(true);
  });

  test("patterns given as JSON text behave like objects", () => {
    expect(matchesEventPattern('{"detail":{"state":["FAILED"]}}', pipelineEvent)).toBe(true);
  });
});

describe("pattern validation", () => {
  test.each<[string | object, RegExp]>([
    ["not json", /not valid JSON/],
    ["[]", /Filter is not an object/],
    ['"source"', /Filter is not an object/],
    [{}, /Empty objects are not allowed/],
    [{ detail: {} }, /Empty objects are not allowed/],
    [{ source: [] }, /Empty arrays are not allowed/],
    [{ source: "aws.s3" }, /"source" must be an object or an array/],
    [{ source: 5 }, /"source" must be an object or an array/],
    [{ source: [["nested"]] }, /Match value must be String, number, true, false, or null/],
    [{ source: [{ foo: "x" }] }, /Unrecognized match type foo/],
    [{ source: [{}] }, /Match expression name not found/],
    [{ source: [{ prefix: "a", suffix: "b" }] }, /Only one key allowed/],
    [{ source: [{ prefix: 5 }] }, /prefix match pattern must be a string/],
    [{ source: [{ exists: "yes" }] }, /either true or false/],
    [{ n: [{ numeric: 5 }] }, /must be an array/],
    [{ n: [{ numeric: [">", "5"] }] }, /Value of > must be numeric/],
    [{ n: [{ numeric: ["!=", 5] }] }, /Unrecognized numeric range operator/],
    [{ n: [{ numeric: ["<", 5, ">", 1] }] }, /Too many elements/],
    [{ n: [{ numeric: [">", 5, "<", 1] }] }, /Bottom must be less than top/],
    [{ n: [{ numeric: [">", 1, ">", 5] }] }, /Bad numeric range operator/],
    [{ n: [{ numeric: [">", 6e9] }] }, /between -5.0E9 and 5.0E9/],
    [{ s: [{ "anything-but": ["a", 1] }] }, /mixed type/],
    [{ s: [{ "anything-but": true }] }, /must be an array or single string\/number/],
    [{ s: [{ "anything-but": { prefix: "" } }] }, /Null prefix\/suffix not allowed/],
    [{ s: [{ "anything-but": { exists: true } }] }, /Unsupported anything-but pattern: exists/],
    [{ s: [{ wildcard: "a**b" }] }, /Consecutive wildcard characters/],
    [{ ip: [{ cidr: "10.0.0.0" }] }, /CIDR/],
    [{ ip: [{ cidr: "10.0.0.0/33" }] }, /CIDR/],
    [{ $or: [{ a: ["x"] }] }, /\$or must be an array of at least two/],
  ])("rejects %j", (pattern, reason) => rejects(pattern, reason));
});
