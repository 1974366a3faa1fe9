import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createSimulator, type Simulator } from "@/lib/simulator";

/**
 * End to end through the contract API: a real handler in the sandbox behind an ALB or an HTTP
 * API; request in, event as the handler sees it, response out.
 */

let sim: Simulator;

beforeEach(async () => {
  sim = await createSimulator({ seed: 7 });
});

afterEach(() => sim.dispose());

const echo = `export const handler = async (event) => {
  console.log("got", event.path ?? event.rawPath);
  return { statusCode: 200, statusDescription: "200 OK", headers: { "Content-Type": "application/json" }, body: JSON.stringify(event) };
};`;

async function albTo(code: string, options: { timeout?: number; multiValue?: boolean } = {}) {
  const fn = await sim.lambda.createFunction({ FunctionName: "web", Code: { ZipFile: code }, Timeout: options.timeout ?? 3 });
  const lb = (await sim.elbv2.createLoadBalancer({ Name: "web-alb" })).LoadBalancers[0];
  const tg = (await sim.elbv2.createTargetGroup({ Name: "web-tg", TargetType: "lambda" })).TargetGroups[0];
  await sim.lambda.addPermission({ FunctionName: "web", StatementId: "alb", Action: "lambda:InvokeFunction", Principal: "elasticloadbalancing.amazonaws.com", SourceArn: tg.TargetGroupArn });
  await sim.elbv2.registerTargets({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: fn.FunctionArn as string }] });
  if (options.multiValue) {
    await sim.elbv2.modifyTargetGroupAttributes({ TargetGroupArn: tg.TargetGroupArn, Attributes: [{ Key: "lambda.multi_value_headers.enabled", Value: "true" }] });
  }
  const { Listeners } = await sim.elbv2.createListener({
    LoadBalancerArn: lb.LoadBalancerArn,
    Protocol: "HTTP",
    Port: 80,
    DefaultActions: [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "404", ContentType: "text/plain", MessageBody: "not here" } }],
  });
  await sim.elbv2.createRule({ ListenerArn: Listeners[0].ListenerArn, Priority: 1, Conditions: [{ Field: "path-pattern", PathPatternConfig: { Values: ["/api/*"] } }], Actions: [{ Type: "forward", TargetGroupArn: tg.TargetGroupArn }] });
  return { url: `http://${lb.DNSName}`, tg };
}

describe("ALB -> Lambda through sim.http", () => {
  test("the handler sees ALB's event and its response reaches the client", async () => {
    const { url, tg } = await albTo(echo);
    const res = await sim.http.request({ url: `${url}/api/orders?q=a%20b`, method: "POST", headers: { "Content-Type": "application/json" }, body: '{"n":1}' });
    expect(res).toMatchObject({ status: 200, statusText: "OK", headers: { "Content-Type": "application/json" } });
    const event = JSON.parse(res.body);
    expect(event).toMatchObject({
      requestContext: { elb: { targetGroupArn: tg.TargetGroupArn } },
      httpMethod: "POST",
      path: "/api/orders",
      queryStringParameters: { q: "a%20b" },
      body: '{"n":1}',
      isBase64Encoded: false,
      headers: { "content-type": "application/json", "x-forwarded-proto": "http", "x-forwarded-port": "80" },
    });
    expect(sim.logs("web").some((line) => line.includes("got /api/orders"))).toBe(true);
    const kinds = sim.trace().map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(["alb.request", "invoke.start", "invoke.end", "alb.response"]));
  });

  test("unmatched paths get the listener's fixed response without invoking", async () => {
    const { url } = await albTo(echo);
    expect(await sim.http.request({ url: `${url}/other` })).toMatchObject({ status: 404, body: "not here" });
    expect(sim.trace().some((r) => r.kind === "invoke.start")).toBe(false);
  });

  test("binary bodies reach the handler as base64 and come back decoded", async () => {
    const { url } = await albTo(`export const handler = async (e) => ({ statusCode: 200, isBase64Encoded: true, headers: { "content-type": "application/octet-stream" }, body: e.body });`);
    const res = await sim.http.request({ url: `${url}/api/bin`, method: "PUT", headers: { "content-type": "application/octet-stream" }, body: new Uint8Array([1, 2, 250]) });
    expect([...res.bodyBytes]).toEqual([1, 2, 250]);
  });

  test("multi-value headers in both directions", async () => {
    const { url } = await albTo(`export const handler = async (e) => ({ statusCode: 200, multiValueHeaders: { "set-cookie": ["a=1", "b=2"] }, body: JSON.stringify(e.multiValueQueryStringParameters) });`, { multiValue: true });
    const res = await sim.http.request({ url: `${url}/api/x?tag=1&tag=2` });
    expect(JSON.parse(res.body)).toEqual({ tag: ["1", "2"] });
    expect(res.multiValueHeaders["set-cookie"]).toEqual(["a=1", "b=2"]);
  });

  test("a thrown error, a timeout and a malformed response are ALB 502s", async () => {
    const { url } = await albTo(`export const handler = async (e) => {
      if (e.path === "/api/throw") throw new Error("boom");
      if (e.path === "/api/slow") await new Promise((r) => setTimeout(r, 5000));
      return { body: "no status code" };
    };`);
    expect(await sim.http.request({ url: `${url}/api/throw` })).toMatchObject({ status: 502, errorReason: "LambdaUnhandled" });
    expect(await sim.http.request({ url: `${url}/api/slow` })).toMatchObject({ status: 502, errorReason: "LambdaTimeout" });
    expect(await sim.http.request({ url: `${url}/api/bad` })).toMatchObject({ status: 502, errorReason: "LambdaInvalidResponse" });
  });

  test("oversized request bodies get 413 before any invocation", async () => {
    const { url } = await albTo(echo);
    const res = await sim.http.request({ url: `${url}/api/upload`, method: "POST", headers: { "content-type": "text/plain" }, body: "x".repeat(1024 * 1024 + 1) });
    expect(res).toMatchObject({ status: 413 });
    expect(sim.trace().some((r) => r.kind === "invoke.start")).toBe(false);
  });

  test("reserved concurrency 0 throttles: ALB answers 503", async () => {
    const { url } = await albTo(echo);
    await sim.lambda.putFunctionConcurrency({ FunctionName: "web", ReservedConcurrentExecutions: 0 });
    expect(await sim.http.request({ url: `${url}/api/x` })).toMatchObject({ status: 503, errorReason: "LambdaThrottling" });
  });

  test("requests started together overlap in virtual time", async () => {
    const { url } = await albTo(`export const handler = async () => { await new Promise((r) => setTimeout(r, 1000)); return { statusCode: 200, body: String(Date.now()) }; };`);
    const t0 = sim.now();
    const [a, b] = await Promise.all([sim.http.request({ url: `${url}/api/1` }), sim.http.request({ url: `${url}/api/2` })]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    // Both ran concurrently (two environments), so together they took about one second, not two.
    expect(sim.now() - t0).toBeLessThan(1900);
    expect(sim.environments("web").length).toBe(2);
  });

  test("bad input is rejected: unknown host, malformed URL", async () => {
    await albTo(echo);
    await expect(sim.http.request({ url: "http://unknown.example.com/" })).rejects.toMatchObject({ code: "ENOTFOUND" });
    await expect(sim.http.request({ url: "::not a url::" })).rejects.toMatchObject({ code: "ERR_INVALID_URL" });
  });

  test("registering without permission fails like ELB", async () => {
    const fn = await sim.lambda.createFunction({ FunctionName: "nope", Code: { ZipFile: echo } });
    const tg = (await sim.elbv2.createTargetGroup({ Name: "tg2", TargetType: "lambda" })).TargetGroups[0];
    await expect(sim.elbv2.registerTargets({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: fn.FunctionArn as string }] })).rejects.toMatchObject({ name: "AccessDenied" });
  });
});

describe("HTTP API -> Lambda through sim.http", () => {
  test("quick create with payload 2.0: path parameters, cookies and the 2.0 inference", async () => {
    const fn = await sim.lambda.createFunction({
      FunctionName: "items",
      Code: { ZipFile: `export const handler = async (event) => ({ id: event.pathParameters.id, cookies: event.cookies, route: event.routeKey, method: event.requestContext.http.method });` },
    });
    const api = await sim.apigatewayv2.createApi({ Name: "items", ProtocolType: "HTTP", Target: fn.FunctionArn as string, RouteKey: "GET /items/{id}" });
    await sim.lambda.addPermission({ FunctionName: "items", StatementId: "api", Action: "lambda:InvokeFunction", Principal: "apigateway.amazonaws.com", SourceArn: `arn:aws:execute-api:us-east-1:123456789012:${api.ApiId}/*` });
    const res = await sim.http.request({ url: `${api.ApiEndpoint}/items/42`, headers: { cookie: "a=1; b=2" } });
    expect(res).toMatchObject({ status: 200, headers: { "content-type": "application/json" } });
    expect(JSON.parse(res.body)).toEqual({ id: "42", cookies: ["a=1", "b=2"], route: "GET /items/{id}", method: "GET" });
    expect((await sim.http.request({ url: `${api.ApiEndpoint}/other` })).status).toBe(404);
  });

  test("a function slower than the integration timeout: 503 after the 30 s default, the function still finishes", async () => {
    const fn = await sim.lambda.createFunction({ FunctionName: "slow", Timeout: 60, Code: { ZipFile: `export const handler = async () => { await new Promise((r) => setTimeout(r, 40000)); return "late"; };` } });
    const api = await sim.apigatewayv2.createApi({ Name: "slow", ProtocolType: "HTTP", Target: fn.FunctionArn as string });
    await sim.lambda.addPermission({ FunctionName: "slow", StatementId: "api", Action: "lambda:InvokeFunction", Principal: "apigateway.amazonaws.com" });
    const t0 = sim.now();
    const res = await sim.http.request({ url: `${api.ApiEndpoint}/` });
    expect(res).toMatchObject({ status: 503, errorReason: "IntegrationTimeout" });
    expect(sim.now() - t0).toBeGreaterThanOrEqual(30_000);
    expect(sim.now() - t0).toBeLessThan(40_000);
    await sim.runUntilIdle({ maxVirtualMs: 60_000 });
    expect(sim.trace().some((r) => r.kind === "invoke.end" && r.functionName === "slow")).toBe(true);
  });

  test("payload 1.0 with a handler that forgets statusCode: 502", async () => {
    const fn = await sim.lambda.createFunction({ FunctionName: "v1", Code: { ZipFile: `export const handler = async (e) => ({ resource: e.resource });` } });
    const api = await sim.apigatewayv2.createApi({ Name: "v1", ProtocolType: "HTTP" });
    const integration = await sim.apigatewayv2.createIntegration({ ApiId: api.ApiId, IntegrationType: "AWS_PROXY", IntegrationUri: fn.FunctionArn as string, PayloadFormatVersion: "1.0" });
    await sim.apigatewayv2.createRoute({ ApiId: api.ApiId, RouteKey: "ANY /{proxy+}", Target: `integrations/${integration.IntegrationId}` });
    await sim.lambda.addPermission({ FunctionName: "v1", StatementId: "api", Action: "lambda:InvokeFunction", Principal: "apigateway.amazonaws.com" });
    expect(await sim.http.request({ url: `${api.ApiEndpoint}/a/b`, method: "DELETE" })).toMatchObject({ status: 502 });
  });

  test("without permission: 500 and a permission.denied record in the trace", async () => {
    const fn = await sim.lambda.createFunction({ FunctionName: "closed", Code: { ZipFile: echo } });
    const api = await sim.apigatewayv2.createApi({ Name: "closed", ProtocolType: "HTTP", Target: fn.FunctionArn as string });
    expect(await sim.http.request({ url: api.ApiEndpoint })).toMatchObject({ status: 500 });
    expect(sim.trace().find((r) => r.kind === "permission.denied")).toMatchObject({ functionName: "closed", principal: "apigateway.amazonaws.com" });
  });
});

describe("determinism", () => {
  async function scenario(seed: number) {
    const s = await createSimulator({ seed });
    try {
      const fn = await s.lambda.createFunction({ FunctionName: "web", Code: { ZipFile: `export const handler = async (e) => ({ statusCode: 200, body: e.headers?.["x-amzn-trace-id"] ?? "scheduled" });` } });
      const lb = (await s.elbv2.createLoadBalancer({ Name: "web" })).LoadBalancers[0];
      const tg = (await s.elbv2.createTargetGroup({ Name: "tg", TargetType: "lambda" })).TargetGroups[0];
      await s.lambda.addPermission({ FunctionName: "web", StatementId: "alb", Action: "lambda:InvokeFunction", Principal: "elasticloadbalancing.amazonaws.com" });
      await s.elbv2.registerTargets({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: fn.FunctionArn as string }] });
      await s.elbv2.createListener({ LoadBalancerArn: lb.LoadBalancerArn, DefaultActions: [{ Type: "forward", TargetGroupArn: tg.TargetGroupArn }] });
      const { RuleArn } = await s.eventbridge.putRule({ Name: "tick", ScheduleExpression: "rate(1 minute)" });
      await s.eventbridge.putTargets({ Rule: "tick", Targets: [{ Id: "w", Arn: fn.FunctionArn as string }] });
      await s.lambda.addPermission({ FunctionName: "web", StatementId: "events", Action: "lambda:InvokeFunction", Principal: "events.amazonaws.com", SourceArn: RuleArn });
      const bodies = await Promise.all([1, 2, 3].map((i) => s.http.request({ url: `http://${lb.DNSName}/${i}` }).then((r) => r.body)));
      await s.advanceBy(3 * 60_000);
      return { bodies, dns: lb.DNSName, trace: JSON.stringify(s.trace()) };
    } finally {
      s.dispose();
    }
  }

  test("the same seed and calls give the same DNS names, trace ids and trace", async () => {
    const a = await scenario(3);
    const b = await scenario(3);
    expect(b).toEqual(a);
    expect(a.trace).toContain("eventbridge.schedule.fired");
    const c = await scenario(4);
    expect(c.dns).not.toBe(a.dns);
  });
});
