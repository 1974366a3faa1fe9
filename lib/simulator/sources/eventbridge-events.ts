import type { CodePipelineCloudWatchPipelineEvent, EventBridgeEvent, ScheduledEvent } from "aws-lambda";
import { AwsApiError } from "./aws-error";

/**
 * Events on an EventBridge bus: the envelope every event gets, the Scheduled Event a schedule
 * rule emits, a CodePipeline state change as an example of a service event, and PutEvents
 * entry validation with its per-entry error codes.
 */

export interface BusContext {
  id: string;
  time: number;
  account: string;
  region: string;
}

/** EventBridge times have whole seconds: `2026-01-01T10:00:00Z`. */
export function eventTime(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export function buildBusEvent<TDetailType extends string, TDetail>(
  ctx: BusContext,
  source: string,
  detailType: TDetailType,
  detail: TDetail,
  resources: string[] = [],
): EventBridgeEvent<TDetailType, TDetail> {
  return {
    version: "0",
    id: ctx.id,
    "detail-type": detailType,
    source,
    account: ctx.account,
    time: eventTime(ctx.time),
    region: ctx.region,
    resources,
    detail,
  };
}

export function buildScheduledEvent(ctx: BusContext, ruleArn: string): ScheduledEvent {
  return buildBusEvent(ctx, "aws.events", "Scheduled Event", {}, [ruleArn]) as ScheduledEvent;
}

export type PipelineState = "STARTED" | "SUCCEEDED" | "RESUMED" | "FAILED" | "CANCELED" | "SUPERSEDED" | "STOPPING" | "STOPPED";

export function buildCodePipelineStateChange(
  ctx: BusContext,
  pipeline: string,
  state: PipelineState,
  executionId: string,
  version = 1,
): CodePipelineCloudWatchPipelineEvent {
  return buildBusEvent(
    ctx,
    "aws.codepipeline",
    "CodePipeline Pipeline Execution State Change",
    { pipeline, version, state, "execution-id": executionId },
    [`arn:aws:codepipeline:${ctx.region}:${ctx.account}:${pipeline}`],
  ) as CodePipelineCloudWatchPipelineEvent;
}

export interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  Resources?: string[];
  EventBusName?: string;
  Time?: Date | number | string;
}

export type PutEventsResultEntry = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

export const PUT_EVENTS_MAX_ENTRIES = 10;
export const PUT_EVENTS_MAX_ENTRY_BYTES = 256 * 1024;

/** Whole-request checks: PutEvents rejects the call itself for these. */
export function validatePutEventsRequest(entries: unknown): asserts entries is PutEventsEntry[] {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new AwsApiError("ValidationException", "1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1", 400);
  }
  if (entries.length > PUT_EVENTS_MAX_ENTRIES) {
    throw new AwsApiError(
      "ValidationException",
      `1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length less than or equal to ${PUT_EVENTS_MAX_ENTRIES} (got ${entries.length}); split the call.`,
      400,
    );
  }
}

/**
 * Per-entry checks: a bad entry fails alone (FailedEntryCount), the others are still put.
 * Returns the parsed detail, or the error entry PutEvents reports.
 */
export function checkPutEventsEntry(entry: PutEventsEntry): { detail: unknown } | { ErrorCode: string; ErrorMessage: string } {
  if (typeof entry.Source !== "string" || entry.Source === "") {
    return { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Source is not valid. Reason: Source is a required argument." };
  }
  if (entry.Source.startsWith("aws.")) {
    return { ErrorCode: "NotAuthorizedForSourceException", ErrorMessage: `Not authorized for the source '${entry.Source}': sources starting with aws. are reserved for AWS services.` };
  }
  if (typeof entry.DetailType !== "string" || entry.DetailType === "") {
    return { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter DetailType is not valid. Reason: DetailType is a required argument." };
  }
  if (typeof entry.Detail !== "string" || entry.Detail === "") {
    return { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Detail is not valid. Reason: Detail is a required argument." };
  }
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail);
  } catch {
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
  }
  if (typeof detail !== "object" || detail === null || Array.isArray(detail)) {
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed: it must be a JSON object." };
  }
  const size = new TextEncoder().encode(entry.Source + entry.DetailType + entry.Detail + (entry.Resources ?? []).join("")).length;
  if (size > PUT_EVENTS_MAX_ENTRY_BYTES) {
    return { ErrorCode: "InvalidArgument", ErrorMessage: `Entry size ${size} bytes is over the 256 KB limit; put large payloads in S3 and send a reference.` };
  }
  return { detail };
}
