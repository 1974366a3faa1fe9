import type { PortMessage, QueueInfo, QueuePort } from "@/lib/simulator/sources/queue-port";
import type { FakeHost } from "./fake-host";

/**
 * Just enough SQS for testing the event source mapping: visibility timeouts on the virtual
 * clock, ApproximateReceiveCount, and a redrive policy that moves a message to the dead-letter
 * queue when it is received more than maxReceiveCount times.
 */

interface Stored {
  messageId: string;
  body: string;
  sentTimestamp: number;
  firstReceiveTimestamp?: number;
  receiveCount: number;
  visibleAt: number;
  receiptHandle?: string;
}

interface Queue extends QueueInfo {
  messages: Stored[];
  redrive?: { deadLetterTargetArn: string; maxReceiveCount: number };
  listeners: Set<() => void>;
}

export class FakeQueues implements QueuePort {
  private queues = new Map<string, Queue>();
  private counter = 0;

  constructor(private readonly host: FakeHost) {}

  create(name: string, options: { visibilityTimeoutSeconds?: number; fifo?: boolean; redrive?: Queue["redrive"] } = {}): string {
    const queueArn = `arn:aws:sqs:us-east-1:123456789012:${name}`;
    this.queues.set(queueArn, { queueArn, visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 30, fifo: options.fifo ?? false, messages: [], redrive: options.redrive, listeners: new Set() });
    return queueArn;
  }

  send(queueArn: string, body: string): string {
    const q = this.queues.get(queueArn)!;
    const messageId = `msg-${++this.counter}`;
    q.messages.push({ messageId, body, sentTimestamp: this.host.now(), receiveCount: 0, visibleAt: this.host.now() });
    for (const l of q.listeners) l();
    return messageId;
  }

  bodies(queueArn: string): string[] {
    return this.queues.get(queueArn)!.messages.map((m) => m.body);
  }

  describe(queueArn: string): QueueInfo | undefined {
    const q = this.queues.get(queueArn);
    return q && { queueArn: q.queueArn, visibilityTimeoutSeconds: q.visibilityTimeoutSeconds, fifo: q.fifo };
  }

  receive(queueArn: string, max: number): PortMessage[] {
    const q = this.queues.get(queueArn)!;
    const now = this.host.now();
    const out: PortMessage[] = [];
    for (const m of [...q.messages]) {
      if (out.length >= max) break;
      if (m.visibleAt > now) continue;
      if (q.redrive && m.receiveCount >= q.redrive.maxReceiveCount) {
        q.messages.splice(q.messages.indexOf(m), 1);
        this.send(q.redrive.deadLetterTargetArn, m.body);
        continue;
      }
      m.receiveCount++;
      m.firstReceiveTimestamp ??= now;
      m.visibleAt = now + q.visibilityTimeoutSeconds * 1000;
      m.receiptHandle = `rh-${m.messageId}-${m.receiveCount}`;
      out.push({ messageId: m.messageId, receiptHandle: m.receiptHandle, body: m.body, sentTimestamp: m.sentTimestamp, firstReceiveTimestamp: m.firstReceiveTimestamp, receiveCount: m.receiveCount });
    }
    return out;
  }

  delete(queueArn: string, receiptHandle: string): boolean {
    const q = this.queues.get(queueArn)!;
    const index = q.messages.findIndex((m) => m.receiptHandle === receiptHandle);
    if (index < 0) return false;
    q.messages.splice(index, 1);
    return true;
  }

  nextVisibleAt(queueArn: string): number | undefined {
    const now = this.host.now();
    const hidden = this.queues.get(queueArn)!.messages.filter((m) => m.visibleAt > now).map((m) => m.visibleAt);
    return hidden.length ? Math.min(...hidden) : undefined;
  }

  onMessage(queueArn: string, listener: () => void): () => void {
    const q = this.queues.get(queueArn)!;
    q.listeners.add(listener);
    return () => q.listeners.delete(listener);
  }
}
