/** ARN formats the simulator uses, with its own Region and account id. */

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  resource: string;
}

export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return undefined;
  const [, partition, service, region, accountId, ...rest] = parts;
  if (!partition || !service) return undefined;
  return { partition, service, region, accountId, resource: rest.join(":") };
}

export function functionArn(region: string, accountId: string, name: string, qualifier?: string): string {
  return `arn:aws:lambda:${region}:${accountId}:function:${name}${qualifier ? `:${qualifier}` : ""}`;
}

export function queueArn(region: string, accountId: string, queueName: string): string {
  return `arn:aws:sqs:${region}:${accountId}:${queueName}`;
}

export function topicArn(region: string, accountId: string, topicName: string): string {
  return `arn:aws:sns:${region}:${accountId}:${topicName}`;
}

/** The service part of an ARN ("sqs", "sns", "lambda", "events", "s3"), or undefined. */
export function arnService(arn: string): string | undefined {
  return parseArn(arn)?.service;
}
