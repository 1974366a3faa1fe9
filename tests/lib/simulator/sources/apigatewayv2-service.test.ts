import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from "aws-lambda";
import { beforeEach, describe, expect, test } from "vitest";
import type { EventSourcesApi } from "@/lib/simulator/sources";
import { fakeSimulator, type FakeHost } from "./fake-host";

let host: FakeHost;
let src: EventSourcesApi;
let seen: unknown[];
let fnArn: string;

beforeEach(() => {
  ({ host, api: src } = fakeSimulator());
  seen = [];
  fnArn = host.addFunction("items", {
    handler: (event) => {
      seen.push(event);
      return { id: (event as APIGatewayProxyEventV2).pathParameters?.id ?? null };
    },
  });
});

async function grant(apiId: string) {
  await src.lambdaPermissions.addPermission({
    FunctionName: "items",
    StatementId: "apigw",
    Action: "lambda:InvokeFunction",
    Principal: "apigateway.amazonaws.com",
    SourceArn: `arn:aws:execute-api:us-east-1:123456789012:${apiId}/*`,
  });
}

describe("sim.apigatewayv2 quick create", () => {
  test("createApi with a Target serves every request through $default with payload 2.0", async () => {
    const api = await src.apigatewayv2.createApi({ Name: "items-api", ProtocolType: "HTTP", Target: fnArn });
    expect(api.ApiId).toMatch(/^[a-z0-9]{10}$/);
    expect(api.ApiEndpoint).toBe(`https://${api.ApiId}.execute-api.us-east-1.amazonaws.com`);
    await grant(api.ApiId);
    const res = await src.http.request({ url: `${api.ApiEndpoint}/anything/here?x=1`, method: "POST", headers: { "content-type": "application/json" }, body: '{"a":1}' });
    // The handler returned a plain object: format 2.0 infers a 200 JSON response.
    expect(res).toMatchObject({ status: 200, headers: { "content-type": "application/json" }, body: '{"id":null}' });
    expect(res.headers["apigw-requestid"]).toMatch(/=$/);
    expect(seen[0]).toMatchObject({ version: "2.0", routeKey: "$default", rawPath: "/anything/here", rawQueryString: "x=1", body: '{"a":1}', requestContext: { http: { method: "POST" }, stage: "$default" } });
  });

  test("without the invoke permission API Gateway answers 500 and the trace says why", async () => {
    const api = await src.apigatewayv2.createApi({ Name: "items-api", ProtocolType: "HTTP", Target: fnArn });
    expect(await src.http.request({ url: api.ApiEndpoint })).toMatchObject({ status: 500, body: '{"message":"Internal Server Error"}', errorReason: "LambdaAccessDenied" });
    expect(host.traces.find((r) => r.kind === "permission.denied")).toMatchObject({ principal: "apigateway.amazonaws.com", sourceArn: `arn:aws:execute-api:us-east-1:123456789012:${api.ApiId}/$default/$default` });
    expect(seen).toHaveLength(0);
  });

  test.each([
    [{ ProtocolType: "HTTP" }, /Name is required/],
    [{ Name: "x", ProtocolType: "WEBSOCKET" }, /not simulated/],
    [{ Name: "x", ProtocolType: "HTTP", Target: "arn:aws:lambda:us-east-1:123456789012:function:missing" }, /Function not found/],
    [{ Name: "x", ProtocolType: "HTTP", RouteKey: "GET /" }, /together with a quick-create Target/],
  ])("createApi rejects %j", async (input, message) => {
    await expect(src.apigatewayv2.createApi(input)).rejects.toThrow(message);
  });
});

describe("routes and integrations", () => {
  async function apiWithRoutes(format: "1.0" | "2.0") {
    const api = await src.apigatewayv2.createApi({ Name: "items-api", ProtocolType: "HTTP" });
    await grant(api.ApiId);
    const integration = await src.apigatewayv2.createIntegration({ ApiId: api.ApiId, IntegrationType: "AWS_PROXY", IntegrationUri: fnArn, PayloadFormatVersion: format });
    await src.apigatewayv2.createRoute({ ApiId: api.ApiId, RouteKey: "GET /items/{id}", Target: `integrations/${integration.IntegrationId}` });
    return { api, integration };
  }

  test("path parameters reach the handler and unmatched requests get API Gateway's 404", async () => {
    const { api } = await apiWithRoutes("2.0");
    expect(await src.http.request({ url: `${api.ApiEndpoint}/items/42` })).toMatchObject({ status: 200, body: '{"id":"42"}' });
    expect((seen[0] as APIGatewayProxyEventV2).routeKey).toBe("GET /items/{id}");
    expect(await src.http.request({ url: `${api.ApiEndpoint}/items/42`, method: "DELETE" })).toMatchObject({ status: 404, body: '{"message":"Not Found"}' });
    expect(await src.http.request({ url: `${api.ApiEndpoint}/other` })).toMatchObject({ status: 404 });
  });

  test("payload format 1.0 sends the REST-style event and needs a statusCode back", async () => {
    const { api } = await apiWithRoutes("1.0");
    const res = await src.http.request({ url: `${api.ApiEndpoint}/items/7?q=a%20b` });
    expect(seen[0]).toMatchObject({ version: "1.0", resource: "/items/{id}", path: "/items/7", httpMethod: "GET", pathParameters: { id: "7" }, queryStringParameters: { q: "a b" } });
    expect((seen[0] as APIGatewayProxyEvent).multiValueHeaders).toBeDefined();
    // The handler returns { id } without statusCode: fine for 2.0, malformed for 1.0.
    expect(res).toMatchObject({ status: 502, errorReason: "MalformedLambdaProxyResponse" });
  });

  test("a function error gives 502", async () => {
    const { api } = await apiWithRoutes("2.0");
    host.functions.get("items")!.handler = () => {
      throw new TypeError("bad");
    };
    expect(await src.http.request({ url: `${api.ApiEndpoint}/items/1` })).toMatchObject({ status: 502, errorReason: "LambdaFunctionError" });
  });

  test("the integration timeout answers the client while the function runs on", async () => {
    const { api } = await apiWithRoutes("2.0");
    host.functions.get("items")!.durationMs = 40_000;
    host.functions.get("items")!.timeoutMs = 60_000;
    const start = host.now();
    const res = await src.http.request({ url: `${api.ApiEndpoint}/items/1` });
    expect(res).toMatchObject({ status: 503, body: '{"message":"Service Unavailable"}', errorReason: "IntegrationTimeout" });
    expect(host.now() - start).toBe(30_000);
  });

  test("a shorter TimeoutInMillis applies", async () => {
    const api = await src.apigatewayv2.createApi({ Name: "a", ProtocolType: "HTTP" });
    await grant(api.ApiId);
    const integration = await src.apigatewayv2.createIntegration({ ApiId: api.ApiId, IntegrationType: "AWS_PROXY", IntegrationUri: fnArn, PayloadFormatVersion: "2.0", TimeoutInMillis: 1000 });
    await src.apigatewayv2.createRoute({ ApiId: api.ApiId, RouteKey: "$default", Target: `integrations/${integration.IntegrationId}` });
    host.functions.get("items")!.durationMs = 2000;
    expect((await src.http.request({ url: api.ApiEndpoint })).status).toBe(503);
  });

  test("a throttled function gives 500", async () => {
    const { api } = await apiWithRoutes("2.0");
    host.functions.get("items")!.throttled = true;
    expect(await src.http.request({ url: `${api.ApiEndpoint}/items/1` })).toMatchObject({ status: 500, errorReason: "LambdaThrottled" });
  });

  test("control-plane validation", async () => {
    const { api, integration } = await apiWithRoutes("2.0");
    await expect(src.apigatewayv2.createRoute({ ApiId: api.ApiId, RouteKey: "GET /items/{id}" })).rejects.toMatchObject({ name: "ConflictException" });
    await expect(src.apigatewayv2.createRoute({ ApiId: api.ApiId, RouteKey: "GET items" })).rejects.toMatchObject({ name: "BadRequestException" });
    await expect(src.apigatewayv2.createRoute({ ApiId: api.ApiId, RouteKey: "GET /x", Target: "integrations/nope" })).rejects.toMatchObject({ name: "NotFoundException" });
    await expect(src.apigatewayv2.createRoute({ ApiId: api.ApiId, RouteKey: "GET /y", Target: integration.IntegrationId })).rejects.toThrow(/integrations\/\{IntegrationId\}/);
    await expect(src.apigatewayv2.createIntegration({ ApiId: api.ApiId, IntegrationType: "AWS_PROXY", IntegrationUri: fnArn })).rejects.toThrow(/PayloadFormatVersion/);
    await expect(src.apigatewayv2.createIntegration({ ApiId: api.ApiId, IntegrationType: "AWS_PROXY", IntegrationUri: fnArn, PayloadFormatVersion: "2.0", TimeoutInMillis: 31_000 })).rejects.toThrow(/50 and 30000/);
    await expect(src.apigatewayv2.createIntegration({ ApiId: "nope", IntegrationType: "AWS_PROXY", IntegrationUri: fnArn, PayloadFormatVersion: "2.0" })).rejects.toMatchObject({ name: "NotFoundException" });
    expect((await src.apigatewayv2.getRoutes({ ApiId: api.ApiId })).Items.map((r) => r.RouteKey)).toEqual(["GET /items/{id}"]);
  });

  test("API endpoints accept HTTPS on 443 only", async () => {
    const { api } = await apiWithRoutes("2.0");
    await expect(src.http.request({ url: api.ApiEndpoint.replace("https:", "http:") })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});
