import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { md5Hex } from "@/lib/simulator/sources/md5";
import {
  buildS3Record,
  configurationMatches,
  encodeS3EventKey,
  eventTypeMatches,
  validateNotificationConfiguration,
  type NotificationConfiguration,
} from "@/lib/simulator/sources/s3-notifications";
import { buildSnsEvent, buildSnsSqsEnvelope } from "@/lib/simulator/sources/sns-records";
import { buildSqsRecord, interpretBatchResponse } from "@/lib/simulator/sources/sqs-records";

const QUEUE_ARN = "arn:aws:sqs:us-east-1:123456789012:orders";

describe("md5", () => {
  test.each([
    ["", "d41d8cd98f00b204e9800998ecf8427e"],
    ["abc", "900150983cd24fb0d6963f7d28e17f72"],
    ["The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6"],
  ])("md5(%j) matches the RFC 1321 test vector", (text, hex) => {
    expect(md5Hex(text)).toBe(hex);
  });

  test.each(["Hello from SQS!", "x".repeat(1000), "héllo wörld ✓", "a".repeat(55), "a".repeat(56), "a".repeat(64)])(
    "agrees with node:crypto on %j (padding boundaries and UTF-8)",
    (text) => {
      expect(md5Hex(text)).toBe(createHash("md5").update(text, "utf8").digest("hex"));
    },
  );
});

describe("SQS records", () => {
  test("carry the documented fields and string attributes", () => {
    const record = buildSqsRecord(
      {
        messageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
        receiptHandle: "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
        body: "Hello from SQS!",
        sentTimestamp: 1545082649183,
        firstReceiveTimestamp: 1545082649185,
        receiveCount: 2,
        messageAttributes: { priority: { DataType: "Number", StringValue: "1" } },
      },
      QUEUE_ARN,
      "us-east-1",
    );
    expect(record).toEqual({
      messageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
      receiptHandle: "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
      body: "Hello from SQS!",
      attributes: {
        ApproximateReceiveCount: "2",
        SentTimestamp: "1545082649183",
        SenderId: "AIDAIENQZJOLO23YVJ4VO",
        ApproximateFirstReceiveTimestamp: "1545082649185",
      },
      messageAttributes: { priority: { stringValue: "1", stringListValues: [], binaryListValues: [], dataType: "Number" } },
      md5OfBody: md5Hex("Hello from SQS!"),
      eventSource: "aws:sqs",
      eventSourceARN: QUEUE_ARN,
      awsRegion: "us-east-1",
    });
  });

  test("FIFO records add the group, deduplication id and sequence number", () => {
    const record = buildSqsRecord(
      { messageId: "m", receiptHandle: "r", body: "b", sentTimestamp: 1, firstReceiveTimestamp: 2, receiveCount: 1, messageGroupId: "g1", messageDeduplicationId: "d1", sequenceNumber: "18849496460467696128" },
      "arn:aws:sqs:us-east-1:123456789012:orders.fifo",
      "us-east-1",
    );
    expect(record.attributes).toMatchObject({ MessageGroupId: "g1", MessageDeduplicationId: "d1", SequenceNumber: "18849496460467696128" });
  });
});

describe("SQS partial batch responses (ReportBatchItemFailures)", () => {
  const ids = ["m1", "m2", "m3"];
  const read = (payload: string | undefined, extra: Partial<Parameters<typeof interpretBatchResponse>[0]> = {}) =>
    interpretBatchResponse({ functionError: false, payload, batchMessageIds: ids, reportBatchItemFailures: true, ...extra });

  test("reported failures are the only messages retried", () => {
    expect(read(JSON.stringify({ batchItemFailures: [{ itemIdentifier: "m2" }, { itemIdentifier: "m2" }] }))).toEqual({
      kind: "partial",
      failedMessageIds: ["m2"],
    });
  });

  test.each([
    ["an empty list", JSON.stringify({ batchItemFailures: [] })],
    ["a null list", JSON.stringify({ batchItemFailures: null })],
    ["no list at all", JSON.stringify({ ok: true })],
    ["a null response", "null"],
    ["an empty response", ""],
    ["no response payload", undefined],
  ])("%s means every message succeeded", (_label, payload) => {
    expect(read(payload)).toEqual({ kind: "allSucceeded" });
  });

  test.each([
    ["invalid JSON", "{batchItemFailures:", /not valid JSON/],
    ["an empty itemIdentifier", JSON.stringify({ batchItemFailures: [{ itemIdentifier: "" }] }), /empty, null or missing/],
    ["a null itemIdentifier", JSON.stringify({ batchItemFailures: [{ itemIdentifier: null }] }), /empty, null or missing/],
    ["a misspelt key", JSON.stringify({ batchItemFailures: [{ itemIdentifer: "m1" }] }), /empty, null or missing/],
    ["an unknown messageId", JSON.stringify({ batchItemFailures: [{ itemIdentifier: "m9" }] }), /'m9' is not a messageId/],
    ["a list that is not a list", JSON.stringify({ batchItemFailures: "m1" }), /must be a list/],
  ])("%s fails the whole batch", (_label, payload, reason) => {
    const outcome = read(payload);
    expect(outcome.kind).toBe("allFailed");
    expect(outcome.kind === "allFailed" && outcome.reason).toMatch(reason);
  });

  test("a thrown error fails the whole batch whatever the setting", () => {
    expect(read(undefined, { functionError: true }).kind).toBe("allFailed");
    expect(read(undefined, { functionError: true, reportBatchItemFailures: false }).kind).toBe("allFailed");
  });

  test("without ReportBatchItemFailures a returned list is ignored", () => {
    expect(read(JSON.stringify({ batchItemFailures: [{ itemIdentifier: "m1" }] }), { reportBatchItemFailures: false })).toEqual({ kind: "allSucceeded" });
  });
});

describe("SNS records", () => {
  const message = { messageId: "95df01b4-ee98-5cb9-9903-4c221d41eb5e", topicArn: "arn:aws:sns:us-east-1:123456789012:alerts", message: "Hello from SNS!", timestamp: Date.UTC(2026, 0, 1), messageAttributes: { level: { DataType: "String", StringValue: "high" } } };
  const subscription = "arn:aws:sns:us-east-1:123456789012:alerts:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55";

  test("a Lambda delivery is one record with the Sns block", () => {
    const event = buildSnsEvent(message, subscription);
    expect(event.Records).toHaveLength(1);
    expect(event.Records[0]).toMatchObject({
      EventSource: "aws:sns",
      EventVersion: "1.0",
      EventSubscriptionArn: subscription,
      Sns: { Type: "Notification", MessageId: message.messageId, TopicArn: message.topicArn, Subject: null, Message: "Hello from SNS!", Timestamp: "2026-01-01T00:00:00.000Z", MessageAttributes: { level: { Type: "String", Value: "high" } } },
    });
    expect(event.Records[0].Sns.UnsubscribeUrl).toContain(subscription);
  });

  test("an SQS delivery wraps the message in the JSON envelope unless raw delivery is on", () => {
    const envelope = JSON.parse(buildSnsSqsEnvelope({ ...message, subject: "Alert" }, subscription));
    expect(envelope).toMatchObject({ Type: "Notification", Subject: "Alert", Message: "Hello from SNS!", TopicArn: message.topicArn });
    expect(envelope).toHaveProperty("SigningCertURL");
    expect(buildSnsSqsEnvelope(message, subscription, true)).toBe("Hello from SNS!");
  });
});

describe("S3 notifications", () => {
  const fn = "arn:aws:lambda:us-east-1:123456789012:function:thumbs";

  test("event types match exactly or through Type:*", () => {
    expect(eventTypeMatches("s3:ObjectCreated:*", "ObjectCreated:Put")).toBe(true);
    expect(eventTypeMatches("s3:ObjectCreated:*", "ObjectCreated:CompleteMultipartUpload")).toBe(true);
    expect(eventTypeMatches("s3:ObjectCreated:Put", "ObjectCreated:Copy")).toBe(false);
    expect(eventTypeMatches("s3:ObjectCreated:*", "ObjectRemoved:Delete")).toBe(false);
  });

  test("prefix and suffix filters apply to the unencoded key, case-sensitively", () => {
    const config = { LambdaFunctionArn: fn, Events: ["s3:ObjectCreated:*"], Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "uploads/" }, { Name: "Suffix", Value: ".jpg" }] } } };
    expect(configurationMatches(config, "ObjectCreated:Put", "uploads/my cat.jpg")).toBe(true);
    expect(configurationMatches(config, "ObjectCreated:Put", "uploads/cat.JPG")).toBe(false);
    expect(configurationMatches(config, "ObjectCreated:Put", "other/cat.jpg")).toBe(false);
    expect(configurationMatches(config, "ObjectRemoved:Delete", "uploads/cat.jpg")).toBe(false);
  });

  test.each<[NotificationConfiguration, RegExp]>([
    [{ LambdaFunctionConfigurations: [{ LambdaFunctionArn: fn, Events: ["s3:ObjectMade:*"] }] }, /not supported for notifications/],
    [{ LambdaFunctionConfigurations: [{ LambdaFunctionArn: fn, Events: [] }] }, /at least one event type/],
    [{ LambdaFunctionConfigurations: [{ LambdaFunctionArn: fn, Events: ["s3:ObjectCreated:*"], Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "a" }, { Name: "prefix", Value: "b" }] } } }] }, /more than one prefix/],
    [{ LambdaFunctionConfigurations: [{ LambdaFunctionArn: fn, Events: ["s3:ObjectCreated:*"], Filter: { Key: { FilterRules: [{ Name: "contains", Value: "a" }] } } }] }, /prefix or suffix/],
    [
      {
        LambdaFunctionConfigurations: [
          { LambdaFunctionArn: fn, Events: ["s3:ObjectCreated:*"], Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "images/" }] } } },
          { LambdaFunctionArn: fn, Events: ["s3:ObjectCreated:Put"], Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "images/raw/" }] } } },
        ],
      },
      /Configurations overlap/,
    ],
  ])("PutBucketNotificationConfiguration rejects %j", (config, message) => {
    expect(() => validateNotificationConfiguration(config)).toThrow(message);
    try {
      validateNotificationConfiguration(config);
    } catch (error) {
      expect((error as Error).name).toBe("InvalidArgument");
    }
  });

  test("non-overlapping filters on the same event type are accepted", () => {
    expect(() =>
      validateNotificationConfiguration({
        LambdaFunctionConfigurations: [
          { LambdaFunctionArn: fn, Events: ["s3:ObjectCreated:*"], Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "images/" }] } } },
          { LambdaFunctionArn: fn, Events: ["s3:ObjectCreated:*"], Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "videos/" }] } } },
          { LambdaFunctionArn: fn, Events: ["s3:ObjectRemoved:*"] },
        ],
      }),
    ).not.toThrow();
  });

  test("records URL-encode the key and drop size and eTag on deletes", () => {
    const base = { bucket: "photos", key: "uploads/my cat+1.jpg", sequencer: "0A1B2C3D4E5F678901", eventTime: Date.UTC(2026, 0, 1), region: "us-east-1", accountId: "123456789012", configurationId: "thumbs", requestId: "C3D13FE58DE4C810" };
    const put = buildS3Record({ ...base, eventName: "ObjectCreated:Put", size: 1024, eTag: "0123456789abcdef0123456789abcdef" });
    expect(put).toMatchObject({ eventVersion: "2.1", eventSource: "aws:s3", eventName: "ObjectCreated:Put", eventTime: "2026-01-01T00:00:00.000Z" });
    expect(put.s3).toMatchObject({ configurationId: "thumbs", bucket: { name: "photos", arn: "arn:aws:s3:::photos" }, object: { key: "uploads/my+cat%2B1.jpg", size: 1024 } });
    const del = buildS3Record({ ...base, eventName: "ObjectRemoved:Delete" });
    expect(del.s3.object).not.toHaveProperty("size");
    expect(del.s3.object).not.toHaveProperty("eTag");
    expect(encodeS3EventKey("a b/ü.txt")).toBe("a+b/%C3%BC.txt");
  });
});
