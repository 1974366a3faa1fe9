import type { PresetDefinition } from "./preset";

// Aliases can split traffic between two published versions (RoutingConfig.AdditionalVersionWeights),
// never $LATEST; ExecutedVersion in each response says which ran (DG/configuration-aliases).
export const weightedAliasCanary: PresetDefinition = {
  id: "weighted-alias-canary",
  scenario: {
    schemaVersion: 1,
    title: "Weighted alias canary",
    summary:
      "Publish version 1, change the code, publish version 2, then point the alias live at version 1 with 10% of traffic going to version 2. A burst through the alias shows the split in ExecutedVersion and on the timeline.",
    files: [
      {
        path: "index.mjs",
        content: `export const handler = async () => {
  return { greeting: "Hello", version: process.env.AWS_LAMBDA_FUNCTION_VERSION };
};
`,
      },
    ],
    config: {
      FunctionName: "greeter",
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      MemorySize: 128,
      Timeout: 3,
    },
    asyncConfig: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 },
    testEvents: [{ name: "empty", payload: "{}\n" }],
    steps: [
      { label: "Publish version 1", action: { type: "publishVersion", description: "Hello" } },
      {
        label: "Change the code (new greeting)",
        action: {
          type: "editFile",
          path: "index.mjs",
          content: `export const handler = async () => {
  return { greeting: "Hi there", version: process.env.AWS_LAMBDA_FUNCTION_VERSION };
};
`,
        },
      },
      { label: "Deploy the change to $LATEST", action: { type: "deploy" } },
      { label: "Publish version 2", action: { type: "publishVersion", description: "Hi there" } },
      {
        label: "Create alias live: version 1, 10% to version 2",
        action: { type: "createAlias", name: "live", functionVersion: "1", additionalVersion: "2", additionalWeight: 0.1 },
      },
      { label: "Burst 50 synchronous calls to live", action: { type: "burst", count: 50, invocationType: "RequestResponse", spreadMs: 5_000, qualifier: "live" } },
      { label: "Shift all traffic to version 2", action: { type: "updateAlias", name: "live", functionVersion: "2" } },
      { label: "Invoke live", action: { type: "invoke", invocationType: "RequestResponse", qualifier: "live" } },
    ],
  },
};
