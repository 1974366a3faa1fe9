import { MissingFeatureError } from "./assertions";
import { asRecord, type AwsRecord, type ExerciseSimulator } from "./sim-port";

// A simulated SQS queue as a check uses it: a source for an event source mapping, a dead-letter
// queue, or an asynchronous destination whose records the check reads back.

export type ReceivedMessage = {
  messageId: string;
  body: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  attributes: Record<string, string>;
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export class LabQueue {
  constructor(
    private readonly sqs: NonNullable<ExerciseSimulator["sqs"]>,
    readonly name: string,
    readonly url: string,
    readonly arn: string,
  ) {}

  /** Sends one message (objects are sent as JSON) and returns its MessageId. */
  async send(body: unknown, messageAttributes?: AwsRecord): Promise<string> {
    const out = asRecord(
      await this.sqs.sendMessage({
        QueueUrl: this.url,
        MessageBody: typeof body === "string" ? body : JSON.stringify(body),
        ...(messageAttributes ? { MessageAttributes: messageAttributes } : {}),
      }),
    );
    return String(out.MessageId ?? "");
  }

  /**
   * Receives and deletes every message visible now (messages still in flight, hidden by their
   * visibility timeout, are not included).
   */
  async drain(limit = 1000): Promise<ReceivedMessage[]> {
    const out: ReceivedMessage[] = [];
    while (out.length < limit) {
      const res = asRecord(
        await this.sqs.receiveMessage({
          QueueUrl: this.url,
          MaxNumberOfMessages: 10,
          AttributeNames: ["All"],
        }),
      );
      const messages = Array.isArray(res.Messages) ? (res.Messages as AwsRecord[]) : [];
      if (messages.length === 0) break;
      for (const m of messages) {
        const body = String(m.Body ?? "");
        out.push({
          messageId: String(m.MessageId ?? ""),
          body,
          json: parseJson(body),
          attributes: (m.Attributes as Record<string, string> | undefined) ?? {},
        });
        await this.sqs.deleteMessage({ QueueUrl: this.url, ReceiptHandle: m.ReceiptHandle });
      }
    }
    return out;
  }

  /** ApproximateNumberOfMessages plus those in flight: how many the queue still holds. */
  async depth(): Promise<number> {
    const res = asRecord(
      await this.sqs.getQueueAttributes({
        QueueUrl: this.url,
        AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
      }),
    );
    const a = (res.Attributes ?? {}) as Record<string, unknown>;
    return Number(a.ApproximateNumberOfMessages ?? 0) + Number(a.ApproximateNumberOfMessagesNotVisible ?? 0);
  }
}

export type QueueOptions = {
  visibilityTimeoutSeconds?: number;
  /** Redrive to this queue after `maxReceiveCount` receives. */
  deadLetter?: { queue: LabQueue; maxReceiveCount: number };
};

export async function createLabQueue(
  sim: ExerciseSimulator,
  name: string,
  options: QueueOptions = {},
): Promise<LabQueue> {
  const sqs = sim.sqs;
  if (!sqs) throw new MissingFeatureError("simulated SQS (sim.sqs)");
  const attributes: Record<string, string> = {};
  if (options.visibilityTimeoutSeconds !== undefined)
    attributes.VisibilityTimeout = String(options.visibilityTimeoutSeconds);
  if (options.deadLetter) {
    attributes.RedrivePolicy = JSON.stringify({
      deadLetterTargetArn: options.deadLetter.queue.arn,
      maxReceiveCount: options.deadLetter.maxReceiveCount,
    });
  }
  const created = asRecord(
    await sqs.createQueue({
      QueueName: name,
      ...(Object.keys(attributes).length > 0 ? { Attributes: attributes } : {}),
    }),
  );
  const url = String(created.QueueUrl);
  const attrs = asRecord(await sqs.getQueueAttributes({ QueueUrl: url, AttributeNames: ["QueueArn"] }));
  const arn = String((attrs.Attributes as Record<string, unknown> | undefined)?.QueueArn ?? "");
  return new LabQueue(sqs, name, url, arn);
}
