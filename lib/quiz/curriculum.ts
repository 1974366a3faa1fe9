// The fixed vocabulary questions are tagged with. It mirrors .helpers/CURRICULUM.md and the
// lesson file names (content/lessons/NN-slug.mdx); changing a slug orphans learners' progress
// and every question that uses it, so treat these lists as append-only.

export const TOPIC_SLUGS = [
  "serverless-fundamentals",
  "execution-environment",
  "sync-invocation",
  "async-invocation",
  "alb",
  "api-gateway",
  "event-sources",
  "concurrency",
  "iam-permissions",
  "environment-config",
  "vpc-networking",
  "versions-aliases",
  "deployment",
  "monitoring",
  "performance-cost",
] as const;

export type TopicSlug = (typeof TOPIC_SLUGS)[number];

export const DOMAINS = ["development", "security", "deployment", "troubleshooting"] as const;

export type Domain = (typeof DOMAINS)[number];

/** DVA-C02 domain weights in percent (exam guide); they sum to 100. */
export const DOMAIN_WEIGHTS: Readonly<Record<Domain, number>> = {
  development: 32,
  security: 26,
  deployment: 24,
  troubleshooting: 18,
};

export const DOMAIN_LABELS: Readonly<Record<Domain, string>> = {
  development: "Development with AWS Services",
  security: "Security",
  deployment: "Deployment",
  troubleshooting: "Troubleshooting and Optimization",
};

/** Simulator preset ids a "predict the outcome" question may point at. */
export const SCENARIO_IDS = [
  "async-retries-dlq",
  "reserved-concurrency-throttling",
  "cold-warm-client",
  "alb-hello-world",
  "weighted-alias-canary",
  "sqs-partial-batch",
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];
