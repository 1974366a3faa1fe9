import { describe, expect, test } from "vitest";
import { buildHttpApiEventV2, buildProxyEventV1, clfTime, type ApiEventContext } from "@/lib/simulator/sources/apigw-event";
import { httpApiResultV2ToHttp, proxyResultV1ToHttp } from "@/lib/simulator/sources/apigw-response";
import { compileRouteKey, selectRoute } from "@/lib/simulator/sources/apigw-routes";
import { parseHttpRequest } from "@/lib/simulator/sources/http-request";

const DOMAIN = "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com";
const T0 = Date.UTC(2026, 0, 1, 12, 30, 5);
const ctx = (over: Partial<ApiEventContext> = {}): ApiEventContext => ({
  accountId: "123456789012",
  apiId: "a1b2c3d4e5",
  domainName: DOMAIN,
  stage: "$default",
  requestId: "JKJaXmPLvHcESHA=",
  routeKey: "GET /items/{id}",
  pathParameters: { id: "42" },
  timeEpoch: T0,
  traceId: "Root=1-6956684d-000000000000000000000001",
  ...over,
});

describe("route selection", () => {
  const routes = [
    "GET /items/{id}",
    "GET /items/special",
    "ANY /items/{id}",
    "GET /files/{proxy+}",
    "POST /items",
    "GET /",
    "$default",
  ].map(compileRouteKey);
  const pick = (method: string, path: string) => selectRoute(routes, method, path);

  test("a static segment beats a path variable, which beats $default", () => {
    expect(pick("GET", "/items/special")?.route.routeKey).toBe("GET /items/special");
    expect(pick("GET", "/items/42")).toEqual({ route: expect.objectContaining({ routeKey: "GET /items/{id}" }), pathParameters: { id: "42" } });
    expect(pick("GET", "/nothing/here")?.route.routeKey).toBe("$default");
  });

  test("a named method beats ANY on the same path", () => {
    expect(pick("DELETE", "/items/42")?.route.routeKey).toBe("ANY /items/{id}");
    expect(pick("GET", "/items/7")?.route.routeKey).toBe("GET /items/{id}");
  });

  test("a greedy variable captures the rest of the path, decoded", () => {
    expect(pick("GET", "/files/a/b%20c.txt")?.pathParameters).toEqual({ proxy: "a/b c.txt" });
    expect(pick("GET", "/files")?.route.routeKey).toBe("$default");
  });

  test("paths are case-sensitive and must match every segment", () => {
    expect(pick("GET", "/ITEMS/42")?.route.routeKey).toBe("$default");
    expect(pick("GET", "/items/42/extra")?.route.routeKey).toBe("$default");
    expect(pick("GET", "/")?.route.routeKey).toBe("GET /");
  });

  test("without $default an unmatched request has no route (API Gateway's 404)", () => {
    expect(selectRoute([compileRouteKey("GET /a")], "GET", "/b")).toBeNull();
    expect(selectRoute([compileRouteKey("GET /a")], "POST", "/a")).toBeNull();
  });

  test.each([
    ["GET", /not formatted properly/],
    ["get /items", /not formatted properly/],
    ["FETCH /items", /not formatted properly/],
    ["GET items", /not formatted properly/],
    ["GET /items//x", /empty path segment/],
    ["GET /items/{proxy+}/more", /must be the last segment/],
    ["GET /items/{a}/{a}", /twice/],
    ["GET /items/x{id}", /whole segment/],
  ])("CreateRoute rejects %s", (key, message) => {
    expect(() => compileRouteKey(key)).toThrow(message);
    try {
      compileRouteKey(key);
    } catch (error) {
      expect((error as Error).name).toBe("BadRequestException");
    }
  });
});

describe("payload format 2.0 event", () => {
  test("carries rawPath, rawQueryString, cookies, comma-joined headers and requestContext.http", () => {
    const request = parseHttpRequest({
      url: `https://${DOMAIN}/items/42?tag=a%20b&tag=c&x`,
      headers: [
        ["User-Agent", "curl/8.5.0"],
        ["X-Multi", "one"],
        ["X-Multi", "two"],
        ["Cookie", "s=1; theme=dark"],
      ],
    });
    const event = buildHttpApiEventV2(request, ctx());
    expect(event).toEqual({
      version: "2.0",
      routeKey: "GET /items/{id}",
      rawPath: "/items/42",
      rawQueryString: "tag=a%20b&tag=c&x",
      cookies: ["s=1", "theme=dark"],
      headers: {
        host: DOMAIN,
        "user-agent": "curl/8.5.0",
        "x-multi": "one,two",
        "x-amzn-trace-id": "Root=1-6956684d-000000000000000000000001",
        "x-forwarded-for": "203.0.113.10",
        "x-forwarded-port": "443",
        "x-forwarded-proto": "https",
      },
      queryStringParameters: { tag: "a b,c", x: "" },
      requestContext: {
        accountId: "123456789012",
        apiId: "a1b2c3d4e5",
        domainName: DOMAIN,
        domainPrefix: "a1b2c3d4e5",
        http: { method: "GET", path: "/items/42", protocol: "HTTP/1.1", sourceIp: "203.0.113.10", userAgent: "curl/8.5.0" },
        requestId: "JKJaXmPLvHcESHA=",
        routeKey: "GET /items/{id}",
        stage: "$default",
        time: "01/Jan/2026:12:30:05 +0000",
        timeEpoch: T0,
      },
      pathParameters: { id: "42" },
      isBase64Encoded: false,
    });
  });

  test("omits body, cookies, query and path parameters when there are none", () => {
    const event = buildHttpApiEventV2(parseHttpRequest({ url: `https://${DOMAIN}/` }), ctx({ routeKey: "$default", pathParameters: {} }));
    expect(event).not.toHaveProperty("body");
    expect(event).not.toHaveProperty("cookies");
    expect(event).not.toHaveProperty("queryStringParameters");
    expect(event).not.toHaveProperty("pathParameters");
    expect(event.rawQueryString).toBe("");
  });

  test("JSON bodies arrive as text, form posts and binaries as base64", () => {
    const json = buildHttpApiEventV2(
      parseHttpRequest({ url: `https://${DOMAIN}/items`, method: "POST", headers: { "content-type": "application/json" }, body: '{"a":1}' }),
      ctx(),
    );
    expect(json).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
    expect(json.headers["content-length"]).toBe("7");
    const form = buildHttpApiEventV2(
      parseHttpRequest({ url: `https://${DOMAIN}/items`, method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" }),
      ctx(),
    );
    expect(form).toMatchObject({ body: "YT0x", isBase64Encoded: true });
  });
});

describe("payload format 1.0 event", () => {
  test("has resource, path, both header maps, decoded query maps and null for absent maps", () => {
    const request = parseHttpRequest({ url: `https://${DOMAIN}/items/42?a=1&a=2%203`, headers: [["X-Multi", "one"], ["X-Multi", "two"]] });
    const event = buildProxyEventV1(request, { ...ctx(), resource: "/items/{id}", includeVersion: true });
    expect(event).toMatchObject({
      version: "1.0",
      resource: "/items/{id}",
      path: "/items/42",
      httpMethod: "GET",
      queryStringParameters: { a: "2 3" },
      multiValueQueryStringParameters: { a: ["1", "2 3"] },
      pathParameters: { id: "42" },
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
    });
    // 1.0 keeps the client's spelling of header names and adds its own in Title-Case.
    expect(event.headers["X-Multi"]).toBe("two");
    expect(event.multiValueHeaders["X-Multi"]).toEqual(["one", "two"]);
    expect(event.headers).toMatchObject({ Host: DOMAIN, "X-Forwarded-Proto": "https", "X-Forwarded-Port": "443" });
    expect(event.headers).not.toHaveProperty("x-multi");
    expect(event.requestContext).toMatchObject({
      httpMethod: "GET",
      resourcePath: "/items/{id}",
      stage: "$default",
      requestTime: "01/Jan/2026:12:30:05 +0000",
      requestTimeEpoch: T0,
      identity: { sourceIp: "203.0.113.10" },
    });

    const bare = buildProxyEventV1(parseHttpRequest({ url: `https://${DOMAIN}/` }), { ...ctx({ pathParameters: {} }), resource: "/", includeVersion: false });
    expect(bare).toMatchObject({ queryStringParameters: null, multiValueQueryStringParameters: null, pathParameters: null });
    expect(bare).not.toHaveProperty("version");
  });

  test("a named stage appears in requestContext.path but not in path", () => {
    // The router strips the stage from the URL before building the event.
    const event = buildProxyEventV1(parseHttpRequest({ url: `https://${DOMAIN}/items` }), { ...ctx({ stage: "prod" }), resource: "/items", includeVersion: false });
    expect(event.path).toBe("/items");
    expect(event.requestContext.path).toBe("/prod/items");
  });

  test("clfTime pads every field", () => {
    expect(clfTime(Date.UTC(2026, 1, 3, 4, 5, 6))).toBe("03/Feb/2026:04:05:06 +0000");
  });
});

describe("response mapping, format 2.0", () => {
  test("a full response with headers, cookies and a base64 body", () => {
    const res = httpApiResultV2ToHttp(
      JSON.stringify({ statusCode: 201, headers: { "Content-Type": "image/png" }, cookies: ["a=1", "b=2"], body: "AAE=", isBase64Encoded: true }),
    );
    expect(res.status).toBe(201);
    expect(res.headers["content-type"]).toBe("image/png");
    expect(res.multiValueHeaders["set-cookie"]).toEqual(["a=1", "b=2"]);
    expect([...res.bodyBytes]).toEqual([0, 1]);
  });

  test.each([
    [{ message: "hi" }, '{"message":"hi"}'],
    ["Hello from Lambda!", "Hello from Lambda!"],
    [42, "42"],
    [[1, 2], "[1,2]"],
    [null, "null"],
  ])("infers a 200 application/json response from %j", (value, body) => {
    const res = httpApiResultV2ToHttp(JSON.stringify(value));
    expect(res).toMatchObject({ status: 200, statusText: "OK", body, headers: { "content-type": "application/json" } });
  });

  test.each([
    ["invalid JSON", "{oops"],
    ["a statusCode that is not a status", JSON.stringify({ statusCode: "abc" })],
    ["an object body", JSON.stringify({ statusCode: 200, body: { a: 1 } })],
    ["headers that are not a map", JSON.stringify({ statusCode: 200, headers: ["a"] })],
    ["cookies that are not strings", JSON.stringify({ statusCode: 200, cookies: [1] })],
    ["bad base64", JSON.stringify({ statusCode: 200, body: "%%%", isBase64Encoded: true })],
  ])("%s gives 502", (_label, payload) => {
    expect(httpApiResultV2ToHttp(payload)).toMatchObject({ status: 502, body: '{"message":"Internal Server Error"}' });
  });
});

describe("response mapping, format 1.0", () => {
  test("statusCode, merged header maps and body", () => {
    const res = proxyResultV1ToHttp(
      JSON.stringify({ statusCode: 200, headers: { "X-A": "1", "X-B": "b" }, multiValueHeaders: { "X-A": ["2", "3"] }, body: "ok" }),
    );
    expect(res.multiValueHeaders).toEqual({ "X-A": ["2", "3"], "X-B": ["b"] });
    expect(res.body).toBe("ok");
  });

  test.each([
    ["a plain object without statusCode", JSON.stringify({ message: "hi" })],
    ["a plain string", JSON.stringify("hello")],
    ["invalid JSON", "nope"],
    ["a numeric body", JSON.stringify({ statusCode: 200, body: 5 })],
    ["multiValueHeaders values that are not lists", JSON.stringify({ statusCode: 200, multiValueHeaders: { a: "b" } })],
  ])("%s gives 502: format 1.0 does no inference", (_label, payload) => {
    expect(proxyResultV1ToHttp(payload)).toMatchObject({ status: 502, errorReason: "MalformedLambdaProxyResponse" });
  });
});
