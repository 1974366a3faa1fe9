import { invalidParameter, resourceNotFound, validationException } from "../errors";
import { functionArn } from "../kernel/arn";
import { base64, sha256, utf8 } from "../kernel/encoding";
import type { Rng } from "../kernel/rng";
import type { SourceBundle } from "../sandbox/source-bundle";

/**
 * Functions, their versions and aliases. $LATEST is the one mutable version; publishVersion
 * freezes a copy of code and configuration. Asynchronous-invocation settings are kept per
 * qualifier ("$LATEST", "3", "live"), as PutFunctionEventInvokeConfig keeps them.
 */

export interface CodeArtifact {
  bundle: SourceBundle;
  sha256: string;
  size: number;
}

export interface VersionConfig {
  functionName: string;
  version: string;
  runtime: string;
  handler: string;
  memorySize: number;
  timeout: number;
  environment: Record<string, string>;
  role: string;
  description: string;
  deadLetterTargetArn?: string;
  code: CodeArtifact;
  lastModified: string;
  revisionId: string;
  /** Changes whenever $LATEST changes; environments of an older generation are stale. */
  generation: number;
}

export interface AliasConfig {
  name: string;
  functionVersion: string;
  description: string;
  additionalVersionWeights?: Record<string, number>;
  revisionId: string;
}

export interface DestinationConfig {
  OnSuccess?: { Destination?: string };
  OnFailure?: { Destination?: string };
}

export interface EventInvokeConfig {
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  destinationConfig: DestinationConfig;
  lastModified: number;
}

export class FunctionState {
  readonly versions = new Map<string, VersionConfig>();
  readonly aliases = new Map<string, AliasConfig>();
  readonly eventInvokeConfigs = new Map<string, EventInvokeConfig>();
  reservedConcurrency: number | undefined;
  nextVersion = 1;
  deleted = false;

  constructor(
    readonly name: string,
    readonly arn: string,
    public latest: VersionConfig,
  ) {}

  /** Published version numbers in order. */
  publishedVersions(): VersionConfig[] {
    return [...this.versions.values()];
  }
}

/** LastModified as Lambda formats it: 2026-01-01T00:00:00.000+0000. */
export function lastModified(epochMs: number): string {
  return new Date(Math.floor(epochMs)).toISOString().replace("Z", "+0000");
}

export function codeArtifact(bundle: SourceBundle): CodeArtifact {
  const canonical = [...bundle.files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, text]) => `${path}\u0000${text}`)
    .join("\u0001");
  return { bundle, sha256: base64(sha256(utf8(canonical))), size: bundle.size };
}

export function newRevisionId(rng: Rng): string {
  return rng.uuid();
}

/** The FunctionConfiguration shape CreateFunction, GetFunction and friends return. */
export function functionConfiguration(fn: FunctionState, v: VersionConfig, region: string, accountId: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    FunctionName: fn.name,
    FunctionArn: functionArn(region, accountId, fn.name, v.version === "$LATEST" ? undefined : v.version),
    Runtime: v.runtime,
    Role: v.role,
    Handler: v.handler,
    CodeSize: v.code.size,
    Description: v.description,
    Timeout: v.timeout,
    MemorySize: v.memorySize,
    LastModified: v.lastModified,
    CodeSha256: v.code.sha256,
    Version: v.version,
    TracingConfig: { Mode: "PassThrough" },
    RevisionId: v.revisionId,
    State: "Active",
    LastUpdateStatus: "Successful",
    PackageType: "Zip",
    Architectures: ["x86_64"],
    EphemeralStorage: { Size: 512 },
    SnapStart: { ApplyOn: "None", OptimizationStatus: "Off" },
    LoggingConfig: { LogFormat: "Text", LogGroup: `/aws/lambda/${fn.name}` },
  };
  if (Object.keys(v.environment).length) out.Environment = { Variables: { ...v.environment } };
  if (v.deadLetterTargetArn) out.DeadLetterConfig = { TargetArn: v.deadLetterTargetArn };
  return out;
}

export function aliasConfiguration(fn: FunctionState, a: AliasConfig, region: string, accountId: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    AliasArn: functionArn(region, accountId, fn.name, a.name),
    Name: a.name,
    FunctionVersion: a.functionVersion,
    Description: a.description,
    RevisionId: a.revisionId,
  };
  if (a.additionalVersionWeights && Object.keys(a.additionalVersionWeights).length) {
    out.RoutingConfig = { AdditionalVersionWeights: { ...a.additionalVersionWeights } };
  }
  return out;
}

const NAME_PATTERN =
  /^(arn:(aws[a-zA-Z-]*)?:lambda:)?(?<region>[a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(?<account>\d{12}:)?(function:)?(?<name>[a-zA-Z0-9-_.]+)(:(?<qualifier>\$LATEST|[a-zA-Z0-9-_]+))?$/;

export interface ParsedFunctionName {
  name: string;
  qualifier?: string;
}

/**
 * Reads a FunctionName parameter: a name, name:qualifier, a full ARN or a partial ARN
 * ("123456789012:function:name"), checks it belongs to this Region and account, and
 * reconciles its qualifier with a separate Qualifier parameter.
 */
export function parseFunctionName(
  input: unknown,
  qualifierParam: unknown,
  region: string,
  accountId: string,
  field = "functionName",
): ParsedFunctionName {
  if (input === undefined || input === null) {
    throw validationException(field, null, "Member must not be null");
  }
  if (typeof input !== "string" || input.length < 1 || input.length > 170) {
    throw validationException(field, input, "Member must have length less than or equal to 170 and greater than or equal to 1");
  }
  const m = NAME_PATTERN.exec(input);
  if (!m || !m.groups) {
    throw validationException(
      field,
      input,
      "Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?",
    );
  }
  const { name, qualifier } = m.groups;
  const arnRegion = m.groups.region?.slice(0, -1);
  const arnAccount = m.groups.account?.slice(0, -1);
  if ((arnRegion && arnRegion !== region) || (arnAccount && arnAccount !== accountId)) {
    throw resourceNotFound(
      `Function not found: ${input}. The simulator has one account (${accountId}) in one Region (${region}); use a name or an ARN from it.`,
    );
  }
  if (qualifierParam !== undefined && qualifierParam !== null) {
    if (typeof qualifierParam !== "string" || !/^(\$LATEST|[a-zA-Z0-9-_]{1,128})$/.test(qualifierParam)) {
      throw validationException("qualifier", qualifierParam, "Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)");
    }
    if (qualifier && qualifier !== qualifierParam) {
      throw invalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
    }
    return { name, qualifier: qualifierParam };
  }
  return qualifier ? { name, qualifier } : { name };
}
