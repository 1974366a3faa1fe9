import {
  check,
  defineExercise,
  expect,
  header,
  show,
  type HttpResult,
  type Lab,
} from "@/lib/exercises/check-api";

async function api(lab: Lab) {
  const fn = await lab.deploy({ FunctionName: "orders" });
  return { fn, api: await lab.httpApi(fn, { routes: ["POST /orders"], payloadFormatVersion: "2.0" }) };
}

function jsonBody(res: HttpResult): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(res.body) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function expect400(
  res: HttpResult,
  what: string,
  field: string | null,
  fn: { lastError(): Promise<string | null> },
): Promise<void> {
  if (res.status === 502 || res.status === 500) {
    const why = await fn.lastError();
    expect(
      false,
      `${what} answered ${res.status} ${res.statusText}${why ? ` because the function threw ${why}` : ""}. Catch the problem and return a 400 response instead.`,
    );
  }
  expect(
    res.status === 400,
    `${what} answered ${res.status} ${res.statusText} with ${show(res.body)}; expected 400.`,
  );
  const type = header(res, "content-type") ?? "";
  expect(
    type.startsWith("application/json"),
    `${what} answered 400 with content-type ${show(type || undefined)}; expected application/json.`,
  );
  const body = jsonBody(res);
  expect(
    body && typeof body.message === "string",
    `${what} answered 400 with body ${show(res.body)}; expected a JSON object with a "message" string.`,
  );
  expect(
    Array.isArray(body.errors) && body.errors.every((e) => typeof e === "string"),
    `${what} answered 400 without an "errors" list of strings: ${show(res.body)}.`,
  );
  if (field) {
    expect(
      (body.errors as string[]).some((e) => e.includes(field)),
      `${what} answered 400, but no entry of "errors" names ${field}: ${show(body.errors)}.`,
    );
  }
}

export const exercise = defineExercise({
  checks: [
    check("creates-201", "A valid order answers 201 with the order as JSON", async (lab) => {
      const { fn, api: http } = await api(lab);
      const res = await http.post("/orders", { item: "green tea", quantity: 2 });
      if (res.status >= 500) {
        const why = await fn.lastError();
        expect(
          false,
          `A valid order answered ${res.status} ${res.statusText}${why ? `: the function threw ${why}` : ""}.`,
        );
      }
      expect(
        res.status === 201,
        `A valid order answered ${res.status} ${res.statusText}; expected 201 Created. A plain returned object becomes a 200: return { statusCode: 201, headers, body }.`,
      );
      expect(
        (header(res, "content-type") ?? "").startsWith("application/json"),
        `The 201 response has content-type ${show(header(res, "content-type"))}; expected application/json.`,
      );
      const body = jsonBody(res);
      expect(
        body?.item === "green tea" && body?.quantity === 2,
        `The 201 body was ${show(res.body)}; it should echo item "green tea" and quantity 2.`,
      );
      expect(
        typeof body.orderId === "string" && body.orderId !== "",
        `The 201 body has no orderId string: ${show(res.body)}.`,
      );
    }),
    check("invalid-json-400", "Broken JSON answers 400, not 502", async (lab) => {
      const { fn, api: http } = await api(lab);
      await expect400(
        await http.post("/orders", '{"item": "green tea", "quantity": 2'),
        "A body with broken JSON",
        null,
        fn,
      );
    }),
    check("missing-body-400", "A request without a body answers 400", async (lab) => {
      const { fn, api: http } = await api(lab);
      await expect400(await http.request("/orders", { method: "POST" }), "A POST without a body", null, fn);
    }),
    check("item-required-400", "A missing or empty item answers 400 naming item", async (lab) => {
      const { fn, api: http } = await api(lab);
      await expect400(await http.post("/orders", { quantity: 2 }), "An order without item", "item", fn);
      await expect400(
        await http.post("/orders", { item: "  ", quantity: 2 }),
        "An order with an empty item",
        "item",
        fn,
      );
    }),
    check(
      "quantity-range-400",
      "A quantity that is not a whole number from 1 to 100 answers 400 naming quantity",
      async (lab) => {
        const { fn, api: http } = await api(lab);
        for (const quantity of [0, 101, 2.5, "3"]) {
          await expect400(
            await http.post("/orders", { item: "green tea", quantity }),
            `An order with quantity ${show(quantity)}`,
            "quantity",
            fn,
          );
        }
        return '0, 101, 2.5 and "3" are all refused with 400.';
      },
    ),
  ],
});
