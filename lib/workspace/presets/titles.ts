// Preset titles on their own, for the lesson embed's closed state: it names the scenario without
// shipping the presets (code, events, schema) to a lesson page before the learner opens it.
// A unit test keeps these equal to the presets' titles.
export const PRESET_TITLES: Readonly<Record<string, string>> = {
  "async-retries-dlq": "Async retries ending in a dead-letter queue",
  "reserved-concurrency-throttling": "Reserved concurrency and throttling",
  "cold-warm-client": "Cold and warm starts with a client created outside the handler",
  "alb-hello-world": "ALB hello world (with its serverless.yml)",
  "weighted-alias-canary": "Weighted alias canary",
  "sqs-partial-batch": "SQS partial batch responses",
};
