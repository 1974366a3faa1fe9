import type { EventSources } from "./index";
import type { HttpRequestInput, HttpResponse } from "./http-request";

/**
 * The promise-returning public API (sim.http, sim.elbv2, ...) over the synchronous services.
 * `run` is the engine's way of starting work at the right virtual instant and driving the clock
 * until it is done (Kernel.awaitCompletion), so calls made in one tick start together and
 * errors thrown while starting reject the promise.
 */
export type Runner = <T>(start: (done: (value: T) => void) => void) => Promise<T>;

type Asyncified<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/**
 * Results are copied on the way out, so a caller that edits what createLoadBalancer returned
 * cannot change the simulated load balancer. Functions (S3's Body.transformToString) are kept.
 */
function copyOut<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOut) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Uint8Array) return value.slice() as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copyOut(v);
    return out as T;
  }
  return value;
}

function wrap<T extends object, K extends keyof T>(target: T, names: readonly K[], run: Runner): Asyncified<Pick<T, K>> {
  const out = {} as Record<K, unknown>;
  for (const name of names) {
    const method = target[name] as unknown as (...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => run((done) => done(copyOut(method.apply(target, args))));
  }
  return out as Asyncified<Pick<T, K>>;
}

export function bindEventSourcesApi(src: EventSources, run: Runner) {
  return {
    http: {
      request: (input: HttpRequestInput) => run<HttpResponse>((done) => src.http.request(input, done)),
    },
    elbv2: wrap(
      src.elbv2,
      [
        "createLoadBalancer",
        "describeLoadBalancers",
        "createTargetGroup",
        "registerTargets",
        "deregisterTargets",
        "modifyTargetGroupAttributes",
        "describeTargetGroupAttributes",
        "createListener",
        "createRule",
        "deleteRule",
        "describeRules",
      ] as const,
      run,
    ),
    apigatewayv2: wrap(src.apigatewayv2, ["createApi", "getApis", "createIntegration", "createRoute", "getRoutes"] as const, run),
    eventbridge: wrap(
      src.eventbridge,
      ["putRule", "describeRule", "listRules", "enableRule", "disableRule", "deleteRule", "putTargets", "removeTargets", "listTargetsByRule", "putEvents", "putServiceEvent"] as const,
      run,
    ),
    s3: wrap(
      src.s3,
      ["createBucket", "putObject", "getObject", "deleteObject", "listObjectsV2", "putBucketNotificationConfiguration", "getBucketNotificationConfiguration"] as const,
      run,
    ),
    /** To merge into sim.lambda. */
    lambdaPermissions: wrap(src.permissions, ["addPermission", "removePermission", "getPolicy"] as const, run),
  };
}

export type EventSourcesApi = ReturnType<typeof bindEventSourcesApi>;
