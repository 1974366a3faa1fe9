// The part of the simulator's public API (../shared/docs/simulator-contract.md) the workspace
// uses, typed loosely: inputs and outputs are AWS-shaped records. The page drives it through
// the worker client of lib/simulator/worker.ts; tests drive it with a fake. Every method returns
// a promise, as the contract promises.

export type AwsRecord = Record<string, unknown>;
type Op = (input: AwsRecord) => Promise<AwsRecord>;

export type SimulatorApi = {
  lambda: {
    createFunction: Op;
    updateFunctionCode: Op;
    updateFunctionConfiguration: Op;
    publishVersion: Op;
    createAlias: Op;
    updateAlias: Op;
    putFunctionConcurrency: Op;
    deleteFunctionConcurrency: Op;
    putFunctionEventInvokeConfig: Op;
    invoke: Op;
    addPermission?: Op;
    createEventSourceMapping?: Op;
  };
  sqs?: { createQueue: Op; getQueueAttributes: Op; sendMessage: Op };
  sns?: { createTopic: Op; subscribe: Op; publish: Op };
  s3?: { createBucket: Op; putObject: Op; putBucketNotificationConfiguration: Op };
  eventbridge?: { putRule: Op; putTargets: Op; putEvents: Op };
  elbv2?: {
    createLoadBalancer: Op;
    createTargetGroup: Op;
    registerTargets: Op;
    createListener: Op;
    createRule: Op;
    modifyTargetGroupAttributes: Op;
  };
  apigatewayv2?: { createApi: Op; createRoute: Op; createIntegration: Op };
  http?: { request: (input: { url: string; method: string; headers?: Record<string, string>; body?: string }) => Promise<AwsRecord> };
  now: () => Promise<number> | number;
  advanceBy: (ms: number) => Promise<unknown>;
  runUntilIdle: (options?: { maxVirtualMs?: number }) => Promise<unknown>;
  logs: (functionName: string) => Promise<unknown[]> | unknown[];
  trace: () => Promise<unknown[]> | unknown[];
  metrics: (functionName: string) => Promise<unknown> | unknown;
};

/** An AWS-style error as it crosses the worker boundary: the exception name survives. */
export type EngineError = { name: string; message: string; reason?: string; status?: number };

export function toEngineError(error: unknown): EngineError {
  if (error && typeof error === "object") {
    const e = error as { name?: unknown; message?: unknown; Reason?: unknown; reason?: unknown; $metadata?: { httpStatusCode?: unknown } };
    const status = e.$metadata?.httpStatusCode;
    const reason = e.Reason ?? e.reason;
    return {
      name: typeof e.name === "string" ? e.name : "Error",
      message: typeof e.message === "string" ? e.message : String(error),
      ...(typeof reason === "string" ? { reason } : {}),
      ...(typeof status === "number" ? { status } : {}),
    };
  }
  return { name: "Error", message: String(error) };
}

/** Which optional services an engine offers; a trigger type needs its service (TRIGGER_SERVICE). */
export function engineCapabilities(sim: SimulatorApi): Set<string> {
  const caps = new Set<string>(["lambda"]);
  if (sim.sqs) caps.add("sqs");
  if (sim.sns) caps.add("sns");
  if (sim.s3) caps.add("s3");
  if (sim.eventbridge) caps.add("eventbridge");
  if (sim.elbv2 && sim.http) caps.add("elbv2");
  if (sim.apigatewayv2 && sim.http) caps.add("apigatewayv2");
  if (sim.sqs && sim.lambda.createEventSourceMapping) caps.add("sqs-event-source-mapping");
  return caps;
}
