import { SimulatorUsageError } from "./errors";
import { Kernel, type RunUntilIdleResult } from "./kernel/kernel";
import { ACCOUNT, type FunctionMetrics, type MetricsQuery } from "./kernel/metrics";
import type { LambdaTraceRecord, ServiceTraceRecord, TraceListener } from "./kernel/trace";
import type { LogEvent, LogQuery } from "./lambda/log-store";
import { LambdaService, type InvokeOutput } from "./lambda/service";
import { ACCOUNT_CONCURRENCY_DEFAULT } from "./model";
import { loadQuickJS } from "./sandbox/quickjs-host";
import { SnsService } from "./services/sns";
import { SqsService } from "./services/sqs";
import { attachEventSources, type EventSourceLambdaApi, type EventSourceServicesApi } from "./sources/engine-binding";

/**
 * Lambda Lab's simulator: AWS Lambda (plus the SQS and SNS it needs) on a virtual clock, running
 * real Node.js handlers in QuickJS sandboxes. The public API mirrors the AWS SDK v3 clients
 * (../shared/docs/simulator-contract.md). Service modules plug into `sim.kernel`; see README.md.
 */

export interface SimulatorOptions {
  /** All randomness (request ids, alias routing, retry jitter, Math.random in handlers) derives from it. */
  seed?: number;
  /** Account concurrency limit; default 1,000. */
  accountConcurrency?: number;
  region?: string;
  accountId?: string;
  /** Virtual epoch ms at t=0; default 2026-01-01T00:00:00Z, never the wall clock. */
  startTime?: number;
}

export const DEFAULT_START_TIME = Date.UTC(2026, 0, 1);

type Input = Record<string, unknown>;
type Op<O = Record<string, unknown>> = (input: Input) => Promise<O>;

/** Lambda operations, plus addPermission / removePermission / getPolicy and event source mappings (sources/). */
export interface LambdaApi extends EventSourceLambdaApi {
  createFunction: Op;
  getFunction: Op;
  getFunctionConfiguration: Op;
  listFunctions: (input?: Input) => Promise<Record<string, unknown>>;
  deleteFunction: Op;
  updateFunctionCode: Op;
  updateFunctionConfiguration: Op;
  publishVersion: Op;
  listVersionsByFunction: Op;
  createAlias: Op;
  updateAlias: Op;
  getAlias: Op;
  deleteAlias: Op;
  listAliases: Op;
  putFunctionConcurrency: Op;
  getFunctionConcurrency: Op;
  deleteFunctionConcurrency: Op;
  putFunctionEventInvokeConfig: Op;
  updateFunctionEventInvokeConfig: Op;
  getFunctionEventInvokeConfig: Op;
  deleteFunctionEventInvokeConfig: Op;
  getAccountSettings: (input?: Input) => Promise<Record<string, unknown>>;
  invoke: Op<InvokeOutput>;
}

export interface SqsApi {
  createQueue: Op<{ QueueUrl: string }>;
  getQueueUrl: Op<{ QueueUrl: string }>;
  listQueues: (input?: Input) => Promise<{ QueueUrls: string[] }>;
  deleteQueue: Op;
  purgeQueue: Op;
  getQueueAttributes: Op<{ Attributes: Record<string, string> }>;
  setQueueAttributes: Op;
  sendMessage: Op<{ MessageId: string; MD5OfMessageBody: string }>;
  receiveMessage: Op<{ Messages?: Array<Record<string, unknown>> }>;
  deleteMessage: Op;
  changeMessageVisibility: Op;
}

export interface SnsApi {
  createTopic: Op<{ TopicArn: string }>;
  deleteTopic: Op;
  listTopics: (input?: Input) => Promise<{ Topics: Array<{ TopicArn: string }> }>;
  getTopicAttributes: Op<{ Attributes: Record<string, string> }>;
  subscribe: Op<{ SubscriptionArn: string }>;
  unsubscribe: Op;
  listSubscriptionsByTopic: Op;
  publish: Op<{ MessageId: string }>;
}

export interface EnvironmentInfo {
  environmentId: string;
  functionName: string;
  version: string;
  state: "new" | "busy" | "idle" | "dead";
  invocations: number;
  heapBytes: number;
  logStreamName: string;
}

/** sim.http, sim.elbv2, sim.apigatewayv2, sim.eventbridge and sim.s3 come from sources/. */
export interface Simulator extends EventSourceServicesApi {
  lambda: LambdaApi;
  sqs: SqsApi;
  sns: SnsApi;
  /** Virtual epoch milliseconds. */
  now(): number;
  /** Runs everything that falls due within the next `ms` of virtual time. */
  advanceBy(ms: number): Promise<void>;
  /** Runs until nothing but idle-environment reclaim is scheduled, or the bound is reached. */
  runUntilIdle(options?: { maxVirtualMs?: number }): Promise<RunUntilIdleResult>;
  /** CloudWatch log lines of a function's log group, in order. */
  logs(functionName: string, query?: LogQuery): string[];
  /** The same lines with their timestamps, streams and request ids. */
  logEvents(functionName: string, query?: LogQuery): LogEvent[];
  trace(): Array<LambdaTraceRecord | ServiceTraceRecord>;
  /** Streams trace records as they happen; returns the unsubscribe function. */
  onTrace(listener: TraceListener): () => void;
  /** CloudWatch Lambda metrics of a function, or of the account when no name is given. */
  metrics(functionName?: string, query?: MetricsQuery): FunctionMetrics;
  /** Execution environments alive now (for the timeline and tests). */
  environments(functionName?: string): EnvironmentInfo[];
  /** Frees every sandbox. The simulator cannot be used afterwards. */
  dispose(): void;
  /** The kernel service modules plug into (README.md, "Adding a service"). */
  readonly kernel: Kernel;
  /** The Lambda service internals, for service modules (permissions, event source mappings). */
  readonly lambdaService: LambdaService;
  readonly sqsService: SqsService;
  readonly snsService: SnsService;
}

function checkOptions(options: SimulatorOptions): Required<SimulatorOptions> {
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new SimulatorUsageError(`createSimulator: seed must be an integer, got ${String(options.seed)}.`);
  const accountConcurrency = options.accountConcurrency ?? ACCOUNT_CONCURRENCY_DEFAULT;
  if (!Number.isInteger(accountConcurrency) || accountConcurrency < 1) {
    throw new SimulatorUsageError(`createSimulator: accountConcurrency must be a positive integer, got ${String(options.accountConcurrency)}.`);
  }
  const region = options.region ?? "us-east-1";
  if (!/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region)) throw new SimulatorUsageError(`createSimulator: region must look like "us-east-1", got "${region}".`);
  const accountId = options.accountId ?? "123456789012";
  if (!/^\d{12}$/.test(accountId)) throw new SimulatorUsageError(`createSimulator: accountId must be 12 digits, got "${accountId}".`);
  const startTime = options.startTime ?? DEFAULT_START_TIME;
  if (!Number.isFinite(startTime)) throw new SimulatorUsageError(`createSimulator: startTime must be epoch milliseconds, got ${String(options.startTime)}.`);
  return { seed, accountConcurrency, region, accountId, startTime };
}

/** Wraps a synchronous service method as a promise-returning API operation, in call order. */
function op<O>(kernel: Kernel, fn: (input: Input) => O): (input?: Input) => Promise<O> {
  return (input: Input = {}) => kernel.run(() => fn(input ?? {}));
}

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const o = checkOptions(options);
  const quickjs = await loadQuickJS();
  const kernel = new Kernel({ seed: o.seed, region: o.region, accountId: o.accountId, startTime: o.startTime });
  const sqsService = new SqsService(kernel);
  const snsService = new SnsService(kernel);
  const lambdaService = new LambdaService(kernel, quickjs, o.accountConcurrency);
  const c = lambdaService.control;
  const eventSources = attachEventSources(kernel, lambdaService, sqsService);

  const lambda: LambdaApi = {
    createFunction: op(kernel, (i) => c.createFunction(i)),
    getFunction: op(kernel, (i) => c.getFunction(i)),
    getFunctionConfiguration: op(kernel, (i) => c.getFunctionConfiguration(i)),
    listFunctions: op(kernel, (i) => c.listFunctions(i)),
    deleteFunction: op(kernel, (i) => c.deleteFunction(i)),
    updateFunctionCode: op(kernel, (i) => c.updateFunctionCode(i)),
    updateFunctionConfiguration: op(kernel, (i) => c.updateFunctionConfiguration(i)),
    publishVersion: op(kernel, (i) => c.publishVersion(i)),
    listVersionsByFunction: op(kernel, (i) => c.listVersionsByFunction(i)),
    createAlias: op(kernel, (i) => c.createAlias(i)),
    updateAlias: op(kernel, (i) => c.updateAlias(i)),
    getAlias: op(kernel, (i) => c.getAlias(i)),
    deleteAlias: op(kernel, (i) => c.deleteAlias(i)),
    listAliases: op(kernel, (i) => c.listAliases(i)),
    putFunctionConcurrency: op(kernel, (i) => c.putFunctionConcurrency(i)),
    getFunctionConcurrency: op(kernel, (i) => c.getFunctionConcurrency(i)),
    deleteFunctionConcurrency: op(kernel, (i) => c.deleteFunctionConcurrency(i)),
    putFunctionEventInvokeConfig: op(kernel, (i) => c.putFunctionEventInvokeConfig(i)),
    updateFunctionEventInvokeConfig: op(kernel, (i) => c.putFunctionEventInvokeConfig(i, true)),
    getFunctionEventInvokeConfig: op(kernel, (i) => c.getFunctionEventInvokeConfig(i)),
    deleteFunctionEventInvokeConfig: op(kernel, (i) => c.deleteFunctionEventInvokeConfig(i)),
    getAccountSettings: op(kernel, () => c.getAccountSettings()),
    invoke: (input: Input = {}) => lambdaService.invokeApi(input ?? {}),
    ...eventSources.lambda,
  };

  const sqs: SqsApi = {
    createQueue: op(kernel, (i) => sqsService.createQueue(i)),
    getQueueUrl: op(kernel, (i) => sqsService.getQueueUrl(i)),
    listQueues: op(kernel, (i) => sqsService.listQueues(i)),
    deleteQueue: op(kernel, (i) => sqsService.deleteQueue(i)),
    purgeQueue: op(kernel, (i) => sqsService.purgeQueue(i)),
    getQueueAttributes: op(kernel, (i) => sqsService.getQueueAttributes(i)),
    setQueueAttributes: op(kernel, (i) => sqsService.setQueueAttributes(i)),
    sendMessage: op(kernel, (i) => sqsService.sendMessage(i)),
    receiveMessage: op(kernel, (i) => sqsService.receiveMessage(i)),
    deleteMessage: op(kernel, (i) => sqsService.deleteMessage(i)),
    changeMessageVisibility: op(kernel, (i) => sqsService.changeMessageVisibility(i)),
  };

  const sns: SnsApi = {
    createTopic: op(kernel, (i) => snsService.createTopic(i)),
    deleteTopic: op(kernel, (i) => snsService.deleteTopic(i)),
    listTopics: op(kernel, () => snsService.listTopics()),
    getTopicAttributes: op(kernel, (i) => snsService.getTopicAttributes(i)),
    subscribe: op(kernel, (i) => snsService.subscribe(i)),
    unsubscribe: op(kernel, (i) => snsService.unsubscribe(i)),
    listSubscriptionsByTopic: op(kernel, (i) => snsService.listSubscriptionsByTopic(i)),
    publish: op(kernel, (i) => snsService.publish(i)),
  };

  return {
    lambda,
    sqs,
    sns,
    ...eventSources.services,
    kernel,
    lambdaService,
    sqsService,
    snsService,
    now: () => kernel.now(),
    advanceBy: (ms) => kernel.advanceBy(ms),
    runUntilIdle: (opts) => kernel.runUntilIdle(opts),
    logs: (name, query) => lambdaService.logs.messages(name, query),
    logEvents: (name, query) => lambdaService.logs.events(name, query),
    trace: () => kernel.trace.all(),
    onTrace: (listener) => kernel.trace.subscribe(listener),
    metrics: (name, query) => kernel.metrics.summary(name ?? ACCOUNT, query),
    environments: (name) =>
      lambdaService.runner.environments(name).map((env) => ({
        environmentId: env.id,
        functionName: env.fn.name,
        version: env.config.version,
        state: env.state,
        invocations: env.invocations,
        heapBytes: env.heapBytes(),
        logStreamName: env.logStreamName,
      })),
    dispose: () => kernel.dispose(),
  };
}

export type { InvokeOutput } from "./lambda/service";
export type { LogEvent, LogQuery } from "./lambda/log-store";
export type { FunctionMetrics, MetricStatistics, MetricsQuery, Datapoint, LambdaMetricName } from "./kernel/metrics";
export type { LambdaTraceRecord, ServiceTraceRecord, TraceRecord, TraceListener } from "./kernel/trace";
export type { RunUntilIdleResult } from "./kernel/kernel";
export { AwsApiError, TooManyRequestsException, SimulatorUsageError } from "./errors";
