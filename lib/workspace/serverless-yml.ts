import { queueArn, targetArn } from "./arns";
import { ACCOUNT_ID, REGION } from "./limits";
import type { Scenario } from "./scenario";

// The serverless.yml (Serverless Framework) that deploys the same function, shown next to the
// ALB preset and any scenario with triggers: the exam asks about this file, and seeing it beside
// the running function connects the two. Written by hand (no YAML library in the page bundle);
// tests parse it with a real YAML parser.

/** A YAML scalar: plain when unambiguous, otherwise JSON-style double quotes (valid YAML). */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  const plain = /^[A-Za-z_/$][A-Za-z0-9_./:${}()* -]*$/.test(value) && !/: |\s$|^(true|false|null|yes|no|on|off|~)$/i.test(value);
  return plain && !value.includes("#") ? value : JSON.stringify(value);
}

const SAMPLE_LISTENER_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:listener/app/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2`;

export function serverlessYml(s: Scenario): string {
  const c = s.config;
  const a = s.asyncConfig;
  const lines: string[] = [
    `service: ${yamlScalar(c.FunctionName)}`,
    `frameworkVersion: "4"`,
    "",
    "provider:",
    "  name: aws",
    `  runtime: ${c.Runtime}`,
    `  region: ${REGION}`,
    `  memorySize: ${c.MemorySize}`,
    `  timeout: ${c.Timeout}`,
  ];
  const httpApi = s.triggers.find((t) => t.type === "http-api");
  if (httpApi && httpApi.payloadFormatVersion === "1.0") lines.push("  httpApi:", `    payload: "1.0"`);
  lines.push("", "functions:", `  ${c.FunctionName.replace(/-/g, "")}:`, `    handler: ${yamlScalar(c.Handler)}`, `    name: ${yamlScalar(c.FunctionName)}`);
  if (c.Description) lines.push(`    description: ${yamlScalar(c.Description)}`);
  const env = Object.entries(c.Environment);
  if (env.length) {
    lines.push("    environment:");
    for (const [k, v] of env) lines.push(`      ${k}: ${yamlScalar(v)}`);
  }
  if (c.ReservedConcurrentExecutions !== null) lines.push(`    reservedConcurrency: ${c.ReservedConcurrentExecutions}`);
  if (a.MaximumRetryAttempts !== 2) lines.push(`    maximumRetryAttempts: ${a.MaximumRetryAttempts}`);
  if (a.MaximumEventAgeInSeconds !== 21_600) lines.push(`    maximumEventAge: ${a.MaximumEventAgeInSeconds}`);
  if (a.OnSuccess || a.OnFailure) {
    lines.push("    destinations:");
    if (a.OnSuccess) lines.push(`      onSuccess: ${targetArn(a.OnSuccess)}`);
    if (a.OnFailure) lines.push(`      onFailure: ${targetArn(a.OnFailure)}`);
  }
  if (c.DeadLetterTarget?.kind === "sns") {
    lines.push(`    onError: ${targetArn(c.DeadLetterTarget)}`);
  } else if (c.DeadLetterTarget?.kind === "sqs") {
    lines.push(
      `    # onError accepts only an SNS topic; the SQS dead-letter queue is set on the generated`,
      `    # CloudFormation resource instead (see resources.extensions below).`,
    );
  }
  if (s.triggers.length) lines.push("    events:");
  for (const t of s.triggers) {
    switch (t.type) {
      case "alb":
        lines.push(
          "      - alb:",
          "          # The listener must already exist (ALB, listener and default action are not created by this event).",
          `          listenerArn: ${SAMPLE_LISTENER_ARN}`,
          `          priority: ${t.priority}`,
          "          conditions:",
          `            path: ${yamlScalar(t.path)}`,
        );
        if (t.multiValueHeaders) lines.push("          multiValueHeaders: true");
        break;
      case "http-api":
        if (t.routeKey === "$default") lines.push(`      - httpApi: "*"`);
        else {
          const [method, path] = t.routeKey.split(" ");
          lines.push("      - httpApi:", `          method: ${method === "ANY" ? "\"*\"" : method}`, `          path: ${yamlScalar(path)}`);
        }
        break;
      case "sqs":
        lines.push("      - sqs:", `          arn: ${queueArn(t.queueName)}`, `          batchSize: ${t.batchSize}`);
        if (t.maximumBatchingWindowInSeconds) lines.push(`          maximumBatchingWindow: ${t.maximumBatchingWindowInSeconds}`);
        if (t.reportBatchItemFailures) lines.push("          functionResponseType: ReportBatchItemFailures");
        break;
      case "sns":
        lines.push(`      - sns: ${yamlScalar(t.topicName)}`);
        break;
      case "s3":
        lines.push("      - s3:", `          bucket: ${yamlScalar(t.bucket)}`, `          event: ${yamlScalar(t.events[0])}`);
        if (t.prefix || t.suffix) {
          lines.push("          rules:");
          if (t.prefix) lines.push(`            - prefix: ${yamlScalar(t.prefix)}`);
          if (t.suffix) lines.push(`            - suffix: ${yamlScalar(t.suffix)}`);
        }
        break;
      case "schedule":
        lines.push(`      - schedule: ${yamlScalar(t.expression)}`);
        break;
      case "eventbridge": {
        let pattern = t.pattern.trim();
        try {
          pattern = JSON.stringify(JSON.parse(pattern));
        } catch {
          // Shown as written: the Triggers panel reports the JSON error.
        }
        lines.push("      - eventBridge:", `          pattern: ${pattern}`);
        break;
      }
    }
  }
  const sqsTargets = [
    ...(c.DeadLetterTarget?.kind === "sqs" ? [c.DeadLetterTarget.name] : []),
    ...s.triggers.flatMap((t) => (t.type === "sqs" ? [t.queueName, ...(t.deadLetterQueueName ? [t.deadLetterQueueName] : [])] : [])),
  ];
  if (sqsTargets.length) {
    lines.push("", "resources:", "  Resources:");
    for (const name of [...new Set(sqsTargets)]) {
      const trigger = s.triggers.find((t) => t.type === "sqs" && t.queueName === name);
      lines.push(`    ${logicalId(name)}:`, "      Type: AWS::SQS::Queue", "      Properties:", `        QueueName: ${yamlScalar(name)}`);
      if (trigger?.type === "sqs") {
        lines.push(`        VisibilityTimeout: ${trigger.visibilityTimeout}`);
        if (trigger.deadLetterQueueName && trigger.maxReceiveCount !== null) {
          lines.push(
            "        RedrivePolicy:",
            `          deadLetterTargetArn: ${queueArn(trigger.deadLetterQueueName)}`,
            `          maxReceiveCount: ${trigger.maxReceiveCount}`,
          );
        }
      }
    }
    if (c.DeadLetterTarget?.kind === "sqs") {
      lines.push(
        "  extensions:",
        `    ${functionLogicalId(c.FunctionName)}:`,
        "      Properties:",
        "        DeadLetterConfig:",
        `          TargetArn: ${targetArn(c.DeadLetterTarget)}`,
      );
    }
  }
  return lines.join("\n") + "\n";
}

function logicalId(name: string): string {
  return name
    .split(/[-_]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("") + "Queue";
}

/** The Serverless Framework names a function's CloudFormation resource <Key>LambdaFunction. */
function functionLogicalId(functionName: string): string {
  const key = functionName.replace(/-/g, "");
  return key.charAt(0).toUpperCase() + key.slice(1) + "LambdaFunction";
}
