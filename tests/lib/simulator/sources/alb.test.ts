import { describe, expect, test } from "vitest";
import { albResultToHttp, albTraceId, buildAlbEvent } from "@/lib/simulator/sources/alb-event";
import { conditionMatches, selectRule, validateRuleConditions, wildcardMatch, type RuleCondition } from "@/lib/simulator/sources/alb-rules";
import { HttpClientError, parseHttpRequest } from "@/lib/simulator/sources/http-request";

const TG = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/orders/0123456789abcdef";
const HOST = "my-alb-1234567890.us-east-1.elb.amazonaws.com";
const TRACE = albTraceId(Date.UTC(2026, 0, 1), "0123456789abcdef01234567");

const event = (input: Parameters<typeof parseHttpRequest>[0], multiValueHeaders = false) =>
  buildAlbEvent(parseHttpRequest(input), { targetGroupArn: TG, multiValueHeaders, traceId: TRACE });

describe("request to ALB event", () => {
  test("a GET becomes the documented event with ALB's headers added", () => {
    const e = event({ url: `http://${HOST}/orders?id=42`, headers: { "User-Agent": "curl/8.5.0", Accept: "*/*" } });
    expect(e).toEqual({
      requestContext: { elb: { targetGroupArn: TG } },
      httpMethod: "GET",
      path: "/orders",
      queryStringParameters: { id: "42" },
      headers: {
        host: HOST,
        "user-agent": "curl/8.5.0",
        accept: "*/*",
        "x-amzn-trace-id": "Root=1-6955b900-0123456789abcdef01234567",
        "x-forwarded-for": "203.0.113.10",
        "x-forwarded-port": "80",
        "x-forwarded-proto": "http",
      },
      body: "",
      isBase64Encoded: false,
    });
  });

  test("https on the default port gives x-forwarded-port 443 and proto https", () => {
    const e = event({ url: `https://${HOST}/` });
    expect(e.headers).toMatchObject({ "x-forwarded-port": "443", "x-forwarded-proto": "https" });
  });

  test("an existing X-Forwarded-For gets the client address appended", () => {
    const e = event({ url: `http://${HOST}/`, headers: { "X-Forwarded-For": "198.51.100.7" }, sourceIp: "192.0.2.1" });
    expect(e.headers!["x-forwarded-for"]).toBe("198.51.100.7, 192.0.2.1");
  });

  test("query strings reach the function undecoded", () => {
    const e = event({ url: `http://${HOST}/search?q=John%20Doe&tag=a%2Bb&empty=&flag` });
    expect(e.queryStringParameters).toEqual({ q: "John%20Doe", tag: "a%2Bb", empty: "", flag: "" });
  });

  test("no query string gives an empty object", () => {
    expect(event({ url: `http://${HOST}/` }).queryStringParameters).toEqual({});
  });

  test("without multi-value mode the last repeated header and parameter win", () => {
    const e = event({ url: `http://${HOST}/?a=1&a=2`, headers: [["X-Test", "one"], ["X-Test", "two"]] });
    expect(e.queryStringParameters).toEqual({ a: "2" });
    expect(e.headers!["x-test"]).toBe("two");
    expect(e.multiValueHeaders).toBeUndefined();
  });

  test("multi-value mode sends every value and only the multi-value fields", () => {
    const e = event({ url: `http://${HOST}/?a=1&a=2`, headers: [["X-Test", "one"], ["X-Test", "two"]] }, true);
    expect(e.multiValueQueryStringParameters).toEqual({ a: ["1", "2"] });
    expect(e.multiValueHeaders!["x-test"]).toEqual(["one", "two"]);
    expect(e.multiValueHeaders!["x-forwarded-proto"]).toEqual(["http"]);
    expect(e.headers).toBeUndefined();
    expect(e.queryStringParameters).toBeUndefined();
  });

  test.each(["text/plain", "text/html; charset=utf-8", "application/json", "application/javascript", "application/xml"])(
    "a %s body is passed as text",
    (type) => {
      const e = event({ url: `http://${HOST}/`, method: "POST", headers: { "Content-Type": type }, body: "héllo" });
      expect(e).toMatchObject({ body: "héllo", isBase64Encoded: false });
      expect(e.headers!["content-length"]).toBe("6"); // bytes, not characters
    },
  );

  test.each(["application/octet-stream", "image/png", "application/x-www-form-urlencoded", undefined])(
    "a %s body is base64-encoded",
    (type) => {
      const e = event({
        url: `http://${HOST}/`,
        method: "POST",
        headers: type ? { "Content-Type": type } : {},
        body: new Uint8Array([0, 1, 2, 255]),
      });
      expect(e).toMatchObject({ body: "AAEC/w==", isBase64Encoded: true });
    },
  );

  test("a client-sent trace id is kept", () => {
    const e = event({ url: `http://${HOST}/`, headers: { "X-Amzn-Trace-Id": "Root=1-00000000-aaaaaaaaaaaaaaaaaaaaaaaa" } });
    expect(e.headers!["x-amzn-trace-id"]).toBe("Root=1-00000000-aaaaaaaaaaaaaaaaaaaaaaaa");
  });
});

describe("malformed requests are refused before they leave the client", () => {
  test.each([
    ["not a url", "ERR_INVALID_URL"],
    ["ftp://host/x", "ERR_INVALID_URL"],
    ["http://", "ERR_INVALID_URL"],
    ["http://bad_host!/", "ERR_INVALID_URL"],
    ["http://user:pw@host/", "ERR_INVALID_URL"],
    ["http://host:99999/", "ERR_INVALID_URL"],
  ])("%s", (url, code) => {
    expect(() => parseHttpRequest({ url })).toThrow(HttpClientError);
    try {
      parseHttpRequest({ url });
    } catch (error) {
      expect((error as HttpClientError).code).toBe(code);
    }
  });

  test("bad methods and header names are refused", () => {
    expect(() => parseHttpRequest({ url: "http://h/", method: "GE T" })).toThrow(/Invalid method/);
    expect(() => parseHttpRequest({ url: "http://h/", headers: { "bad header": "x" } })).toThrow(/not a valid HTTP token/);
    expect(() => parseHttpRequest({ url: "http://h/", headers: { "x-a": "1\r\nx-b: 2" } })).toThrow(/line break/);
  });

  test("spaces in the path are percent-encoded as a browser would", () => {
    expect(parseHttpRequest({ url: "http://h/a b?x=c d" })).toMatchObject({ rawPath: "/a%20b", rawQuery: "x=c%20d" });
  });
});

describe("ALB response to HTTP", () => {
  test("statusCode, statusDescription, headers and body", () => {
    const res = albResultToHttp(
      JSON.stringify({ statusCode: 201, statusDescription: "201 Created", headers: { "Content-Type": "application/json" }, body: '{"ok":true}', isBase64Encoded: false }),
      { multiValueHeaders: false },
    );
    expect(res).toMatchObject({ status: 201, statusText: "Created", headers: { "Content-Type": "application/json" }, body: '{"ok":true}' });
  });

  test("without statusDescription the standard reason phrase is used", () => {
    expect(albResultToHttp(JSON.stringify({ statusCode: 404 }), { multiValueHeaders: false })).toMatchObject({ status: 404, statusText: "Not Found", body: "" });
  });

  test("a base64 body is decoded to bytes", () => {
    const res = albResultToHttp(JSON.stringify({ statusCode: 200, body: "AAEC/w==", isBase64Encoded: true }), { multiValueHeaders: false });
    expect([...res.bodyBytes]).toEqual([0, 1, 2, 255]);
  });

  test("multi-value mode reads multiValueHeaders and ignores headers", () => {
    const payload = JSON.stringify({ statusCode: 200, headers: { "X-Single": "s" }, multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"] }, body: "" });
    const multi = albResultToHttp(payload, { multiValueHeaders: true });
    expect(multi.multiValueHeaders).toEqual({ "Set-Cookie": ["a=1", "b=2"] });
    const single = albResultToHttp(payload, { multiValueHeaders: false });
    expect(single.headers).toEqual({ "X-Single": "s" });
  });

  test.each([
    ["not json", "{"],
    ["a plain string", JSON.stringify("hello")],
    ["an array", "[]"],
    ["no statusCode", JSON.stringify({ body: "hi" })],
    ["statusCode out of range", JSON.stringify({ statusCode: 999 })],
    ["statusCode as words", JSON.stringify({ statusCode: "OK" })],
    ["a non-string body", JSON.stringify({ statusCode: 200, body: { a: 1 } })],
    ["headers that are not an object", JSON.stringify({ statusCode: 200, headers: "x" })],
    ["an object header value", JSON.stringify({ statusCode: 200, headers: { a: { b: 1 } } })],
    ["base64 that is not base64", JSON.stringify({ statusCode: 200, body: "!!!", isBase64Encoded: true })],
    ["multiValueHeaders values that are not lists", JSON.stringify({ statusCode: 200, multiValueHeaders: { a: "b" } })],
  ])("%s gives ALB's 502", (_label, payload) => {
    const res = albResultToHttp(payload, { multiValueHeaders: payload.includes("multiValueHeaders") });
    expect(res.status).toBe(502);
    expect(res.statusText).toBe("Bad Gateway");
    expect(res.errorReason).toBe("LambdaInvalidResponse");
    expect(res.headers.server).toBe("awselb/2.0");
    expect(res.body).toContain("502 Bad Gateway");
  });

  test("a response over 1 MB gives 502", () => {
    const payload = JSON.stringify({ statusCode: 200, body: "x".repeat(1024 * 1024) });
    expect(albResultToHttp(payload, { multiValueHeaders: false })).toMatchObject({ status: 502, errorReason: "LambdaResponseTooLarge" });
    const justUnder = JSON.stringify({ statusCode: 200, body: "x".repeat(1024 * 1024 - 40) });
    expect(albResultToHttp(justUnder, { multiValueHeaders: false }).status).toBe(200);
  });
});

describe("listener rule conditions", () => {
  const req = (url: string, init: Partial<Parameters<typeof parseHttpRequest>[0]> = {}) => parseHttpRequest({ url, ...init });

  test("path-pattern: * and ? wildcards, case-sensitive, path only", () => {
    expect(wildcardMatch("/api/*", "/api/orders/1", false)).toBe(true);
    expect(wildcardMatch("/img/?.png", "/img/a.png", false)).toBe(true);
    expect(wildcardMatch("/img/?.png", "/img/ab.png", false)).toBe(false);
    const c: RuleCondition = { Field: "path-pattern", PathPatternConfig: { Values: ["/api/*"] } };
    expect(conditionMatches(c, req(`http://${HOST}/api/x?y=1`))).toBe(true);
    expect(conditionMatches(c, req(`http://${HOST}/API/x`))).toBe(false);
    expect(conditionMatches({ Field: "path-pattern", Values: ["/legacy"] }, req(`http://${HOST}/legacy`))).toBe(true);
    expect(conditionMatches({ Field: "path-pattern", Values: ["/x"] }, req(`http://${HOST}/x?a=/x`))).toBe(true);
    expect(conditionMatches({ Field: "path-pattern", Values: ["*a=*"] }, req(`http://${HOST}/x?a=1`))).toBe(false);
  });

  test("host-header is case-insensitive with wildcards", () => {
    const c: RuleCondition = { Field: "host-header", HostHeaderConfig: { Values: ["*.ELB.amazonaws.com"] } };
    expect(conditionMatches(c, req(`http://${HOST}/`))).toBe(true);
    expect(conditionMatches(c, req("http://example.com/"))).toBe(false);
  });

  test("http-header matches any value of the named header", () => {
    const c: RuleCondition = { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: "User-Agent", Values: ["*Mobile*"] } };
    expect(conditionMatches(c, req(`http://${HOST}/`, { headers: { "user-agent": "Foo mobile Bar" } }))).toBe(true);
    expect(conditionMatches(c, req(`http://${HOST}/`, { headers: { "user-agent": "Desktop" } }))).toBe(false);
  });

  test("query-string compares decoded keys and values, the key being optional", () => {
    const c: RuleCondition = { Field: "query-string", QueryStringConfig: { Values: [{ Key: "version", Value: "v1*" }, { Value: "beta" }] } };
    expect(conditionMatches(c, req(`http://${HOST}/?version=V1.2`))).toBe(true);
    expect(conditionMatches(c, req(`http://${HOST}/?channel=beta`))).toBe(true);
    expect(conditionMatches(c, req(`http://${HOST}/?version=v2`))).toBe(false);
    const spaced: RuleCondition = { Field: "query-string", QueryStringConfig: { Values: [{ Key: "name", Value: "john doe" }] } };
    expect(conditionMatches(spaced, req(`http://${HOST}/?name=John%20Doe`))).toBe(true);
  });

  test("http-request-method is exact and case-sensitive", () => {
    const c: RuleCondition = { Field: "http-request-method", HttpRequestMethodConfig: { Values: ["POST", "PUT"] } };
    expect(conditionMatches(c, req(`http://${HOST}/`, { method: "post" }))).toBe(true); // clients upper-case the method
    expect(conditionMatches(c, req(`http://${HOST}/`))).toBe(false);
  });

  test("source-ip matches CIDR blocks", () => {
    const c: RuleCondition = { Field: "source-ip", SourceIpConfig: { Values: ["192.0.2.0/24"] } };
    expect(conditionMatches(c, req(`http://${HOST}/`, { sourceIp: "192.0.2.77" }))).toBe(true);
    expect(conditionMatches(c, req(`http://${HOST}/`, { sourceIp: "198.51.100.1" }))).toBe(false);
  });

  test("the lowest priority number among matching rules wins; no match means the default action", () => {
    const rules = [
      { priority: 20, conditions: [{ Field: "path-pattern", Values: ["/api/*"] }], actions: "api" },
      { priority: 10, conditions: [{ Field: "path-pattern", Values: ["/api/admin/*"] }], actions: "admin" },
      { priority: 5, conditions: [{ Field: "path-pattern", Values: ["/api/*"] }, { Field: "http-request-method", HttpRequestMethodConfig: { Values: ["DELETE"] } }], actions: "delete" },
    ];
    expect(selectRule(rules, req(`http://${HOST}/api/admin/x`))?.actions).toBe("admin");
    expect(selectRule(rules, req(`http://${HOST}/api/orders`))?.actions).toBe("api");
    expect(selectRule(rules, req(`http://${HOST}/api/orders`, { method: "DELETE" }))?.actions).toBe("delete");
    expect(selectRule(rules, req(`http://${HOST}/other`))).toBeUndefined();
  });

  test.each<[RuleCondition[] | undefined, RegExp]>([
    [undefined, /at least one condition/],
    [[], /at least one condition/],
    [[{ Field: "cookie", Values: ["a"] }], /not supported/],
    [[{ Field: "path-pattern", PathPatternConfig: { Values: [] } }], /at least one value/],
    [[{ Field: "path-pattern", Values: ["/a"] }, { Field: "path-pattern", Values: ["/b"] }], /only one 'path-pattern'/],
    [[{ Field: "path-pattern", Values: ["/a", "/b", "/c", "/d", "/e", "/f"] }], /'5' condition values/],
    [[{ Field: "path-pattern", Values: ["/" + "a".repeat(128)] }], /longer than 128/],
    [[{ Field: "http-request-method", HttpRequestMethodConfig: { Values: ["get"] } }], /upper case/],
    [[{ Field: "http-header", HttpHeaderConfig: { Values: ["x"] } }], /HttpHeaderName/],
    [[{ Field: "source-ip", SourceIpConfig: { Values: ["10.0.0.0/40"] } }], /CIDR/],
  ])("CreateRule rejects %j", (conditions, message) => {
    expect(() => validateRuleConditions(conditions)).toThrow(message);
    try {
      validateRuleConditions(conditions);
    } catch (error) {
      expect((error as Error).name).toBe("ValidationError");
    }
  });
});
