// The AWS quotas and ranges the workspace validates against, each with the page it comes from
// (docs.aws.amazon.com, see ../shared/docs/lambda-facts.md). The engine enforces them too; the
// workspace checks them first so a learner sees the problem next to the field, not after a run.

/** API/CreateFunction, DG/configuration-memory: 128-10,240 MB in 1 MB steps. */
export const MEMORY_MIN_MB = 128;
export const MEMORY_MAX_MB = 10_240;
/** 1,769 MB is one full vCPU (DG/configuration-memory). */
export const ONE_VCPU_MB = 1_769;

/** API/CreateFunction: Timeout 1-900 seconds, default 3. */
export const TIMEOUT_MIN_S = 1;
export const TIMEOUT_MAX_S = 900;

/** DG/configuration-envvars: all keys and values together at most 4 KB. */
export const ENVIRONMENT_MAX_BYTES = 4 * 1024;

/** API/PutFunctionEventInvokeConfig. */
export const RETRY_ATTEMPTS_MIN = 0;
export const RETRY_ATTEMPTS_MAX = 2;
export const EVENT_AGE_MIN_S = 60;
export const EVENT_AGE_MAX_S = 21_600;

/** DG/limits and API/PutFunctionConcurrency: 1,000 per Region by default, 100 kept unreserved. */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1_000;
export const MIN_UNRESERVED_CONCURRENCY = 100;

/** API/Invoke: 6 MB synchronous request payload; 1 MB asynchronous since late 2025. */
export const SYNC_PAYLOAD_MAX_BYTES = 6 * 1024 * 1024;
export const ASYNC_PAYLOAD_MAX_BYTES = 1024 * 1024;

/** API/CreateFunction: FunctionName 1-64 characters of letters, digits, hyphens and underscores. */
export const FUNCTION_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
/** API/CreateFunction: Handler up to 128 characters, no whitespace. */
export const HANDLER_MAX_LENGTH = 128;
/** API/CreateAlias: Name 1-128 characters, must not be only digits (it would read as a version). */
export const ALIAS_NAME_PATTERN = /^(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}$/;

/** The Lambda console's rule for saved test event names. */
export const TEST_EVENT_NAME_PATTERN = /^[a-zA-Z0-9._-]{1,25}$/;

/** SQS event source mapping (DG/with-sqs): BatchSize 1-10,000, batching window 0-300 s. */
export const SQS_BATCH_MIN = 1;
export const SQS_BATCH_MAX = 10_000;
export const SQS_BATCH_WINDOW_MAX_S = 300;

/** Node.js runtimes the simulator offers (the contract's list). */
export const RUNTIMES = ["nodejs20.x", "nodejs22.x", "nodejs24.x"] as const;
export type Runtime = (typeof RUNTIMES)[number];

/** Simulated account and Region: the contract's defaults, used to build ARNs in the CLI mirror. */
export const REGION = "us-east-1";
export const ACCOUNT_ID = "123456789012";

/** The burst size the UI allows; the page must stay responsive at the top of the range. */
export const BURST_MAX = 1_000;
