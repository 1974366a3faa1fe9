import { invalidParameter, validationException } from "../errors";
import { arnService, parseArn } from "../kernel/arn";
import { utf8 } from "../kernel/encoding";
import {
  ENVIRONMENT_MAX_BYTES,
  MEMORY_MAX_MB,
  MEMORY_MIN_MB,
  SUPPORTED_RUNTIMES,
  TIMEOUT_MAX_S,
  TIMEOUT_MIN_S,
} from "../model";
import { hasModuleSyntax, looksLikeTypeScript, normalizePath } from "../sandbox/source-bundle";

/**
 * Checks on control-plane input, with AWS's exception names and message formats:
 * ValidationException for values outside a documented constraint ("1 validation error
 * detected: Value ... at 'memorySize' failed to satisfy constraint: ..."),
 * InvalidParameterValueException for values Lambda understands but refuses.
 */

export function requireString(field: string, value: unknown): string {
  if (value === undefined || value === null) throw validationException(field, null, "Member must not be null");
  if (typeof value !== "string") throw validationException(field, value, "Member must be a string");
  return value;
}

export function functionNameForCreate(value: unknown): string {
  const name = requireString("functionName", value);
  if (!/^[a-zA-Z0-9-_]{1,64}$/.test(name)) {
    throw validationException(
      "functionName",
      name,
      "Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+ and have length between 1 and 64 (letters, digits, hyphens and underscores only)",
    );
  }
  return name;
}

export function integerInRange(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw validationException(field, value, "Member must be an integer");
  if (value < min) throw validationException(field, value, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw validationException(field, value, `Member must have value less than or equal to ${max}`);
  return value;
}

export function memorySize(value: unknown): number {
  return integerInRange("memorySize", value, MEMORY_MIN_MB, MEMORY_MAX_MB);
}

export function timeout(value: unknown): number {
  return integerInRange("timeout", value, TIMEOUT_MIN_S, TIMEOUT_MAX_S);
}

const DEPRECATED_NODE = ["nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x"];
const OTHER_RUNTIMES = /^(python|java|dotnet|ruby|go|provided)/;

export function runtime(value: unknown): string {
  const r = requireString("runtime", value);
  if ((SUPPORTED_RUNTIMES as readonly string[]).includes(r)) return r;
  if (DEPRECATED_NODE.includes(r)) {
    throw invalidParameter(
      `The runtime parameter of ${r} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime (${SUPPORTED_RUNTIMES.join(", ")}) while creating or updating functions.`,
    );
  }
  if (OTHER_RUNTIMES.test(r)) {
    throw invalidParameter(`The runtime parameter of ${r} is a real Lambda runtime, but Lambda Lab runs Node.js functions only: use ${SUPPORTED_RUNTIMES.join(", ")}.`);
  }
  throw validationException("runtime", r, `Member must satisfy enum value set: [${SUPPORTED_RUNTIMES.join(", ")}]`);
}

export function handler(value: unknown): string {
  const h = requireString("handler", value);
  if (h.length > 128) throw validationException("handler", h, "Member must have length less than or equal to 128");
  if (!/^[^\s]+$/.test(h)) throw validationException("handler", h, "Member must satisfy regular expression pattern: [^\\s]+");
  return h;
}

export function description(value: unknown): string {
  if (value === undefined || value === null) return "";
  const d = requireString("description", value);
  if (d.length > 256) throw validationException("description", d, "Member must have length less than or equal to 256");
  return d;
}

export function role(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const r = requireString("role", value);
  if (!/^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/.test(r)) {
    throw validationException("role", r, "Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
  }
  return r;
}

const RESERVED_ENV = new Set([
  "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
]);

export function environment(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object") throw validationException("environment", value, "Member must be an object with a Variables map");
  const vars = (value as { Variables?: unknown }).Variables;
  if (vars === undefined || vars === null) return {};
  if (typeof vars !== "object" || Array.isArray(vars)) {
    throw validationException("environment.variables", vars, "Member must be a map of string keys to string values");
  }
  const out: Record<string, string> = {};
  const reserved: string[] = [];
  for (const [key, v] of Object.entries(vars as Record<string, unknown>)) {
    if (!/^[a-zA-Z]([a-zA-Z0-9_])+$/.test(key)) {
      throw validationException("environment.variables", key, "Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+ (keys start with a letter and have at least two characters)");
    }
    if (typeof v !== "string") {
      throw validationException(`environment.variables.${key}`, v, "Member must be a string (environment variable values are strings; use String(value))");
    }
    if (RESERVED_ENV.has(key)) reserved.push(key);
    out[key] = v;
  }
  if (reserved.length) {
    throw invalidParameter(
      `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(", ")}`,
    );
  }
  const measured = JSON.stringify(out);
  if (utf8(measured).length > ENVIRONMENT_MAX_BYTES) {
    throw invalidParameter(
      `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${measured.length > 200 ? `${measured.slice(0, 200)}...` : measured}`,
    );
  }
  return out;
}

export function deadLetterTarget(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object") throw validationException("deadLetterConfig", value, "Member must be an object with a TargetArn");
  const arn = (value as { TargetArn?: unknown }).TargetArn;
  if (arn === undefined || arn === null || arn === "") return undefined;
  const text = requireString("deadLetterConfig.targetArn", arn);
  const service = arnService(text);
  if (service !== "sqs" && service !== "sns") {
    throw invalidParameter(
      `The provided target arn ${text} is invalid: a dead-letter queue must be an Amazon SQS queue or an Amazon SNS topic (arn:aws:sqs:... or arn:aws:sns:...). For other targets use an on-failure destination.`,
    );
  }
  return text;
}

/**
 * Code.ZipFile: the source of index.mjs / index.js / index.ts as one string, or a map of file
 * paths to sources. A single string is named after the handler's module, with the extension
 * its syntax implies (TypeScript → .ts, ES module syntax → .mjs, otherwise .js).
 */
export function codeFiles(value: unknown, handlerSetting: string, field = "code.zipFile"): Record<string, string> {
  if (value === undefined || value === null) throw validationException(field, null, "Member must not be null");
  if (typeof value === "string") {
    if (!value.trim()) throw invalidParameter("Uploaded file must be a non-empty zip");
    const slash = handlerSetting.lastIndexOf("/");
    const base = handlerSetting.slice(slash + 1).split(".")[0] || "index";
    const modulePath = handlerSetting.slice(0, slash + 1) + base;
    const ext = looksLikeTypeScript(value) ? ".ts" : hasModuleSyntax(value) ? ".mjs" : ".js";
    return { [normalizePath(modulePath) + ext]: value };
  }
  if (value instanceof Uint8Array) {
    throw invalidParameter("Lambda Lab takes code as text: pass Code.ZipFile as a string (the source of index.mjs) or as a map of file names to sources, not zip bytes.");
  }
  if (typeof value !== "object") throw validationException(field, value, "Member must be a string or a map of file paths to source text");
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(value as Record<string, unknown>)) {
    const clean = normalizePath(path);
    if (!clean || path.split("/").includes("..")) throw invalidParameter(`The file path '${path}' is not valid inside a deployment package.`);
    if (typeof text !== "string") throw validationException(`${field}.${path}`, text, "Member must be the file's source text as a string");
    files[clean] = text;
  }
  if (!Object.keys(files).length) throw invalidParameter("Uploaded file must be a non-empty zip");
  return files;
}

export type DestinationKind = "OnSuccess" | "OnFailure";

export function destination(kind: DestinationKind, value: unknown, ownArn: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object") throw validationException(`destinationConfig.${kind}`, value, "Member must be an object with a Destination ARN");
  const arn = (value as { Destination?: unknown }).Destination;
  if (arn === undefined || arn === null || arn === "") return undefined;
  const text = requireString(`destinationConfig.${kind}.destination`, arn);
  const parsed = parseArn(text);
  if (!parsed || !["sqs", "sns", "lambda", "events", "s3"].includes(parsed.service)) {
    throw invalidParameter(
      `The destination ARN ${text} is invalid. Destinations must be an Amazon SQS queue, Amazon SNS topic, Lambda function, EventBridge event bus or (on failure only) Amazon S3 bucket.`,
    );
  }
  if (parsed.service === "s3" && kind === "OnSuccess") {
    throw invalidParameter(`The destination ARN ${text} is invalid. Amazon S3 buckets are supported only as on-failure destinations.`);
  }
  if (parsed.service === "lambda" && text.split(":").slice(0, 7).join(":") === ownArn) {
    throw invalidParameter("You can't specify the function as a destination for itself.");
  }
  return text;
}
