/**
 * An error shaped like the ones the AWS SDK v3 throws: `name` is the AWS exception name and
 * `$metadata.httpStatusCode` the HTTP status, so learners meet the same names in the simulator
 * as in real code (`err.name === "ValidationException"`).
 */
export class AwsApiError extends Error {
  readonly $metadata: { httpStatusCode: number };
  /** The AWS error code, same as `name`; SDK v2 code reads `err.code`. */
  readonly code: string;

  constructor(name: string, message: string, httpStatusCode = 400) {
    super(message);
    this.name = name;
    this.code = name;
    this.$metadata = { httpStatusCode };
  }
}

/** Shorthand for the most common 400: a parameter failed validation. */
export function validationError(exceptionName: string, message: string): AwsApiError {
  return new AwsApiError(exceptionName, message, 400);
}
