import type { PresetDefinition } from "./preset";

// Code outside the handler runs once per execution environment (Init); warm invocations reuse
// what it created (DG/lambda-runtime-environment). Overlapping calls need new environments, so
// they start cold.
export const coldWarmClient: PresetDefinition = {
  id: "cold-warm-client",
  scenario: {
    schemaVersion: 1,
    title: "Cold and warm starts with a client created outside the handler",
    summary:
      "The module creates a (pretend) database client once, during Init. The first invocation is a cold start: the REPORT line has an Init Duration. The second reuses the environment and its client. Three calls at the same instant need three environments, so two more cold starts appear on the timeline.",
    files: [
      {
        path: "index.mjs",
        content: `import { createClient } from "./db.mjs";

// Init phase: runs once per execution environment, before the first invocation.
const client = await createClient();
let invocations = 0;

export const handler = async (event, context) => {
  invocations += 1;
  const row = await client.get(event.id);
  console.log(\`Invocation \${invocations} in this environment (\${context.logStreamName})\`);
  return { row, invocationsInThisEnvironment: invocations, clientCreatedAt: client.createdAt };
};
`,
      },
      {
        path: "db.mjs",
        content: `// Stands in for a database client: connecting costs 300 ms of virtual time.
export async function createClient() {
  await new Promise((resolve) => setTimeout(resolve, 300));
  const createdAt = new Date().toISOString();
  console.log("Connected a new client at", createdAt);
  return {
    createdAt,
    async get(id) {
      return { id, name: \`item \${id}\` };
    },
  };
}
`,
      },
    ],
    config: {
      FunctionName: "get-item",
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      MemorySize: 512,
      Timeout: 5,
    },
    asyncConfig: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 },
    testEvents: [{ name: "item-7", payload: `{\n  "id": "7"\n}\n` }],
    steps: [
      { label: "Test: a cold start (see Init Duration in REPORT)", action: { type: "invoke", invocationType: "RequestResponse" } },
      { label: "Test again: warm, the client is reused", action: { type: "invoke", invocationType: "RequestResponse" } },
      { label: "Burst: 3 calls at the same instant", action: { type: "burst", count: 3, invocationType: "RequestResponse", spreadMs: 0 } },
      { label: "Wait an hour: the simulator reclaims idle environments (AWS publishes no exact idle time)", action: { type: "advanceBy", ms: 3_600_000 } },
      { label: "Test: cold again", action: { type: "invoke", invocationType: "RequestResponse" } },
    ],
  },
};
