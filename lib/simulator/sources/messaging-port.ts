/**
 * Delivery to SQS queues and SNS topics for EventBridge targets and S3 notifications. The
 * engine's sim.sqs / sim.sns implement it in the adapter; the event sources only know ARNs.
 */
export interface MessagingPort {
  /** Sends `body` to the queue or publishes it to the topic named by `arn`. */
  deliver(arn: string, body: string, from: { principal: string; sourceArn: string; subject?: string }): { ok: true } | { ok: false; error: string };
}
