import type { ALBEvent } from "aws-lambda";
import { describe, expect, test } from "vitest";
import {
  ALB_BODY_TYPES,
  ALB_EXAMPLE,
  ALB_TRACE_ID,
  convertAlbRequest,
  type AlbRequestForm,
} from "@/lib/widgets/alb-event-converter";
import { fakeSimulator } from "../simulator/sources/fake-host";

const convert = (change: Partial<AlbRequestForm> = {}) => {
  const result = convertAlbRequest({ ...ALB_EXAMPLE, ...change });
  if (!result.ok) throw new Error(`expected an event, got: ${result.message}`);
  return result;
};

describe("alb-event-converter", () => {
  test("single-value mode: lower-case names, ALB's added headers, last value wins, query left encoded", () => {
    const { event, notes } = convert();
    expect(event.httpMethod).toBe("GET");
    expect(event.path).toBe("/greet");
    expect(event.queryStringParameters).toEqual({ name: "Ana%20Lima", tag: "sale" });
    expect(event.headers).toEqual({
      accept: "application/json",
      "user-agent": "curl/8.5.0",
      cookie: "b=2",
      host: "shop.example.com",
      "x-amzn-trace-id": ALB_TRACE_ID,
      "x-forwarded-for": "203.0.113.10",
      "x-forwarded-port": "443",
      "x-forwarded-proto": "https",
    });
    expect(event).not.toHaveProperty("multiValueHeaders");
    expect(event).not.toHaveProperty("multiValueQueryStringParameters");
    expect(event.body).toBe("");
    expect(event.isBase64Encoded).toBe(false);
    expect(notes.join("\n")).toMatch(/queryStringParameters\.tag keeps only the last, "sale"/);
    expect(notes.join("\n")).toMatch(/headers\.cookie keeps only the last, "b=2"/);
    expect(notes.join("\n")).toMatch(/name arrives as "Ana%20Lima"/);
    expect(notes.join("\n")).toMatch(/User-Agent → user-agent/);
  });

  test("multi-value mode replaces the single-value maps and keeps every value", () => {
    const { event, notes } = convert({ multiValueHeaders: true });
    expect(event).not.toHaveProperty("headers");
    expect(event).not.toHaveProperty("queryStringParameters");
    expect(event.multiValueQueryStringParameters).toEqual({ name: ["Ana%20Lima"], tag: ["new", "sale"] });
    expect(event.multiValueHeaders?.cookie).toEqual(["a=1", "b=2"]);
    expect(event.multiValueHeaders?.["x-forwarded-proto"]).toEqual(["https"]);
    expect(notes.join("\n")).toMatch(/multiValueQueryStringParameters\.tag keeps all of them/);
  });

  test("text content types travel as text, others as base64 with a content-length", () => {
    const json = convert({ method: "POST", bodyType: "json", body: '{"a":1}' }).event;
    expect(json).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
    expect(json.headers).toMatchObject({ "content-type": "application/json", "content-length": "7" });

    const form = ALB_BODY_TYPES.find((b) => b.id === "form")!;
    const posted = convert({ method: "POST", bodyType: "form", body: form.sample });
    expect(posted.event.isBase64Encoded).toBe(true);
    expect(Buffer.from(posted.event.body!, "base64").toString("utf8")).toBe(form.sample);
    expect(posted.notes.join("\n")).toMatch(
      /application\/x-www-form-urlencoded is not one of the text types/,
    );

    expect(convert({ method: "POST", bodyType: "text", body: "héllo" }).event).toMatchObject({
      body: "héllo",
      isBase64Encoded: false,
    });
    // "No body" ignores whatever is left in the body box.
    expect(convert({ bodyType: "none", body: "left over" }).event.body).toBe("");
  });

  test("a bare path goes to the example host; the scheme and port become x-forwarded-*", () => {
    expect(convert({ url: "/a b?q=café" }).event).toMatchObject({
      path: "/a%20b",
      queryStringParameters: { q: "caf%C3%A9" },
    });
    const http = convert({ url: "http://internal.example.com:8080/x" }).event;
    expect(http.headers).toMatchObject({
      host: "internal.example.com:8080",
      "x-forwarded-port": "8080",
      "x-forwarded-proto": "http",
    });
  });

  test("a client X-Forwarded-For gets the client address appended; a client trace id is kept", () => {
    const { event, notes } = convert({
      headers: "X-Forwarded-For: 198.51.100.7\nX-Amzn-Trace-Id: Root=1-00000000-aaaaaaaaaaaaaaaaaaaaaaaa",
    });
    expect(event.headers).toMatchObject({
      "x-forwarded-for": "198.51.100.7, 203.0.113.10",
      "x-amzn-trace-id": "Root=1-00000000-aaaaaaaaaaaaaaaaaaaaaaaa",
    });
    expect(notes.join("\n")).toMatch(/appended the client address/);
    expect(notes.join("\n")).not.toMatch(/added x-amzn-trace-id/);
  });

  test("bad input comes back as a message that says what to fix, never as an exception", () => {
    expect(convertAlbRequest({ ...ALB_EXAMPLE, headers: "Accept application/json" })).toEqual({
      ok: false,
      message: 'Header line 1 ("Accept application/json") needs the form Name: value.',
    });
    expect(convertAlbRequest({ ...ALB_EXAMPLE, headers: "Bad Name: x" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a valid HTTP token/),
    });
    expect(convertAlbRequest({ ...ALB_EXAMPLE, url: "shop.example.com/greet" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Invalid URL/),
    });
    expect(
      convertAlbRequest({ ...ALB_EXAMPLE, bodyType: "json", headers: "Content-Type: text/plain" }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/body choice sets Content-Type/),
    });
  });

  test.each([false, true])(
    "the event is the one the simulator's ALB sends (multi-value %s)",
    async (multiValue) => {
      const { host, api } = fakeSimulator();
      const seen: ALBEvent[] = [];
      const fnArn = host.addFunction("web", {
        handler: (event) => (seen.push(event as ALBEvent), { statusCode: 204 }),
      });
      const lb = (await api.elbv2.createLoadBalancer({ Name: "shop" })).LoadBalancers[0];
      const tg = (await api.elbv2.createTargetGroup({ Name: "web", TargetType: "lambda" })).TargetGroups[0];
      await api.lambdaPermissions.addPermission({
        FunctionName: "web",
        StatementId: "alb",
        Action: "lambda:InvokeFunction",
        Principal: "elasticloadbalancing.amazonaws.com",
        SourceArn: tg.TargetGroupArn,
      });
      await api.elbv2.registerTargets({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: fnArn }] });
      const value = multiValue ? "true" : "false";
      await api.elbv2.modifyTargetGroupAttributes({
        TargetGroupArn: tg.TargetGroupArn,
        Attributes: [{ Key: "lambda.multi_value_headers.enabled", Value: value }],
      });
      await api.elbv2.createListener({
        LoadBalancerArn: lb.LoadBalancerArn,
        Protocol: "HTTP",
        Port: 80,
        DefaultActions: [{ Type: "forward", TargetGroupArn: tg.TargetGroupArn }],
      });

      const url = `http://${lb.DNSName}/greet?name=Ana%20Lima&tag=new&tag=sale`;
      const headers: [string, string][] = [
        ["Accept", "application/json"],
        ["Cookie", "a=1"],
        ["Cookie", "b=2"],
        ["Content-Type", "application/pdf"],
      ];
      await api.http.request({ url, method: "POST", headers, body: "%PDF-1.7" });
      const widget = convert({
        url,
        method: "POST",
        headers: "Accept: application/json\nCookie: a=1\nCookie: b=2",
        bodyType: "pdf",
        body: "%PDF-1.7",
        multiValueHeaders: multiValue,
      });
      // Only the PRNG-drawn values differ: the target group ARN and the trace id.
      const sameIds = (e: ALBEvent) =>
        JSON.parse(
          JSON.stringify(e)
            .replace(/Root=1-[0-9a-f]{8}-[0-9a-f]{24}/, "TRACE")
            .replace(/arn:aws:elasticloadbalancing:[^"]+/, "TG"),
        );
      expect(sameIds(widget.event)).toEqual(sameIds(seen[0]));
      expect(widget.event.isBase64Encoded).toBe(true);
    },
  );
});
