import { afterEach, describe, expect, test } from "vitest";
import { serveSimulator } from "@/lib/simulator/worker-server";
import { SimulatorWorkerClient, WorkerRestartedError, WorkerTimeoutError, type MessageEndpoint, type TraceRecordMessage, type WorkerLike } from "@/lib/simulator/worker";

/** Two endpoints joined like a Worker and its page: messages are structured-cloned and arrive asynchronously. */
function channel(): { page: WorkerLike; worker: MessageEndpoint; terminated: () => boolean } {
  const pageListeners: Array<(e: { data: unknown }) => void> = [];
  const workerListeners: Array<(e: { data: unknown }) => void> = [];
  let dead = false;
  const page: WorkerLike = {
    postMessage: (data) => setTimeout(() => !dead && workerListeners.forEach((l) => l({ data: structuredClone(data) })), 0),
    addEventListener: (type, listener) => {
      if (type === "message") pageListeners.push(listener);
    },
    terminate: () => {
      dead = true;
    },
  };
  const worker: MessageEndpoint = {
    postMessage: (data) => setTimeout(() => !dead && pageListeners.forEach((l) => l({ data: structuredClone(data) })), 0),
    addEventListener: (_type, listener) => workerListeners.push(listener),
  };
  return { page, worker, terminated: () => dead };
}

let client: SimulatorWorkerClient | undefined;
afterEach(() => client?.terminate());

describe("the worker protocol", () => {
  test("drives the simulator through typed calls and the SimulatorApi-shaped proxy", async () => {
    client = new SimulatorWorkerClient(() => {
      const c = channel();
      serveSimulator(c.worker);
      return c.page;
    });
    await client.create({ seed: 3 });
    await client.api.lambda.createFunction({ FunctionName: "w", Code: { ZipFile: "export const handler = async (e) => e.n * 2;" } });
    const out = await client.call("lambda.invoke", { FunctionName: "w", Payload: '{"n":21}' });
    expect(out.Payload).toBe("42");
    expect(typeof (await client.api.now())).toBe("number");
    const logs = await client.api.logs("w");
    expect(logs.some((l) => l.startsWith("REPORT"))).toBe(true);
  });

  test("streams trace records to the page while calls run", async () => {
    const received: TraceRecordMessage[] = [];
    client = new SimulatorWorkerClient(() => {
      const c = channel();
      serveSimulator(c.worker);
      return c.page;
    });
    client.onTrace((records) => received.push(...records));
    await client.create({ seed: 3 });
    await client.api.lambda.createFunction({ FunctionName: "t", Code: { ZipFile: "export const handler = async () => 1;" } });
    await client.api.lambda.invoke({ FunctionName: "t" });
    expect(received.map((r) => r.kind)).toEqual(["env.created", "env.init.start", "env.init.end", "invoke.start", "invoke.end"]);
    expect(await client.api.trace()).toEqual(received);
  });

  test("calls made in one tick overlap in the worker, so a burst over reserved concurrency throttles", async () => {
    client = new SimulatorWorkerClient(() => {
      const c = channel();
      serveSimulator(c.worker);
      return c.page;
    });
    await client.create({ seed: 4 });
    await client.api.lambda.createFunction({
      FunctionName: "capped",
      Code: { ZipFile: "export const handler = async () => { await new Promise((r) => setTimeout(r, 2000)); return 'ok'; };" },
    });
    await client.api.lambda.putFunctionConcurrency({ FunctionName: "capped", ReservedConcurrentExecutions: 2 });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => client!.api.lambda.invoke({ FunctionName: "capped" })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected.map((r) => [(r.reason as Error).name, (r.reason as { Reason?: string }).Reason])).toEqual(
      Array(3).fill(["TooManyRequestsException", "ReservedFunctionConcurrentInvocationLimitExceeded"]),
    );
    // Calls in separate ticks still run one after the other.
    await client.api.lambda.invoke({ FunctionName: "capped" });
    await expect(client.api.lambda.invoke({ FunctionName: "capped" })).resolves.toMatchObject({ StatusCode: 200 });
  });

  test("forwards the trigger services: an ALB request reaches the function through the worker", async () => {
    client = new SimulatorWorkerClient(() => {
      const c = channel();
      serveSimulator(c.worker);
      return c.page;
    });
    await client.create({ seed: 5 });
    const fn = await client.api.lambda.createFunction({
      FunctionName: "web",
      Code: { ZipFile: "export const handler = async (e) => ({ statusCode: 200, statusDescription: '200 OK', body: 'hi ' + e.path });" },
    });
    const call = client.call.bind(client) as unknown as (method: string, input: unknown) => Promise<Record<string, unknown>>;
    const lb = (await call("elbv2.createLoadBalancer", { Name: "web-alb" })) as { LoadBalancers: { LoadBalancerArn: string; DNSName: string }[] };
    const tg = (await call("elbv2.createTargetGroup", { Name: "web-tg", TargetType: "lambda" })) as { TargetGroups: { TargetGroupArn: string }[] };
    const tgArn = tg.TargetGroups[0].TargetGroupArn;
    await client.api.lambda.addPermission({
      FunctionName: "web",
      StatementId: "alb",
      Action: "lambda:InvokeFunction",
      Principal: "elasticloadbalancing.amazonaws.com",
      SourceArn: tgArn,
    });
    await call("elbv2.registerTargets", { TargetGroupArn: tgArn, Targets: [{ Id: fn.FunctionArn }] });
    await call("elbv2.createListener", {
      LoadBalancerArn: lb.LoadBalancers[0].LoadBalancerArn,
      Protocol: "HTTP",
      Port: 80,
      DefaultActions: [{ Type: "forward", TargetGroupArn: tgArn }],
    });
    const res = await call("http.request", { url: `http://${lb.LoadBalancers[0].DNSName}/hello`, method: "GET" });
    expect(res).toMatchObject({ status: 200, body: "hi /hello" });
  });

  test("keeps AWS error names, statuses and throttle reasons across the boundary", async () => {
    client = new SimulatorWorkerClient(() => {
      const c = channel();
      serveSimulator(c.worker);
      return c.page;
    });
    await client.create({ seed: 3 });
    await client.api.lambda.createFunction({ FunctionName: "z", Code: { ZipFile: "export const handler = async () => 1;" } });
    await client.api.lambda.putFunctionConcurrency({ FunctionName: "z", ReservedConcurrentExecutions: 0 });
    const err = await client.api.lambda.invoke({ FunctionName: "z" }).catch((e) => e);
    expect(err).toMatchObject({ name: "TooManyRequestsException", Reason: "ReservedFunctionConcurrentInvocationLimitExceeded", $metadata: { httpStatusCode: 429 } });
    const missing = await client.api.lambda.getFunction({ FunctionName: "none" }).catch((e) => e);
    expect(missing).toMatchObject({ name: "ResourceNotFoundException", $metadata: { httpStatusCode: 404 } });
    const unknown = (await (client.api.lambda as unknown as Record<string, (i: unknown) => Promise<unknown>>).hack({}).catch((e) => e)) as Error;
    expect(unknown.message).toBe('Unknown simulator method "lambda.hack".');
  });

  test("rebuilds a worker that stops answering and rejects what was pending", async () => {
    const made: Array<ReturnType<typeof channel>> = [];
    let answer = false;
    client = new SimulatorWorkerClient(
      () => {
        const c = channel();
        made.push(c);
        if (answer) serveSimulator(c.worker);
        else c.worker.addEventListener("message", () => {}); // a frozen worker never replies
        return c.page;
      },
      { callTimeoutMs: 200 },
    );
    const first = client.create({ seed: 1 }).catch((e) => e);
    answer = true;
    expect(await first).toBeInstanceOf(WorkerTimeoutError);
    await new Promise((r) => setTimeout(r, 100));
    expect(made).toHaveLength(2);
    expect(made[0].terminated()).toBe(true);
    expect(await client.api.now()).toBe(Date.UTC(2026, 0, 1));
    const pending = client.api.advanceBy(1000);
    client.terminate();
    expect(await pending.catch((e) => e)).toBeInstanceOf(WorkerRestartedError);
  });
});
