import { AwsApiError } from "./aws-error";
import type { HostInvokeOutput } from "./host";

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

export function classifyInvoke(result: HostInvokeOutput): InvokeOutcome {
  const payload = result.Payload ?? "null";
  if (result.FunctionError) {
    return { kind: "functionError", payload, timedOut: /Task timed out after/.test(payload) };
  }
  return { kind: "ok", payload, executedVersion: result.ExecutedVersion };
}

export function classifyInvokeError(error: unknown): InvokeOutcome {
  const e = error instanceof Error ? error : new Error(String(error));
  return e.name === "TooManyRequestsException" ? { kind: "throttled", error: e } : { kind: "failed", error: e };
}
