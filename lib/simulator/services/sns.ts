import { AwsApiError } from "../errors";
import { parseArn, topicArn } from "../kernel/arn";
import type { DeliveryMessage, Kernel } from "../kernel/kernel";
import { buildSnsEvent, buildSnsSqsEnvelope, type SnsMessageForDelivery } from "../sources/sns-records";
import type { MessageAttributeValue } from "./sqs";

/**
 * SNS standard topics with sqs and lambda subscriptions: enough for dead-letter topics,
 * destinations and fan-out. A lambda subscription invokes the function asynchronously with an
 * Sns record, as principal sns.amazonaws.com with the topic as source ARN (so a resource-based
 * policy check can apply); an sqs subscription enqueues the JSON envelope, or the raw message
 * when RawMessageDelivery is "true".
 */

interface Subscription {
  arn: string;
  topicArn: string;
  protocol: "sqs" | "lambda";
  endpoint: string;
  raw: boolean;
}

interface Topic {
  name: string;
  arn: string;
  attributes: Record<string, string>;
  subscriptions: Map<string, Subscription>;
}

type Input = Record<string, unknown>;

const snsError = (name: string, message: string, status = 400) => new AwsApiError(name, message, status);

export class SnsService {
  private topics = new Map<string, Topic>();

  constructor(private readonly kernel: Kernel) {
    kernel.registerDeliveryTarget("sns", (arn, message) => this.deliver(arn, message));
  }

  createTopic(input: Input): { TopicArn: string } {
    const name = input.Name;
    if (typeof name !== "string" || !/^[a-zA-Z0-9_-]{1,256}(\.fifo)?$/.test(name)) {
      throw snsError("InvalidParameterException", "Invalid parameter: Topic Name (1-256 alphanumeric characters, hyphens and underscores)");
    }
    if (name.endsWith(".fifo")) {
      throw snsError("InvalidParameterException", "Invalid parameter: Lambda Lab simulates standard topics only; FIFO topics cannot be Lambda destinations or dead-letter topics.");
    }
    const arn = topicArn(this.kernel.region, this.kernel.accountId, name);
    if (!this.topics.has(arn)) {
      this.topics.set(arn, { name, arn, attributes: { ...((input.Attributes ?? {}) as Record<string, string>) }, subscriptions: new Map() });
    }
    return { TopicArn: arn };
  }

  deleteTopic(input: Input): Record<string, never> {
    this.topics.delete(String(input.TopicArn));
    return {};
  }

  listTopics(): { Topics: Array<{ TopicArn: string }> } {
    return { Topics: [...this.topics.keys()].map((TopicArn) => ({ TopicArn })) };
  }

  getTopicAttributes(input: Input): { Attributes: Record<string, string> } {
    const topic = this.topic(input.TopicArn);
    return {
      Attributes: {
        ...topic.attributes,
        TopicArn: topic.arn,
        Owner: this.kernel.accountId,
        SubscriptionsConfirmed: String(topic.subscriptions.size),
        SubscriptionsPending: "0",
        SubscriptionsDeleted: "0",
      },
    };
  }

  subscribe(input: Input): { SubscriptionArn: string } {
    const topic = this.topic(input.TopicArn);
    const protocol = input.Protocol;
    if (protocol !== "sqs" && protocol !== "lambda") {
      throw snsError("InvalidParameterException", `Invalid parameter: Protocol ${String(protocol)}: Lambda Lab simulates the "sqs" and "lambda" protocols.`);
    }
    const endpoint = input.Endpoint;
    if (typeof endpoint !== "string" || parseArn(endpoint)?.service !== protocol) {
      throw snsError("InvalidParameterException", `Invalid parameter: Endpoint must be the ARN of ${protocol === "sqs" ? "an SQS queue" : "a Lambda function"}.`);
    }
    for (const existing of topic.subscriptions.values()) {
      if (existing.protocol === protocol && existing.endpoint === endpoint) return { SubscriptionArn: existing.arn };
    }
    const attributes = (input.Attributes ?? {}) as Record<string, unknown>;
    const arn = `${topic.arn}:${this.kernel.rng.stream("sns-subscriptions").uuid()}`;
    topic.subscriptions.set(arn, { arn, topicArn: topic.arn, protocol, endpoint, raw: String(attributes.RawMessageDelivery) === "true" });
    return { SubscriptionArn: arn };
  }

  unsubscribe(input: Input): Record<string, never> {
    for (const topic of this.topics.values()) topic.subscriptions.delete(String(input.SubscriptionArn));
    return {};
  }

  listSubscriptionsByTopic(input: Input): { Subscriptions: Array<Record<string, string>> } {
    const topic = this.topic(input.TopicArn);
    return {
      Subscriptions: [...topic.subscriptions.values()].map((s) => ({
        SubscriptionArn: s.arn,
        Owner: this.kernel.accountId,
        Protocol: s.protocol,
        Endpoint: s.endpoint,
        TopicArn: s.topicArn,
      })),
    };
  }

  publish(input: Input): { MessageId: string } {
    const topic = this.topic(input.TopicArn);
    const message = input.Message;
    if (typeof message !== "string" || !message.length) throw snsError("InvalidParameterException", "Invalid parameter: Message must not be empty");
    const messageId = this.publishInternal(topic, message, typeof input.Subject === "string" ? input.Subject : undefined, (input.MessageAttributes ?? {}) as Record<string, MessageAttributeValue>);
    return { MessageId: messageId };
  }

  private topic(arn: unknown): Topic {
    const topic = typeof arn === "string" ? this.topics.get(arn) : undefined;
    if (!topic) throw snsError("NotFoundException", "Topic does not exist", 404);
    return topic;
  }

  private publishInternal(topic: Topic, message: string, subject: string | undefined, attributes: Record<string, MessageAttributeValue>): string {
    const k = this.kernel;
    const delivery: SnsMessageForDelivery = {
      messageId: k.rng.stream("sns-ids").uuid(),
      topicArn: topic.arn,
      message,
      timestamp: k.now(),
      ...(subject ? { subject } : {}),
      ...(Object.keys(attributes).length ? { messageAttributes: attributes } : {}),
    };
    for (const sub of topic.subscriptions.values()) {
      if (sub.protocol === "sqs") {
        k.deliver(sub.endpoint, {
          body: buildSnsSqsEnvelope(delivery, sub.arn, sub.raw),
          attributes: sub.raw ? stringAttributes(attributes) : undefined,
          source: { service: "sns", arn: topic.arn },
        });
      } else {
        k.lambda.invoke(
          {
            functionName: sub.endpoint,
            invocationType: "Event",
            payload: JSON.stringify(buildSnsEvent(delivery, sub.arn)),
            source: { kind: "service", principal: "sns.amazonaws.com", sourceArn: topic.arn, sourceAccount: k.accountId, label: "sns" },
          },
          () => {},
        );
      }
    }
    return delivery.messageId;
  }

  private deliver(arn: string, message: DeliveryMessage) {
    const topic = this.topics.get(arn);
    if (!topic) return { ok: false as const, error: `Topic ${arn} does not exist.` };
    const attributes: Record<string, MessageAttributeValue> = {};
    for (const [name, value] of Object.entries(message.attributes ?? {})) attributes[name] = { DataType: value.DataType, StringValue: value.StringValue };
    this.publishInternal(topic, message.body, undefined, attributes);
    return { ok: true as const };
  }
}

function stringAttributes(attributes: Record<string, MessageAttributeValue>): DeliveryMessage["attributes"] {
  const out: NonNullable<DeliveryMessage["attributes"]> = {};
  for (const [name, value] of Object.entries(attributes)) {
    out[name] = { DataType: value.DataType === "Number" ? "Number" : "String", StringValue: value.StringValue ?? "" };
  }
  return out;
}
