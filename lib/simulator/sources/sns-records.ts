import type { SNSEvent, SNSEventRecord, SNSMessageAttributes } from "aws-lambda";

/**
 * SNS deliveries: the Sns record a subscribed function receives, and the JSON envelope an
 * SQS subscription puts in the queue (raw message delivery off). The two spell some fields
 * differently (SigningCertUrl in Lambda records, SigningCertURL in the SQS envelope), as AWS does.
 */

export interface SnsMessageForDelivery {
  messageId: string;
  topicArn: string;
  subject?: string;
  message: string;
  timestamp: number;
  messageAttributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }>;
}

/** The signature is never verified in the simulator; a fixed placeholder keeps events deterministic. */
const PLACEHOLDER_SIGNATURE = "EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=";

function region(topicArn: string): string {
  return topicArn.split(":")[3] ?? "us-east-1";
}

function certUrl(topicArn: string): string {
  return `https://sns.${region(topicArn)}.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem`;
}

function unsubscribeUrl(subscriptionArn: string): string {
  return `https://sns.${region(subscriptionArn)}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscriptionArn}`;
}

function attributes(message: SnsMessageForDelivery): SNSMessageAttributes {
  const out: SNSMessageAttributes = {};
  for (const [name, attr] of Object.entries(message.messageAttributes ?? {})) {
    out[name] = { Type: attr.DataType, Value: attr.StringValue ?? attr.BinaryValue ?? "" };
  }
  return out;
}

export function buildSnsRecord(message: SnsMessageForDelivery, subscriptionArn: string): SNSEventRecord {
  return {
    EventVersion: "1.0",
    EventSubscriptionArn: subscriptionArn,
    EventSource: "aws:sns",
    Sns: {
      SignatureVersion: "1",
      Timestamp: new Date(message.timestamp).toISOString(),
      Signature: PLACEHOLDER_SIGNATURE,
      SigningCertUrl: certUrl(message.topicArn),
      MessageId: message.messageId,
      Message: message.message,
      MessageAttributes: attributes(message),
      Type: "Notification",
      UnsubscribeUrl: unsubscribeUrl(subscriptionArn),
      TopicArn: message.topicArn,
      // SNS sends null, not a missing field, when the publisher gave no subject.
      Subject: (message.subject ?? null) as string,
    },
  };
}

/** SNS invokes a function with exactly one record per delivery. */
export function buildSnsEvent(message: SnsMessageForDelivery, subscriptionArn: string): SNSEvent {
  return { Records: [buildSnsRecord(message, subscriptionArn)] };
}

/** The body SNS writes into a subscribed SQS queue. */
export function buildSnsSqsEnvelope(message: SnsMessageForDelivery, subscriptionArn: string, rawMessageDelivery = false): string {
  if (rawMessageDelivery) return message.message;
  const envelope: Record<string, unknown> = {
    Type: "Notification",
    MessageId: message.messageId,
    TopicArn: message.topicArn,
    ...(message.subject !== undefined ? { Subject: message.subject } : {}),
    Message: message.message,
    Timestamp: new Date(message.timestamp).toISOString(),
    SignatureVersion: "1",
    Signature: PLACEHOLDER_SIGNATURE,
    SigningCertURL: certUrl(message.topicArn),
    UnsubscribeURL: unsubscribeUrl(subscriptionArn),
  };
  const attrs = attributes(message);
  if (Object.keys(attrs).length > 0) envelope.MessageAttributes = attrs;
  return JSON.stringify(envelope);
}
