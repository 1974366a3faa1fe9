import { AwsApiError, invalidParameter, resourceConflict, resourceNotFound, validationException } from "../errors";
import type { Kernel } from "../kernel/kernel";
import {
  ASYNC_MAX_EVENT_AGE_MAX_S,
  ASYNC_MAX_EVENT_AGE_MIN_S,
  ASYNC_MAX_RETRIES_MAX,
  DEFAULT_HANDLER,
  DEFAULT_RUNTIME,
  MEMORY_DEFAULT_MB,
  MIN_UNRESERVED_CONCURRENCY,
  TIMEOUT_DEFAULT_S,
} from "../model";
import { SourceBundle } from "../sandbox/source-bundle";
import type { ConcurrencyManager } from "./concurrency";
import {
  aliasConfiguration,
  codeArtifact,
  FunctionState,
  functionConfiguration,
  lastModified,
  type AliasConfig,
  type EventInvokeConfig,
  type VersionConfig,
} from "./function-store";
import type { FunctionRegistry } from "./registry";
import type { Runner } from "./runner";
import * as v from "./validation";

type Input = Record<string, unknown>;
type Output = Record<string, unknown>;

/**
 * The Lambda control plane: functions, code and configuration of $LATEST, versions, aliases,
 * reserved concurrency and asynchronous-invocation settings. Operations are synchronous inside
 * the engine; the public API wraps them in promises.
 */
export class ControlPlane {
  constructor(
    private readonly kernel: Kernel,
    private readonly registry: FunctionRegistry,
    private readonly runner: Runner,
    private readonly concurrency: ConcurrencyManager,
  ) {}

  private config(fn: FunctionState, version: VersionConfig): Output {
    return functionConfiguration(fn, version, this.kernel.region, this.kernel.accountId);
  }

  private revision(): string {
    return this.kernel.rng.stream("revisions").uuid();
  }

  createFunction(input: Input): Output {
    const name = v.functionNameForCreate(input.FunctionName);
    if (this.registry.functions.get(name) && !this.registry.functions.get(name)!.deleted) {
      throw resourceConflict(`Function already exist: ${name}`);
    }
    const handler = input.Handler === undefined ? DEFAULT_HANDLER : v.handler(input.Handler);
    const code = input.Code as { ZipFile?: unknown } | undefined;
    if (code === undefined || code === null) throw validationException("code", null, "Member must not be null");
    const files = v.codeFiles(code.ZipFile, handler);
    const now = this.kernel.now();
    const latest: VersionConfig = {
      functionName: name,
      version: "$LATEST",
      runtime: input.Runtime === undefined ? DEFAULT_RUNTIME : v.runtime(input.Runtime),
      handler,
      memorySize: input.MemorySize === undefined ? MEMORY_DEFAULT_MB : v.memorySize(input.MemorySize),
      timeout: input.Timeout === undefined ? TIMEOUT_DEFAULT_S : v.timeout(input.Timeout),
      environment: v.environment(input.Environment),
      role: v.role(input.Role) ?? `arn:aws:iam::${this.kernel.accountId}:role/service-role/${name}-role`,
      description: v.description(input.Description),
      deadLetterTargetArn: v.deadLetterTarget(input.DeadLetterConfig),
      code: codeArtifact(new SourceBundle(files)),
      lastModified: lastModified(now),
      revisionId: this.revision(),
      generation: 1,
    };
    const fn = new FunctionState(name, this.registry.arn(name), latest);
    this.registry.functions.set(name, fn);
    if (input.Publish === true) this.publish(fn, undefined);
    return this.config(fn, latest);
  }

  getFunction(input: Input): Output {
    const parsed = this.registry.parse(input.FunctionName, input.Qualifier);
    const fn = this.registry.require(parsed.name);
    const version = this.versionFor(fn, parsed.qualifier);
    const out: Output = {
      Configuration: this.config(fn, version),
      Code: {
        RepositoryType: "S3",
        Location: `https://awslambda-${this.kernel.region}-tasks.s3.${this.kernel.region}.amazonaws.com/snapshots/${this.kernel.accountId}/${fn.name}-${version.revisionId}`,
        Files: Object.fromEntries(version.code.bundle.files),
      },
    };
    if (fn.reservedConcurrency !== undefined) out.Concurrency = { ReservedConcurrentExecutions: fn.reservedConcurrency };
    return out;
  }

  getFunctionConfiguration(input: Input): Output {
    const parsed = this.registry.parse(input.FunctionName, input.Qualifier);
    const fn = this.registry.require(parsed.name);
    return this.config(fn, this.versionFor(fn, parsed.qualifier));
  }

  private versionFor(fn: FunctionState, qualifier: string | undefined): VersionConfig {
    if (qualifier === undefined || qualifier === "$LATEST") return fn.latest;
    const alias = fn.aliases.get(qualifier);
    const version = alias ? (alias.functionVersion === "$LATEST" ? fn.latest : fn.versions.get(alias.functionVersion)) : fn.versions.get(qualifier);
    if (!version) throw resourceNotFound(`Function not found: ${this.registry.arn(fn.name, qualifier)}`);
    return version;
  }

  listFunctions(input: Input = {}): Output {
    const all = input.FunctionVersion === "ALL";
    const functions: Output[] = [];
    for (const fn of this.registry.functions.values()) {
      if (fn.deleted) continue;
      functions.push(this.config(fn, fn.latest));
      if (all) for (const version of fn.versions.values()) functions.push(this.config(fn, version));
    }
    return { Functions: functions };
  }

  deleteFunction(input: Input): Output {
    const parsed = this.registry.parse(input.FunctionName, input.Qualifier);
    const fn = this.registry.require(parsed.name);
    if (parsed.qualifier !== undefined) {
      if (parsed.qualifier === "$LATEST") throw invalidParameter("$LATEST version cannot be deleted without deleting the function.");
      if (!fn.versions.has(parsed.qualifier)) throw resourceNotFound(`Function not found: ${this.registry.arn(fn.name, parsed.qualifier)}`);
      const users = [...fn.aliases.values()].filter(
        (a) => a.functionVersion === parsed.qualifier || (a.additionalVersionWeights && parsed.qualifier! in a.additionalVersionWeights),
      );
      if (users.length) {
        throw resourceConflict(`Unable to delete version because the following aliases reference it: [${users.map((a) => a.name).join(", ")}]`);
      }
      fn.versions.delete(parsed.qualifier);
      fn.eventInvokeConfigs.delete(parsed.qualifier);
      return {};
    }
    fn.deleted = true;
    this.registry.functions.delete(fn.name);
    this.concurrency.forget(fn.name);
    this.runner.retireStale(fn, "deleted");
    return {};
  }

  updateFunctionCode(input: Input): Output {
    const parsed = this.registry.parse(input.FunctionName, undefined);
    const fn = this.registry.require(parsed.name);
    const files = v.codeFiles(input.ZipFile, fn.latest.handler, "zipFile");
    this.updateLatest(fn, { code: codeArtifact(new SourceBundle(files)) });
    if (input.Publish === true) return this.config(fn, this.publish(fn, undefined));
    return this.config(fn, fn.latest);
  }

  updateFunctionConfiguration(input: Input): Output {
    const parsed = this.registry.parse(input.FunctionName, undefined);
    const fn = this.registry.require(parsed.name);
    const changes: Partial<VersionConfig> = {};
    if (input.Runtime !== undefined) changes.runtime = v.runtime(input.Runtime);
    if (input.Handler !== undefined) changes.handler = v.handler(input.Handler);
    if (input.MemorySize !== undefined) changes.memorySize = v.memorySize(input.MemorySize);
    if (input.Timeout !== undefined) changes.timeout = v.timeout(input.Timeout);
    if (input.Environment !== undefined) changes.environment = v.environment(input.Environment);
    if (input.Role !== undefined) changes.role = v.role(input.Role);
    if (input.Description !== undefined) changes.description = v.description(input.Description);
    if (input.DeadLetterConfig !== undefined) changes.deadLetterTargetArn = v.deadLetterTarget(input.DeadLetterConfig);
    this.updateLatest(fn, changes);
    return this.config(fn, fn.latest);
  }

  /** $LATEST is replaced, never mutated: environments hold the configuration they started with. */
  private updateLatest(fn: FunctionState, changes: Partial<VersionConfig>): void {
    fn.latest = {
      ...fn.latest,
      ...changes,
      lastModified: lastModified(this.kernel.now()),
      revisionId: this.revision(),
      generation: fn.latest.generation + 1,
    };
    this.runner.retireStale(fn, "superseded");
  }

  publishVersion(input: Input): Output {
    const parsed = this.registry.parse(input.FunctionName, undefined);
    const fn = this.registry.require(parsed.name);
    if (input.CodeSha256 !== undefined && input.CodeSha256 !== fn.latest.code.sha256) {
      throw invalidParameter(`CodeSHA256 (${String(input.CodeSha256)}) is different from current CodeSHA256 in $LATEST (${fn.latest.code.sha256}). Please try again with the CodeSHA256 in $LATEST.`);
    }
    if (input.RevisionId !== undefined && input.RevisionId !== fn.latest.revisionId) {
      throw new AwsApiError(
        "PreconditionFailedException",
        "The RevisionId provided does not match the latest RevisionId for the Lambda function or alias. Call the GetFunction or the GetAlias API to retrieve the latest RevisionId for your resource.",
        412,
      );
    }
    return this.config(fn, this.publish(fn, input.Description === undefined ? undefined : v.description(input.Description)));
  }

  /** Publishes $LATEST unless nothing changed since the newest version (then returns that one). */
  private publish(fn: FunctionState, description: string | undefined): VersionConfig {
    const versions = fn.publishedVersions();
    const newest = versions[versions.length - 1];
    if (newest && sameSnapshot(newest, fn.latest)) return newest;
    const version = String(fn.nextVersion++);
    const snapshot: VersionConfig = {
      ...fn.latest,
      environment: { ...fn.latest.environment },
      version,
      description: description ?? fn.latest.description,
      lastModified: lastModified(this.kernel.now()),
      revisionId: this.revision(),
    };
    fn.versions.set(version, snapshot);
    return snapshot;
  }

  listVersionsByFunction(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    return { Versions: [this.config(fn, fn.latest), ...fn.publishedVersions().map((ver) => this.config(fn, ver))] };
  }

  // ------------------------------------------------------------ aliases

  createAlias(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    const name = aliasName(input.Name);
    if (fn.aliases.has(name)) throw resourceConflict(`Alias already exists: ${this.registry.arn(fn.name, name)}`);
    const functionVersion = this.aliasVersion(fn, input.FunctionVersion);
    const alias: AliasConfig = {
      name,
      functionVersion,
      description: v.description(input.Description),
      additionalVersionWeights: this.routing(fn, functionVersion, input.RoutingConfig),
      revisionId: this.revision(),
    };
    fn.aliases.set(name, alias);
    return aliasConfiguration(fn, alias, this.kernel.region, this.kernel.accountId);
  }

  updateAlias(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    const name = aliasName(input.Name);
    const alias = fn.aliases.get(name);
    if (!alias) throw resourceNotFound(`Alias not found: ${this.registry.arn(fn.name, name)}`);
    const functionVersion = input.FunctionVersion === undefined ? alias.functionVersion : this.aliasVersion(fn, input.FunctionVersion);
    const routing = input.RoutingConfig === undefined ? alias.additionalVersionWeights : this.routing(fn, functionVersion, input.RoutingConfig);
    if (routing && functionVersion === "$LATEST") {
      throw invalidParameter("$LATEST is not supported for an alias pointing to more than 1 version");
    }
    const updated: AliasConfig = {
      ...alias,
      functionVersion,
      description: input.Description === undefined ? alias.description : v.description(input.Description),
      additionalVersionWeights: routing,
      revisionId: this.revision(),
    };
    fn.aliases.set(name, updated);
    return aliasConfiguration(fn, updated, this.kernel.region, this.kernel.accountId);
  }

  getAlias(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    const name = aliasName(input.Name);
    const alias = fn.aliases.get(name);
    if (!alias) throw resourceNotFound(`Alias not found: ${this.registry.arn(fn.name, name)}`);
    return aliasConfiguration(fn, alias, this.kernel.region, this.kernel.accountId);
  }

  deleteAlias(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    const name = aliasName(input.Name);
    fn.aliases.delete(name);
    fn.eventInvokeConfigs.delete(name);
    return {};
  }

  listAliases(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    return { Aliases: [...fn.aliases.values()].map((a) => aliasConfiguration(fn, a, this.kernel.region, this.kernel.accountId)) };
  }

  private aliasVersion(fn: FunctionState, value: unknown): string {
    const version = v.requireString("functionVersion", value);
    if (!/^(\$LATEST|[0-9]+)$/.test(version)) {
      throw validationException("functionVersion", version, "Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+)");
    }
    if (version !== "$LATEST" && !fn.versions.has(version)) throw resourceNotFound(`Function not found: ${this.registry.arn(fn.name, version)}`);
    return version;
  }

  private routing(fn: FunctionState, primary: string, value: unknown): Record<string, number> | undefined {
    if (value === undefined || value === null) return undefined;
    const weights = (value as { AdditionalVersionWeights?: unknown }).AdditionalVersionWeights;
    if (weights === undefined || weights === null) return undefined;
    if (typeof weights !== "object") throw validationException("routingConfig.additionalVersionWeights", weights, "Member must be a map of version to weight");
    const entries = Object.entries(weights as Record<string, unknown>);
    if (!entries.length) return undefined;
    if (entries.length > 1) throw invalidParameter("Number of RoutingConfig entries can't exceed 1: an alias routes between its version and at most one additional version.");
    const [version, weight] = entries[0];
    if (typeof weight !== "number" || !(weight >= 0 && weight <= 1)) {
      throw validationException("routingConfig.additionalVersionWeights", weight, "Member must have value between 0.0 and 1.0");
    }
    if (primary === "$LATEST" || version === "$LATEST") {
      throw invalidParameter("$LATEST is not supported for an alias pointing to more than 1 version");
    }
    if (version === primary) throw invalidParameter(`Invalid function version ${version}. Function version ${version} is already included in routing configuration.`);
    if (!fn.versions.has(version)) throw resourceNotFound(`Function not found: ${this.registry.arn(fn.name, version)}`);
    return { [version]: weight };
  }

  // ------------------------------------------------------------ concurrency

  putFunctionConcurrency(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    const value = v.integerInRange("reservedConcurrentExecutions", input.ReservedConcurrentExecutions, 0, this.concurrency.accountLimit);
    const unreserved = this.concurrency.accountLimit - this.concurrency.totalReserved(fn.name) - value;
    if (unreserved < MIN_UNRESERVED_CONCURRENCY) {
      throw invalidParameter(
        `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${MIN_UNRESERVED_CONCURRENCY}].`,
      );
    }
    fn.reservedConcurrency = value;
    this.concurrency.setReserved(fn.name, value);
    return { ReservedConcurrentExecutions: value };
  }

  getFunctionConcurrency(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    return fn.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency };
  }

  deleteFunctionConcurrency(input: Input): Output {
    const fn = this.registry.require(this.registry.parse(input.FunctionName, undefined).name);
    fn.reservedConcurrency = undefined;
    this.concurrency.setReserved(fn.name, undefined);
    return {};
  }

  getAccountSettings(): Output {
    let totalCodeSize = 0;
    let count = 0;
    for (const fn of this.registry.functions.values()) {
      count++;
      totalCodeSize += fn.latest.code.size + fn.publishedVersions().reduce((s, ver) => s + ver.code.size, 0);
    }
    return {
      AccountLimit: {
        TotalCodeSize: 80530636800,
        CodeSizeUnzipped: 262144000,
        CodeSizeZipped: 52428800,
        ConcurrentExecutions: this.concurrency.accountLimit,
        UnreservedConcurrentExecutions: this.concurrency.accountLimit - this.concurrency.totalReserved(),
      },
      AccountUsage: { TotalCodeSize: totalCodeSize, FunctionCount: count },
    };
  }

  // ------------------------------------------------------------ asynchronous invocation settings

  putFunctionEventInvokeConfig(input: Input, merge = false): Output {
    const parsed = this.registry.parse(input.FunctionName, input.Qualifier);
    const fn = this.registry.require(parsed.name);
    const qualifier = parsed.qualifier ?? "$LATEST";
    if (!this.registry.hasQualifier(fn, qualifier)) throw resourceNotFound(`Function not found: ${this.registry.arn(fn.name, qualifier)}`);
    const previous = merge ? fn.eventInvokeConfigs.get(qualifier) : undefined;
    if (merge && !previous) {
      throw resourceNotFound(`The function ${this.registry.arn(fn.name, qualifier)} doesn't have an EventInvokeConfig`);
    }
    const config: EventInvokeConfig = {
      maximumRetryAttempts:
        input.MaximumRetryAttempts === undefined
          ? previous?.maximumRetryAttempts
          : v.integerInRange("maximumRetryAttempts", input.MaximumRetryAttempts, 0, ASYNC_MAX_RETRIES_MAX),
      maximumEventAgeInSeconds:
        input.MaximumEventAgeInSeconds === undefined
          ? previous?.maximumEventAgeInSeconds
          : v.integerInRange("maximumEventAgeInSeconds", input.MaximumEventAgeInSeconds, ASYNC_MAX_EVENT_AGE_MIN_S, ASYNC_MAX_EVENT_AGE_MAX_S),
      destinationConfig: previous ? { ...previous.destinationConfig } : {},
      lastModified: this.kernel.now() / 1000,
    };
    if (input.DestinationConfig !== undefined) {
      const dc = (input.DestinationConfig ?? {}) as { OnSuccess?: unknown; OnFailure?: unknown };
      const own = this.registry.arn(fn.name);
      if (!merge || dc.OnSuccess !== undefined) {
        const arn = v.destination("OnSuccess", dc.OnSuccess, own);
        config.destinationConfig.OnSuccess = arn ? { Destination: arn } : undefined;
      }
      if (!merge || dc.OnFailure !== undefined) {
        const arn = v.destination("OnFailure", dc.OnFailure, own);
        config.destinationConfig.OnFailure = arn ? { Destination: arn } : undefined;
      }
    }
    fn.eventInvokeConfigs.set(qualifier, config);
    return this.eventInvokeOutput(fn, qualifier, config);
  }

  getFunctionEventInvokeConfig(input: Input): Output {
    const parsed = this.registry.parse(input.FunctionName, input.Qualifier);
    const fn = this.registry.require(parsed.name);
    const qualifier = parsed.qualifier ?? "$LATEST";
    const config = fn.eventInvokeConfigs.get(qualifier);
    if (!config) throw resourceNotFound(`The function ${this.registry.arn(fn.name, qualifier)} doesn't have an EventInvokeConfig`);
    return this.eventInvokeOutput(fn, qualifier, config);
  }

  deleteFunctionEventInvokeConfig(input: Input): Output {
    const parsed = this.registry.parse(input.FunctionName, input.Qualifier);
    const fn = this.registry.require(parsed.name);
    const qualifier = parsed.qualifier ?? "$LATEST";
    if (!fn.eventInvokeConfigs.delete(qualifier)) {
      throw resourceNotFound(`The function ${this.registry.arn(fn.name, qualifier)} doesn't have an EventInvokeConfig`);
    }
    return {};
  }

  private eventInvokeOutput(fn: FunctionState, qualifier: string, c: EventInvokeConfig): Output {
    const out: Output = { FunctionArn: this.registry.arn(fn.name, qualifier), LastModified: c.lastModified };
    if (c.maximumRetryAttempts !== undefined) out.MaximumRetryAttempts = c.maximumRetryAttempts;
    if (c.maximumEventAgeInSeconds !== undefined) out.MaximumEventAgeInSeconds = c.maximumEventAgeInSeconds;
    const dc: Output = {};
    if (c.destinationConfig.OnSuccess?.Destination) dc.OnSuccess = { Destination: c.destinationConfig.OnSuccess.Destination };
    if (c.destinationConfig.OnFailure?.Destination) dc.OnFailure = { Destination: c.destinationConfig.OnFailure.Destination };
    out.DestinationConfig = { OnSuccess: dc.OnSuccess ?? {}, OnFailure: dc.OnFailure ?? {} };
    return out;
  }
}

function aliasName(value: unknown): string {
  const name = v.requireString("name", value);
  if (!/^(?!^[0-9]+$)([a-zA-Z0-9-_]{1,128})$/.test(name)) {
    throw validationException("name", name, "Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+) (1-128 characters, not only digits)");
  }
  return name;
}

/** What publishVersion compares: code and the configuration a version freezes. */
function sameSnapshot(a: VersionConfig, b: VersionConfig): boolean {
  return (
    a.code.sha256 === b.code.sha256 &&
    a.runtime === b.runtime &&
    a.handler === b.handler &&
    a.memorySize === b.memorySize &&
    a.timeout === b.timeout &&
    a.role === b.role &&
    a.deadLetterTargetArn === b.deadLetterTargetArn &&
    JSON.stringify(a.environment) === JSON.stringify(b.environment)
  );
}
