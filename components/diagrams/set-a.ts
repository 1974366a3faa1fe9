// Diagrams for lessons 01-07, registered by name for MDX (see components/mdx/mdx-components.tsx).
import { AlbRequestConversion } from "./alb-request-conversion";
import { ApiGatewayProxyFlow } from "./api-gateway-proxy-flow";
import { AsyncDestinations } from "./async-destinations";
import { AsyncRetryTimeline } from "./async-retry-timeline";
import { ColdWarmTimeline } from "./cold-warm-timeline";
import { EnvironmentLifecycle } from "./environment-lifecycle";
import { FunctionChainVsEvents } from "./function-chain-vs-events";
import { PushVsPoll } from "./push-vs-poll";
import { ServerlessWebArchitecture } from "./serverless-web-architecture";
import { SqsPartialBatch } from "./sqs-partial-batch";
import { SyncAsyncCompare } from "./sync-async-compare";
import { SyncInvokeOutcomes } from "./sync-invoke-outcomes";

export const diagramsA = {
  SyncInvokeOutcomes,
  SyncAsyncCompare,
  AsyncRetryTimeline,
  AsyncDestinations,
  ServerlessWebArchitecture,
  FunctionChainVsEvents,
  EnvironmentLifecycle,
  ColdWarmTimeline,
  AlbRequestConversion,
  ApiGatewayProxyFlow,
  PushVsPoll,
  SqsPartialBatch,
};
