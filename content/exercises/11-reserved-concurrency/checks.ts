import {
  check,
  defineExercise,
  expect,
  fail,
  show,
  type Lab,
  type LabFunction,
} from "@/lib/exercises/check-api";

const DB = `// The reporting database: each save holds a connection for about 2 seconds.
export async function save(row) {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  console.log(\`db: saved \${row.id}\`);
}
`;

const ROWS = Array.from({ length: 100 }, (_, i) => ({
  id: `r-${String(i + 1).padStart(3, "0")}`,
  total: i * 3,
}));

async function reservation(lab: Lab): Promise<number | null> {
  const value = await lab.learnerExport("reservedConcurrency");
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isInteger(value))
    fail(`reservedConcurrency must be a whole number (or null for none); it is ${show(value)}.`);
  return value;
}

async function deploy(lab: Lab): Promise<{ fn: LabFunction; reserved: number | null }> {
  const fn = await lab.deploy({ FunctionName: "import-rows", Timeout: 10 });
  const reserved = await reservation(lab);
  if (reserved !== null) await fn.putConcurrency(reserved);
  return { fn, reserved };
}

/** The highest number of invocations running at the same instant, from invoke.start/end records. */
async function peakConcurrency(fn: LabFunction): Promise<number> {
  const edges: { t: number; delta: number }[] = [];
  for (const r of await fn.trace()) {
    if (r.kind === "invoke.start") edges.push({ t: Number(r.t), delta: 1 });
    else if (r.kind === "invoke.end") edges.push({ t: Number(r.t), delta: -1 });
  }
  // An invocation ending at the instant another starts frees its slot first.
  edges.sort((a, b) => a.t - b.t || a.delta - b.delta);
  let now = 0;
  let peak = 0;
  for (const e of edges) {
    now += e.delta;
    peak = Math.max(peak, now);
  }
  return peak;
}

async function nightlyImport(lab: Lab, fn: LabFunction): Promise<void> {
  // One row first: a handler that fails or never finishes is reported at once, not after 300 attempts.
  await fn.invokeOk({ row: { id: "warm-up", total: 0 } }, "Saving a single row");
  await Promise.all(ROWS.map((row) => fn.invokeAsync({ row })));
  await lab.settle(6 * 60 * 60 * 1000);
}

export const exercise = defineExercise({
  supportFiles: { "reporting-db.mjs": DB },
  checks: [
    check("reservation-fits-the-database", "Reserves between 5 and 10 concurrent executions", async (lab) => {
      const { reserved } = await deploy(lab);
      expect(
        reserved !== null,
        "The function has no reserved concurrency, so nothing caps it: it can run 100 invocations (100 connections) at once.",
      );
      expect(
        reserved !== 0,
        "Reserved concurrency 0 throttles every invocation: no row would ever be imported.",
      );
      expect(
        reserved <= 10,
        `Reserved concurrency ${reserved} lets ${reserved} invocations run at once, but the database accepts only 10 connections.`,
      );
      expect(
        reserved >= 5,
        `Reserved concurrency ${reserved} protects the database but uses fewer than half of its 10 connections: the import would take far longer than needed.`,
      );
      return `ReservedConcurrentExecutions = ${reserved}.`;
    }),
    check(
      "never-more-than-ten",
      "A burst of 100 rows never runs more than 10 invocations at once",
      async (lab) => {
        const { fn } = await deploy(lab);
        await nightlyImport(lab, fn);
        const peak = await peakConcurrency(fn);
        expect(peak > 0, "The function never ran during the import.");
        expect(
          peak <= 10,
          `During the import ${peak} invocations ran at once, so the database saw ${peak} connections (it accepts 10).`,
        );
        const throttles = (await fn.metric("Throttles")).Sum;
        return `Peak concurrency ${peak}; ${throttles} throttled attempts were retried by Lambda.`;
      },
    ),
    check("no-row-lost", "Every one of the 100 rows is saved", async (lab) => {
      const { fn } = await deploy(lab);
      await nightlyImport(lab, fn);
      const saved = new Set(
        (await fn.messages()).map((m) => /^db: saved (\S+)/.exec(m.message)?.[1]).filter(Boolean),
      );
      const missing = ROWS.filter((r) => !saved.has(r.id)).map((r) => r.id);
      expect(
        missing.length === 0,
        `${missing.length} rows were never saved (${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}).`,
      );
      return "All 100 rows saved.";
    }),
    check(
      "sync-callers-see-429",
      "Synchronous callers beyond the cap get 429 TooManyRequestsException",
      async (lab) => {
        const { fn, reserved } = await deploy(lab);
        expect(reserved !== null && reserved > 0, "Without a positive reservation there is no cap to hit.");
        const results = await Promise.all(
          Array.from({ length: 15 }, (_, i) => fn.invoke({ row: { id: `s-${i + 1}`, total: 1 } })),
        );
        // Whether each call then succeeded does not matter here: only how many were let in.
        const ran = results.filter((r) => !r.rejected).length;
        const throttled = results.filter((r) => r.rejected?.name === "TooManyRequestsException");
        expect(
          ran <= 10,
          `${ran} of 15 simultaneous synchronous calls ran: more than the database's 10 connections.`,
        );
        const other = results.find((r) => r.rejected && r.rejected.name !== "TooManyRequestsException");
        expect(!other, `A call was refused with ${other?.rejected?.name}: ${other?.rejected?.message}`);
        const reasons = [...new Set(throttled.map((r) => r.rejected?.reason))];
        return `${ran} calls ran and ${throttled.length} were throttled with HTTP 429 (Reason ${reasons.join(", ") || "none"}); unlike asynchronous events, nobody retries them for the caller.`;
      },
    ),
  ],
});
