import type { SQSEvent, SQSMessageAttributes, SQSRecord } from "aws-lambda";
import { md5Hex } from "./md5";

/**
 * SQS event source mapping: the records Lambda hands the function, and how it reads the
 * function's answer when ReportBatchItemFailures is on (DG/services-sqs-errorhandling).
 */

export interface SqsMessageForEvent {
  messageId: string;
  receiptHandle: string;
  body: string;
  sentTimestamp: number;
  firstReceiveTimestamp: number;
  receiveCount: number;
  senderId?: string;
  messageAttributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }>;
  /** FIFO queues only. */
  messageGroupId?: string;
  messageDeduplicationId?: string;
  sequenceNumber?: string;
}

export const DEFAULT_SENDER_ID = "AIDAIENQZJOLO23YVJ4VO";

export function buildSqsRecord(message: SqsMessageForEvent, queueArn: string, region: string): SQSRecord {
  const attributes: SQSRecord["attributes"] = {
    ApproximateReceiveCount: String(message.receiveCount),
    SentTimestamp: String(message.sentTimestamp),
    SenderId: message.senderId ?? DEFAULT_SENDER_ID,
    ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp),
  };
  if (message.sequenceNumber) attributes.SequenceNumber = message.sequenceNumber;
  if (message.messageGroupId) attributes.MessageGroupId = message.messageGroupId;
  if (message.messageDeduplicationId) attributes.MessageDeduplicationId = message.messageDeduplicationId;
  const messageAttributes: SQSMessageAttributes = {};
  for (const [name, attr] of Object.entries(message.messageAttributes ?? {})) {
    messageAttributes[name] = {
      ...(attr.StringValue !== undefined ? { stringValue: attr.StringValue } : {}),
      ...(attr.BinaryValue !== undefined ? { binaryValue: attr.BinaryValue } : {}),
      stringListValues: [],
      binaryListValues: [],
      dataType: attr.DataType,
    };
  }
  return {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: message.body,
    attributes,
    messageAttributes,
    md5OfBody: md5Hex(message.body),
    eventSource: "aws:sqs",
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

export function buildSqsEvent(messages: SqsMessageForEvent[], queueArn: string, region: string): SQSEvent {
  return { Records: messages.map((m) => buildSqsRecord(m, queueArn, region)) };
}

/** What the mapping does with a batch after the function returned or failed. */
export type BatchOutcome =
  | { kind: "allSucceeded" }
  | { kind: "partial"; failedMessageIds: string[] }
  | { kind: "allFailed"; reason: string };

/**
 * Reads the function's result for one batch.
 *
 * `payload` is the Invoke response payload text (undefined when the function errored or timed
 * out). With ReportBatchItemFailures on: an empty or null batchItemFailures list, or no
 * response at all, means every message succeeded; invalid JSON, an item without a usable
 * itemIdentifier, or an identifier that is not in the batch fails the whole batch. Without it,
 * the return value is ignored and only a function error fails the batch.
 */
export function interpretBatchResponse(options: {
  functionError: boolean;
  payload: string | undefined;
  batchMessageIds: readonly string[];
  reportBatchItemFailures: boolean;
}): BatchOutcome {
  if (options.functionError) return { kind: "allFailed", reason: "The function returned an error; the whole batch goes back to the queue." };
  if (!options.reportBatchItemFailures) return { kind: "allSucceeded" };
  if (options.payload === undefined || options.payload.trim() === "") return { kind: "allSucceeded" };
  let result: unknown;
  try {
    result = JSON.parse(options.payload);
  } catch {
    return { kind: "allFailed", reason: "The response is not valid JSON, so Lambda treats the whole batch as failed." };
  }
  if (typeof result !== "object" || result === null || Array.isArray(result)) return { kind: "allSucceeded" };
  const failures = (result as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return { kind: "allSucceeded" };
  if (!Array.isArray(failures)) {
    return { kind: "allFailed", reason: "batchItemFailures must be a list of { itemIdentifier } objects; the whole batch failed." };
  }
  if (failures.length === 0) return { kind: "allSucceeded" };
  const inBatch = new Set(options.batchMessageIds);
  const failed: string[] = [];
  for (const item of failures) {
    const id = typeof item === "object" && item !== null ? (item as { itemIdentifier?: unknown }).itemIdentifier : undefined;
    if (typeof id !== "string" || id === "") {
      return { kind: "allFailed", reason: "A batchItemFailures entry has an empty, null or missing itemIdentifier; the whole batch failed." };
    }
    if (!inBatch.has(id)) {
      return { kind: "allFailed", reason: `itemIdentifier '${id}' is not a messageId in this batch; the whole batch failed.` };
    }
    if (!failed.includes(id)) failed.push(id);
  }
  return { kind: "partial", failedMessageIds: failed };
}
