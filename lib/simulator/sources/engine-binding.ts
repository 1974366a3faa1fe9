import { AwsApiError } from "../errors";
import type { Kernel } from "../kernel/kernel";
import type { InvokeSource } from "../lambda/invoke-types";
import type { ResolvedTarget } from "../lambda/registry";
import type { LambdaService } from "../lambda/service";
import type { SqsService } from "../services/sqs";
import { bindEventSourcesApi, type Runner } from "./api";
import { createEventSources } from "./index";
import { createKernelHost, createKernelMessaging } from "./kernel-host";
import { PermissionService } from "./permission-service";
import type { PortMessage, QueuePort } from "./queue-port";
import { SqsMappingService } from "./sqs-mapping-service";

/**
 * Plugs the event sources into one simulator: builds the host from the kernel, enforces
 * resource-based policies for service invocations through the Lambda service's authorizer
 * hook, lets Lambda destinations reach the default event bus, and returns the promise APIs
 * that createSimulator exposes (sim.http, sim.elbv2, sim.apigatewayv2, sim.eventbridge, sim.s3,
 * and the permission and event-source-mapping methods of sim.lambda).
 */

/** Services whose invocations the sources already checked (or, for SQS, that use the execution role). */
const CHECKED_BY_SOURCES = new Set(["alb", "apigateway", "eventbridge", "s3", "sqs"]);

function functionLookup(lambda: LambdaService) {
  return {
    functionArn(nameOrArn: string): string {
      const parsed = lambda.registry.parse(nameOrArn);
      const fn = lambda.registry.require(parsed.name);
      if (parsed.qualifier && !lambda.registry.hasQualifier(fn, parsed.qualifier)) {
        throw new AwsApiError("ResourceNotFoundException", `Function not found: ${lambda.registry.arn(fn.name, parsed.qualifier)}`, 404);
      }
      return lambda.registry.arn(fn.name, parsed.qualifier);
    },
  };
}

function queuePort(sqs: SqsService, kernel: Kernel): QueuePort {
  const toPort = (m: { messageId: string; receiptHandle: string | undefined; body: string; sentTimestamp: number; firstReceiveTimestamp: number; receiveCount: number; messageAttributes: PortMessage["messageAttributes"] }): PortMessage => ({
    messageId: m.messageId,
    receiptHandle: m.receiptHandle ?? "",
    body: m.body,
    sentTimestamp: m.sentTimestamp,
    firstReceiveTimestamp: m.firstReceiveTimestamp,
    receiveCount: m.receiveCount,
    messageAttributes: m.messageAttributes,
  });
  return {
    describe(queueArn) {
      const q = sqs.queueByArn(queueArn);
      return q && { queueArn: q.arn, visibilityTimeoutSeconds: Number(q.attributes.VisibilityTimeout), fifo: q.fifo };
    },
    receive(queueArn, max) {
      const q = sqs.queueByArn(queueArn);
      return q ? sqs.receive(q, max).map(toPort) : [];
    },
    delete(queueArn, receiptHandle) {
      const q = sqs.queueByArn(queueArn);
      return q ? sqs.deleteByHandle(q, receiptHandle) : false;
    },
    nextVisibleAt(queueArn) {
      const q = sqs.queueByArn(queueArn);
      const now = kernel.now();
      let next: number | undefined;
      for (const m of q?.messages ?? []) if (m.visibleAt > now && (next === undefined || m.visibleAt < next)) next = m.visibleAt;
      return next;
    },
    onMessage(queueArn, listener) {
      const q = sqs.queueByArn(queueArn);
      if (!q) return () => {};
      q.listeners.add(listener);
      return () => q.listeners.delete(listener);
    },
  };
}

export function attachEventSources(kernel: Kernel, lambda: LambdaService, sqs: SqsService) {
  const host = createKernelHost(kernel, functionLookup(lambda));
  const sources = createEventSources(host, createKernelMessaging(kernel));
  const run: Runner = (start) => kernel.awaitCompletion(start);
  const api = bindEventSourcesApi(sources, run);

  // Lambda enforces the resource-based policy for services that invoke it (SNS today); the
  // sources check their own invocations earlier so that they can answer as AWS does (ALB 502...).
  lambda.authorizers.push((target: ResolvedTarget, source: InvokeSource) => {
    if (source.kind !== "service" || !source.principal || CHECKED_BY_SOURCES.has(source.label)) return undefined;
    const caller = { principal: source.principal, sourceArn: source.sourceArn, sourceAccount: source.sourceAccount };
    return sources.permissions.check(target.invokedArn, caller).allowed ? undefined : PermissionService.accessDenied(target.invokedArn, caller);
  });
  kernel.registerDeliveryTarget("events", (arn, message) => sources.eventbridge.acceptDelivery(arn, message.body));

  const mappings = new SqsMappingService(host, queuePort(sqs, kernel), {
    timeout: (functionArn) => lambda.registry.require(functionArn.split(":")[6]).latest.timeout,
  });
  const mappingApi = {
    createEventSourceMapping: (input: Parameters<SqsMappingService["createEventSourceMapping"]>[0]) => run((done) => done(mappings.createEventSourceMapping(input))),
    getEventSourceMapping: (input: { UUID?: string }) => run((done) => done(mappings.getEventSourceMapping(input))),
    listEventSourceMappings: (input: Parameters<SqsMappingService["listEventSourceMappings"]>[0] = {}) => run((done) => done(mappings.listEventSourceMappings(input))),
    updateEventSourceMapping: (input: Parameters<SqsMappingService["updateEventSourceMapping"]>[0]) => run((done) => done(mappings.updateEventSourceMapping(input))),
    deleteEventSourceMapping: (input: { UUID?: string }) => run((done) => done(mappings.deleteEventSourceMapping(input))),
  };

  return {
    services: { http: api.http, elbv2: api.elbv2, apigatewayv2: api.apigatewayv2, eventbridge: api.eventbridge, s3: api.s3 },
    lambda: { ...api.lambdaPermissions, ...mappingApi },
    internals: { sources, mappings },
  };
}

export type AttachedEventSources = ReturnType<typeof attachEventSources>;
export type EventSourceServicesApi = AttachedEventSources["services"];
export type EventSourceLambdaApi = AttachedEventSources["lambda"];
