import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AwsRecord, ExerciseSimulator, SimulatorOptions } from "@/lib/exercises/sim-port";

// A small stand-in for lib/simulator, implementing only the contract subset the check API uses,
// so the check API and the runner can be tested before (and independently of) the real engine.
// Handlers really run: each execution environment's files are written to a temporary folder and
// imported natively, with `console` and `process` shadowed per environment. There is no virtual
// CPU time, concurrency or retry model: invocations run one after another and succeed or fail.

class AwsError extends Error {
  $metadata: { httpStatusCode: number };
  constructor(
    name: string,
    message: string,
    status = 400,
    readonly Reason?: string,
  ) {
    super(message);
    this.name = name;
    this.$metadata = { httpStatusCode: status };
  }
}

type Snapshot = { files: Record<string, string>; env: Record<string, string>; handler: string };
type Environment = { key: string; module: Promise<Record<string, unknown>> };
type Fn = {
  name: string;
  arn: string;
  latest: Snapshot;
  versions: Map<string, Snapshot>;
  aliases: Map<string, { version: string; weights: Record<string, number> }>;
  environments: Map<string, Environment>;
  reserved: number | null;
};
type Queue = {
  name: string;
  arn: string;
  url: string;
  messages: { id: string; body: string; visible: boolean; receipt: string }[];
};

const roots: string[] = [];
let environments = 0; // process-wide, so environment keys never collide between fakes
const globalHooks = globalThis as unknown as {
  __fakeLambda?: { console: (key: string) => unknown; env: (key: string) => Record<string, string> };
};

/** Removes every temporary folder the fakes created (call from afterAll). */
export function cleanupFakeEngines(): void {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
}

// Each environment lives in its own folder, so it gets its own module graph (module state).
const nativeImport = (url: string) => import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;

export async function createFakeSimulator(
  options: SimulatorOptions,
  features: { sqs?: boolean } = { sqs: true },
): Promise<ExerciseSimulator> {
  const root = mkdtempSync(path.join(tmpdir(), "lambda-lab-fake-"));
  roots.push(root);
  const start = options.startTime ?? Date.UTC(2026, 0, 1);
  let offset = 0;
  let counter = 0;
  let rng = options.seed || 1;
  const random = () => {
    rng = (rng * 1103515245 + 12345) % 2147483648;
    return rng / 2147483648;
  };
  const functions = new Map<string, Fn>();
  const logs = new Map<string, string[]>();
  const trace: AwsRecord[] = [];
  const metrics = new Map<string, { Invocations: number; Errors: number }>();
  const queues = new Map<string, Queue>();
  const current = new Map<string, { fn: string; requestId?: string }>();
  const envSnapshots = new Map<string, Record<string, string>>();

  // One hook object per process: the latest fake simulator wins, and tests run one at a time.
  globalHooks.__fakeLambda = {
    console: (key) => {
      const write =
        (level: string) =>
        (...args: unknown[]) => {
          const c = current.get(key)!;
          const text = args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
          logs
            .get(c.fn)!
            .push(
              `${new Date(start + offset).toISOString()}\t${c.requestId ?? "undefined"}\t${level}\t${text}`,
            );
        };
      return { log: write("INFO"), info: write("INFO"), warn: write("WARN"), error: write("ERROR") };
    },
    env: (key) => ({ ...(envSnapshots.get(key) ?? {}) }),
  };

  const fnOf = (name: unknown): Fn => {
    const f = functions.get(String(name));
    if (!f) throw new AwsError("ResourceNotFoundException", `Function not found: ${String(name)}`, 404);
    return f;
  };

  function snapshotFor(f: Fn, qualifier: string | undefined): { version: string; snap: Snapshot } {
    if (!qualifier || qualifier === "$LATEST") return { version: "$LATEST", snap: f.latest };
    const alias = f.aliases.get(qualifier);
    if (alias) {
      let version = alias.version;
      let r = random();
      for (const [v, w] of Object.entries(alias.weights)) {
        if (r < w) {
          version = v;
          break;
        }
        r -= w;
      }
      return { version, snap: f.versions.get(version)! };
    }
    const snap = f.versions.get(qualifier);
    if (!snap)
      throw new AwsError("ResourceNotFoundException", `Function not found: ${f.arn}:${qualifier}`, 404);
    return { version: qualifier, snap };
  }

  function environment(f: Fn, version: string, snap: Snapshot): { env: Environment; cold: boolean } {
    const id = `${version}:${JSON.stringify(snap)}`;
    const existing = f.environments.get(id);
    if (existing) return { env: existing, cold: false };
    const key = `env${++environments}`;
    const dir = path.join(root, key);
    for (const [name, text] of Object.entries(snap.files)) {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      const shim = `const console = globalThis.__fakeLambda.console(${JSON.stringify(key)}); const process = { env: globalThis.__fakeLambda.env(${JSON.stringify(key)}) };\n`;
      writeFileSync(file, shim + text);
    }
    envSnapshots.set(key, snap.env);
    current.set(key, { fn: f.name });
    const [file] = snap.handler.split(".");
    const main =
      Object.keys(snap.files).find((n) => n.replace(/\.(mjs|js|ts)$/, "") === file) ?? `${file}.mjs`;
    const env: Environment = { key, module: nativeImport(pathToFileURL(path.join(dir, main)).href) };
    env.module.catch(() => f.environments.delete(id)); // a failed Init is retried by the next invocation
    f.environments.set(id, env);
    return { env, cold: true };
  }
  async function run(
    f: Fn,
    qualifier: string | undefined,
    payload: string,
  ): Promise<{ payload: string; error: boolean; version: string }> {
    if (f.reserved === 0)
      throw new AwsError(
        "TooManyRequestsException",
        "Rate Exceeded.",
        429,
        "ReservedFunctionConcurrentInvocationLimitExceeded",
      );
    const { version, snap } = snapshotFor(f, qualifier);
    const requestId = `req-${String(++counter).padStart(6, "0")}`;
    const { env, cold } = environment(f, version, snap);
    const lines = logs.get(f.name)!;
    // Init: module-scope output belongs to no request.
    await env.module.catch(() => undefined);
    current.set(env.key, { fn: f.name, requestId });
    trace.push({
      t: start + offset,
      kind: "invoke.start",
      functionName: f.name,
      requestId,
      version,
      coldStart: cold,
    });
    lines.push(`START RequestId: ${requestId} Version: ${version}`);
    let result: { payload: string; error: boolean };
    try {
      const mod = await env.module;
      const handler = mod[snap.handler.split(".")[1]];
      if (typeof handler !== "function")
        throw Object.assign(new Error(`${snap.handler} is undefined or not exported`), {
          name: "Runtime.HandlerNotFound",
        });
      const context = { awsRequestId: requestId, functionName: f.name, getRemainingTimeInMillis: () => 3000 };
      const value = await (handler as (e: unknown, c: unknown) => unknown)(JSON.parse(payload), context);
      result = { payload: JSON.stringify(value ?? null), error: false };
    } catch (e) {
      const err = e as Error;
      trace.push({
        t: start + offset,
        kind: "invoke.error",
        functionName: f.name,
        requestId,
        errorType: err.name,
        errorMessage: err.message,
      });
      result = {
        payload: JSON.stringify({ errorType: err.name, errorMessage: err.message, trace: [] }),
        error: true,
      };
    }
    current.set(env.key, { fn: f.name });
    lines.push(`END RequestId: ${requestId}`);
    lines.push(
      `REPORT RequestId: ${requestId}\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\t${cold ? "Init Duration: 10.00 ms\t" : ""}`,
    );
    trace.push({ t: start + offset, kind: "invoke.end", functionName: f.name, requestId, version });
    const m = metrics.get(f.name)!;
    m.Invocations += 1;
    if (result.error) m.Errors += 1;
    return { ...result, version };
  }

  const fnApi = {
    async createFunction(input: AwsRecord) {
      const name = String(input.FunctionName);
      if (functions.has(name))
        throw new AwsError("ResourceConflictException", `Function already exist: ${name}`, 409);
      const zip = (input.Code as { ZipFile: string | Record<string, string> }).ZipFile;
      const files = typeof zip === "string" ? { "index.mjs": zip } : { ...zip };
      const env = ((input.Environment as { Variables?: Record<string, string> } | undefined)?.Variables ??
        {}) as Record<string, string>;
      const arn = `arn:aws:lambda:us-east-1:123456789012:function:${name}`;
      const f = {
        name,
        arn,
        latest: { files, env, handler: String(input.Handler ?? "index.handler") },
        versions: new Map(),
        aliases: new Map(),
        environments: new Map(),
        reserved: null,
      } as unknown as Fn;
      functions.set(name, f);
      logs.set(name, []);
      metrics.set(name, { Invocations: 0, Errors: 0 });
      return { FunctionName: name, FunctionArn: arn, Version: "$LATEST" };
    },
    async updateFunctionCode(input: AwsRecord) {
      const f = fnOf(input.FunctionName);
      const zip = input.ZipFile as string | Record<string, string>;
      f.latest = { ...f.latest, files: typeof zip === "string" ? { "index.mjs": zip } : { ...zip } };
      return { FunctionName: f.name };
    },
    async updateFunctionConfiguration(input: AwsRecord) {
      const f = fnOf(input.FunctionName);
      const vars = (input.Environment as { Variables?: Record<string, string> } | undefined)?.Variables;
      f.latest = { ...f.latest, env: vars ? { ...vars } : f.latest.env };
      return { FunctionName: f.name };
    },
    async publishVersion(input: AwsRecord) {
      const f = fnOf(input.FunctionName);
      const version = String(f.versions.size + 1);
      f.versions.set(version, { ...f.latest });
      return { Version: version };
    },
    async createAlias(input: AwsRecord) {
      return fnApi.updateAlias(input, true);
    },
    async updateAlias(input: AwsRecord, create = false) {
      const f = fnOf(input.FunctionName);
      const version = String(input.FunctionVersion);
      const weights = ((
        input.RoutingConfig as { AdditionalVersionWeights?: Record<string, number> } | undefined
      )?.AdditionalVersionWeights ?? {}) as Record<string, number>;
      if (Object.keys(weights).length > 0 && version === "$LATEST")
        throw new AwsError(
          "InvalidParameterValueException",
          "$LATEST is not supported for an alias pointing to more than 1 version",
        );
      for (const [v, w] of Object.entries(weights)) {
        if (!(w >= 0 && w <= 1))
          throw new AwsError(
            "ValidationException",
            `Weight ${w} for version ${v} must be between 0.0 and 1.0.`,
          );
        if (!f.versions.has(v))
          throw new AwsError("InvalidParameterValueException", `Version ${v} does not exist.`);
      }
      if (version !== "$LATEST" && !f.versions.has(version))
        throw new AwsError("ResourceNotFoundException", `Version ${version} does not exist.`, 404);
      if (!create && !f.aliases.has(String(input.Name)))
        throw new AwsError("ResourceNotFoundException", `Alias not found: ${String(input.Name)}`, 404);
      f.aliases.set(String(input.Name), { version, weights });
      return {
        Name: input.Name,
        FunctionVersion: version,
        RoutingConfig: { AdditionalVersionWeights: weights },
      };
    },
    async putFunctionConcurrency(input: AwsRecord) {
      const n = Number(input.ReservedConcurrentExecutions);
      if (!Number.isInteger(n) || n < 0 || n > 900)
        throw new AwsError(
          "InvalidParameterValueException",
          "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
        );
      fnOf(input.FunctionName).reserved = n;
      return { ReservedConcurrentExecutions: n };
    },
    async putFunctionEventInvokeConfig(input: AwsRecord) {
      fnOf(input.FunctionName);
      const r = input.MaximumRetryAttempts;
      if (r !== undefined && !(Number.isInteger(r) && (r as number) >= 0 && (r as number) <= 2))
        throw new AwsError("InvalidParameterValueException", "MaximumRetryAttempts must be between 0 and 2.");
      return { ...input };
    },
    async invoke(input: AwsRecord) {
      const f = fnOf(input.FunctionName);
      const out = await run(f, input.Qualifier as string | undefined, String(input.Payload ?? "{}"));
      if (input.InvocationType === "Event") return { StatusCode: 202 };
      return {
        StatusCode: 200,
        Payload: out.payload,
        ExecutedVersion: out.version,
        ...(out.error ? { FunctionError: "Unhandled" } : {}),
      };
    },
  };

  const queueOf = (url: unknown): Queue => {
    const q = [...queues.values()].find((x) => x.url === url);
    if (!q) throw new AwsError("QueueDoesNotExist", `The specified queue does not exist: ${String(url)}`);
    return q;
  };

  const sqs = {
    async createQueue(input: AwsRecord) {
      const name = String(input.QueueName);
      const q: Queue = {
        name,
        arn: `arn:aws:sqs:us-east-1:123456789012:${name}`,
        url: `https://sqs.us-east-1.amazonaws.com/123456789012/${name}`,
        messages: [],
      };
      queues.set(name, q);
      return { QueueUrl: q.url };
    },
    async getQueueAttributes(input: AwsRecord) {
      const q = queueOf(input.QueueUrl);
      return {
        Attributes: {
          QueueArn: q.arn,
          ApproximateNumberOfMessages: String(q.messages.filter((m) => m.visible).length),
          ApproximateNumberOfMessagesNotVisible: String(q.messages.filter((m) => !m.visible).length),
        },
      };
    },
    async sendMessage(input: AwsRecord) {
      const q = queueOf(input.QueueUrl);
      const id = `msg-${++counter}`;
      q.messages.push({ id, body: String(input.MessageBody), visible: true, receipt: `rh-${id}` });
      return { MessageId: id };
    },
    async receiveMessage(input: AwsRecord) {
      const q = queueOf(input.QueueUrl);
      const batch = q.messages.filter((m) => m.visible).slice(0, Number(input.MaxNumberOfMessages ?? 1));
      for (const m of batch) m.visible = false;
      return {
        Messages: batch.map((m) => ({
          MessageId: m.id,
          ReceiptHandle: m.receipt,
          Body: m.body,
          Attributes: {},
        })),
      };
    },
    async deleteMessage(input: AwsRecord) {
      const q = queueOf(input.QueueUrl);
      q.messages = q.messages.filter((m) => m.receipt !== input.ReceiptHandle);
      return {};
    },
  };

  return {
    lambda: fnApi as unknown as ExerciseSimulator["lambda"],
    ...(features.sqs ? { sqs } : {}),
    now: () => start + offset,
    advanceBy: async (ms) => {
      offset += ms;
    },
    runUntilIdle: async () => undefined,
    logs: (name) => [...(logs.get(name) ?? [])],
    trace: () => trace.map((r) => ({ ...r })),
    metrics: (name) => {
      const m = metrics.get(name) ?? { Invocations: 0, Errors: 0 };
      return {
        Invocations: { Sum: m.Invocations, SampleCount: m.Invocations },
        Errors: { Sum: m.Errors, SampleCount: m.Errors },
      };
    },
  };
}
