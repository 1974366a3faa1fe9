/**
 * What an SQS event source mapping needs from the simulated SQS: receive, delete, and a way to
 * sleep until a message may be receivable. The engine's sim.sqs implements it in the adapter;
 * redrive to a dead-letter queue (maxReceiveCount) is SQS's own job, done on receive.
 */

export interface PortMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  sentTimestamp: number;
  firstReceiveTimestamp: number;
  /** ApproximateReceiveCount after this receive. */
  receiveCount: number;
  messageAttributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }>;
  messageGroupId?: string;
  messageDeduplicationId?: string;
  sequenceNumber?: string;
}

export interface QueueInfo {
  queueArn: string;
  visibilityTimeoutSeconds: number;
  fifo: boolean;
}

export interface QueuePort {
  /** The queue with this ARN, or undefined when there is none. */
  describe(queueArn: string): QueueInfo | undefined;
  /** Up to `max` (1-10) visible messages, now hidden for the queue's visibility timeout. */
  receive(queueArn: string, max: number): PortMessage[];
  /** Deletes a received message; false when the receipt handle is stale. */
  delete(queueArn: string, receiptHandle: string): boolean;
  /** When the next hidden message becomes visible again, if any is hidden. */
  nextVisibleAt(queueArn: string): number | undefined;
  /** Calls `listener` when a message is sent to the queue; returns an unsubscribe function. */
  onMessage(queueArn: string, listener: () => void): () => void;
}
