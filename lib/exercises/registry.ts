import { exercise as clientReuse } from "@/content/exercises/01-client-reuse/checks";
import { exercise as envConfig } from "@/content/exercises/02-env-config/checks";
import { exercise as remainingTime } from "@/content/exercises/03-remaining-time/checks";
import { exercise as albHello } from "@/content/exercises/04-alb-hello/checks";
import { exercise as albMultiValue } from "@/content/exercises/05-alb-multi-value/checks";
import { exercise as httpApiValidation } from "@/content/exercises/06-http-api-validation/checks";
import { exercise as sqsPartialBatch } from "@/content/exercises/07-sqs-partial-batch/checks";
import { exercise as scheduledReport } from "@/content/exercises/08-scheduled-report/checks";
import { exercise as asyncOnFailure } from "@/content/exercises/09-async-on-failure/checks";
import { exercise as idempotentOrders } from "@/content/exercises/10-idempotent-orders/checks";
import { exercise as reservedConcurrency } from "@/content/exercises/11-reserved-concurrency/checks";
import { exercise as weightedCanary } from "@/content/exercises/12-weighted-canary/checks";
import type { ExerciseDefinition } from "./define";

// Every exercise's checks by slug. Static imports, because the same table runs in Node (tests)
// and inside the browser's worker, where nothing can read folders. The build compares it with
// content/exercises and fails, naming the folder, when the two disagree.

export const EXERCISE_CHECKS: Readonly<Record<string, ExerciseDefinition>> = {
  "client-reuse": clientReuse,
  "env-config": envConfig,
  "remaining-time": remainingTime,
  "alb-hello": albHello,
  "alb-multi-value": albMultiValue,
  "http-api-validation": httpApiValidation,
  "sqs-partial-batch": sqsPartialBatch,
  "scheduled-report": scheduledReport,
  "async-on-failure": asyncOnFailure,
  "idempotent-orders": idempotentOrders,
  "reserved-concurrency": reservedConcurrency,
  "weighted-canary": weightedCanary,
};

export function exerciseChecks(slug: string): ExerciseDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(EXERCISE_CHECKS, slug) ? EXERCISE_CHECKS[slug] : undefined;
}
