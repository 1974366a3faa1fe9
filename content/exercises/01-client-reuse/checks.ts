import { check, defineExercise, expect, expectEqual, type LabFunction } from "@/lib/exercises/check-api";

const DB = `// A stand-in for a database driver: opening a connection takes 250 ms.
let opened = 0;

export async function connect(url) {
  opened += 1;
  console.log(\`db: opening connection #\${opened} to \${url}\`);
  await new Promise((resolve) => setTimeout(resolve, 250));
  return {
    async query(sql, params = []) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { rows: [{ id: params[0], name: "Ada" }] };
    },
  };
}
`;

async function connections(fn: LabFunction): Promise<number> {
  return (await fn.messages()).filter((m) => m.message.startsWith("db: opening connection")).length;
}

export const exercise = defineExercise({
  supportFiles: { "db.mjs": DB },
  checks: [
    check("answers-the-user", "Returns the user for { userId: 42 }", async (lab) => {
      const fn = await lab.deploy({ FunctionName: "users" });
      const inv = await fn.invokeOk({ userId: 42 }, "Invoking with { userId: 42 }");
      expectEqual(inv.payload, { id: 42, name: "Ada" }, "the response");
      return 'Answered { id: 42, name: "Ada" }.';
    }),
    check(
      "one-connection-warm",
      "Three invocations in one warm environment open one connection",
      async (lab) => {
        const fn = await lab.deploy({ FunctionName: "users" });
        for (const userId of [1, 2, 3]) await fn.invokeOk({ userId }, `Invocation ${userId}`);
        const cold = await fn.coldStarts();
        expectEqual(
          cold,
          1,
          "the number of cold starts (REPORT lines with Init Duration)",
          "Three calls one after another should share one environment.",
        );
        const opened = await connections(fn);
        expect(
          opened === 1,
          `Three invocations in one warm environment opened ${opened} connections. Create the connection outside the handler (at module scope) so warm invocations reuse it.`,
        );
        return "One cold start, one connection, two warm invocations reusing it.";
      },
    ),
    check(
      "new-environment-connects-once",
      "A fresh environment (after a configuration change) opens exactly one connection of its own",
      async (lab) => {
        const fn = await lab.deploy({ FunctionName: "users" });
        await fn.invokeOk({ userId: 1 }, "The first invocation");
        await fn.invokeOk({ userId: 2 }, "The second invocation");
        // Any configuration change makes Lambda replace the environments: the next call is cold.
        await fn.updateConfiguration({ Environment: { Variables: { LOG_LEVEL: "debug" } } });
        await fn.invokeOk({ userId: 3 }, "The first invocation after the configuration change");
        await fn.invokeOk({ userId: 4 }, "The second invocation after the configuration change");
        const cold = await fn.coldStarts();
        expectEqual(
          cold,
          2,
          "the number of cold starts",
          "Updating the configuration should have started one new environment.",
        );
        const opened = await connections(fn);
        expect(
          opened === 2,
          `Two environments served four invocations and opened ${opened} connections; expected one per environment (2).`,
        );
        return "Two environments, two connections, four invocations.";
      },
    ),
    check(
      "warm-invocations-are-fast",
      "Warm invocations do not pay the 250 ms connection cost",
      async (lab) => {
        const fn = await lab.deploy({ FunctionName: "users" });
        for (const userId of [1, 2, 3]) await fn.invokeOk({ userId }, `Invocation ${userId}`);
        const warm = (await fn.reports()).filter((r) => r.initDurationMs === undefined);
        expect(warm.length >= 2, `Expected at least two warm invocations, found ${warm.length}.`);
        const slow = warm.filter((r) => r.durationMs >= 200);
        expect(
          slow.length === 0,
          `Warm invocations took ${warm.map((r) => `${r.durationMs} ms`).join(" and ")}: each one still waits for a new connection. Reuse the connection opened during Init.`,
        );
        return `Warm invocations took ${warm.map((r) => `${r.durationMs} ms`).join(" and ")}.`;
      },
    ),
  ],
});
