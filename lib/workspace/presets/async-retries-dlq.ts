import type { PresetDefinition } from "./preset";

// Two retries (three attempts), about 1 and then 2 minutes apart, then the dead-letter queue
// (DG/invocation-async-error-handling). The course notes' "three retries" is the error to undo.
export const asyncRetriesDlq: PresetDefinition = {
  id: "async-retries-dlq",
  scenario: {
    schemaVersion: 1,
    title: "Async retries ending in a dead-letter queue",
    summary:
      "An asynchronous invocation whose handler always fails. Lambda tries it three times in all (the first attempt plus two retries, about 1 and 2 minutes apart) and then sends the event to the SQS dead-letter queue. Invoke it, run until idle, and read the timeline.",
    files: [
      {
        path: "index.mjs",
        content: `// Every attempt fails, so Lambda's retry policy for asynchronous events takes over.
export const handler = async (event, context) => {
  console.log(\`Charging order \${event.orderId}, request \${context.awsRequestId}\`);
  throw new Error(\`Payment service unavailable for order \${event.orderId}\`);
};
`,
      },
    ],
    config: {
      FunctionName: "charge-order",
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      MemorySize: 128,
      Timeout: 3,
      DeadLetterTarget: { kind: "sqs", name: "charge-order-dlq" },
    },
    asyncConfig: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 },
    testEvents: [{ name: "order-42", payload: `{\n  "orderId": "42",\n  "amount": 19.99\n}\n` }],
    steps: [
      { label: "Invoke asynchronously (202 Accepted at once)", action: { type: "invoke", invocationType: "Event" } },
      { label: "Run until idle: watch the two retries and the DLQ delivery", action: { type: "runUntilIdle" } },
      {
        label: "Allow no retries, then try again",
        action: { type: "putFunctionEventInvokeConfig", maximumRetryAttempts: 0, maximumEventAgeInSeconds: 21_600 },
      },
      { label: "Invoke asynchronously again", action: { type: "invoke", invocationType: "Event" } },
      { label: "Run until idle: one attempt, straight to the DLQ", action: { type: "runUntilIdle" } },
    ],
  },
};
