import {
  check,
  defineExercise,
  expect,
  expectEqual,
  header,
  show,
  type HttpResult,
  type Lab,
} from "@/lib/exercises/check-api";

const TARGET_GROUP =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/hello-tg/6d0ecf831eec9f09";

/** The event ALB sends for a GET, as documented in the ELB guide (query values undecoded). */
function albEvent(path: string, query: Record<string, string> = {}) {
  return {
    requestContext: { elb: { targetGroupArn: TARGET_GROUP } },
    httpMethod: "GET",
    path,
    queryStringParameters: query,
    headers: {
      accept: "text/html",
      host: "hello-alb-123456789.us-east-1.elb.amazonaws.com",
      "user-agent": "curl/8.5.0",
      "x-amzn-trace-id": "Root=1-67891233-abcdef012345678912345678",
      "x-forwarded-for": "198.51.100.7",
      "x-forwarded-port": "80",
      "x-forwarded-proto": "http",
    },
    body: "",
    isBase64Encoded: false,
  };
}

async function site(lab: Lab) {
  const fn = await lab.deploy({ FunctionName: "hello" });
  return { fn, alb: await lab.alb(fn) };
}

function describe(res: HttpResult): string {
  return `${res.status} ${res.statusText}${header(res, "content-type") ? ` (content-type ${header(res, "content-type")})` : ""} with body ${show(res.body)}`;
}

export const exercise = defineExercise({
  checks: [
    check("hello-ada", "GET /hello?name=Ada answers 200 with a text/plain greeting", async (lab) => {
      const { fn, alb } = await site(lab);
      const res = await alb.get("/hello?name=Ada");
      if (res.status === 502) {
        const why = await fn.lastError();
        expect(
          false,
          `The load balancer answered 502 Bad Gateway${why ? `: ${why}` : ": the function's result is not a valid ALB response"}.`,
        );
      }
      expect(
        res.status === 200 && res.body === "Hello, Ada!",
        `GET /hello?name=Ada answered ${describe(res)}; expected 200 with body "Hello, Ada!".`,
      );
      const type = header(res, "content-type") ?? "";
      expect(
        type.startsWith("text/plain"),
        `The content-type header was ${show(type || undefined)}; set "content-type": "text/plain; charset=utf-8" in the response headers.`,
      );
      return describe(res);
    }),
    check("status-description", 'Returns statusDescription "200 OK" and "404 Not Found"', async (lab) => {
      const fn = await lab.deploy({ FunctionName: "hello" });
      const ok = await fn.invokeOk(
        albEvent("/hello", { name: "Ada" }),
        "Invoking with an ALB event for GET /hello?name=Ada",
      );
      expectEqual(
        (ok.payload as { statusDescription?: unknown })?.statusDescription,
        "200 OK",
        "statusDescription for GET /hello",
        'ALB uses it as the HTTP status line: "<code> <reason>".',
      );
      const missing = await fn.invokeOk(albEvent("/nope"), "Invoking with an ALB event for GET /nope");
      expectEqual(
        (missing.payload as { statusDescription?: unknown })?.statusDescription,
        "404 Not Found",
        "statusDescription for GET /nope",
      );
    }),
    check("decodes-the-name", "Decodes the query string (ALB passes it undecoded)", async (lab) => {
      const { alb } = await site(lab);
      const res = await alb.get("/hello?name=Ada%20Lovelace");
      expect(
        res.body === "Hello, Ada Lovelace!",
        `GET /hello?name=Ada%20Lovelace answered ${describe(res)}; expected "Hello, Ada Lovelace!". ALB does not URL-decode query values: use decodeURIComponent.`,
      );
    }),
    check("default-name", "GET /hello without a name greets the world", async (lab) => {
      const { alb } = await site(lab);
      const res = await alb.get("/hello");
      expect(
        res.status === 200 && res.body === "Hello, world!",
        `GET /hello answered ${describe(res)}; expected 200 with "Hello, world!".`,
      );
    }),
    check("unknown-path-404", "Any other path answers 404 with a JSON message", async (lab) => {
      const { alb } = await site(lab);
      for (const path of ["/nope", "/hello/extra", "/"]) {
        const res = await alb.get(path);
        expect(res.status === 404, `GET ${path} answered ${describe(res)}; unknown paths must answer 404.`);
        const type = header(res, "content-type") ?? "";
        expect(
          type.startsWith("application/json"),
          `GET ${path} answered 404 with content-type ${show(type || undefined)}; expected application/json.`,
        );
        let body: unknown;
        try {
          body = JSON.parse(res.body);
        } catch {
          body = undefined;
        }
        expectEqual(body, { message: "Not Found" }, `the JSON body of the 404 for ${path}`);
      }
      return '/nope, /hello/extra and / all answer 404 with {"message":"Not Found"}.';
    }),
  ],
});
