import {
  invalidRequestContent,
  requestTooLarge,
  THROTTLE_MESSAGES,
  TooManyRequestsException,
  validationException,
  type AwsApiError,
} from "../errors";
import { base64, utf8 } from "../kernel/encoding";
import type { Kernel } from "../kernel/kernel";
import { ASYNC_PAYLOAD_MAX_BYTES, LOG_TAIL_BYTES, SYNC_PAYLOAD_MAX_BYTES } from "../model";
import type { QuickJSHost } from "../sandbox/quickjs-host";
import { utf8Length } from "../sandbox/source-bundle";
import { AsyncInvoker } from "./async-invoke";
import { ConcurrencyManager } from "./concurrency";
import { ControlPlane } from "./control-plane";
import type { InternalInvokeRequest, InvokeResultListener, InvokeSource, SyncInvokeResult } from "./invoke-types";
import { LogStore } from "./log-store";
import { FunctionRegistry, type ResolvedTarget } from "./registry";
import { Runner } from "./runner";

/**
 * Decides whether `source` may invoke `target`; returns the error to fail with, or undefined.
 * The event-source work plugs resource-based policies in here.
 */
export type InvokeAuthorizer = (target: ResolvedTarget, source: InvokeSource) => AwsApiError | undefined;

type Input = Record<string, unknown>;

export interface InvokeOutput {
  StatusCode: number;
  Payload?: string;
  FunctionError?: "Unhandled";
  ExecutedVersion?: string;
  LogResult?: string;
}

/** The Lambda service: registry, control plane, invocation engine and the data-plane API. */
export class LambdaService {
  readonly registry: FunctionRegistry;
  readonly logs = new LogStore();
  readonly concurrency: ConcurrencyManager;
  readonly runner: Runner;
  readonly control: ControlPlane;
  readonly async: AsyncInvoker;
  readonly authorizers: InvokeAuthorizer[] = [];

  constructor(
    private readonly kernel: Kernel,
    quickjs: QuickJSHost,
    accountConcurrency: number,
  ) {
    this.registry = new FunctionRegistry(kernel);
    this.concurrency = new ConcurrencyManager(accountConcurrency, kernel.metrics, () => kernel.now());
    this.runner = new Runner(kernel, this.logs, quickjs, this.concurrency);
    this.control = new ControlPlane(kernel, this.registry, this.runner, this.concurrency);
    this.async = new AsyncInvoker(kernel, this.registry, this.runner, this.concurrency);
    kernel.setLambda(this);
    kernel.registerDeliveryTarget("lambda", (arn, message) => {
      try {
        const parsed = this.registry.parse(arn, undefined, "destination");
        const target = this.registry.resolve(parsed);
        const source: InvokeSource = { kind: "destination", principal: "lambda.amazonaws.com", sourceArn: message.source.arn, label: "destination" };
        this.async.enqueue(target, parsed.qualifier, message.body, source, this.requestId());
        return { ok: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    });
    kernel.onDispose(() => this.runner.disposeAll());
  }

  private requestId(): string {
    return this.kernel.rng.stream("request-ids").uuid();
  }

  /** The internal invoke entry point (LambdaKernelApi): validation done, payload is JSON text. */
  invoke(request: InternalInvokeRequest, onResult: InvokeResultListener): void {
    const k = this.kernel;
    let target: ResolvedTarget;
    const parsed = this.registry.parse(request.functionName, request.qualifier);
    try {
      target = this.registry.resolve(parsed);
    } catch (error) {
      onResult({ kind: "rejected", error: error as AwsApiError });
      return;
    }
    for (const authorize of this.authorizers) {
      const denied = authorize(target, request.source);
      if (denied) {
        onResult({ kind: "rejected", error: denied });
        return;
      }
    }
    const requestId = this.requestId();
    if (request.invocationType === "Event") {
      this.async.enqueue(target, parsed.qualifier, request.payload, request.source, requestId);
      onResult({ kind: "accepted", requestId, statusCode: 202 });
      return;
    }
    const reason = this.runner.start({
      fn: target.fn,
      version: target.version,
      invokedArn: target.invokedArn,
      qualifierLabel: target.qualifierLabel,
      requestId,
      payload: request.payload,
      invocationType: "RequestResponse",
      attempt: 1,
      source: request.source,
      onComplete: (o) => {
        const result: SyncInvokeResult = {
          kind: "response",
          requestId: o.requestId,
          statusCode: 200,
          payload: o.payload,
          executedVersion: o.executedVersion,
          outcome: o.outcome,
          durationMs: o.durationMs,
        };
        if (o.functionError) result.functionError = o.functionError;
        if (request.logTail) result.logResult = tail(o.logLines.join("\n") + "\n");
        onResult(result);
      },
    });
    if (reason) {
      k.metrics.put(target.fn.name, "Throttles", 1);
      k.trace.emit({
        t: k.now(),
        kind: "throttle",
        functionName: target.fn.name,
        requestId,
        version: target.version.version,
        reason,
        invocationType: "RequestResponse",
        attempt: 1,
      });
      onResult({ kind: "rejected", error: new TooManyRequestsException(reason, THROTTLE_MESSAGES[reason]) });
    }
  }

  /** The public Invoke API: AWS SDK v3 input and output shapes. */
  invokeApi(input: Input): Promise<InvokeOutput> {
    const type = input.InvocationType ?? "RequestResponse";
    if (type !== "RequestResponse" && type !== "Event" && type !== "DryRun") {
      return Promise.reject(validationException("invocationType", type, "Member must satisfy enum value set: [Event, RequestResponse, DryRun]"));
    }
    const logType = input.LogType ?? "None";
    if (logType !== "None" && logType !== "Tail") {
      return Promise.reject(validationException("logType", logType, "Member must satisfy enum value set: [None, Tail]"));
    }
    let payload: string;
    try {
      payload = payloadText(input.Payload, type === "Event" ? ASYNC_PAYLOAD_MAX_BYTES : SYNC_PAYLOAD_MAX_BYTES);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.kernel
      .awaitCompletion<InvokeOutput | AwsApiError>((done) => {
        if (type === "DryRun") {
          this.registry.resolve(this.registry.parse(input.FunctionName, input.Qualifier));
          done({ StatusCode: 204 });
          return;
        }
        this.invoke(
          {
            functionName: input.FunctionName as string,
            qualifier: input.Qualifier as string | undefined,
            invocationType: type,
            payload,
            logTail: logType === "Tail",
            source: { kind: "api", label: "api" },
          },
          (result) => {
            if (result.kind === "rejected") done(result.error);
            else if (result.kind === "accepted") done({ StatusCode: 202 });
            else {
              const out: InvokeOutput = { StatusCode: 200, Payload: result.payload };
              if (result.functionError) out.FunctionError = result.functionError;
              out.ExecutedVersion = result.executedVersion;
              if (result.logResult !== undefined) out.LogResult = result.logResult;
              done(out);
            }
          },
        );
      })
      .then((r) => {
        if (r instanceof Error) throw r;
        return r;
      });
  }
}

function payloadText(value: unknown, maxBytes: number): string {
  if (value === undefined || value === null) return "{}";
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof Uint8Array) text = new TextDecoder().decode(value);
  else {
    throw invalidRequestContent(
      "Could not parse request body into json: Payload must be JSON text (a string such as JSON.stringify(event)) or its UTF-8 bytes.",
    );
  }
  if (text === "") return "{}";
  if (text.length > maxBytes / 4 && utf8Length(text) > maxBytes) {
    throw requestTooLarge(`Request must be smaller than ${maxBytes} bytes for the InvokeFunction operation`);
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw invalidRequestContent(`Could not parse request body into json: Could not parse payload into json: ${(error as Error).message}`);
  }
  return text;
}

function tail(logText: string): string {
  const bytes = utf8(logText);
  return base64(bytes.length > LOG_TAIL_BYTES ? bytes.slice(bytes.length - LOG_TAIL_BYTES) : bytes);
}
