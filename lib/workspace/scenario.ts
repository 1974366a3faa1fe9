// zod/mini: this ships to the browser with the simulator page (see eslint.config.mjs).
import { z } from "zod/mini";
import { RUNTIMES } from "./limits";
import { triggerSchema } from "./triggers";
import { workspaceActionSchema } from "./actions";

// A scenario is everything a learner can set up in the workspace: the function's files and
// configuration, saved test events, triggers, and the suggested steps to run. It is what a share
// link carries and what a preset is. Shape checks live here; AWS's value ranges live in
// config-validation.ts, so a share link with Timeout 901 still opens (and shows the AWS error
// next to the field) instead of being refused as damaged.

export const SCENARIO_SCHEMA_VERSION = 1;

/** Relative POSIX paths such as `index.mjs` or `lib/db.mjs`; no `..`, no leading slash. */
const FILE_PATH = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
export const SOURCE_EXTENSIONS = [".mjs", ".js", ".cjs", ".ts", ".mts", ".cts", ".json"] as const;
export const MAX_FILES = 12;
/** Generous for teaching code, small enough that a share link stays a link. */
export const MAX_SOURCE_BYTES = 200_000;

export const sourceFileSchema = z.strictObject({
  path: z.string().check(
    z.regex(FILE_PATH, { error: "file paths are relative, like index.mjs or lib/db.mjs, without .. or spaces" }),
    z.refine((p: string) => SOURCE_EXTENSIONS.some((ext) => p.endsWith(ext)), {
      error: `file names end in one of ${SOURCE_EXTENSIONS.join(", ")}`,
    }),
  ),
  content: z.string(),
});
export type SourceFile = z.infer<typeof sourceFileSchema>;

/** Where a dead-letter queue or a destination delivers: a simulated queue or topic by name. */
export const targetSchema = z.strictObject({
  kind: z.enum(["sqs", "sns"]),
  name: z.string().check(z.regex(/^[a-zA-Z0-9_-]{1,80}$/, { error: "queue and topic names use letters, digits, - and _ (up to 80)" })),
});
export type Target = z.infer<typeof targetSchema>;

export const functionConfigSchema = z.strictObject({
  FunctionName: z.string(),
  Runtime: z.enum(RUNTIMES),
  Handler: z.string(),
  MemorySize: z.number(),
  Timeout: z.number(),
  Description: z._default(z.string(), ""),
  Environment: z._default(z.record(z.string(), z.string()), {}),
  /** null = no reservation (the function uses the unreserved pool). */
  ReservedConcurrentExecutions: z._default(z.nullable(z.number()), null),
  DeadLetterTarget: z._default(z.nullable(targetSchema), null),
});
export type FunctionConfig = z.infer<typeof functionConfigSchema>;

export const asyncConfigSchema = z.strictObject({
  MaximumRetryAttempts: z.number(),
  MaximumEventAgeInSeconds: z.number(),
  OnSuccess: z._default(z.nullable(targetSchema), null),
  OnFailure: z._default(z.nullable(targetSchema), null),
});
export type AsyncConfig = z.infer<typeof asyncConfigSchema>;

export const testEventSchema = z.strictObject({
  name: z.string(),
  /** JSON text, kept as typed so the learner's formatting survives a round trip through a link. */
  payload: z.string(),
});
export type TestEvent = z.infer<typeof testEventSchema>;

export const scenarioStepSchema = z.strictObject({
  label: z.string().check(z.minLength(1)),
  action: workspaceActionSchema,
});
export type ScenarioStep = z.infer<typeof scenarioStepSchema>;

type ScenarioShape = {
  files: { path: string; content: string }[];
  testEvents: { name: string }[];
};

function checkScenario(s: ScenarioShape, issues: { message: string }[]) {
  const paths = new Set<string>();
  for (const f of s.files) {
    if (paths.has(f.path)) issues.push({ message: `two files are called ${f.path}; rename one` });
    paths.add(f.path);
  }
  const bytes = s.files.reduce((n, f) => n + utf8Length(f.content), 0);
  if (bytes > MAX_SOURCE_BYTES) issues.push({ message: `the files hold ${bytes} bytes; the workspace keeps at most ${MAX_SOURCE_BYTES}` });
  const names = new Set<string>();
  for (const e of s.testEvents) {
    if (names.has(e.name)) issues.push({ message: `two test events are called ${e.name}; rename one` });
    names.add(e.name);
  }
}

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    title: z.string().check(z.maxLength(120)),
    summary: z._default(z.string().check(z.maxLength(2_000)), ""),
    files: z
      .array(sourceFileSchema)
      .check(z.minLength(1, { error: "a function needs at least one file" }), z.maxLength(MAX_FILES)),
    config: functionConfigSchema,
    asyncConfig: asyncConfigSchema,
    testEvents: z.array(testEventSchema).check(z.maxLength(50)),
    triggers: z._default(z.array(triggerSchema).check(z.maxLength(10)), []),
    steps: z._default(z.array(scenarioStepSchema).check(z.maxLength(30)), []),
    /** Account concurrency limit (the contract's accountConcurrency); 1,000 unless a preset lowers it. */
    accountConcurrency: z._default(z.int().check(z.gte(100), z.lte(100_000)), 1_000),
    seed: z._default(z.int(), 42),
  })
  .check(
    z.superRefine((s, ctx) => {
      const issues: { message: string }[] = [];
      checkScenario(s, issues);
      for (const i of issues) ctx.addIssue({ code: "custom", message: i.message, input: s });
    }),
  );
export type Scenario = z.infer<typeof scenarioSchema>;
/** What callers may write: defaults filled in by the schema. */
export type ScenarioInput = z.input<typeof scenarioSchema>;

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScenarioError";
  }
}

/** Parses untrusted data (a share link, a preset file) into a Scenario, naming every problem. */
export function parseScenario(data: unknown): Scenario {
  const result = scenarioSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
  throw new ScenarioError(`This scenario is not valid: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? " …" : ""}`);
}

export function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

export const DEFAULT_HANDLER_CODE = `// Runs once per execution environment (the Init phase): create clients here.
const startedAt = Date.now();

export const handler = async (event, context) => {
  console.log("Received event", JSON.stringify(event));
  return {
    statusCode: 200,
    body: JSON.stringify({
      message: "Hello from Lambda Lab",
      requestId: context.awsRequestId,
      environmentAgeMs: Date.now() - startedAt,
    }),
  };
};
`;

export const HELLO_EVENT = `{
  "key1": "value1",
  "key2": "value2",
  "key3": "value3"
}
`;

/** A blank workspace: one ES module handler with the console's defaults. */
export function defaultScenario(): Scenario {
  return parseScenario({
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    title: "My function",
    summary: "",
    files: [{ path: "index.mjs", content: DEFAULT_HANDLER_CODE }],
    config: {
      FunctionName: "my-function",
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      MemorySize: 128,
      Timeout: 3,
      Environment: {},
    },
    asyncConfig: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 },
    testEvents: [{ name: "hello-world", payload: HELLO_EVENT }],
  });
}

/** The file the Handler setting points at (`lib/app.handler` → lib/app.mjs or .js or .ts ...). */
export function handlerFile(files: readonly SourceFile[], handler: string): SourceFile | undefined {
  const dot = handler.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const base = handler.slice(0, dot);
  return files.find((f) => SOURCE_EXTENSIONS.some((ext) => ext !== ".json" && f.path === base + ext));
}
