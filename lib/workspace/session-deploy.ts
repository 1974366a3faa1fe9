import { functionArn, queueArn, roleArn, ruleArn, targetArn, topicArn, bucketArn } from "./arns";
import type { AwsRecord, SimulatorApi } from "./engine-port";
import { ACCOUNT_ID } from "./limits";
import type { FunctionConfig, Scenario, Target } from "./scenario";
import { TRIGGER_LABELS, TRIGGER_SERVICE, type Trigger } from "./triggers";

// Creating the scenario's resources in the simulator, in the order AWS needs them: queues and
// topics first (the function's DLQ must exist), then the function and its settings, then each
// trigger with its permission. Unsupported trigger types are skipped with a plain reason.

export class TriggerUnavailableError extends Error {
  constructor(readonly trigger: Trigger) {
    super(
      `${TRIGGER_LABELS[trigger.type]} triggers are not available in this version of the simulator yet (they arrive with the event sources work). The function itself runs; test it with a saved event instead.`,
    );
    this.name = "TriggerUnavailableError";
  }
}

export type DeployedTrigger = { trigger: Trigger; host?: string; skipped?: string };

export type DeployState = {
  functionName: string;
  files: string;
  config: string;
  asyncConfig: string;
  reserved: number | null;
  targets: Set<string>;
  triggers: DeployedTrigger[];
  queueUrls: Map<string, string>;
};

export function filesKey(s: Scenario): string {
  return JSON.stringify(s.files.map((f) => [f.path, f.content]));
}

/** Only what updateFunctionConfiguration changes (reserved concurrency has its own call). */
export function configKey(c: FunctionConfig): string {
  return JSON.stringify([c.Runtime, c.Handler, c.MemorySize, c.Timeout, c.Description, c.Environment, c.DeadLetterTarget]);
}

export function zipFile(s: Scenario): Record<string, string> {
  return Object.fromEntries(s.files.map((f) => [f.path, f.content]));
}

export function functionConfigInput(c: FunctionConfig): AwsRecord {
  return {
    Runtime: c.Runtime,
    Handler: c.Handler,
    MemorySize: c.MemorySize,
    Timeout: c.Timeout,
    Description: c.Description,
    Environment: { Variables: { ...c.Environment } },
    DeadLetterConfig: c.DeadLetterTarget ? { TargetArn: targetArn(c.DeadLetterTarget) } : {},
  };
}

export function destinationInput(onSuccess: Target | null, onFailure: Target | null): AwsRecord {
  return {
    ...(onSuccess ? { OnSuccess: { Destination: targetArn(onSuccess) } } : {}),
    ...(onFailure ? { OnFailure: { Destination: targetArn(onFailure) } } : {}),
  };
}

export async function ensureTarget(sim: SimulatorApi, state: Pick<DeployState, "targets" | "queueUrls">, t: Target) {
  const key = `${t.kind}:${t.name}`;
  if (state.targets.has(key)) return;
  if (t.kind === "sqs") {
    if (!sim.sqs) throw new Error("This simulator has no SQS yet, so an SQS dead-letter queue or destination cannot be created.");
    const out = await sim.sqs.createQueue({ QueueName: t.name });
    if (typeof out.QueueUrl === "string") state.queueUrls.set(t.name, out.QueueUrl);
  } else {
    if (!sim.sns) throw new Error("This simulator has no SNS yet, so an SNS dead-letter topic or destination cannot be created.");
    await sim.sns.createTopic({ Name: t.name });
  }
  state.targets.add(key);
}

export async function createFunction(sim: SimulatorApi, s: Scenario): Promise<DeployState> {
  const c = s.config;
  const state: DeployState = {
    functionName: c.FunctionName,
    files: filesKey(s),
    config: configKey(c),
    asyncConfig: JSON.stringify(s.asyncConfig),
    reserved: c.ReservedConcurrentExecutions,
    targets: new Set(),
    triggers: [],
    queueUrls: new Map(),
  };
  for (const t of [c.DeadLetterTarget, s.asyncConfig.OnSuccess, s.asyncConfig.OnFailure]) {
    if (t) await ensureTarget(sim, state, t);
  }
  await sim.lambda.createFunction({
    FunctionName: c.FunctionName,
    Role: roleArn(c.FunctionName),
    Code: { ZipFile: zipFile(s) },
    ...functionConfigInput(c),
  });
  if (c.ReservedConcurrentExecutions !== null) {
    await sim.lambda.putFunctionConcurrency({ FunctionName: c.FunctionName, ReservedConcurrentExecutions: c.ReservedConcurrentExecutions });
  }
  const a = s.asyncConfig;
  if (a.MaximumRetryAttempts !== 2 || a.MaximumEventAgeInSeconds !== 21_600 || a.OnSuccess || a.OnFailure) {
    await sim.lambda.putFunctionEventInvokeConfig({
      FunctionName: c.FunctionName,
      MaximumRetryAttempts: a.MaximumRetryAttempts,
      MaximumEventAgeInSeconds: a.MaximumEventAgeInSeconds,
      DestinationConfig: destinationInput(a.OnSuccess, a.OnFailure),
    });
  }
  for (const trigger of s.triggers) state.triggers.push(await attachTrigger(sim, s, state, trigger, capabilitiesOf(sim)));
  return state;
}

function capabilitiesOf(sim: SimulatorApi): Set<string> {
  const caps = new Set<string>();
  if (sim.sqs && sim.lambda.createEventSourceMapping) caps.add("sqs-event-source-mapping");
  if (sim.sns && sim.lambda.addPermission) caps.add("sns");
  if (sim.s3 && sim.lambda.addPermission) caps.add("s3");
  if (sim.eventbridge && sim.lambda.addPermission) caps.add("eventbridge");
  if (sim.elbv2 && sim.http && sim.lambda.addPermission) caps.add("elbv2");
  if (sim.apigatewayv2 && sim.http && sim.lambda.addPermission) caps.add("apigatewayv2");
  return caps;
}

function first(out: AwsRecord, list: string): AwsRecord {
  const items = out[list];
  return Array.isArray(items) && items[0] && typeof items[0] === "object" ? (items[0] as AwsRecord) : {};
}

/** Creates one trigger's resources and wiring; records why when the engine cannot. */
export async function attachTrigger(
  sim: SimulatorApi,
  s: Scenario,
  state: Pick<DeployState, "targets" | "queueUrls">,
  trigger: Trigger,
  caps: Set<string> = capabilitiesOf(sim),
): Promise<DeployedTrigger> {
  if (!caps.has(TRIGGER_SERVICE[trigger.type])) return { trigger, skipped: new TriggerUnavailableError(trigger).message };
  const fn = s.config.FunctionName;
  const fnArn = functionArn(fn);
  const permit = (id: string, principal: string, sourceArn: string, sourceAccount?: string) =>
    sim.lambda.addPermission!({
      FunctionName: fn,
      StatementId: id,
      Action: "lambda:InvokeFunction",
      Principal: principal,
      SourceArn: sourceArn,
      ...(sourceAccount ? { SourceAccount: sourceAccount } : {}),
    });
  switch (trigger.type) {
    case "sqs": {
      const attributes: Record<string, string> = { VisibilityTimeout: String(trigger.visibilityTimeout) };
      if (trigger.deadLetterQueueName && trigger.maxReceiveCount !== null) {
        await ensureTarget(sim, state, { kind: "sqs", name: trigger.deadLetterQueueName });
        attributes.RedrivePolicy = JSON.stringify({
          deadLetterTargetArn: queueArn(trigger.deadLetterQueueName),
          maxReceiveCount: String(trigger.maxReceiveCount),
        });
      }
      const out = await sim.sqs!.createQueue({ QueueName: trigger.queueName, Attributes: attributes });
      if (typeof out.QueueUrl === "string") state.queueUrls.set(trigger.queueName, out.QueueUrl);
      state.targets.add(`sqs:${trigger.queueName}`);
      await sim.lambda.createEventSourceMapping!({
        FunctionName: fn,
        EventSourceArn: queueArn(trigger.queueName),
        BatchSize: trigger.batchSize,
        MaximumBatchingWindowInSeconds: trigger.maximumBatchingWindowInSeconds,
        ...(trigger.reportBatchItemFailures ? { FunctionResponseTypes: ["ReportBatchItemFailures"] } : {}),
      });
      return { trigger };
    }
    case "sns":
      await ensureTarget(sim, state, { kind: "sns", name: trigger.topicName });
      await permit(`sns-${trigger.topicName}`, "sns.amazonaws.com", topicArn(trigger.topicName));
      await sim.sns!.subscribe({ TopicArn: topicArn(trigger.topicName), Protocol: "lambda", Endpoint: fnArn });
      return { trigger };
    case "s3": {
      await sim.s3!.createBucket({ Bucket: trigger.bucket });
      await permit(`s3-${trigger.bucket}`, "s3.amazonaws.com", bucketArn(trigger.bucket), ACCOUNT_ID);
      const rules = [
        ...(trigger.prefix ? [{ Name: "prefix", Value: trigger.prefix }] : []),
        ...(trigger.suffix ? [{ Name: "suffix", Value: trigger.suffix }] : []),
      ];
      await sim.s3!.putBucketNotificationConfiguration({
        Bucket: trigger.bucket,
        NotificationConfiguration: {
          LambdaFunctionConfigurations: [
            { LambdaFunctionArn: fnArn, Events: trigger.events, ...(rules.length ? { Filter: { Key: { FilterRules: rules } } } : {}) },
          ],
        },
      });
      return { trigger };
    }
    case "schedule":
    case "eventbridge":
      await sim.eventbridge!.putRule({
        Name: trigger.ruleName,
        ...(trigger.type === "schedule" ? { ScheduleExpression: trigger.expression } : { EventPattern: trigger.pattern }),
      });
      await permit(`events-${trigger.ruleName}`, "events.amazonaws.com", ruleArn(trigger.ruleName));
      await sim.eventbridge!.putTargets({ Rule: trigger.ruleName, Targets: [{ Id: fn, Arn: fnArn }] });
      return { trigger };
    case "alb": {
      const elb = sim.elbv2!;
      const lb = first(await elb.createLoadBalancer({ Name: trigger.loadBalancerName }), "LoadBalancers");
      const tg = first(await elb.createTargetGroup({ Name: `${trigger.loadBalancerName}-tg`, TargetType: "lambda" }), "TargetGroups");
      const tgArn = String(tg.TargetGroupArn);
      if (trigger.multiValueHeaders) {
        await elb.modifyTargetGroupAttributes({
          TargetGroupArn: tgArn,
          Attributes: [{ Key: "lambda.multi_value_headers.enabled", Value: "true" }],
        });
      }
      await permit(`alb-${trigger.loadBalancerName}`, "elasticloadbalancing.amazonaws.com", tgArn);
      await elb.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: fnArn }] });
      const listener = first(
        await elb.createListener({
          LoadBalancerArn: lb.LoadBalancerArn,
          Protocol: "HTTP",
          Port: 80,
          DefaultActions: [
            { Type: "fixed-response", FixedResponseConfig: { StatusCode: "404", ContentType: "text/plain", MessageBody: "Not found" } },
          ],
        }),
        "Listeners",
      );
      await elb.createRule({
        ListenerArn: listener.ListenerArn,
        Priority: trigger.priority,
        Conditions: [{ Field: "path-pattern", Values: [trigger.path] }],
        Actions: [{ Type: "forward", TargetGroupArn: tgArn }],
      });
      return { trigger, host: typeof lb.DNSName === "string" ? lb.DNSName : undefined };
    }
    case "http-api": {
      const gw = sim.apigatewayv2!;
      const api = await gw.createApi({ Name: trigger.apiName, ProtocolType: "HTTP" });
      const integration = await gw.createIntegration({
        ApiId: api.ApiId,
        IntegrationType: "AWS_PROXY",
        IntegrationUri: fnArn,
        PayloadFormatVersion: trigger.payloadFormatVersion,
      });
      await gw.createRoute({ ApiId: api.ApiId, RouteKey: trigger.routeKey, Target: `integrations/${String(integration.IntegrationId)}` });
      await permit(`apigateway-${trigger.apiName}`, "apigateway.amazonaws.com", `arn:aws:execute-api:us-east-1:${ACCOUNT_ID}:${String(api.ApiId)}/*`);
      const endpoint = typeof api.ApiEndpoint === "string" ? api.ApiEndpoint : "";
      return { trigger, host: endpoint.replace(/^https?:\/\//, "") || undefined };
    }
  }
}
