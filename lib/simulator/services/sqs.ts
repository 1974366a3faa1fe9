import { AwsApiError } from "../errors";
import { parseArn, queueArn } from "../kernel/arn";
import type { DeliveryMessage, Kernel } from "../kernel/kernel";
import {
  SQS_MAX_MESSAGE_BYTES,
  SQS_MESSAGE_RETENTION_DEFAULT_S,
  SQS_RECEIVE_MAX_MESSAGES,
  SQS_VISIBILITY_TIMEOUT_DEFAULT_S,
  SQS_VISIBILITY_TIMEOUT_MAX_S,
} from "../model";
import { utf8Length } from "../sandbox/source-bundle";
import { md5Hex } from "../sources/md5";
import { DEFAULT_SENDER_ID } from "../sources/sqs-records";

/**
 * A standard SQS queue on the virtual clock, enough for dead-letter queues, destinations and
 * SNS subscriptions (and the event source mapping built on the internal methods): send,
 * receive with a visibility timeout, delete, and a redrive policy that moves a message to the
 * dead-letter queue once it was received more than maxReceiveCount times. Receive returns at
 * once (long polling does not wait on the virtual clock).
 */

export type MessageAttributeValue = { DataType: string; StringValue?: string; BinaryValue?: string };

export interface SqsMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  sentTimestamp: number;
  firstReceiveTimestamp: number;
  receiveCount: number;
  visibleAt: number;
  receiptHandle: string | undefined;
  messageAttributes: Record<string, MessageAttributeValue>;
  senderId: string;
}

export interface Queue {
  name: string;
  url: string;
  arn: string;
  fifo: boolean;
  attributes: Record<string, string>;
  createdAt: number;
  messages: SqsMessage[];
  /** Listeners told when a message becomes available (pollers of event source mappings). */
  listeners: Set<() => void>;
}

type Input = Record<string, unknown>;

const sqsError = (name: string, message: string, status = 400) => new AwsApiError(name, message, status);

export class SqsService {
  private queues = new Map<string, Queue>();

  constructor(private readonly kernel: Kernel) {
    kernel.registerDeliveryTarget("sqs", (arn, message) => this.deliver(arn, message));
  }

  private url(name: string): string {
    return `https://sqs.${this.kernel.region}.amazonaws.com/${this.kernel.accountId}/${name}`;
  }

  // ------------------------------------------------------------ public API

  createQueue(input: Input): { QueueUrl: string } {
    const name = input.QueueName;
    if (typeof name !== "string" || !/^[a-zA-Z0-9_-]{1,80}(\.fifo)?$/.test(name)) {
      throw sqsError("InvalidParameterValue", "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }
    const attributes = this.attributes((input.Attributes ?? {}) as Record<string, unknown>, name.endsWith(".fifo"));
    const existing = this.queues.get(name);
    if (existing) {
      const differs = Object.entries(attributes).some(([k, v]) => existing.attributes[k] !== v);
      if (differs) throw sqsError("QueueNameExists", `A queue already exists with the same name and a different value for attribute(s) ${Object.keys(attributes).join(", ")}`);
      return { QueueUrl: existing.url };
    }
    const queue: Queue = {
      name,
      url: this.url(name),
      arn: queueArn(this.kernel.region, this.kernel.accountId, name),
      fifo: name.endsWith(".fifo"),
      attributes: {
        VisibilityTimeout: String(SQS_VISIBILITY_TIMEOUT_DEFAULT_S),
        MessageRetentionPeriod: String(SQS_MESSAGE_RETENTION_DEFAULT_S),
        DelaySeconds: "0",
        MaximumMessageSize: String(SQS_MAX_MESSAGE_BYTES),
        ReceiveMessageWaitTimeSeconds: "0",
        ...attributes,
      },
      createdAt: this.kernel.now(),
      messages: [],
      listeners: new Set(),
    };
    this.queues.set(name, queue);
    return { QueueUrl: queue.url };
  }

  private attributes(input: Record<string, unknown>, fifo: boolean): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, raw] of Object.entries(input)) {
      const value = String(raw);
      switch (key) {
        case "VisibilityTimeout":
          this.intAttribute(key, value, 0, SQS_VISIBILITY_TIMEOUT_MAX_S);
          break;
        case "MessageRetentionPeriod":
          this.intAttribute(key, value, 60, 1_209_600);
          break;
        case "DelaySeconds":
          this.intAttribute(key, value, 0, 900);
          break;
        case "ReceiveMessageWaitTimeSeconds":
          this.intAttribute(key, value, 0, 20);
          break;
        case "MaximumMessageSize":
          this.intAttribute(key, value, 1024, SQS_MAX_MESSAGE_BYTES);
          break;
        case "RedrivePolicy": {
          let policy: { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown };
          try {
            policy = JSON.parse(value);
          } catch {
            throw sqsError("InvalidAttributeValue", "Invalid value for the parameter RedrivePolicy. Reason: Redrive policy is not a valid JSON map.");
          }
          const count = Number(policy.maxReceiveCount);
          if (typeof policy.deadLetterTargetArn !== "string" || parseArn(policy.deadLetterTargetArn)?.service !== "sqs") {
            throw sqsError("InvalidAttributeValue", "Value for parameter RedrivePolicy is invalid. Reason: Redrive policy must name deadLetterTargetArn, the ARN of an SQS queue.");
          }
          if (!Number.isInteger(count) || count < 1 || count > 1000) {
            throw sqsError("InvalidAttributeValue", "Value for parameter RedrivePolicy is invalid. Reason: Invalid value for maxReceiveCount: must be an integer from 1 to 1000.");
          }
          break;
        }
        case "FifoQueue":
          if (value === "true" && !fifo) throw sqsError("InvalidParameterValue", "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix.");
          break;
        case "ContentBasedDeduplication":
        case "Policy":
        case "KmsMasterKeyId":
        case "SqsManagedSseEnabled":
          break;
        default:
          throw sqsError("InvalidAttributeName", `Unknown Attribute ${key}.`);
      }
      out[key] = value;
    }
    return out;
  }

  private intAttribute(key: string, value: string, min: number, max: number): void {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw sqsError("InvalidAttributeValue", `Invalid value for the parameter ${key}: must be an integer from ${min} to ${max}.`);
    }
  }

  getQueueUrl(input: Input): { QueueUrl: string } {
    const queue = this.queues.get(String(input.QueueName));
    if (!queue) throw sqsError("QueueDoesNotExist", "The specified queue does not exist.");
    return { QueueUrl: queue.url };
  }

  listQueues(input: Input = {}): { QueueUrls: string[] } {
    const prefix = typeof input.QueueNamePrefix === "string" ? input.QueueNamePrefix : "";
    return { QueueUrls: [...this.queues.values()].filter((q) => q.name.startsWith(prefix)).map((q) => q.url) };
  }

  deleteQueue(input: Input): Record<string, never> {
    const queue = this.byUrl(input.QueueUrl);
    this.queues.delete(queue.name);
    return {};
  }

  purgeQueue(input: Input): Record<string, never> {
    this.byUrl(input.QueueUrl).messages = [];
    return {};
  }

  getQueueAttributes(input: Input): { Attributes: Record<string, string> } {
    const queue = this.byUrl(input.QueueUrl);
    this.expire(queue);
    const now = this.kernel.now();
    const visible = queue.messages.filter((m) => m.visibleAt <= now).length;
    const all: Record<string, string> = {
      ...queue.attributes,
      QueueArn: queue.arn,
      ApproximateNumberOfMessages: String(visible),
      ApproximateNumberOfMessagesNotVisible: String(queue.messages.filter((m) => m.receiptHandle && m.visibleAt > now).length),
      ApproximateNumberOfMessagesDelayed: String(queue.messages.filter((m) => !m.receiptHandle && m.visibleAt > now).length),
      CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
      LastModifiedTimestamp: String(Math.floor(queue.createdAt / 1000)),
    };
    if (queue.fifo) all.FifoQueue = "true";
    const names = Array.isArray(input.AttributeNames) ? (input.AttributeNames as string[]) : ["All"];
    if (names.includes("All")) return { Attributes: all };
    return { Attributes: Object.fromEntries(names.filter((n) => n in all).map((n) => [n, all[n]])) };
  }

  setQueueAttributes(input: Input): Record<string, never> {
    const queue = this.byUrl(input.QueueUrl);
    Object.assign(queue.attributes, this.attributes((input.Attributes ?? {}) as Record<string, unknown>, queue.fifo));
    return {};
  }

  sendMessage(input: Input): { MessageId: string; MD5OfMessageBody: string } {
    const queue = this.byUrl(input.QueueUrl);
    const body = input.MessageBody;
    if (typeof body !== "string" || !body.length) throw sqsError("MissingParameter", "The request must contain the parameter MessageBody.");
    if (utf8Length(body) > Number(queue.attributes.MaximumMessageSize)) {
      throw sqsError("InvalidParameterValue", `One or more parameters are invalid. Reason: Message must be shorter than ${queue.attributes.MaximumMessageSize} bytes.`);
    }
    const delay = input.DelaySeconds === undefined ? Number(queue.attributes.DelaySeconds) : Number(input.DelaySeconds);
    const message = this.enqueue(queue, body, (input.MessageAttributes ?? {}) as Record<string, MessageAttributeValue>, delay * 1000, DEFAULT_SENDER_ID);
    return { MessageId: message.messageId, MD5OfMessageBody: message.md5OfBody };
  }

  receiveMessage(input: Input): { Messages?: Array<Record<string, unknown>> } {
    const queue = this.byUrl(input.QueueUrl);
    const max = input.MaxNumberOfMessages === undefined ? 1 : Number(input.MaxNumberOfMessages);
    if (!Number.isInteger(max) || max < 1 || max > SQS_RECEIVE_MAX_MESSAGES) {
      throw sqsError("InvalidParameterValue", `Value ${String(input.MaxNumberOfMessages)} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.`);
    }
    const visibility = input.VisibilityTimeout === undefined ? undefined : Number(input.VisibilityTimeout);
    const received = this.receive(queue, max, visibility);
    if (!received.length) return {};
    const wantAttributes = Array.isArray(input.AttributeNames) || Array.isArray(input.MessageSystemAttributeNames);
    return {
      Messages: received.map((m) => {
        const out: Record<string, unknown> = { MessageId: m.messageId, ReceiptHandle: m.receiptHandle, MD5OfBody: m.md5OfBody, Body: m.body };
        if (wantAttributes) {
          out.Attributes = {
            SenderId: m.senderId,
            SentTimestamp: String(Math.floor(m.sentTimestamp)),
            ApproximateReceiveCount: String(m.receiveCount),
            ApproximateFirstReceiveTimestamp: String(Math.floor(m.firstReceiveTimestamp)),
          };
        }
        if (Object.keys(m.messageAttributes).length) out.MessageAttributes = m.messageAttributes;
        return out;
      }),
    };
  }

  deleteMessage(input: Input): Record<string, never> {
    const queue = this.byUrl(input.QueueUrl);
    if (!this.deleteByHandle(queue, String(input.ReceiptHandle))) {
      throw sqsError("ReceiptHandleIsInvalid", `The input receipt handle "${String(input.ReceiptHandle)}" is not a valid receipt handle.`);
    }
    return {};
  }

  changeMessageVisibility(input: Input): Record<string, never> {
    const queue = this.byUrl(input.QueueUrl);
    const seconds = Number(input.VisibilityTimeout);
    this.intAttribute("VisibilityTimeout", String(seconds), 0, SQS_VISIBILITY_TIMEOUT_MAX_S);
    if (!this.changeVisibility(queue, String(input.ReceiptHandle), seconds)) {
      throw sqsError("ReceiptHandleIsInvalid", `The input receipt handle "${String(input.ReceiptHandle)}" is not a valid receipt handle.`);
    }
    return {};
  }

  // ------------------------------------------------------------ internal API (delivery, event source mappings)

  queueByArn(arn: string): Queue | undefined {
    for (const q of this.queues.values()) if (q.arn === arn) return q;
    return undefined;
  }

  byUrl(url: unknown): Queue {
    if (typeof url === "string") {
      const name = url.split("/").pop() ?? "";
      const queue = this.queues.get(name);
      if (queue && queue.url === url) return queue;
    }
    throw sqsError("QueueDoesNotExist", "The specified queue does not exist.");
  }

  enqueue(queue: Queue, body: string, messageAttributes: Record<string, MessageAttributeValue>, delayMs: number, senderId: string): SqsMessage {
    const k = this.kernel;
    const now = k.now();
    const message: SqsMessage = {
      messageId: k.rng.stream("sqs-ids").uuid(),
      body,
      md5OfBody: md5Hex(body),
      sentTimestamp: now,
      firstReceiveTimestamp: 0,
      receiveCount: 0,
      visibleAt: now + delayMs,
      receiptHandle: undefined,
      messageAttributes,
      senderId,
    };
    queue.messages.push(message);
    if (delayMs > 0) this.notifyAt(queue, now + delayMs);
    else this.notify(queue);
    return message;
  }

  /** Receives up to `max` visible messages, applying the redrive policy. */
  receive(queue: Queue, max: number, visibilitySeconds?: number): SqsMessage[] {
    this.expire(queue);
    const now = this.kernel.now();
    const visibility = (visibilitySeconds ?? Number(queue.attributes.VisibilityTimeout)) * 1000;
    const redrive = queue.attributes.RedrivePolicy ? (JSON.parse(queue.attributes.RedrivePolicy) as { deadLetterTargetArn: string; maxReceiveCount: number }) : undefined;
    const out: SqsMessage[] = [];
    for (const m of [...queue.messages]) {
      if (out.length >= max) break;
      if (m.visibleAt > now) continue;
      if (redrive && m.receiveCount >= Number(redrive.maxReceiveCount)) {
        const dlq = this.queueByArn(redrive.deadLetterTargetArn);
        queue.messages.splice(queue.messages.indexOf(m), 1);
        if (dlq) this.enqueue(dlq, m.body, m.messageAttributes, 0, m.senderId);
        continue;
      }
      m.receiveCount++;
      if (!m.firstReceiveTimestamp) m.firstReceiveTimestamp = now;
      m.receiptHandle = `${m.messageId}#${m.receiveCount}#${this.kernel.rng.stream("sqs-receipts").hex(16)}`;
      m.visibleAt = now + visibility;
      this.notifyAt(queue, m.visibleAt);
      out.push(m);
    }
    return out;
  }

  deleteByHandle(queue: Queue, handle: string): boolean {
    const i = queue.messages.findIndex((m) => m.receiptHandle === handle);
    if (i < 0) return false;
    queue.messages.splice(i, 1);
    return true;
  }

  changeVisibility(queue: Queue, handle: string, seconds: number): boolean {
    const m = queue.messages.find((x) => x.receiptHandle === handle);
    if (!m) return false;
    m.visibleAt = this.kernel.now() + seconds * 1000;
    this.notifyAt(queue, m.visibleAt);
    return true;
  }

  /** Wakes the queue's pollers when a message becomes visible; no pollers, no scheduled work. */
  private notifyAt(queue: Queue, at: number): void {
    if (queue.listeners.size) this.kernel.at(at, () => this.notify(queue));
  }

  private notify(queue: Queue): void {
    for (const listener of queue.listeners) listener();
  }

  private expire(queue: Queue): void {
    const cutoff = this.kernel.now() - Number(queue.attributes.MessageRetentionPeriod) * 1000;
    if (queue.messages.length && queue.messages[0].sentTimestamp < cutoff) {
      queue.messages = queue.messages.filter((m) => m.sentTimestamp >= cutoff);
    }
  }

  private deliver(arn: string, message: DeliveryMessage) {
    const queue = this.queueByArn(arn);
    if (!queue) return { ok: false as const, error: `Queue ${arn} does not exist.` };
    if (queue.fifo) return { ok: false as const, error: `Queue ${arn} is a FIFO queue; Lambda destinations and dead-letter queues must be standard queues.` };
    const attributes: Record<string, MessageAttributeValue> = {};
    for (const [name, value] of Object.entries(message.attributes ?? {})) attributes[name] = { DataType: value.DataType, StringValue: value.StringValue };
    this.enqueue(queue, message.body, attributes, 0, message.source.service === "sns" ? "AIDAIT2UOQQY3AUEKVGXU" : DEFAULT_SENDER_ID);
    return { ok: true as const };
  }
}
