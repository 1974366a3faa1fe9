import type { AwsApiError } from "../errors";

/**
 * Who asked for an invocation. The public API is the function's owner calling Invoke; service
 * triggers (ALB, API Gateway, SNS, S3, EventBridge) carry their principal and source ARN so a
 * resource-based policy check can be added in front of `LambdaKernelApi.invoke`.
 */
export interface InvokeSource {
  kind: "api" | "service" | "destination";
  /** e.g. "elasticloadbalancing.amazonaws.com"; absent for the owner's own API calls. */
  principal?: string;
  sourceArn?: string;
  sourceAccount?: string;
  /** Short label for the trace ("api", "sns", "destination", ...). */
  label: string;
}

export interface InternalInvokeRequest {
  /** Name, name:qualifier, or full / partial ARN. */
  functionName: string;
  qualifier?: string;
  invocationType: "RequestResponse" | "Event";
  /** JSON text; "{}" when empty. */
  payload: string;
  /** Sync only: return the last 4 KB of the log base64-encoded. */
  logTail?: boolean;
  source: InvokeSource;
}

/** A completed synchronous invocation, shaped after the Invoke API response. */
export interface SyncInvokeResult {
  kind: "response";
  requestId: string;
  statusCode: 200;
  payload: string;
  functionError?: "Unhandled";
  executedVersion: string;
  logResult?: string;
  /** Extra detail for services that react to the outcome (ALB 502 on timeout, ...). */
  outcome: "success" | "error" | "timeout" | "crash";
  durationMs: number;
}

export interface AsyncAcceptedResult {
  kind: "accepted";
  requestId: string;
  statusCode: 202;
}

export interface RejectedResult {
  kind: "rejected";
  /** TooManyRequestsException, ResourceNotFoundException, AccessDeniedException, ... */
  error: AwsApiError;
}

export type InvokeResult = SyncInvokeResult | AsyncAcceptedResult | RejectedResult;
export type InvokeResultListener = (result: InvokeResult) => void;
