import { ApiGatewayV2Service } from "./apigatewayv2-service";
import { Elbv2Service } from "./elbv2-service";
import { EventBridgeService } from "./eventbridge-service";
import type { SourceHost } from "./host";
import { HttpService } from "./http-service";
import type { MessagingPort } from "./messaging-port";
import { PermissionService } from "./permission-service";
import { S3Service } from "./s3-service";

export type { SourceHost, HostInvokeInput, HostInvokeResult, SourceTraceRecord } from "./host";
export { bindEventSourcesApi, type EventSourcesApi, type Runner } from "./api";
export type { MessagingPort } from "./messaging-port";
export type { HttpRequestInput, HttpResponse } from "./http-request";
export { HttpClientError } from "./http-request";
export { TEST_EVENT_TEMPLATES } from "./test-events";
export { createKernelHost, createKernelMessaging, type KernelLike } from "./kernel-host";
export { SqsMappingService } from "./sqs-mapping-service";
export type { QueuePort, PortMessage, QueueInfo } from "./queue-port";

/**
 * The event-source services, bound to one engine through `host`. The engine exposes them as
 * sim.http, sim.elbv2, sim.apigatewayv2, sim.eventbridge, sim.s3, and the permission methods
 * as sim.lambda.addPermission / removePermission / getPolicy.
 */
export interface EventSources {
  permissions: PermissionService;
  elbv2: Elbv2Service;
  apigatewayv2: ApiGatewayV2Service;
  http: HttpService;
  eventbridge: EventBridgeService;
  s3: S3Service;
}

export function createEventSources(host: SourceHost, messaging?: MessagingPort): EventSources {
  const permissions = new PermissionService(host);
  const elbv2 = new Elbv2Service(host, permissions);
  const apigatewayv2 = new ApiGatewayV2Service(host, permissions);
  return {
    permissions,
    elbv2,
    apigatewayv2,
    http: new HttpService(host, elbv2, apigatewayv2),
    eventbridge: new EventBridgeService(host, permissions, messaging),
    s3: new S3Service(host, permissions, messaging),
  };
}
