import type { S3Event, S3EventRecord } from "aws-lambda";
import { AwsApiError } from "./aws-error";

/**
 * S3 event notifications: the configuration PutBucketNotificationConfiguration accepts, which
 * configurations an object event triggers (event type with `*` wildcards, key prefix/suffix),
 * and the record S3 sends to Lambda.
 */

export const S3_EVENT_TYPES = [
  "s3:TestEvent",
  "s3:ObjectCreated:*",
  "s3:ObjectCreated:Put",
  "s3:ObjectCreated:Post",
  "s3:ObjectCreated:Copy",
  "s3:ObjectCreated:CompleteMultipartUpload",
  "s3:ObjectRemoved:*",
  "s3:ObjectRemoved:Delete",
  "s3:ObjectRemoved:DeleteMarkerCreated",
  "s3:ObjectRestore:*",
  "s3:ObjectRestore:Post",
  "s3:ObjectRestore:Completed",
  "s3:ObjectRestore:Delete",
  "s3:ReducedRedundancyLostObject",
  "s3:Replication:*",
  "s3:Replication:OperationFailedReplication",
  "s3:Replication:OperationMissedThreshold",
  "s3:Replication:OperationReplicatedAfterThreshold",
  "s3:Replication:OperationNotTracked",
  "s3:LifecycleExpiration:*",
  "s3:LifecycleExpiration:Delete",
  "s3:LifecycleExpiration:DeleteMarkerCreated",
  "s3:LifecycleTransition",
  "s3:IntelligentTiering",
  "s3:ObjectTagging:*",
  "s3:ObjectTagging:Put",
  "s3:ObjectTagging:Delete",
  "s3:ObjectAcl:Put",
] as const;

export interface S3FilterRule {
  Name: string;
  Value: string;
}

export interface LambdaFunctionConfiguration {
  Id?: string;
  LambdaFunctionArn: string;
  Events: string[];
  Filter?: { Key?: { FilterRules?: S3FilterRule[] } };
}

export interface QueueConfiguration {
  Id?: string;
  QueueArn: string;
  Events: string[];
  Filter?: { Key?: { FilterRules?: S3FilterRule[] } };
}

export interface TopicConfiguration {
  Id?: string;
  TopicArn: string;
  Events: string[];
  Filter?: { Key?: { FilterRules?: S3FilterRule[] } };
}

export interface NotificationConfiguration {
  LambdaFunctionConfigurations?: LambdaFunctionConfiguration[];
  QueueConfigurations?: QueueConfiguration[];
  TopicConfigurations?: TopicConfiguration[];
}

type AnyConfiguration = LambdaFunctionConfiguration | QueueConfiguration | TopicConfiguration;

const invalidArgument = (message: string) => new AwsApiError("InvalidArgument", message, 400);

interface KeyFilter {
  prefix: string;
  suffix: string;
}

function keyFilter(config: AnyConfiguration): KeyFilter {
  const filter: KeyFilter = { prefix: "", suffix: "" };
  const seen = new Set<string>();
  for (const rule of config.Filter?.Key?.FilterRules ?? []) {
    const name = String(rule.Name ?? "").toLowerCase();
    if (name !== "prefix" && name !== "suffix") {
      throw invalidArgument(`FilterRule name must be either prefix or suffix, not '${rule.Name}'.`);
    }
    if (seen.has(name)) throw invalidArgument(`Cannot specify more than one ${name} rule in a filter.`);
    seen.add(name);
    filter[name] = String(rule.Value ?? "");
  }
  return filter;
}

/** An event type a configuration lists covers the concrete event when equal or via `Type:*`. */
export function eventTypeMatches(configured: string, eventName: string): boolean {
  const full = eventName.startsWith("s3:") ? eventName : `s3:${eventName}`;
  if (configured === full) return true;
  return configured.endsWith(":*") && full.startsWith(configured.slice(0, -1));
}

function typesOverlap(a: string, b: string): boolean {
  return a === b || eventTypeMatches(a, b) || eventTypeMatches(b, a);
}

function filtersOverlap(a: KeyFilter, b: KeyFilter): boolean {
  const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return prefixes && suffixes;
}

function allConfigurations(config: NotificationConfiguration): AnyConfiguration[] {
  return [...(config.LambdaFunctionConfigurations ?? []), ...(config.QueueConfigurations ?? []), ...(config.TopicConfigurations ?? [])];
}

/** Throws InvalidArgument (400) as PutBucketNotificationConfiguration does. */
export function validateNotificationConfiguration(config: NotificationConfiguration): void {
  const entries = allConfigurations(config).map((c) => {
    if (!Array.isArray(c.Events) || c.Events.length === 0) throw invalidArgument("Each configuration needs at least one event type in Events, such as s3:ObjectCreated:*.");
    for (const e of c.Events) {
      if (!(S3_EVENT_TYPES as readonly string[]).includes(e)) {
        throw invalidArgument(`The event '${e}' is not supported for notifications; use a type such as s3:ObjectCreated:* or s3:ObjectRemoved:Delete.`);
      }
    }
    return { config: c, filter: keyFilter(c) };
  });
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const shared = entries[i].config.Events.some((a) => entries[j].config.Events.some((b) => typesOverlap(a, b)));
      if (shared && filtersOverlap(entries[i].filter, entries[j].filter)) {
        throw invalidArgument(
          "Configurations overlap. Configurations on the same bucket cannot share a common event type: give them non-overlapping prefix/suffix filters or different event types.",
        );
      }
    }
  }
}

/** Whether one configuration fires for an event (`ObjectCreated:Put`) on an object key (unencoded). */
export function configurationMatches(config: AnyConfiguration, eventName: string, key: string): boolean {
  if (!config.Events.some((e) => eventTypeMatches(e, eventName))) return false;
  const filter = keyFilter(config);
  return key.startsWith(filter.prefix) && key.endsWith(filter.suffix);
}

export interface S3ObjectEventInput {
  eventName: string; // "ObjectCreated:Put", without the "s3:" prefix, as the record spells it
  bucket: string;
  key: string;
  size?: number;
  eTag?: string;
  versionId?: string;
  sequencer: string;
  eventTime: number;
  region: string;
  accountId: string;
  configurationId: string;
  requestId: string;
  principalId?: string;
  sourceIp?: string;
}

/** Object keys in S3 event records are URL-encoded with spaces as '+'. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, "+").replace(/%2F/g, "/");
}

export function buildS3Record(input: S3ObjectEventInput): S3EventRecord {
  const principalId = input.principalId ?? `AWS:AIDAEXAMPLE${input.accountId.slice(-4)}`;
  const object: S3EventRecord["s3"]["object"] = {
    key: encodeS3EventKey(input.key),
    size: input.size ?? 0,
    eTag: input.eTag ?? "",
    sequencer: input.sequencer,
    ...(input.versionId ? { versionId: input.versionId } : {}),
  };
  if (input.eventName.startsWith("ObjectRemoved")) {
    // Delete events carry no size or ETag.
    delete (object as Partial<typeof object>).size;
    delete (object as Partial<typeof object>).eTag;
  }
  return {
    eventVersion: "2.1",
    eventSource: "aws:s3",
    awsRegion: input.region,
    eventTime: new Date(input.eventTime).toISOString(),
    eventName: input.eventName,
    userIdentity: { principalId },
    requestParameters: { sourceIPAddress: input.sourceIp ?? "203.0.113.10" },
    responseElements: {
      "x-amz-request-id": input.requestId,
      "x-amz-id-2": `${input.requestId}/simulated/${input.sequencer}`,
    },
    s3: {
      s3SchemaVersion: "1.0",
      configurationId: input.configurationId,
      bucket: { name: input.bucket, ownerIdentity: { principalId: principalId.replace(/^AWS:/, "") }, arn: `arn:aws:s3:::${input.bucket}` },
      object,
    },
  };
}

export function buildS3Event(input: S3ObjectEventInput): S3Event {
  return { Records: [buildS3Record(input)] };
}
