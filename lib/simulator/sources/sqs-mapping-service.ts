import { AwsApiError } from "./aws-error";
import { functionNameOf, randomUuid, type SourceHost } from "./host";
import type { PortMessage, QueuePort } from "./queue-port";
import { buildSqsEvent, interpretBatchResponse } from "./sqs-records";

/**
 * SQS event source mappings (CreateEventSourceMapping and friends): Lambda polls the queue,
 * gathers batches (BatchSize, MaximumBatchingWindowInSeconds), invokes the function
 * synchronously with up to ScalingConfig.MaximumConcurrency batches in flight, deletes what
 * succeeded and leaves the rest to reappear after the visibility timeout, where SQS's redrive
 * policy moves repeat failures to the dead-letter queue. Mappings use the execution role, so no
 * resource-based policy is checked.
 */

export interface CreateMappingInput {
  EventSourceArn?: string;
  FunctionName?: string;
  BatchSize?: number;
  MaximumBatchingWindowInSeconds?: number;
  FunctionResponseTypes?: string[];
  ScalingConfig?: { MaximumConcurrency?: number };
  Enabled?: boolean;
}

export interface EventSourceMappingConfiguration {
  UUID: string;
  EventSourceArn: string;
  FunctionArn: string;
  BatchSize: number;
  MaximumBatchingWindowInSeconds: number;
  FunctionResponseTypes: string[];
  ScalingConfig?: { MaximumConcurrency: number };
  State: "Creating" | "Enabled" | "Disabled" | "Enabling" | "Disabling" | "Deleting";
  StateTransitionReason: "USER_INITIATED";
  LastModified: Date;
}

interface Mapping extends EventSourceMappingConfiguration {
  inFlight: number;
  buffer: PortMessage[];
  windowTimer?: () => void;
  wakeTimer?: () => void;
  wakeAt?: number;
  unsubscribe: () => void;
}

/** Lambda's own cap on concurrent batches for one standard-queue mapping without MaximumConcurrency. */
const DEFAULT_MAX_CONCURRENCY = 1000;
/** Invoke's request payload limit bounds a batch too. */
const MAX_BATCH_PAYLOAD_BYTES = 6 * 1024 * 1024;

const invalid = (message: string) => new AwsApiError("InvalidParameterValueException", message, 400);

export interface FunctionInfo {
  /** Seconds. */
  timeout(functionArn: string): number;
}

export class SqsMappingService {
  private readonly mappings = new Map<string, Mapping>();

  constructor(
    private readonly host: SourceHost,
    private readonly queues: QueuePort,
    private readonly functions: FunctionInfo,
  ) {}

  createEventSourceMapping(input: CreateMappingInput): EventSourceMappingConfiguration {
    const arn = input.EventSourceArn;
    if (typeof arn !== "string" || arn === "") throw invalid("EventSourceArn is required: the ARN of the SQS queue to poll (sqs.getQueueAttributes returns it as QueueArn).");
    if (!arn.startsWith("arn:aws:sqs:")) throw invalid(`The simulator polls SQS queues only; '${arn}' is not an SQS queue ARN.`);
    const queue = this.queues.describe(arn);
    if (!queue) throw invalid(`Error occurred while ReceiveMessage. SQSError: The specified queue ${arn} does not exist.`);
    if (typeof input.FunctionName !== "string" || input.FunctionName === "") throw invalid("FunctionName is required.");
    const functionArn = this.host.functionArn(input.FunctionName);

    const batchSize = input.BatchSize ?? 10;
    const maxBatch = queue.fifo ? 10 : 10_000;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > maxBatch) {
      throw invalid(`BatchSize ${batchSize} is out of range: use 1-${maxBatch} for ${queue.fifo ? "a FIFO" : "a standard"} queue.`);
    }
    const window = input.MaximumBatchingWindowInSeconds ?? 0;
    if (!Number.isInteger(window) || window < 0 || window > 300) throw invalid(`MaximumBatchingWindowInSeconds ${window} must be 0-300.`);
    if (queue.fifo && window > 0) throw invalid("Batching window is not supported for FIFO queues.");
    if (batchSize > 10 && window < 1) throw invalid("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
    const types = input.FunctionResponseTypes ?? [];
    if (!Array.isArray(types) || types.some((t) => t !== "ReportBatchItemFailures")) {
      throw invalid(`FunctionResponseTypes may only contain 'ReportBatchItemFailures', got ${JSON.stringify(types)}.`);
    }
    const maxConcurrency = input.ScalingConfig?.MaximumConcurrency;
    if (maxConcurrency !== undefined && (!Number.isInteger(maxConcurrency) || maxConcurrency < 2 || maxConcurrency > 1000)) {
      throw invalid(`ScalingConfig.MaximumConcurrency ${maxConcurrency} must be between 2 and 1000.`);
    }
    const functionTimeout = this.functions.timeout(functionArn);
    if (queue.visibilityTimeoutSeconds < functionTimeout) {
      throw invalid(
        `Queue visibility timeout: ${queue.visibilityTimeoutSeconds} seconds is less than Function timeout: ${functionTimeout} seconds. Raise the queue's VisibilityTimeout (AWS recommends 6x the function timeout).`,
      );
    }
    const existing = [...this.mappings.values()].find((m) => m.EventSourceArn === arn && m.FunctionArn === functionArn);
    if (existing) {
      throw new AwsApiError(
        "ResourceConflictException",
        `An event source mapping with SQS arn (" ${arn} ") and function (" ${functionNameOf(functionArn)} ") already exists. Please update or delete the existing mapping with UUID ${existing.UUID}`,
        409,
      );
    }
    const mapping: Mapping = {
      UUID: randomUuid(this.host),
      EventSourceArn: arn,
      FunctionArn: functionArn,
      BatchSize: batchSize,
      MaximumBatchingWindowInSeconds: window,
      FunctionResponseTypes: [...types],
      ...(maxConcurrency !== undefined ? { ScalingConfig: { MaximumConcurrency: maxConcurrency } } : {}),
      State: "Creating",
      StateTransitionReason: "USER_INITIATED",
      LastModified: new Date(this.host.now()),
      inFlight: 0,
      buffer: [],
      unsubscribe: () => {},
    };
    this.mappings.set(mapping.UUID, mapping);
    const snapshot = this.publicView(mapping);
    const enabled = input.Enabled ?? true;
    // The mapping becomes Enabled (and starts polling) right after creation, as in AWS.
    this.host.schedule(this.host.now(), () => {
      if (!this.mappings.has(mapping.UUID)) return;
      mapping.unsubscribe = this.queues.onMessage(arn, () => this.host.schedule(this.host.now(), () => this.pump(mapping)));
      mapping.State = enabled ? "Enabled" : "Disabled";
      this.host.trace({ kind: "sqs.mapping.state", functionName: functionNameOf(functionArn), uuid: mapping.UUID, state: mapping.State });
      this.pump(mapping);
    });
    return snapshot;
  }

  getEventSourceMapping(input: { UUID?: string }): EventSourceMappingConfiguration {
    return this.publicView(this.mapping(input.UUID));
  }

  listEventSourceMappings(input: { EventSourceArn?: string; FunctionName?: string } = {}): { EventSourceMappings: EventSourceMappingConfiguration[] } {
    const functionArn = input.FunctionName ? this.host.functionArn(input.FunctionName) : undefined;
    const list = [...this.mappings.values()].filter(
      (m) => (!input.EventSourceArn || m.EventSourceArn === input.EventSourceArn) && (!functionArn || m.FunctionArn === functionArn),
    );
    return { EventSourceMappings: list.map((m) => this.publicView(m)) };
  }

  updateEventSourceMapping(input: { UUID?: string; Enabled?: boolean; BatchSize?: number; MaximumBatchingWindowInSeconds?: number; FunctionResponseTypes?: string[]; ScalingConfig?: { MaximumConcurrency?: number } }): EventSourceMappingConfiguration {
    const m = this.mapping(input.UUID);
    const queue = this.queues.describe(m.EventSourceArn);
    const batchSize = input.BatchSize ?? m.BatchSize;
    const window = input.MaximumBatchingWindowInSeconds ?? m.MaximumBatchingWindowInSeconds;
    const maxBatch = queue?.fifo ? 10 : 10_000;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > maxBatch) throw invalid(`BatchSize ${batchSize} is out of range: use 1-${maxBatch}.`);
    if (!Number.isInteger(window) || window < 0 || window > 300) throw invalid(`MaximumBatchingWindowInSeconds ${window} must be 0-300.`);
    if (batchSize > 10 && window < 1) throw invalid("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
    if (input.FunctionResponseTypes?.some((t) => t !== "ReportBatchItemFailures")) throw invalid("FunctionResponseTypes may only contain 'ReportBatchItemFailures'.");
    const maxConcurrency = input.ScalingConfig?.MaximumConcurrency;
    if (maxConcurrency !== undefined && (!Number.isInteger(maxConcurrency) || maxConcurrency < 2 || maxConcurrency > 1000)) {
      throw invalid(`ScalingConfig.MaximumConcurrency ${maxConcurrency} must be between 2 and 1000.`);
    }
    m.BatchSize = batchSize;
    m.MaximumBatchingWindowInSeconds = window;
    if (input.FunctionResponseTypes) m.FunctionResponseTypes = [...input.FunctionResponseTypes];
    if (maxConcurrency !== undefined) m.ScalingConfig = { MaximumConcurrency: maxConcurrency };
    m.LastModified = new Date(this.host.now());
    if (input.Enabled !== undefined) {
      m.State = input.Enabled ? "Enabled" : "Disabled";
      this.host.trace({ kind: "sqs.mapping.state", functionName: functionNameOf(m.FunctionArn), uuid: m.UUID, state: m.State });
      if (input.Enabled) this.host.schedule(this.host.now(), () => this.pump(m));
    }
    return this.publicView(m);
  }

  deleteEventSourceMapping(input: { UUID?: string }): EventSourceMappingConfiguration {
    const m = this.mapping(input.UUID);
    m.unsubscribe();
    m.windowTimer?.();
    m.wakeTimer?.();
    this.mappings.delete(m.UUID);
    return { ...this.publicView(m), State: "Deleting" };
  }

  private mapping(uuid: string | undefined): Mapping {
    const m = uuid ? this.mappings.get(uuid) : undefined;
    if (!m) throw new AwsApiError("ResourceNotFoundException", `The resource you requested does not exist. (Event source mapping ${uuid})`, 404);
    return m;
  }

  private publicView(m: Mapping): EventSourceMappingConfiguration {
    const { inFlight: _i, buffer: _b, windowTimer: _w, wakeTimer: _k, wakeAt: _a, unsubscribe: _u, ...rest } = m;
    return { ...rest, FunctionResponseTypes: [...rest.FunctionResponseTypes], LastModified: new Date(rest.LastModified) };
  }

  /** Polls and dispatches as long as there are messages and concurrency to spare. */
  private pump(m: Mapping): void {
    if (m.State !== "Enabled" || !this.mappings.has(m.UUID)) return;
    const maxConcurrency = m.ScalingConfig?.MaximumConcurrency ?? DEFAULT_MAX_CONCURRENCY;
    while (m.inFlight < maxConcurrency) {
      let bytes = m.buffer.reduce((n, msg) => n + msg.body.length, 0);
      while (m.buffer.length < m.BatchSize && bytes < MAX_BATCH_PAYLOAD_BYTES) {
        const got = this.queues.receive(m.EventSourceArn, Math.min(10, m.BatchSize - m.buffer.length));
        if (got.length === 0) break;
        m.buffer.push(...got);
        bytes += got.reduce((n, msg) => n + msg.body.length, 0);
      }
      if (m.buffer.length === 0) return this.sleep(m);
      const full = m.buffer.length >= m.BatchSize || bytes >= MAX_BATCH_PAYLOAD_BYTES;
      if (m.MaximumBatchingWindowInSeconds === 0 || full) {
        this.dispatch(m, m.buffer.splice(0, m.BatchSize));
        continue;
      }
      // Batching window: wait (from the first buffered message) for more, unless the batch fills.
      m.windowTimer ??= this.host.schedule(this.host.now() + m.MaximumBatchingWindowInSeconds * 1000, () => {
        m.windowTimer = undefined;
        if (m.buffer.length > 0 && m.State === "Enabled") this.dispatch(m, m.buffer.splice(0, m.BatchSize));
        this.pump(m);
      });
      return;
    }
  }

  /** Nothing receivable: wake when a hidden message reappears (sends wake us through onMessage). */
  private sleep(m: Mapping): void {
    const at = this.queues.nextVisibleAt(m.EventSourceArn);
    if (m.wakeTimer && m.wakeAt === at) return;
    // A stale wake (its messages were deleted meanwhile) would only drag the clock along.
    m.wakeTimer?.();
    m.wakeTimer = undefined;
    m.wakeAt = undefined;
    if (at === undefined) return;
    m.wakeAt = at;
    m.wakeTimer = this.host.schedule(at, () => {
      m.wakeTimer = undefined;
      m.wakeAt = undefined;
      this.pump(m);
    });
  }

  private dispatch(m: Mapping, batch: PortMessage[]): void {
    m.windowTimer?.();
    m.windowTimer = undefined;
    m.inFlight++;
    const functionName = functionNameOf(m.FunctionArn);
    const ids = batch.map((msg) => msg.messageId);
    this.host.trace({ kind: "sqs.batch.start", functionName, uuid: m.UUID, batchSize: batch.length, messageIds: ids, receiveCounts: batch.map((msg) => msg.receiveCount) });
    const event = buildSqsEvent(batch, m.EventSourceArn, this.host.region);
    this.host.invoke(
      { FunctionName: m.FunctionArn, InvocationType: "RequestResponse", Payload: JSON.stringify(event), source: { label: "sqs", principal: "lambda.amazonaws.com", sourceArn: m.EventSourceArn } },
      (result) => {
        m.inFlight--;
        if (result.kind === "rejected") {
          // Nothing is deleted: the batch reappears on the queue after its visibility timeout.
          const throttled = result.error.name === "TooManyRequestsException";
          this.host.trace({ kind: throttled ? "sqs.batch.throttled" : "sqs.batch.failed", functionName, uuid: m.UUID, messageIds: ids, reason: `${result.error.name}: ${result.error.message}` });
        } else if (result.kind === "response") {
          const outcome = interpretBatchResponse({
            functionError: result.functionError !== undefined,
            payload: result.functionError ? undefined : result.payload,
            batchMessageIds: ids,
            reportBatchItemFailures: m.FunctionResponseTypes.includes("ReportBatchItemFailures"),
          });
          const failed = outcome.kind === "allFailed" ? ids : outcome.kind === "partial" ? outcome.failedMessageIds : [];
          for (const msg of batch) if (!failed.includes(msg.messageId)) this.queues.delete(m.EventSourceArn, msg.receiptHandle);
          this.host.trace({
            kind: "sqs.batch.end",
            functionName,
            uuid: m.UUID,
            outcome: outcome.kind,
            deleted: ids.filter((id) => !failed.includes(id)),
            failed,
            ...(outcome.kind === "allFailed" ? { reason: outcome.reason } : {}),
          });
        }
        this.pump(m);
      },
    );
  }
}
