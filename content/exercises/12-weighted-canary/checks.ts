import {
  check,
  defineExercise,
  expect,
  expectEqual,
  fail,
  show,
  type Lab,
  type LabFunction,
} from "@/lib/exercises/check-api";

const VERSION_1 = `export const handler = async (event) => {
  return { net: event.net, total: event.net };
};
`;

async function exported(lab: Lab, name: "release" | "rollback"): Promise<Record<string, unknown>> {
  const value = await lab.learnerExport(name);
  if (!value || typeof value !== "object" || Array.isArray(value))
    fail(`index.mjs must export ${name} as an UpdateAlias input object; it exported ${show(value)}.`);
  const input = value as Record<string, unknown>;
  if (input.Name !== "live") fail(`${name}.Name is ${show(input.Name)}; the alias to update is "live".`);
  return input;
}

/** Version 1 published behind "live", then the learner's code published as version 2. */
async function twoVersions(lab: Lab): Promise<LabFunction> {
  const fn = await lab.deploy({ FunctionName: "pricing", code: { "index.mjs": VERSION_1 } });
  const v1 = await fn.publishVersion("prices without VAT");
  await fn.createAlias({ Name: "live", FunctionVersion: v1 });
  await fn.updateCode(lab.submission.files);
  const v2 = await fn.publishVersion("prices with VAT");
  expect(v2 === "2", `Publishing your code gave version ${v2}; expected version 2.`);
  return fn;
}

async function share(fn: LabFunction, calls: number): Promise<{ v1: number; v2: number; other: number }> {
  const counts = { v1: 0, v2: 0, other: 0 };
  for (let i = 0; i < calls; i++) {
    const inv = await fn.invoke({ net: 10 }, { qualifier: "live" });
    if (inv.executedVersion === "1") counts.v1 += 1;
    else if (inv.executedVersion === "2") counts.v2 += 1;
    else counts.other += 1;
  }
  return counts;
}

export const exercise = defineExercise({
  seed: 12,
  checks: [
    check("version-2-adds-vat", "Version 2 quotes include 20% VAT", async (lab) => {
      const fn = await twoVersions(lab);
      const a = await fn.invokeOk({ net: 100 }, "Version 2 with { net: 100 }", { qualifier: "2" });
      expectEqual(a.payload, { net: 100, vat: 20, total: 120 }, "version 2's quote for { net: 100 }");
      const b = await fn.invokeOk({ net: 19.99 }, "Version 2 with { net: 19.99 }", { qualifier: "2" });
      expectEqual(
        b.payload,
        { net: 19.99, vat: 4, total: 23.99 },
        "version 2's quote for { net: 19.99 }",
        "Round VAT and total to cents.",
      );
    }),
    check("release-accepted", "UpdateAlias accepts the release", async (lab) => {
      const fn = await twoVersions(lab);
      const out = await fn.updateAlias(await exported(lab, "release"));
      return `live now routes ${show(out.RoutingConfig ?? {})} beside version ${show(out.FunctionVersion)}.`;
    }),
    check(
      "ten-percent-canary",
      "About 10% of calls to live run version 2, the rest version 1",
      async (lab) => {
        const fn = await twoVersions(lab);
        await fn.updateAlias(await exported(lab, "release"));
        const counts = await share(fn, 400);
        const pct = (counts.v2 / 400) * 100;
        expect(counts.other === 0, `${counts.other} calls ran neither version 1 nor version 2.`);
        expect(
          pct >= 5 && pct <= 15,
          `Of 400 calls to live, ${counts.v2} (${pct.toFixed(1)}%) ran version 2 and ${counts.v1} ran version 1; expected about 10% on version 2.`,
        );
        return `${counts.v2} of 400 calls (${pct.toFixed(1)}%) ran version 2.`;
      },
    ),
    check("rollback-to-version-1", "The rollback sends every call back to version 1", async (lab) => {
      const fn = await twoVersions(lab);
      await fn.updateAlias(await exported(lab, "release"));
      await fn.updateAlias(await exported(lab, "rollback"));
      const counts = await share(fn, 100);
      expect(
        counts.v1 === 100,
        `After the rollback, ${counts.v2} of 100 calls to live still ran version 2 (${counts.v1} ran version 1). Point live at version 1 with no additional weights.`,
      );
    }),
  ],
});
