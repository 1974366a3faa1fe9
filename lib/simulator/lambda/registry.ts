import { resourceNotFound } from "../errors";
import { functionArn } from "../kernel/arn";
import type { Kernel } from "../kernel/kernel";
import { parseFunctionName, type FunctionState, type ParsedFunctionName, type VersionConfig } from "./function-store";

export interface ResolvedTarget {
  fn: FunctionState;
  version: VersionConfig;
  /** "$LATEST", a version number or the alias name the caller used. */
  qualifierLabel: string;
  /** The ARN the caller invoked: unqualified, or with the version or alias. */
  invokedArn: string;
}

/** The account's functions, and how a FunctionName plus Qualifier picks the version that runs. */
export class FunctionRegistry {
  readonly functions = new Map<string, FunctionState>();

  constructor(private readonly kernel: Kernel) {}

  parse(functionName: unknown, qualifier?: unknown, field?: string): ParsedFunctionName {
    return parseFunctionName(functionName, qualifier, this.kernel.region, this.kernel.accountId, field);
  }

  arn(name: string, qualifier?: string): string {
    return functionArn(this.kernel.region, this.kernel.accountId, name, qualifier);
  }

  require(name: string): FunctionState {
    const fn = this.functions.get(name);
    if (!fn || fn.deleted) throw resourceNotFound(`Function not found: ${this.arn(name)}`);
    return fn;
  }

  /**
   * Resolves a qualifier to the version that runs. An alias with RoutingConfig sends the given
   * share of invocations to its additional version, drawn from the seeded "alias-routing" stream.
   */
  resolve(parsed: ParsedFunctionName): ResolvedTarget {
    const fn = this.require(parsed.name);
    const q = parsed.qualifier;
    if (q === undefined) return { fn, version: fn.latest, qualifierLabel: "$LATEST", invokedArn: this.arn(fn.name) };
    if (q === "$LATEST") return { fn, version: fn.latest, qualifierLabel: "$LATEST", invokedArn: this.arn(fn.name, q) };
    if (/^\d+$/.test(q)) {
      const v = fn.versions.get(q);
      if (!v) throw resourceNotFound(`Function not found: ${this.arn(fn.name, q)}`);
      return { fn, version: v, qualifierLabel: q, invokedArn: this.arn(fn.name, q) };
    }
    const alias = fn.aliases.get(q);
    if (!alias) throw resourceNotFound(`Function not found: ${this.arn(fn.name, q)}`);
    let chosen = alias.functionVersion;
    const weights = alias.additionalVersionWeights;
    if (weights) {
      const draw = this.kernel.rng.stream("alias-routing").next();
      let acc = 0;
      for (const [version, weight] of Object.entries(weights)) {
        acc += weight;
        if (draw < acc) {
          chosen = version;
          break;
        }
      }
    }
    const version = chosen === "$LATEST" ? fn.latest : fn.versions.get(chosen);
    if (!version) throw resourceNotFound(`Function not found: ${this.arn(fn.name, chosen)}`);
    return { fn, version, qualifierLabel: q, invokedArn: this.arn(fn.name, q) };
  }

  /** True when `qualifier` names $LATEST, an existing version or an existing alias of `fn`. */
  hasQualifier(fn: FunctionState, qualifier: string): boolean {
    return qualifier === "$LATEST" || fn.versions.has(qualifier) || fn.aliases.has(qualifier);
  }
}
