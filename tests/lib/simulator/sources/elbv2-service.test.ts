import type { ALBEvent } from "aws-lambda";
import { beforeEach, describe, expect, test } from "vitest";
import type { EventSourcesApi } from "@/lib/simulator/sources";
import { fakeSimulator, type FakeHost } from "./fake-host";

let host: FakeHost;
let src: EventSourcesApi;
let fnArn: string;
let seen: ALBEvent[];

async function albWithFunction(options: { multiValue?: boolean; permission?: boolean } = {}) {
  const { LoadBalancers } = await src.elbv2.createLoadBalancer({ Name: "orders-alb" });
  const [lb] = LoadBalancers;
  const { TargetGroups } = await src.elbv2.createTargetGroup({ Name: "orders-tg", TargetType: "lambda" });
  const [tg] = TargetGroups;
  if (options.permission !== false) {
    await src.lambdaPermissions.addPermission({ FunctionName: "orders", StatementId: "alb", Action: "lambda:InvokeFunction", Principal: "elasticloadbalancing.amazonaws.com", SourceArn: tg.TargetGroupArn });
    await src.elbv2.registerTargets({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: fnArn }] });
  }
  if (options.multiValue) await src.elbv2.modifyTargetGroupAttributes({ TargetGroupArn: tg.TargetGroupArn, Attributes: [{ Key: "lambda.multi_value_headers.enabled", Value: "true" }] });
  const { Listeners } = await src.elbv2.createListener({
    LoadBalancerArn: lb.LoadBalancerArn,
    Protocol: "HTTP",
    Port: 80,
    DefaultActions: [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "404", ContentType: "text/plain", MessageBody: "no route" } }],
  });
  await src.elbv2.createRule({ ListenerArn: Listeners[0].ListenerArn, Priority: 10, Conditions: [{ Field: "path-pattern", PathPatternConfig: { Values: ["/orders*"] } }], Actions: [{ Type: "forward", TargetGroupArn: tg.TargetGroupArn }] });
  return { lb, tg, listener: Listeners[0], url: `http://${lb.DNSName}` };
}

beforeEach(() => {
  ({ host, api: src } = fakeSimulator());
  seen = [];
  fnArn = host.addFunction("orders", {
    handler: (event) => {
      seen.push(event as ALBEvent);
      return { statusCode: 200, statusDescription: "200 OK", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ path: (event as ALBEvent).path }) };
    },
  });
});

describe("sim.elbv2 control plane", () => {
  test("createLoadBalancer returns AWS-shaped ARN and DNS name, idempotently per name", async () => {
    const a = (await src.elbv2.createLoadBalancer({ Name: "orders-alb" })).LoadBalancers[0];
    expect(a.LoadBalancerArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer\/app\/orders-alb\/[0-9a-f]{16}$/);
    expect(a.DNSName).toMatch(/^orders-alb-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);
    expect((await src.elbv2.createLoadBalancer({ Name: "orders-alb" })).LoadBalancers[0]).toEqual(a);
  });

  test.each([
    [{ Name: "-bad" }, /not valid/],
    [{ Name: "a".repeat(33) }, /not valid/],
    [{ Name: "internal-x" }, /internal-/],
    [{ Name: "ok", Type: "network" }, /application/],
    [{}, /Name is required/],
  ])("createLoadBalancer rejects %j", async (input, message) => {
    await expect(src.elbv2.createLoadBalancer(input)).rejects.toMatchObject({ name: "ValidationError", message: expect.stringMatching(message) });
  });

  test("target groups must be of type lambda, without protocol or port", async () => {
    await expect(src.elbv2.createTargetGroup({ Name: "tg", TargetType: "instance" })).rejects.toThrow(/TargetType 'lambda'/);
    await expect(src.elbv2.createTargetGroup({ Name: "tg", TargetType: "lambda", Protocol: "HTTP", Port: 80 })).rejects.toThrow(/cannot be specified/);
  });

  test("registerTargets fails without the invoke permission, as ELB checks it up front", async () => {
    const { TargetGroups } = await src.elbv2.createTargetGroup({ Name: "tg", TargetType: "lambda" });
    await expect(src.elbv2.registerTargets({ TargetGroupArn: TargetGroups[0].TargetGroupArn, Targets: [{ Id: fnArn }] })).rejects.toMatchObject({
      name: "AccessDenied",
      message: expect.stringMatching(/elasticloadbalancing principal does not have permission to invoke/),
      $metadata: { httpStatusCode: 403 },
    });
    expect(host.kinds()).toContain("permission.denied");
  });

  test("one function per target group", async () => {
    host.addFunction("other", { handler: () => ({ statusCode: 200 }) });
    const { tg } = await albWithFunction();
    await expect(src.elbv2.registerTargets({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: "other" }] })).rejects.toMatchObject({ name: "TooManyTargetsException" });
  });

  test("rule priorities are unique per listener and conditions are validated", async () => {
    const { listener, tg } = await albWithFunction();
    const forward = [{ Type: "forward", TargetGroupArn: tg.TargetGroupArn }];
    await expect(src.elbv2.createRule({ ListenerArn: listener.ListenerArn, Priority: 10, Conditions: [{ Field: "path-pattern", Values: ["/x"] }], Actions: forward })).rejects.toMatchObject({ name: "PriorityInUseException" });
    await expect(src.elbv2.createRule({ ListenerArn: listener.ListenerArn, Priority: 0, Conditions: [{ Field: "path-pattern", Values: ["/x"] }], Actions: forward })).rejects.toThrow(/1 to 50000/);
    await expect(src.elbv2.createRule({ ListenerArn: listener.ListenerArn, Priority: 11, Conditions: [], Actions: forward })).rejects.toThrow(/at least one condition/);
    await expect(src.elbv2.createRule({ ListenerArn: listener.ListenerArn, Priority: 11, Conditions: [{ Field: "path-pattern", Values: ["/x"] }], Actions: [{ Type: "redirect" }] })).rejects.toThrow(/not simulated/);
    const { Rules } = await src.elbv2.describeRules({ ListenerArn: listener.ListenerArn });
    expect(Rules.map((r) => r.Priority)).toEqual(["10", "default"]);
  });

  test("listeners: one per port, HTTPS needs a certificate", async () => {
    const { lb } = await albWithFunction();
    const actions = [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "200" } }];
    await expect(src.elbv2.createListener({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: "HTTP", Port: 80, DefaultActions: actions })).rejects.toMatchObject({ name: "DuplicateListenerException" });
    await expect(src.elbv2.createListener({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: "HTTPS", Port: 443, DefaultActions: actions })).rejects.toThrow(/certificate/);
    await expect(src.elbv2.createListener({ LoadBalancerArn: "arn:nope", DefaultActions: actions })).rejects.toMatchObject({ name: "LoadBalancerNotFoundException" });
  });
});

describe("requests through sim.http to an ALB", () => {
  test("a matching rule forwards to the function: request in, event as the handler sees it, response out", async () => {
    const { url, tg } = await albWithFunction();
    const res = await src.http.request({ url: `${url}/orders?id=7&name=J%20D`, headers: { "User-Agent": "test" } });
    expect(res).toMatchObject({ status: 200, statusText: "OK", headers: { "Content-Type": "application/json" }, body: '{"path":"/orders"}' });
    expect(seen[0]).toMatchObject({
      requestContext: { elb: { targetGroupArn: tg.TargetGroupArn } },
      httpMethod: "GET",
      path: "/orders",
      queryStringParameters: { id: "7", name: "J%20D" },
      headers: { "user-agent": "test", "x-forwarded-proto": "http", "x-forwarded-port": "80" },
      isBase64Encoded: false,
    });
    expect(seen[0].headers!["x-amzn-trace-id"]).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(host.kinds()).toEqual(expect.arrayContaining(["alb.request", "alb.response"]));
  });

  test("no matching rule uses the listener's default fixed response", async () => {
    const { url } = await albWithFunction();
    expect(await src.http.request({ url: `${url}/nothing` })).toMatchObject({ status: 404, body: "no route", headers: { "content-type": "text/plain" } });
    expect(seen).toHaveLength(0);
  });

  test("multi-value mode reaches the function and the response", async () => {
    host.functions.get("orders")!.handler = (event) => {
      seen.push(event as ALBEvent);
      return { statusCode: 200, multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"] }, body: "ok" };
    };
    const { url } = await albWithFunction({ multiValue: true });
    const res = await src.http.request({ url: `${url}/orders?x=1&x=2` });
    expect(seen[0].multiValueQueryStringParameters).toEqual({ x: ["1", "2"] });
    expect(res.multiValueHeaders["Set-Cookie"]).toEqual(["a=1", "b=2"]);
  });

  test("a body over 1 MB is refused with 413 before the function runs", async () => {
    const { url } = await albWithFunction();
    const res = await src.http.request({ url: `${url}/orders`, method: "POST", headers: { "content-type": "text/plain" }, body: "x".repeat(1024 * 1024 + 1) });
    expect(res).toMatchObject({ status: 413, errorReason: "RequestBodyTooLarge" });
    expect(seen).toHaveLength(0);
  });

  test.each([
    ["a function error", { handler: () => { throw new Error("boom"); } }, 502, "LambdaUnhandled"],
    ["a timeout", { handler: () => ({ statusCode: 200 }), durationMs: 5000, timeoutMs: 3000 }, 502, "LambdaTimeout"],
    ["a malformed response", { handler: () => ({ body: "no status" }) }, 502, "LambdaInvalidResponse"],
    ["a response over 1 MB", { handler: () => ({ statusCode: 200, body: "x".repeat(1024 * 1024) }) }, 502, "LambdaResponseTooLarge"],
    ["a throttle", { handler: () => ({ statusCode: 200 }), throttled: true }, 503, "LambdaThrottling"],
  ])("%s gives ALB's %i", async (_label, fn, status, reason) => {
    const { url } = await albWithFunction();
    host.functions.set("orders", fn);
    expect(await src.http.request({ url: `${url}/orders` })).toMatchObject({ status, errorReason: reason, headers: { server: "awselb/2.0" } });
  });

  test("removing the permission after registration gives 502 and a permission-denied trace", async () => {
    const { url } = await albWithFunction();
    await src.lambdaPermissions.removePermission({ FunctionName: "orders", StatementId: "alb" });
    expect(await src.http.request({ url: `${url}/orders` })).toMatchObject({ status: 502, errorReason: "LambdaAccessDenied" });
    expect(host.traces.find((r) => r.kind === "permission.denied")).toMatchObject({ functionName: "orders", principal: "elasticloadbalancing.amazonaws.com" });
  });

  test("a target group without a registered function answers 503", async () => {
    const { url } = await albWithFunction({ permission: false });
    expect(await src.http.request({ url: `${url}/orders` })).toMatchObject({ status: 503, errorReason: "NoRegisteredTargets" });
  });

  test("bad input: unknown hosts, malformed URLs and ports without a listener", async () => {
    const { url } = await albWithFunction();
    await expect(src.http.request({ url: "http://nowhere.example.com/" })).rejects.toMatchObject({ code: "ENOTFOUND", message: expect.stringMatching(/DNSName/) });
    await expect(src.http.request({ url: "orders-alb/orders" })).rejects.toMatchObject({ code: "ERR_INVALID_URL" });
    await expect(src.http.request({ url: `${url.replace("http:", "https:")}/orders` })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});

test("results are copies: editing them does not change the simulated resources", async () => {
  const lb = (await src.elbv2.createLoadBalancer({ Name: "orders-alb" })).LoadBalancers[0];
  lb.DNSName = "hijacked.example.com";
  expect((await src.elbv2.describeLoadBalancers()).LoadBalancers[0].DNSName).toMatch(/^orders-alb-/);
});
