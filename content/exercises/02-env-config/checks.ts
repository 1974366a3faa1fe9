import { check, defineExercise, expect, expectEqual, show } from "@/lib/exercises/check-api";

export const exercise = defineExercise({
  checks: [
    check("reads-every-variable", "Reads TABLE_NAME, STAGE and PAGE_SIZE", async (lab) => {
      const fn = await lab.deploy({
        FunctionName: "config",
        Environment: { TABLE_NAME: "orders", STAGE: "prod", PAGE_SIZE: "50" },
      });
      const inv = await fn.invokeOk({}, "With TABLE_NAME=orders, STAGE=prod, PAGE_SIZE=50 the invocation");
      expectEqual(
        inv.payload,
        { table: "orders", stage: "prod", pageSize: 50 },
        "the response with TABLE_NAME=orders, STAGE=prod, PAGE_SIZE=50",
      );
    }),
    check("nothing-hard-coded", "Uses the values it is given, not hard-coded ones", async (lab) => {
      const fn = await lab.deploy({
        FunctionName: "config",
        Environment: { TABLE_NAME: "invoices", STAGE: "test", PAGE_SIZE: "10" },
      });
      const inv = await fn.invokeOk({}, "With TABLE_NAME=invoices, STAGE=test, PAGE_SIZE=10 the invocation");
      expectEqual(
        inv.payload,
        { table: "invoices", stage: "test", pageSize: 10 },
        "the response with TABLE_NAME=invoices, STAGE=test, PAGE_SIZE=10",
      );
    }),
    check("default-stage-is-dev", "Defaults STAGE to dev and PAGE_SIZE to 25", async (lab) => {
      const fn = await lab.deploy({ FunctionName: "config", Environment: { TABLE_NAME: "orders" } });
      const inv = await fn.invokeOk({}, "With only TABLE_NAME set, the invocation");
      const body = inv.payload as { stage?: unknown; pageSize?: unknown };
      expect(
        body?.stage === "dev",
        `Without STAGE the function said stage ${show(body?.stage)}. Default to "dev": a function nobody configured must not act as production.`,
      );
      expectEqual(body.pageSize, 25, "pageSize when PAGE_SIZE is not set");
    }),
    check("page-size-is-a-number", "Turns PAGE_SIZE into a number", async (lab) => {
      const fn = await lab.deploy({
        FunctionName: "config",
        Environment: { TABLE_NAME: "orders", PAGE_SIZE: "100" },
      });
      const inv = await fn.invokeOk({}, "With PAGE_SIZE=100 the invocation");
      const size = (inv.payload as { pageSize?: unknown })?.pageSize;
      expect(
        size === 100,
        `pageSize was ${show(size)} (${typeof size}). Environment variables are always strings: convert "100" with Number().`,
      );
    }),
    check(
      "missing-table-fails-clearly",
      "Fails with a message naming TABLE_NAME when it is missing",
      async (lab) => {
        const fn = await lab.deploy({ FunctionName: "config", Environment: { STAGE: "prod" } });
        const inv = await fn.invoke({});
        expect(
          inv.functionError !== undefined,
          `Without TABLE_NAME the function returned ${show(inv.payload)} instead of failing. Throw an Error that names TABLE_NAME, so a misconfigured function is noticed at once.`,
        );
        const message = inv.error?.errorMessage ?? inv.payloadText;
        expect(
          message.includes("TABLE_NAME"),
          `The function failed, but its error message (${show(message)}) does not name TABLE_NAME.`,
        );
        return `Failed with: ${message}`;
      },
    ),
  ],
});
