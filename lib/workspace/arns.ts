import { ACCOUNT_ID, REGION } from "./limits";
import type { Target } from "./scenario";

// ARNs and URLs in AWS's formats for the simulated account, so the CLI mirror and the engine
// agree on names (the contract: "ARNs follow AWS formats with the simulator's region and account id").

export type Account = { region: string; accountId: string };
export const SIMULATED_ACCOUNT: Account = { region: REGION, accountId: ACCOUNT_ID };

export function functionArn(name: string, qualifier?: string, a: Account = SIMULATED_ACCOUNT): string {
  return `arn:aws:lambda:${a.region}:${a.accountId}:function:${name}${qualifier ? `:${qualifier}` : ""}`;
}

export function queueArn(name: string, a: Account = SIMULATED_ACCOUNT): string {
  return `arn:aws:sqs:${a.region}:${a.accountId}:${name}`;
}

export function queueUrl(name: string, a: Account = SIMULATED_ACCOUNT): string {
  return `https://sqs.${a.region}.amazonaws.com/${a.accountId}/${name}`;
}

export function topicArn(name: string, a: Account = SIMULATED_ACCOUNT): string {
  return `arn:aws:sns:${a.region}:${a.accountId}:${name}`;
}

export function bucketArn(bucket: string): string {
  return `arn:aws:s3:::${bucket}`;
}

export function ruleArn(name: string, a: Account = SIMULATED_ACCOUNT): string {
  return `arn:aws:events:${a.region}:${a.accountId}:rule/${name}`;
}

export function roleArn(functionName: string, a: Account = SIMULATED_ACCOUNT): string {
  return `arn:aws:iam::${a.accountId}:role/${functionName}-role`;
}

export function targetArn(t: Target, a: Account = SIMULATED_ACCOUNT): string {
  return t.kind === "sqs" ? queueArn(t.name, a) : topicArn(t.name, a);
}
