import { expect, test } from "vitest";
import { describeActivity } from "@/lib/workspace/activity";

test("summarises what ran while time moved, for one function", () => {
  const f = "charge-order";
  const records = [
    { kind: "invoke.end", outcome: "error", functionName: f },
    { kind: "async.retry.scheduled", functionName: f },
    { kind: "invoke.end", outcome: "error", functionName: f },
    { kind: "async.retry.scheduled", functionName: f },
    { kind: "invoke.end", outcome: "timeout", functionName: f },
    { kind: "dlq.delivered", functionName: f },
    { kind: "invoke.end", outcome: "success", functionName: "other" },
    { kind: "env.init.start", functionName: f },
  ];
  expect(describeActivity(records, f)).toBe("3 invocations (3 failed), 1 cold start, 2 retries scheduled, 1 sent to the dead-letter queue.");
  expect(describeActivity([{ kind: "throttle" }, { kind: "async.expired" }])).toBe("1 throttle, 1 event expired.");
  expect(describeActivity([])).toBe("Nothing was waiting to run.");
});
