/**
 * A small model of how the Serverless Framework resolves `${source:address, fallback}` variables
 * in serverless.yml before deploying: `opt` (CLI options), `self` (other properties of the same
 * file), `sls:stage`, and `env` (the deploying machine's environment). Resolution happens on the
 * machine that runs `serverless deploy`; the function only ever sees the resulting strings.
 */

export type ConfigValue = string | number | boolean | null | ConfigValue[] | { [key: string]: ConfigValue };
export type ConfigObject = { [key: string]: ConfigValue };

export interface ResolveContext {
  /** CLI options without the dashes: `{ stage: "prod" }` for `--stage prod`. Blank = not given. */
  options: Record<string, string | undefined>;
  /** Environment variables of the deploying machine. Blank or missing = unset. */
  env: Record<string, string | undefined>;
}

export interface Resolution {
  /** Where in the file, e.g. `provider.environment.TABLE`. */
  path: string;
  /** The variable as it read when resolved (inner variables already replaced). */
  expression: string;
  value: ConfigValue;
  /** Where the value came from, in words. */
  from: string;
}

/** A variable with no value and no usable fallback; the deployment would stop here. */
export class VariableResolutionError extends Error {
  constructor(
    readonly path: string,
    readonly expression: string,
    reason: string,
  ) {
    super(`Cannot resolve ${expression} at "${path}": ${reason}`);
    this.name = "VariableResolutionError";
  }
}

const SIMULATED_SOURCES = new Set(["opt", "self", "sls", "env"]);

function isObject(v: ConfigValue | undefined): v is ConfigObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Splits `a, 'b, c', d` on the commas outside quotes. */
function splitParams(body: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let current = "";
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === ",") {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current.trim());
  return parts;
}

export function resolveServerlessConfig(config: ConfigObject, ctx: ResolveContext) {
  const resolutions: Resolution[] = [];
  const errors: VariableResolutionError[] = [];
  const cache = new Map<string, ConfigValue>();
  const inProgress = new Set<string>();
  const given = (v: string | undefined) => (v !== undefined && v.trim() !== "" ? v.trim() : undefined);

  function rawAt(path: string): ConfigValue | undefined {
    let node: ConfigValue | undefined = config;
    for (const key of path.split(".")) {
      if (!isObject(node) || !(key in node)) return undefined;
      node = node[key];
    }
    return node;
  }

  /** The resolved value of a property, resolving (once) whatever variables it contains. */
  function resolvedAt(path: string): ConfigValue | undefined {
    if (cache.has(path)) return cache.get(path);
    const raw = rawAt(path);
    if (raw === undefined) return undefined;
    if (inProgress.has(path)) throw new VariableResolutionError(path, `\${self:${path}}`, "the property refers to itself in a loop.");
    inProgress.add(path);
    try {
      const value = resolveValue(raw, path);
      cache.set(path, value);
      return value;
    } finally {
      inProgress.delete(path);
    }
  }

  function stage(): { value: string; from: string } {
    const opt = given(ctx.options.stage);
    if (opt) return { value: opt, from: "the --stage option" };
    const own = resolvedAt("provider.stage");
    if (own !== undefined && own !== null && own !== "") return { value: String(own), from: "provider.stage in the file" };
    return { value: "dev", from: "the framework's default stage, dev" };
  }

  /** One `source:address` reference: its value and where it came from, or undefined if absent. */
  function lookUp(ref: string, path: string, expression: string): { value: ConfigValue; from: string } | undefined {
    const m = /^([a-zA-Z][\w-]*):(.*)$/.exec(ref);
    if (!m) throw new VariableResolutionError(path, expression, `"${ref}" is neither a quoted fallback nor a source:address reference.`);
    const [, source, address] = m;
    if (!SIMULATED_SOURCES.has(source)) {
      throw new VariableResolutionError(path, expression, `the "${source}" source is read from AWS or disk at deploy time, which this model does not simulate.`);
    }
    if (source === "opt") {
      const v = given(ctx.options[address]);
      return v === undefined ? undefined : { value: v, from: `the --${address} option` };
    }
    if (source === "env") {
      const v = given(ctx.env[address]);
      return v === undefined ? undefined : { value: v, from: `the environment variable ${address} on the deploying machine` };
    }
    if (source === "sls") {
      if (address !== "stage") throw new VariableResolutionError(path, expression, `only \${sls:stage} is modelled here.`);
      const s = stage();
      return { value: s.value, from: `the current stage (${s.from})` };
    }
    const v = resolvedAt(address);
    return v === undefined || v === null ? undefined : { value: v, from: `the property ${address} in this file` };
  }

  function resolveVariable(body: string, path: string): ConfigValue {
    const expression = `\${${body}}`;
    const [first, ...fallbacks] = splitParams(body);
    for (const [i, param] of [first, ...fallbacks].entries()) {
      const quoted = /^'(.*)'$|^"(.*)"$/.exec(param);
      let hit: { value: ConfigValue; from: string } | undefined;
      if (quoted) hit = { value: quoted[1] ?? quoted[2], from: `the fallback ${param}` };
      else if (/^-?\d+(\.\d+)?$/.test(param)) hit = { value: Number(param), from: `the fallback ${param}` };
      else if (param === "true" || param === "false") hit = { value: param === "true", from: `the fallback ${param}` };
      else {
        hit = lookUp(param, path, expression);
        if (hit && i > 0) hit = { ...hit, from: `the fallback ${param}: ${hit.from}` };
      }
      if (hit) {
        resolutions.push({ path, expression, value: hit.value, from: hit.from });
        return hit.value;
      }
    }
    throw new VariableResolutionError(path, expression, `${first} has no value${fallbacks.length ? " and no fallback gave one" : " and there is no fallback"}.`);
  }

  function resolveString(text: string, path: string): ConfigValue {
    let current = text;
    // Innermost first: `${self:custom.size.${sls:stage}}` resolves `${sls:stage}`, then the rest.
    for (let guard = 0; guard < 50; guard++) {
      const start = current.lastIndexOf("${");
      if (start === -1) return current;
      const end = current.indexOf("}", start);
      if (end === -1) throw new VariableResolutionError(path, current.slice(start), "the variable is missing its closing }.");
      const value = resolveVariable(current.slice(start + 2, end), path);
      if (start === 0 && end === current.length - 1) return value; // the whole value: keep its type
      if (isObject(value) || Array.isArray(value)) {
        throw new VariableResolutionError(path, current.slice(start, end + 1), "an object cannot be embedded inside a string.");
      }
      current = current.slice(0, start) + String(value) + current.slice(end + 1);
    }
    throw new VariableResolutionError(path, text, "too many nested variables.");
  }

  function resolveValue(value: ConfigValue, path: string): ConfigValue {
    if (typeof value === "string") return value.includes("${") ? resolveString(value, path) : value;
    if (Array.isArray(value)) return value.map((v, i) => resolveValue(v, `${path}[${i}]`));
    if (isObject(value)) {
      const out: ConfigObject = {};
      for (const [k, v] of Object.entries(value)) {
        const childPath = path ? `${path}.${k}` : k;
        try {
          out[k] = cache.has(childPath) ? cache.get(childPath)! : resolveValue(v, childPath);
          cache.set(childPath, out[k]);
        } catch (error) {
          if (!(error instanceof VariableResolutionError)) throw error;
          if (!errors.some((e) => e.message === error.message)) errors.push(error);
          out[k] = null;
        }
      }
      return out;
    }
    return value;
  }

  const resolved = resolveValue(config, "") as ConfigObject;
  return { config: resolved, resolutions, errors, stage: stage() };
}

export interface DeployedFunction {
  key: string;
  name: string;
  handler: string;
  environment: Record<string, string>;
}

export interface DeploymentSummary {
  service: string;
  stage: string;
  stageFrom: string;
  region: string;
  regionFrom: string;
  stackName: string;
  functions: DeployedFunction[];
}

/** What `serverless deploy` would create from a resolved configuration. */
export function describeDeployment(resolved: ConfigObject, ctx: ResolveContext, stage: { value: string; from: string }): DeploymentSummary {
  const service = String(resolved.service ?? "service");
  const provider = isObject(resolved.provider) ? resolved.provider : {};
  const optRegion = ctx.options.region?.trim();
  const region = optRegion ? optRegion : provider.region ? String(provider.region) : "us-east-1";
  const regionFrom = optRegion ? "the --region option" : provider.region ? "provider.region in the file" : "the framework's default region";
  const sharedEnv = isObject(provider.environment) ? provider.environment : {};
  const functions = Object.entries(isObject(resolved.functions) ? resolved.functions : {}).map(([key, fn]): DeployedFunction => {
    const f = isObject(fn) ? fn : {};
    const env = { ...sharedEnv, ...(isObject(f.environment) ? f.environment : {}) };
    return {
      key,
      // The framework names each function service-stage-key unless it sets its own name.
      name: f.name ? String(f.name) : `${service}-${stage.value}-${key}`,
      handler: String(f.handler ?? ""),
      environment: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? "(unresolved)" : String(v)])),
    };
  });
  return { service, stage: stage.value, stageFrom: stage.from, region, regionFrom, stackName: `${service}-${stage.value}`, functions };
}

/** Plain YAML for display: block mappings and lists, strings quoted only when YAML needs it. */
export function toYaml(value: ConfigValue, indent = 0): string {
  const pad = " ".repeat(indent);
  if (isObject(value)) {
    return Object.entries(value)
      .map(([k, v]) => ((isObject(v) && Object.keys(v).length) || (Array.isArray(v) && v.length) ? `${pad}${k}:\n${toYaml(v, indent + 2)}` : `${pad}${k}: ${scalar(v)}`))
      .join("\n");
  }
  if (Array.isArray(value)) return value.map((v) => `${pad}- ${isObject(v) ? toYaml(v, indent + 2).trimStart() : scalar(v)}`).join("\n");
  return pad + scalar(value);
}

function scalar(v: ConfigValue): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "[]";
  if (typeof v === "object") return "{}";
  if (typeof v !== "string") return String(v);
  const plainSafe = /^[A-Za-z0-9_$/.][^#]*$/.test(v) && !/: |:$|\s$/.test(v) && !/^(true|false|null|yes|no|on|off|~|-?\d+(\.\d+)?)$/i.test(v);
  return plainSafe ? v : JSON.stringify(v);
}

/** How provider.stage is written in the sample file: from the CLI option, or hard-coded. */
export type StageLine = "option" | "fixed";

/** The sample serverless.yml the widget resolves (lesson 10's service, trimmed). */
export function sampleServerlessConfig(stageLine: StageLine): ConfigObject {
  return {
    service: "orders",
    provider: {
      name: "aws",
      runtime: "nodejs22.x",
      stage: stageLine === "option" ? "${opt:stage, 'dev'}" : "dev",
      region: "${opt:region, 'eu-west-1'}",
      environment: {
        STAGE: "${self:provider.stage}",
        TABLE: "orders-${sls:stage}",
        LOG_LEVEL: "${env:LOG_LEVEL, 'info'}",
      },
    },
    custom: { pageSize: { prod: 100 } },
    functions: {
      createOrder: { handler: "src/orders.create" },
      listOrders: { handler: "src/orders.list", environment: { PAGE_SIZE: "${self:custom.pageSize.${sls:stage}, 20}" } },
    },
  };
}
