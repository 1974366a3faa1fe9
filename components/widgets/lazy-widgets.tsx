"use client";

import dynamic from "next/dynamic";

/**
 * Every lesson page imports the MDX registry, so anything imported here directly would ship to
 * all fifteen lessons. Loading each widget through next/dynamic keeps it in its own chunk: it is
 * still rendered to HTML at build time, and only the pages that use it download its code.
 */
export const IamPolicyEvaluator = dynamic(() => import("./iam-policy-evaluator").then((m) => m.IamPolicyEvaluator));
export const ServerlessVariableResolver = dynamic(() => import("./serverless-variable-resolver").then((m) => m.ServerlessVariableResolver));
export const VpcRouteTracer = dynamic(() => import("./vpc-route-tracer").then((m) => m.VpcRouteTracer));
export const PackageSizeChecker = dynamic(() => import("./package-size-checker").then((m) => m.PackageSizeChecker));
export const MemoryCostExplorer = dynamic(() => import("./memory-cost-explorer").then((m) => m.MemoryCostExplorer));
export const CronTester = dynamic(() => import("./cron-tester").then((m) => m.CronTester));
export const AsyncRetryPlanner = dynamic(() => import("./async-retry-planner").then((m) => m.AsyncRetryPlanner));
export const ChainVsEvents = dynamic(() => import("./chain-vs-events").then((m) => m.ChainVsEvents));
export const AlbEventConverter = dynamic(() => import("./alb-event-converter").then((m) => m.AlbEventConverter));
export const PayloadFormatExplorer = dynamic(() => import("./payload-format-explorer").then((m) => m.PayloadFormatExplorer));
