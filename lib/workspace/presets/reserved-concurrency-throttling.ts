import type { PresetDefinition } from "./preset";

// Reserved concurrency is both a guarantee and a cap; synchronous callers over the cap get
// TooManyRequestsException (429, Reason ReservedFunctionConcurrentInvocationLimitExceeded), while
// asynchronous events are kept and retried (API/Invoke, DG/invocation-async-error-handling).
export const reservedConcurrencyThrottling: PresetDefinition = {
  id: "reserved-concurrency-throttling",
  scenario: {
    schemaVersion: 1,
    title: "Reserved concurrency and throttling",
    summary:
      "A function capped at 2 concurrent executions, each taking 2 seconds. Ten synchronous calls at the same instant: two run, eight are throttled with 429 TooManyRequestsException. The same burst sent asynchronously is not lost: Lambda queues the throttled events and retries them.",
    files: [
      {
        path: "index.mjs",
        content: `// Each invocation waits 2 seconds of virtual time, so overlapping calls need more environments.
export const handler = async (event) => {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  console.log(\`Processed \${event.job}\`);
  return { done: event.job };
};
`,
      },
    ],
    config: {
      FunctionName: "render-report",
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      MemorySize: 256,
      Timeout: 10,
      ReservedConcurrentExecutions: 2,
    },
    asyncConfig: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 },
    testEvents: [{ name: "report-job", payload: `{\n  "job": "monthly-report"\n}\n` }],
    steps: [
      { label: "Burst: 10 synchronous calls at once (8 are throttled)", action: { type: "burst", count: 10, invocationType: "RequestResponse", spreadMs: 0 } },
      { label: "Burst: 10 asynchronous calls at once", action: { type: "burst", count: 10, invocationType: "Event", spreadMs: 0 } },
      { label: "Run until idle: throttled events are retried until all ran", action: { type: "runUntilIdle" } },
      { label: "Reserve 0: every invocation is throttled", action: { type: "putFunctionConcurrency", reserved: 0 } },
      { label: "Invoke synchronously (429)", action: { type: "invoke", invocationType: "RequestResponse" } },
      { label: "Remove the reservation", action: { type: "deleteFunctionConcurrency" } },
    ],
  },
};
