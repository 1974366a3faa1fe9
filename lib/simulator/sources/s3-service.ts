import { AwsApiError } from "./aws-error";
import { functionNameOf, randomHex, type SourceHost } from "./host";
import { md5Hex } from "./md5";
import type { MessagingPort } from "./messaging-port";
import { PermissionService } from "./permission-service";
import { buildS3Event, configurationMatches, validateNotificationConfiguration, type NotificationConfiguration } from "./s3-notifications";

/**
 * `sim.s3`: buckets, objects and event notifications. Notifications go out asynchronously after
 * the write, to Lambda (Event invocation, subject to the function's resource-based policy),
 * SQS or SNS.
 */

interface StoredObject {
  body: Uint8Array;
  contentType: string;
  eTag: string;
  lastModified: number;
}

interface Bucket {
  name: string;
  created: number;
  objects: Map<string, StoredObject>;
  notifications: NotificationConfiguration;
}

export class S3Service {
  private readonly buckets = new Map<string, Bucket>();
  private sequence = 0;

  constructor(
    private readonly host: SourceHost,
    private readonly permissions: PermissionService,
    private readonly messaging?: MessagingPort,
  ) {}

  private bucket(name: string | undefined): Bucket {
    const b = name ? this.buckets.get(name) : undefined;
    if (!b) throw new AwsApiError("NoSuchBucket", `The specified bucket does not exist: '${name}'. Create it with createBucket first.`, 404);
    return b;
  }

  createBucket(input: { Bucket?: string }): { Location: string } {
    const name = input.Bucket ?? "";
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) || name.includes("..") || /^\d+\.\d+\.\d+\.\d+$/.test(name)) {
      throw new AwsApiError("InvalidBucketName", `The specified bucket is not valid: '${name}'. Use 3-63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.`, 400);
    }
    if (this.buckets.has(name)) throw new AwsApiError("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", 409);
    this.buckets.set(name, { name, created: this.host.now(), objects: new Map(), notifications: {} });
    return { Location: `/${name}` };
  }

  putObject(input: { Bucket?: string; Key?: string; Body?: string | Uint8Array; ContentType?: string }): { ETag: string } {
    const bucket = this.bucket(input.Bucket);
    const key = input.Key;
    if (typeof key !== "string" || key === "" || new TextEncoder().encode(key).length > 1024) {
      throw new AwsApiError("InvalidArgument", "Key is required and may be at most 1024 bytes of UTF-8.", 400);
    }
    const body = typeof input.Body === "string" ? new TextEncoder().encode(input.Body) : (input.Body ?? new Uint8Array());
    const eTag = `"${md5Hex(body)}"`;
    bucket.objects.set(key, { body, contentType: input.ContentType ?? "binary/octet-stream", eTag, lastModified: this.host.now() });
    this.notify(bucket, "ObjectCreated:Put", key, body.length, eTag.slice(1, -1));
    return { ETag: eTag };
  }

  getObject(input: { Bucket?: string; Key?: string }) {
    const bucket = this.bucket(input.Bucket);
    const object = input.Key !== undefined ? bucket.objects.get(input.Key) : undefined;
    if (!object) throw new AwsApiError("NoSuchKey", "The specified key does not exist.", 404);
    const text = new TextDecoder().decode(object.body);
    return {
      Body: { transformToString: async () => text, transformToByteArray: async () => object.body.slice() },
      ContentType: object.contentType,
      ContentLength: object.body.length,
      ETag: object.eTag,
      LastModified: new Date(object.lastModified),
    };
  }

  deleteObject(input: { Bucket?: string; Key?: string }): Record<string, never> {
    const bucket = this.bucket(input.Bucket);
    // Deleting a missing key succeeds in S3 and still emits the event.
    if (input.Key !== undefined) {
      bucket.objects.delete(input.Key);
      this.notify(bucket, "ObjectRemoved:Delete", input.Key);
    }
    return {};
  }

  listObjectsV2(input: { Bucket?: string; Prefix?: string }) {
    const bucket = this.bucket(input.Bucket);
    const keys = [...bucket.objects.keys()].filter((k) => k.startsWith(input.Prefix ?? "")).sort();
    return { KeyCount: keys.length, Contents: keys.map((Key) => ({ Key, Size: bucket.objects.get(Key)!.body.length, ETag: bucket.objects.get(Key)!.eTag })) };
  }

  /**
   * Validates like S3: event types, filters, overlap, and that every Lambda destination lets
   * s3.amazonaws.com invoke it for this bucket ("Unable to validate the following destination
   * configurations").
   */
  putBucketNotificationConfiguration(input: { Bucket?: string; NotificationConfiguration?: NotificationConfiguration }): Record<string, never> {
    const bucket = this.bucket(input.Bucket);
    const config = input.NotificationConfiguration ?? {};
    validateNotificationConfiguration(config);
    const lambdaConfigs = (config.LambdaFunctionConfigurations ?? []).map((c) => ({ ...c, LambdaFunctionArn: this.host.functionArn(c.LambdaFunctionArn) }));
    for (const c of lambdaConfigs) {
      const decision = this.permissions.check(c.LambdaFunctionArn, { principal: "s3.amazonaws.com", sourceArn: `arn:aws:s3:::${bucket.name}`, sourceAccount: this.host.accountId });
      if (!decision.allowed) {
        throw new AwsApiError("InvalidArgument", `Unable to validate the following destination configurations: ${c.LambdaFunctionArn}. ${decision.reason}`, 400);
      }
    }
    let n = 0;
    const withIds = <T extends { Id?: string }>(list: T[] | undefined) => list?.map((c) => ({ ...c, Id: c.Id ?? `notification-${++n}` }));
    bucket.notifications = {
      ...(lambdaConfigs.length ? { LambdaFunctionConfigurations: withIds(lambdaConfigs) } : {}),
      ...(config.QueueConfigurations?.length ? { QueueConfigurations: withIds(config.QueueConfigurations) } : {}),
      ...(config.TopicConfigurations?.length ? { TopicConfigurations: withIds(config.TopicConfigurations) } : {}),
    };
    return {};
  }

  getBucketNotificationConfiguration(input: { Bucket?: string }): NotificationConfiguration {
    return structuredClone(this.bucket(input.Bucket).notifications);
  }

  private notify(bucket: Bucket, eventName: string, key: string, size?: number, eTag?: string): void {
    const sequencer = (++this.sequence).toString(16).toUpperCase().padStart(18, "0");
    const base = {
      eventName,
      bucket: bucket.name,
      key,
      size,
      eTag,
      sequencer,
      eventTime: this.host.now(),
      region: this.host.region,
      accountId: this.host.accountId,
      requestId: randomHex(this.host, 16).toUpperCase(),
    };
    const sourceArn = `arn:aws:s3:::${bucket.name}`;
    for (const c of bucket.notifications.LambdaFunctionConfigurations ?? []) {
      if (!configurationMatches(c, eventName, key)) continue;
      const functionName = functionNameOf(c.LambdaFunctionArn);
      const payload = JSON.stringify(buildS3Event({ ...base, configurationId: c.Id! }));
      if (!this.permissions.check(c.LambdaFunctionArn, { principal: "s3.amazonaws.com", sourceArn, sourceAccount: this.host.accountId }).allowed) {
        this.host.trace({ kind: "s3.notification.failed", functionName, bucket: bucket.name, key, eventName });
        continue;
      }
      this.host.trace({ kind: "s3.notification", functionName, bucket: bucket.name, key, eventName });
      const source = { label: "s3", principal: "s3.amazonaws.com", sourceArn, sourceAccount: this.host.accountId };
      this.host.invoke({ FunctionName: c.LambdaFunctionArn, InvocationType: "Event", Payload: payload, source }, (result) => {
        if (result.kind === "rejected") {
          this.host.trace({ kind: "s3.notification.failed", functionName, bucket: bucket.name, key, reason: `${result.error.name}: ${result.error.message}` });
        }
      });
    }
    for (const c of [...(bucket.notifications.QueueConfigurations ?? []), ...(bucket.notifications.TopicConfigurations ?? [])]) {
      if (!configurationMatches(c, eventName, key)) continue;
      const arn = "QueueArn" in c ? c.QueueArn : c.TopicArn;
      const payload = JSON.stringify(buildS3Event({ ...base, configurationId: c.Id! }));
      this.host.trace({ kind: "s3.notification", bucket: bucket.name, key, eventName, destination: arn });
      if (!this.messaging) continue;
      const delivered = this.messaging.deliver(arn, payload, { principal: "s3.amazonaws.com", sourceArn, subject: "Amazon S3 Notification" });
      if (!delivered.ok) this.host.trace({ kind: "s3.notification.failed", bucket: bucket.name, key, destination: arn, reason: delivered.error });
    }
  }
}
