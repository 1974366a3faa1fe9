import { describe, expect, test } from "vitest";
import {
  API_EXAMPLE,
  API_ID,
  buildPayloadEvents,
  mapReturnValue,
  RETURN_EXAMPLES,
  type ApiRequestForm,
} from "@/lib/widgets/payload-format-explorer";
import { fakeSimulator } from "../simulator/sources/fake-host";

// The events are typed loosely here: tests read fields of both formats by path.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const events = (change: Partial<ApiRequestForm> = {}) => {
  const result = buildPayloadEvents({ ...API_EXAMPLE, ...change });
  if (!result.ok) throw new Error(`expected events, got: ${result.title}: ${result.message}`);
  return { ...result, v1: result.v1 as Loose, v2: result.v2 as Loose };
};

const example = (id: string) => RETURN_EXAMPLES.find((e) => e.id === id)!.value;

describe("payload-format-explorer: events", () => {
  test("2.0: raw path and query, cookies array, comma-joined query values and headers", () => {
    const { v2 } = events();
    expect(v2).toMatchObject({
      version: "2.0",
      routeKey: "GET /orders/{id}",
      rawPath: "/orders/42",
      rawQueryString: "expand=items&expand=customer&note=gift%20wrap",
      cookies: ["session=abc", "theme=dark"],
      queryStringParameters: { expand: "items,customer", note: "gift wrap" },
      pathParameters: { id: "42" },
      requestContext: {
        http: { method: "GET", path: "/orders/42", sourceIp: "203.0.113.10", userAgent: "curl/8.5.0" },
        stage: "$default",
        routeKey: "GET /orders/{id}",
      },
      isBase64Encoded: false,
    });
    expect(v2.headers).toMatchObject({
      accept: "application/json",
      "x-tag": "new,sale",
      "x-forwarded-proto": "https",
    });
    expect(v2.headers).not.toHaveProperty("cookie");
  });

  test("1.0: client spelling, last value in the single maps, everything in the multi maps, cookies in the header", () => {
    const { v1 } = events();
    expect(v1).toMatchObject({
      version: "1.0",
      resource: "/orders/{id}",
      path: "/orders/42",
      httpMethod: "GET",
      queryStringParameters: { expand: "customer", note: "gift wrap" },
      multiValueQueryStringParameters: { expand: ["items", "customer"], note: ["gift wrap"] },
      pathParameters: { id: "42" },
      stageVariables: null,
      body: null,
    });
    expect(v1.headers).toMatchObject({
      Accept: "application/json",
      "X-Tag": "sale",
      Cookie: "session=abc; theme=dark",
      "X-Forwarded-Proto": "https",
    });
    expect(v1.multiValueHeaders["X-Tag"]).toEqual(["new", "sale"]);
    expect(v1).not.toHaveProperty("rawQueryString");
    expect(v1).not.toHaveProperty("cookies");
  });

  test("the notes name each difference for this request", () => {
    const notes = events().notes.join("\n");
    expect(notes).toMatch(
      /Query expand appears 2 times: 2.0 joins the values with commas, "items,customer"; 1.0 keeps the last, "customer"/,
    );
    expect(notes).toMatch(/"gift%20wrap" → "gift wrap"/);
    expect(notes).toMatch(/2 cookies into a cookies array/);
    expect(notes).toMatch(/Header X-Tag is sent 2 times: 2.0 joins them, headers\.x-tag = "new,sale"/);
    // Nothing repeated, no cookies, no query: only the Host line the client adds is Title-Case.
    const plain = events({ query: "", cookies: "", headers: "accept: */*" }).notes;
    expect(plain).toEqual([
      "1.0 keeps header names as the client spelled them (Host); 2.0 lower-cases every name.",
    ]);
  });

  test("no query string and no cookies: 1.0 has nulls, 2.0 leaves the fields out", () => {
    const { v1, v2 } = events({ query: "", cookies: "" });
    expect(v1.queryStringParameters).toBeNull();
    expect(v1.multiValueQueryStringParameters).toBeNull();
    expect(v2).not.toHaveProperty("queryStringParameters");
    expect(v2).not.toHaveProperty("cookies");
    expect(v2.rawQueryString).toBe("");
  });

  test("$default and greedy routes", () => {
    const any = events({ routeKey: "$default", method: "DELETE" });
    expect(any.v1.resource).toBe("$default");
    expect(any.v2.routeKey).toBe("$default");
    expect(any.v2).not.toHaveProperty("pathParameters");
    expect(
      events({ routeKey: "ANY /orders/{proxy+}", path: "/orders/42/lines/7" }).v2.pathParameters,
    ).toEqual({ proxy: "42/lines/7" });
  });

  test("a route that does not match is API Gateway's 404; a bad route key is CreateRoute's 400", () => {
    expect(buildPayloadEvents({ ...API_EXAMPLE, method: "POST" })).toMatchObject({
      ok: false,
      title: expect.stringMatching(/404/),
    });
    expect(buildPayloadEvents({ ...API_EXAMPLE, path: "/orders/42/lines" })).toMatchObject({
      ok: false,
      title: expect.stringMatching(/404/),
    });
    expect(buildPayloadEvents({ ...API_EXAMPLE, routeKey: "get /orders" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^BadRequestException: .*not formatted properly/),
    });
    expect(buildPayloadEvents({ ...API_EXAMPLE, path: "orders/42" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Start the path with "\/"/),
    });
    expect(buildPayloadEvents({ ...API_EXAMPLE, headers: "no colon" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Name: value/),
    });
  });
});

describe("payload-format-explorer: return values", () => {
  const mapped = (text: string) => {
    const r = mapReturnValue(text);
    if (!r.ok) throw new Error(r.message);
    return r;
  };

  test("a plain object: 2.0 infers 200 application/json, 1.0 answers 502", () => {
    const { v1, v2 } = mapped(example("object"));
    expect(v2.status).toBe(200);
    expect(v2.text).toBe(
      `HTTP/1.1 200 OK\ncontent-type: application/json\napigw-requestid: JKJaXmPLvHcESHA=\n\n{"id":"42","status":"shipped"}`,
    );
    expect(v1).toMatchObject({ status: 502, errorReason: "MalformedLambdaProxyResponse" });
    expect(v1.text).toMatch(/\{"message":"Internal Server Error"\}$/);
  });

  test("forgetting statusCode in 2.0 sends the whole object as the body", () => {
    const { v1, v2 } = mapped(example("no-status"));
    expect(v2.text).toMatch(/\n\{"headers":\{"Content-Type":"text\/plain"\},"body":"Hello"\}$/);
    expect(v1.status).toBe(502);
  });

  test("full responses: 2.0 turns cookies into Set-Cookie; only 1.0 reads multiValueHeaders", () => {
    const full = mapped(example("full"));
    expect(full.v2.status).toBe(201);
    expect(full.v2.text).toMatch(/set-cookie: theme=dark; Path=\//);
    expect(full.v1.status).toBe(201);
    expect(full.v1.text).not.toMatch(/set-cookie/i);
    const multi = mapped(example("multi"));
    expect(multi.v1.text).toMatch(/Set-Cookie: a=1\nSet-Cookie: b=2/);
    expect(multi.v2.text).not.toMatch(/set-cookie/i);
  });

  test("a body that is not a string is malformed in both formats; a returned string is a 2.0 body", () => {
    const bad = mapped(example("object-body"));
    expect([bad.v1.status, bad.v2.status]).toEqual([502, 502]);
    expect(mapped('"shipped"').v2.text).toMatch(/\n\nshipped$/);
    expect(mapReturnValue("{ id: 42 }")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Write the return value as JSON/),
    });
  });
});

describe("payload-format-explorer agrees with the simulator's HTTP API", () => {
  test.each(["1.0", "2.0"] as const)("format %s: same event, same response", async (format) => {
    const { host, api } = fakeSimulator();
    const seen: unknown[] = [];
    const returned = JSON.parse(example("full"));
    const fnArn = host.addFunction("orders", { handler: (event) => (seen.push(event), returned) });
    const { ApiId, ApiEndpoint } = await api.apigatewayv2.createApi({
      Name: "orders-api",
      ProtocolType: "HTTP",
    });
    const integration = await api.apigatewayv2.createIntegration({
      ApiId,
      IntegrationType: "AWS_PROXY",
      IntegrationUri: fnArn,
      PayloadFormatVersion: format,
    });
    await api.apigatewayv2.createRoute({
      ApiId,
      RouteKey: "GET /orders/{id}",
      Target: `integrations/${integration.IntegrationId}`,
    });
    await api.lambdaPermissions.addPermission({
      FunctionName: "orders",
      StatementId: "api",
      Action: "lambda:InvokeFunction",
      Principal: "apigateway.amazonaws.com",
    });
    const response = await api.http.request({
      url: `${ApiEndpoint}/orders/42?expand=items&expand=customer&note=gift%20wrap`,
      headers: [
        ["Accept", "application/json"],
        ["User-Agent", "curl/8.5.0"],
        ["X-Tag", "new"],
        ["X-Tag", "sale"],
        ["Cookie", "session=abc; theme=dark"],
      ],
    });
    const widget = events();
    // Only the PRNG-drawn values differ: API id, request id and trace id.
    const normalise = (e: unknown) =>
      JSON.parse(
        JSON.stringify(e)
          .replaceAll(ApiId, API_ID)
          .replace(/"(requestId|extendedRequestId)":"[^"]+"/g, '"$1":"ID"')
          .replace(/Root=1-[0-9a-f]{8}-[0-9a-f]{24}/g, "TRACE"),
      );
    expect(normalise(format === "2.0" ? widget.v2 : widget.v1)).toEqual(normalise(seen[0]));

    const view = mapped(JSON.stringify(returned))[format === "2.0" ? "v2" : "v1"];
    expect(view.status).toBe(response.status);
    expect(view.text.split("\n\n").at(-1)).toBe(response.body);
  });

  const mapped = (text: string) => {
    const r = mapReturnValue(text);
    if (!r.ok) throw new Error(r.message);
    return r;
  };
});
