// The part of the simulator's public API (../shared/docs/simulator-contract.md) that exercise
// checks use. Typed loosely on purpose: inputs and outputs are AWS-shaped records, so the real
// engine (lib/simulator) and the small fake in the tests both fit without adapters, and a check
// author reads the same field names as in the AWS SDK. Optional services are the event sources;
// the lab says plainly when a check needs one the engine does not offer.

export type AwsRecord = Record<string, unknown>;
/** Outputs are read through `asRecord`, so engines may type them as precisely as they like. */
export type Op = (input: AwsRecord) => Promise<unknown>;

/** An AWS-shaped output as a record (an empty one when the engine answered nothing). */
export function asRecord(value: unknown): AwsRecord {
  return value && typeof value === "object" ? (value as AwsRecord) : {};
}

export type HttpRequest = {
  url: string;
  method?: string;
  headers?: Record<string, string | readonly string[]>;
  body?: string;
};

export type HttpResult = {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** Every value of repeated headers (Set-Cookie); absent from engines that join them. */
  multiValueHeaders?: Record<string, string[]>;
  body: string;
};

export type ExerciseSimulator = {
  lambda: {
    createFunction: Op;
    updateFunctionCode: Op;
    updateFunctionConfiguration: Op;
    publishVersion: Op;
    createAlias: Op;
    updateAlias: Op;
    putFunctionConcurrency: Op;
    putFunctionEventInvokeConfig: Op;
    /** Resolves to the Invoke response (StatusCode, Payload, FunctionError, ExecutedVersion). */
    invoke: Op;
    addPermission?: Op;
    createEventSourceMapping?: Op;
  };
  sqs?: {
    createQueue: Op;
    getQueueAttributes: Op;
    sendMessage: Op;
    receiveMessage: Op;
    deleteMessage: Op;
  };
  elbv2?: {
    createLoadBalancer: Op;
    createTargetGroup: Op;
    registerTargets: Op;
    createListener: Op;
    modifyTargetGroupAttributes: Op;
  };
  apigatewayv2?: { createApi: Op; createRoute: Op; createIntegration: Op };
  eventbridge?: { putRule: Op; putTargets: Op; putEvents: Op };
  http?: { request: (input: HttpRequest) => Promise<HttpResult> };
  now: () => number | Promise<number>;
  advanceBy: (ms: number) => Promise<unknown>;
  runUntilIdle: (options?: { maxVirtualMs?: number }) => Promise<unknown>;
  logs: (functionName: string) => unknown[] | Promise<unknown[]>;
  trace: () => unknown[] | Promise<unknown[]>;
  metrics: (functionName: string) => unknown;
  /** Frees the simulator's sandboxes; the runner calls it when a check is done. */
  dispose?: () => void;
};

export type SimulatorOptions = { seed: number; startTime?: number; accountConcurrency?: number };

/** How a check run gets a fresh simulator: lib/simulator's createSimulator, or a fake in tests. */
export type SimulatorFactory = (options: SimulatorOptions) => Promise<ExerciseSimulator>;

/** The AWS exception name of an engine error (`TooManyRequestsException`, ...), if it has one. */
export function awsErrorName(error: unknown): string | undefined {
  if (error && typeof error === "object" && typeof (error as { name?: unknown }).name === "string") {
    const name = (error as { name: string }).name;
    return name === "Error" ? undefined : name;
  }
  return undefined;
}

export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
    return (error as { message: string }).message;
  }
  return String(error);
}
