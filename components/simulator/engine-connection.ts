import { SimulatorWorkerClient, type SimulatorMethod } from "@/lib/simulator/worker";
import type { Connector } from "@/lib/workspace/controller";
import type { AwsRecord, SimulatorApi } from "@/lib/workspace/engine-port";

/**
 * The engine runs in a Web Worker (lib/simulator/engine.worker.ts) behind the typed client of
 * lib/simulator/worker.ts, so user code never runs on the main thread. The client rebuilds a
 * worker that stops answering; the page's controller can also terminate and rebuild it.
 */

/** Wall-clock limit per call before the client rebuilds the worker (the engine's own guards stop runaway code long before). */
const CALL_TIMEOUT_MS = 30_000;

/**
 * Trigger services beyond lambda/sqs/sns, with a harmless call that tells whether the worker
 * forwards them: the worker answers "Unknown simulator service" for those it does not serve.
 */
const PROBES: readonly { service: string; capability: string; method: string; input: AwsRecord }[] = [
  { service: "elbv2", capability: "elbv2", method: "describeLoadBalancers", input: {} },
  { service: "apigatewayv2", capability: "apigatewayv2", method: "getApis", input: {} },
  { service: "s3", capability: "s3", method: "listObjectsV2", input: { Bucket: "lambda-lab-capability-probe" } },
  { service: "eventbridge", capability: "eventbridge", method: "listRules", input: {} },
];

const UNKNOWN = /^Unknown simulator (service|method)/;

export const connectEngine: Connector | null = async (options) => {
  const client = new SimulatorWorkerClient(
    () => new Worker(new URL("../../lib/simulator/engine.worker.ts", import.meta.url), { type: "module" }),
    { callTimeoutMs: CALL_TIMEOUT_MS },
  );
  await client.create({ seed: options.seed, accountConcurrency: options.accountConcurrency });
  const api = client.api;
  // Methods outside the client's typed union travel by name; the worker refuses unknown ones.
  const untypedCall = client.call.bind(client) as unknown as (method: SimulatorMethod, input: unknown) => Promise<AwsRecord>;
  const call = (method: string, input: unknown) => untypedCall(method as SimulatorMethod, input);
  const service = (name: string) =>
    new Proxy({}, { get: (_t, key) => (typeof key === "string" ? (input: AwsRecord) => call(`${name}.${key}`, input) : undefined) }) as Record<string, (i: AwsRecord) => Promise<AwsRecord>>;

  const served = new Set<string>(["sqs-event-source-mapping", "sns"]);
  await Promise.all(
    PROBES.map((p) =>
      call(`${p.service}.${p.method}`, p.input).then(
        () => served.add(p.capability),
        (error: unknown) => {
          if (!(error instanceof Error && UNKNOWN.test(error.message))) served.add(p.capability);
        },
      ),
    ),
  );
  const httpServed = served.has("elbv2") || served.has("apigatewayv2");

  const sim: SimulatorApi = {
    lambda: api.lambda as unknown as SimulatorApi["lambda"],
    sqs: api.sqs as unknown as SimulatorApi["sqs"],
    sns: api.sns as unknown as SimulatorApi["sns"],
    ...(served.has("elbv2") ? { elbv2: service("elbv2") as unknown as SimulatorApi["elbv2"] } : {}),
    ...(served.has("apigatewayv2") ? { apigatewayv2: service("apigatewayv2") as unknown as SimulatorApi["apigatewayv2"] } : {}),
    ...(served.has("s3") ? { s3: service("s3") as unknown as SimulatorApi["s3"] } : {}),
    ...(served.has("eventbridge") ? { eventbridge: service("eventbridge") as unknown as SimulatorApi["eventbridge"] } : {}),
    ...(httpServed ? { http: { request: (input) => call("http.request", input) } } : {}),
    now: () => api.now(),
    advanceBy: (ms) => api.advanceBy(ms),
    runUntilIdle: (o) => api.runUntilIdle(o),
    logs: (fn) => api.logs(fn),
    trace: () => api.trace(),
    metrics: (fn) => api.metrics(fn),
  };
  return {
    sim,
    epoch: await api.now(),
    capabilities: served,
    terminate: () => client.terminate(),
    onTrace: (listener) => client.onTrace(listener),
  };
};
