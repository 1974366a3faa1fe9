import { AwsApiError } from "./sources/aws-error";

export { AwsApiError };

/**
 * The AWS exceptions the engine throws. Each is an AwsApiError (name = AWS exception name,
 * `$metadata.httpStatusCode`), built by a small factory so call sites read like the AWS docs.
 * Messages say what was wrong and, where it helps, what to do instead.
 */

export type ThrottleReason =
  | "ConcurrentInvocationLimitExceeded"
  | "ReservedFunctionConcurrentInvocationLimitExceeded"
  | "FunctionInvocationRateLimitExceeded";

/** A 429 from Invoke. `Reason` is set exactly as the Lambda API sets it (API/Invoke). */
export class TooManyRequestsException extends AwsApiError {
  readonly Reason: ThrottleReason;
  readonly Type = "User";
  readonly retryAfterSeconds: string;

  constructor(reason: ThrottleReason, message: string) {
    super("TooManyRequestsException", message, 429);
    this.Reason = reason;
    this.retryAfterSeconds = "1";
  }
}

export const THROTTLE_MESSAGES: Record<ThrottleReason, string> = {
  ConcurrentInvocationLimitExceeded: "Rate Exceeded.",
  ReservedFunctionConcurrentInvocationLimitExceeded: "Rate Exceeded.",
  FunctionInvocationRateLimitExceeded: "Rate Exceeded.",
};

/** "1 validation error detected: Value 'x' at 'field' failed to satisfy constraint: ..." */
export function validationException(field: string, value: unknown, constraint: string): AwsApiError {
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  return new AwsApiError(
    "ValidationException",
    `1 validation error detected: Value '${shown}' at '${field}' failed to satisfy constraint: ${constraint}`,
    400,
  );
}

export function invalidParameter(message: string): AwsApiError {
  return new AwsApiError("InvalidParameterValueException", message, 400);
}

export function resourceNotFound(message: string): AwsApiError {
  return new AwsApiError("ResourceNotFoundException", message, 404);
}

export function resourceConflict(message: string): AwsApiError {
  return new AwsApiError("ResourceConflictException", message, 409);
}

export function invalidRequestContent(message: string): AwsApiError {
  return new AwsApiError("InvalidRequestContentException", message, 400);
}

export function requestTooLarge(message: string): AwsApiError {
  return new AwsApiError("RequestTooLargeException", message, 413);
}

export function serviceException(message: string): AwsApiError {
  return new AwsApiError("ServiceException", message, 500);
}

/** Thrown by the simulator itself when it is used wrongly (not an AWS error). */
export class SimulatorUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SimulatorUsageError";
  }
}
