import { AwsApiError } from "./aws-error";
import type { HostInvokeResult } from "./host";

/** Small shared helpers for the simulated services' control planes. */

export function requireString(value: unknown, field: string, exception: string, hint: string): string {
  if (typeof value !== "string" || value === "") throw new AwsApiError(exception, `${field} is required: ${hint}`, 400);
  return value;
}

/** How an invocation that a service made on a learner's behalf ended, for HTTP mapping and traces. */
export type InvokeOutcome =
  | { kind: "ok"; payload: string; executedVersion?: string }
  | { kind: "functionError"; payload: string; timedOut: boolean }
  | { kind: "throttled"; error: Error }
  | { kind: "failed"; error: Error };

export function classifyInvoke(result: HostInvokeResult): InvokeOutcome {
  if (result.kind === "rejected") {
    return result.error.name === "TooManyRequestsException" ? { kind: "throttled", error: result.error } : { kind: "failed", error: result.error };
  }
  if (result.kind === "accepted") return { kind: "ok", payload: "null" };
  if (result.functionError) return { kind: "functionError", payload: result.payload, timedOut: result.outcome === "timeout" };
  return { kind: "ok", payload: result.payload, executedVersion: result.executedVersion };
}
