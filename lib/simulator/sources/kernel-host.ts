import type { HostInvokeResult, SourceHost, SourceTraceRecord } from "./host";
import type { MessagingPort } from "./messaging-port";

/**
 * Binds the event sources to the engine's kernel. Typed structurally (the slice of the kernel
 * the sources use) so this directory compiles on its own and the coupling is visible in one
 * place.
 */

export interface KernelInvokeRequest {
  functionName: string;
  qualifier?: string;
  invocationType: "RequestResponse" | "Event";
  payload: string;
  source: { kind: "api" | "service" | "destination"; principal?: string; sourceArn?: string; sourceAccount?: string; label: string };
}

export type KernelInvokeResult =
  | { kind: "response"; payload: string; functionError?: "Unhandled"; executedVersion: string; outcome: "success" | "error" | "timeout" | "crash" }
  | { kind: "accepted"; requestId: string }
  | { kind: "rejected"; error: Error & { name: string } };

export interface KernelLike {
  readonly region: string;
  readonly accountId: string;
  now(): number;
  at(epochMs: number, run: () => void, background?: boolean): { cancel(): void };
  readonly rng: { stream(name: string): { next(): number } };
  readonly trace: { emit(record: { t: number; kind: `${string}.${string}`; functionName: string; [key: string]: unknown }): void };
  readonly lambda: { invoke(request: KernelInvokeRequest, onResult: (result: KernelInvokeResult) => void): void };
  deliver(arn: string, message: { body: string; source: { service: string; arn?: string } }): { ok: true } | { ok: false; error: string };
}

export interface FunctionLookup {
  /** Name or ARN to the function's ARN; throws ResourceNotFoundException. */
  functionArn(nameOrArn: string): string;
}

export function createKernelHost(kernel: KernelLike, functions: FunctionLookup): SourceHost {
  const rng = kernel.rng.stream("event-sources");
  return {
    region: kernel.region,
    accountId: kernel.accountId,
    now: () => kernel.now(),
    schedule: (at, task) => {
      const handle = kernel.at(at, task);
      return () => handle.cancel();
    },
    random: () => rng.next(),
    functionArn: (nameOrArn) => functions.functionArn(nameOrArn),
    trace: (record: SourceTraceRecord) => kernel.trace.emit({ ...record, t: kernel.now(), functionName: record.functionName ?? "" }),
    invoke: (input, onResult) =>
      kernel.lambda.invoke(
        {
          functionName: input.FunctionName,
          qualifier: input.Qualifier,
          invocationType: input.InvocationType,
          payload: input.Payload,
          source: { kind: "service", ...input.source },
        },
        (result) => onResult(result as HostInvokeResult),
      ),
  };
}

/** EventBridge targets and S3 notifications to SQS / SNS go through the kernel's delivery registry. */
export function createKernelMessaging(kernel: KernelLike): MessagingPort {
  return {
    deliver: (arn, body, from) => kernel.deliver(arn, { body, source: { service: from.principal.split(".")[0], arn: from.sourceArn } }),
  };
}
