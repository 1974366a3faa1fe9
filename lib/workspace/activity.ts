// One line about what the engine did during an action that only moves time (Run until idle,
// Advance time): "3 invocations (3 failed), 2 retries scheduled, 1 sent to the DLQ". The trace
// says it all, but a learner should not have to read the timeline to see that anything happened.

type Rec = { kind?: unknown; outcome?: unknown };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function describeActivity(records: readonly unknown[], functionName?: string): string {
  let invocations = 0;
  let failed = 0;
  let throttles = 0;
  let retries = 0;
  let dlq = 0;
  let destinations = 0;
  let expired = 0;
  let coldStarts = 0;
  for (const raw of records) {
    const r = raw as Rec & { functionName?: unknown };
    if (functionName && r.functionName !== undefined && r.functionName !== functionName) continue;
    switch (r.kind) {
      case "invoke.end":
        invocations++;
        if (r.outcome !== "success") failed++;
        break;
      case "env.init.start":
        coldStarts++;
        break;
      case "throttle":
        throttles++;
        break;
      case "async.retry.scheduled":
        retries++;
        break;
      case "dlq.delivered":
        dlq++;
        break;
      case "destination.delivered":
        destinations++;
        break;
      case "async.expired":
        expired++;
        break;
    }
  }
  const parts = [
    invocations ? `${plural(invocations, "invocation")}${failed ? ` (${failed} failed)` : ""}` : "",
    coldStarts ? plural(coldStarts, "cold start") : "",
    throttles ? plural(throttles, "throttle") : "",
    retries ? plural(retries, "retry", "retries") + " scheduled" : "",
    expired ? `${plural(expired, "event")} expired` : "",
    dlq ? `${dlq} sent to the dead-letter queue` : "",
    destinations ? plural(destinations, "destination delivery", "destination deliveries") : "",
  ].filter(Boolean);
  return parts.length ? parts.join(", ") + "." : "Nothing was waiting to run.";
}
