import {
  check,
  defineExercise,
  expect,
  header,
  headerValues,
  show,
  type HttpResult,
  type Lab,
} from "@/lib/exercises/check-api";

async function shop(lab: Lab) {
  const fn = await lab.deploy({ FunctionName: "products" });
  return { fn, alb: await lab.alb(fn, { multiValueHeaders: true }) };
}

async function explain502(res: HttpResult, fn: { lastError(): Promise<string | null> }): Promise<void> {
  if (res.status !== 502) return;
  const why = await fn.lastError();
  expect(
    false,
    `The load balancer answered 502 Bad Gateway${why ? ` because the function failed: ${why}` : ": the response is not valid in multi-value mode"}. In multi-value mode read multiValueQueryStringParameters and answer with multiValueHeaders.`,
  );
}

function tagsOf(res: HttpResult): unknown {
  try {
    return (JSON.parse(res.body) as { tags?: unknown }).tags;
  } catch {
    return undefined;
  }
}

export const exercise = defineExercise({
  checks: [
    check("reads-every-tag", "GET /products?tag=red&tag=sale lists both tags", async (lab) => {
      const { fn, alb } = await shop(lab);
      const res = await alb.get("/products?tag=red&tag=sale");
      await explain502(res, fn);
      expect(res.status === 200, `The request answered ${res.status} ${res.statusText}; expected 200.`);
      const tags = tagsOf(res);
      expect(
        JSON.stringify(tags) === JSON.stringify(["red", "sale"]),
        `The body listed tags ${show(tags)}; expected ["red","sale"]. Read every value from multiValueQueryStringParameters.tag.`,
      );
    }),
    check("json-content-type", "Answers with content-type application/json", async (lab) => {
      const { fn, alb } = await shop(lab);
      const res = await alb.get("/products?tag=red");
      await explain502(res, fn);
      const type = header(res, "content-type");
      expect(
        type?.startsWith("application/json"),
        `The content-type header was ${show(type)}. In multi-value mode ALB reads only multiValueHeaders: put "content-type": ["application/json"] there.`,
      );
    }),
    check("two-cookies", "Sets two cookies: last-tags and visited", async (lab) => {
      const { fn, alb } = await shop(lab);
      const res = await alb.get("/products?tag=red&tag=sale");
      await explain502(res, fn);
      const cookies = headerValues(res, "set-cookie");
      expect(
        cookies.length === 2,
        `The response set ${cookies.length} cookie${cookies.length === 1 ? "" : "s"} (${show(cookies)}); expected two Set-Cookie headers in multiValueHeaders["set-cookie"].`,
      );
      expect(
        cookies.some((c) => c.startsWith("last-tags=red%2Csale")),
        `No cookie starts with "last-tags=red%2Csale": got ${show(cookies)}.`,
      );
      expect(
        cookies.some((c) => c.startsWith("visited=1")),
        `No cookie starts with "visited=1": got ${show(cookies)}.`,
      );
    }),
    check("no-tags", "GET /products without tags answers an empty list", async (lab) => {
      const { fn, alb } = await shop(lab);
      const res = await alb.get("/products");
      await explain502(res, fn);
      const tags = tagsOf(res);
      expect(
        res.status === 200 && Array.isArray(tags) && tags.length === 0,
        `GET /products answered ${res.status} with tags ${show(tags)}; expected 200 and [].`,
      );
    }),
  ],
});
