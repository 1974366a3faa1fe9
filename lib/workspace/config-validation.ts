import type { AsyncConfig, FunctionConfig, Scenario } from "./scenario";
import { handlerFile } from "./scenario";
import {
  ALIAS_NAME_PATTERN,
  ENVIRONMENT_MAX_BYTES,
  EVENT_AGE_MAX_S,
  EVENT_AGE_MIN_S,
  FUNCTION_NAME_PATTERN,
  HANDLER_MAX_LENGTH,
  MEMORY_MAX_MB,
  MEMORY_MIN_MB,
  MIN_UNRESERVED_CONCURRENCY,
  RETRY_ATTEMPTS_MAX,
  RETRY_ATTEMPTS_MIN,
  TIMEOUT_MAX_S,
  TIMEOUT_MIN_S,
} from "./limits";

// Configuration checks with AWS's ranges and, where AWS has a fixed wording, its message: a
// learner who later meets the same error from the CLI recognises it. `exception` is the AWS
// exception name the real API would return.

export type ConfigIssue = {
  /** The field in the form: a FunctionConfig / AsyncConfig key, or `Environment.<KEY>`. */
  field: string;
  exception: "ValidationException" | "InvalidParameterValueException" | "Advice";
  message: string;
};

function validationMessage(value: unknown, member: string, constraint: string): string {
  return `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`;
}

function checkRange(
  issues: ConfigIssue[],
  field: string,
  member: string,
  value: number,
  min: number,
  max: number,
  unit: string,
) {
  if (!Number.isFinite(value) || !Number.isInteger(value)) {
    issues.push({ field, exception: "ValidationException", message: `${field} must be a whole number of ${unit}.` });
  } else if (value < min) {
    issues.push({
      field,
      exception: "ValidationException",
      message: validationMessage(value, member, `Member must have value greater than or equal to ${min}`),
    });
  } else if (value > max) {
    issues.push({
      field,
      exception: "ValidationException",
      message: validationMessage(value, member, `Member must have value less than or equal to ${max}`),
    });
  }
}

/** Variables the runtime sets itself; AWS refuses to let a function override them (DG/configuration-envvars). */
export const RESERVED_ENVIRONMENT_KEYS = new Set([
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR",
]);
const ENV_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]+$/;

/** The size AWS measures: the variables as JSON text (its error message prints that string). */
export function environmentSize(variables: Readonly<Record<string, string>>): number {
  return new TextEncoder().encode(JSON.stringify(variables)).length;
}

export function validateEnvironment(variables: Readonly<Record<string, string>>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const bad = Object.keys(variables).filter((k) => !ENV_KEY_PATTERN.test(k));
  for (const key of bad) {
    issues.push({
      field: `Environment.${key}`,
      exception: "ValidationException",
      message: `1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+] (key "${key}": start with a letter, then at least one letter, digit or _).`,
    });
  }
  const reserved = Object.keys(variables).filter((k) => RESERVED_ENVIRONMENT_KEYS.has(k));
  if (reserved.length) {
    issues.push({
      field: `Environment.${reserved[0]}`,
      exception: "InvalidParameterValueException",
      message: `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(",")}`,
    });
  }
  const size = environmentSize(variables);
  if (size > ENVIRONMENT_MAX_BYTES) {
    issues.push({
      field: "Environment",
      exception: "InvalidParameterValueException",
      message: `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${size} bytes of ${ENVIRONMENT_MAX_BYTES} (keys and values as JSON).`,
    });
  }
  return issues;
}

export function validateReservedConcurrency(reserved: number | null, accountConcurrency: number): ConfigIssue[] {
  if (reserved === null) return [];
  const field = "ReservedConcurrentExecutions";
  if (!Number.isInteger(reserved)) {
    return [{ field, exception: "ValidationException", message: "ReservedConcurrentExecutions must be a whole number." }];
  }
  if (reserved < 0) {
    return [
      {
        field,
        exception: "ValidationException",
        message: validationMessage(reserved, "reservedConcurrentExecutions", "Member must have value greater than or equal to 0"),
      },
    ];
  }
  if (accountConcurrency - reserved < MIN_UNRESERVED_CONCURRENCY) {
    return [
      {
        field,
        exception: "InvalidParameterValueException",
        message: `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${MIN_UNRESERVED_CONCURRENCY}]. (The account limit here is ${accountConcurrency}, so reserve at most ${accountConcurrency - MIN_UNRESERVED_CONCURRENCY}.)`,
      },
    ];
  }
  return [];
}

export function validateFunctionConfig(
  config: FunctionConfig,
  options: { accountConcurrency?: number; files?: Scenario["files"] } = {},
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (!FUNCTION_NAME_PATTERN.test(config.FunctionName)) {
    issues.push({
      field: "FunctionName",
      exception: "ValidationException",
      message: `${validationMessage(config.FunctionName, "functionName", "Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+")} (1-64 letters, digits, hyphens or underscores).`,
    });
  }
  if (!/^[^\s]+$/.test(config.Handler) || config.Handler.length > HANDLER_MAX_LENGTH) {
    issues.push({
      field: "Handler",
      exception: "ValidationException",
      message: validationMessage(
        config.Handler,
        "handler",
        `Member must satisfy regular expression pattern: [^\\s]+ and have length less than or equal to ${HANDLER_MAX_LENGTH}`,
      ),
    });
  } else if (!config.Handler.includes(".") || config.Handler.endsWith(".")) {
    issues.push({
      field: "Handler",
      exception: "Advice",
      message: `The handler is written file.export, for example index.handler; "${config.Handler}" would fail with Runtime.HandlerNotFound (or a malformed handler error).`,
    });
  } else if (options.files && !handlerFile(options.files, config.Handler)) {
    const base = config.Handler.slice(0, config.Handler.lastIndexOf("."));
    issues.push({
      field: "Handler",
      exception: "Advice",
      message: `No file ${base}.mjs, ${base}.js, ${base}.cjs or ${base}.ts exists, so invoking would fail with Runtime.ImportModuleError. Rename a file or change the handler.`,
    });
  }
  checkRange(issues, "MemorySize", "memorySize", config.MemorySize, MEMORY_MIN_MB, MEMORY_MAX_MB, "MB");
  checkRange(issues, "Timeout", "timeout", config.Timeout, TIMEOUT_MIN_S, TIMEOUT_MAX_S, "seconds");
  issues.push(...validateEnvironment(config.Environment));
  issues.push(...validateReservedConcurrency(config.ReservedConcurrentExecutions, options.accountConcurrency ?? 1_000));
  if (config.Runtime === "nodejs24.x" && options.files) {
    const file = handlerFile(options.files, config.Handler);
    if (file && /\bcallback\s*\)/.test(file.content) && /\(\s*event\s*,\s*context\s*,\s*callback/.test(file.content)) {
      issues.push({
        field: "Runtime",
        exception: "Advice",
        message: "The Node.js 24 runtime no longer supports callback-style handlers; use an async handler or choose nodejs22.x.",
      });
    }
  }
  return issues;
}

export function validateAsyncConfig(config: AsyncConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  checkRange(
    issues,
    "MaximumRetryAttempts",
    "maximumRetryAttempts",
    config.MaximumRetryAttempts,
    RETRY_ATTEMPTS_MIN,
    RETRY_ATTEMPTS_MAX,
    "attempts",
  );
  checkRange(
    issues,
    "MaximumEventAgeInSeconds",
    "maximumEventAgeInSeconds",
    config.MaximumEventAgeInSeconds,
    EVENT_AGE_MIN_S,
    EVENT_AGE_MAX_S,
    "seconds",
  );
  return issues;
}

export type AliasInput = {
  name: string;
  functionVersion: string;
  additionalVersion?: string;
  additionalWeight?: number;
};

/** Checks an alias before it is sent; `publishedVersions` are the numbered versions that exist. */
export function validateAlias(alias: AliasInput, publishedVersions: readonly string[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (!ALIAS_NAME_PATTERN.test(alias.name)) {
    issues.push({
      field: "Name",
      exception: "ValidationException",
      message: `${validationMessage(alias.name, "name", "Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)")} (an alias name has letters, digits, - or _ and is not only digits).`,
    });
  }
  const known = new Set(["$LATEST", ...publishedVersions]);
  if (!known.has(alias.functionVersion)) {
    issues.push({
      field: "FunctionVersion",
      exception: "InvalidParameterValueException",
      message: `Version ${alias.functionVersion} does not exist. Publish a version first (published: ${publishedVersions.join(", ") || "none"}).`,
    });
  }
  if (alias.additionalVersion !== undefined) {
    const weight = alias.additionalWeight ?? 0;
    if (!(weight >= 0 && weight <= 1)) {
      issues.push({
        field: "AdditionalVersionWeights",
        exception: "ValidationException",
        message: validationMessage(weight, "routingConfig.additionalVersionWeights", "Map value must be between 0.0 and 1.0"),
      });
    }
    if (alias.additionalVersion === "$LATEST" || alias.functionVersion === "$LATEST") {
      issues.push({
        field: "AdditionalVersionWeights",
        exception: "InvalidParameterValueException",
        message: "Weighted routing works only between two published versions, never $LATEST. Publish the code first and route to its number.",
      });
    } else if (!known.has(alias.additionalVersion)) {
      issues.push({
        field: "AdditionalVersionWeights",
        exception: "InvalidParameterValueException",
        message: `Version ${alias.additionalVersion} does not exist. Publish it before routing traffic to it.`,
      });
    } else if (alias.additionalVersion === alias.functionVersion) {
      issues.push({
        field: "AdditionalVersionWeights",
        exception: "InvalidParameterValueException",
        message: "The additional version must differ from the alias's main version.",
      });
    }
  }
  return issues;
}

/** Every problem in a scenario's configuration, for the Configuration tab and before a deploy. */
export function validateScenarioConfig(s: Scenario): ConfigIssue[] {
  const issues = [
    ...validateFunctionConfig(s.config, { accountConcurrency: s.accountConcurrency, files: s.files }),
    ...validateAsyncConfig(s.asyncConfig),
  ];
  for (const t of s.triggers) {
    if (t.type === "sqs" && t.visibilityTimeout < s.config.Timeout) {
      issues.push({
        field: "Triggers",
        exception: "InvalidParameterValueException",
        message: `Queue visibility timeout: ${t.visibilityTimeout} seconds is less than Function timeout: ${s.config.Timeout} seconds (queue ${t.queueName}: raise its visibility timeout; AWS advises at least 6x the function timeout).`,
      });
    } else if (t.type === "sqs" && t.visibilityTimeout < 6 * s.config.Timeout) {
      issues.push({
        field: "Triggers",
        exception: "Advice",
        message: `Queue ${t.queueName} hides messages for ${t.visibilityTimeout} s; AWS advises at least 6x the function timeout (${6 * s.config.Timeout} s) so throttled or retried batches are not received twice.`,
      });
    }
  }
  return issues;
}

/** Issues that would make AWS reject the call (advice does not block anything). */
export function blockingIssues(issues: readonly ConfigIssue[]): ConfigIssue[] {
  return issues.filter((i) => i.exception !== "Advice");
}
