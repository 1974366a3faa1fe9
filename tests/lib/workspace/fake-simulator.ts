import type { AwsRecord, SimulatorApi } from "@/lib/workspace/engine-port";

/**
 * A stand-in for the engine that records every call and answers like AWS would in shape only.
 * `invoke` answers are scripted per call; everything else succeeds.
 */
export function fakeSimulator(options: { invoke?: (input: AwsRecord, n: number) => AwsRecord | Error; events?: boolean } = {}) {
  const calls: { op: string; input: unknown }[] = [];
  let versions = 0;
  let invocations = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const op =
    (name: string, answer: (input: AwsRecord) => AwsRecord = () => ({})) =>
    async (input: AwsRecord) => {
      calls.push({ op: name, input });
      return answer(input);
    };
  const sim: SimulatorApi = {
    lambda: {
      createFunction: op("lambda.createFunction", (i) => ({ FunctionName: i.FunctionName, Version: "$LATEST" })),
      updateFunctionCode: op("lambda.updateFunctionCode"),
      updateFunctionConfiguration: op("lambda.updateFunctionConfiguration"),
      publishVersion: op("lambda.publishVersion", () => ({ Version: String(++versions) })),
      createAlias: op("lambda.createAlias"),
      updateAlias: op("lambda.updateAlias"),
      putFunctionConcurrency: op("lambda.putFunctionConcurrency"),
      deleteFunctionConcurrency: op("lambda.deleteFunctionConcurrency"),
      putFunctionEventInvokeConfig: op("lambda.putFunctionEventInvokeConfig"),
      invoke: async (input) => {
        calls.push({ op: "lambda.invoke", input });
        const n = invocations++;
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await Promise.resolve();
        await Promise.resolve();
        inFlight--;
        const out = options.invoke?.(input, n) ?? { StatusCode: input.InvocationType === "Event" ? 202 : 200, Payload: "null", ExecutedVersion: "$LATEST" };
        if (out instanceof Error) throw out;
        return out;
      },
      ...(options.events
        ? { addPermission: op("lambda.addPermission"), createEventSourceMapping: op("lambda.createEventSourceMapping") }
        : {}),
    },
    sqs: {
      createQueue: op("sqs.createQueue", (i) => ({ QueueUrl: `https://sqs.us-east-1.amazonaws.com/123456789012/${String(i.QueueName)}` })),
      getQueueAttributes: op("sqs.getQueueAttributes"),
      sendMessage: op("sqs.sendMessage"),
    },
    sns: { createTopic: op("sns.createTopic"), subscribe: op("sns.subscribe"), publish: op("sns.publish") },
    ...(options.events
      ? {
          elbv2: {
            createLoadBalancer: op("elbv2.createLoadBalancer", () => ({ LoadBalancers: [{ LoadBalancerArn: "lb-arn", DNSName: "hello-alb-1.us-east-1.elb.amazonaws.com" }] })),
            createTargetGroup: op("elbv2.createTargetGroup", () => ({ TargetGroups: [{ TargetGroupArn: "tg-arn" }] })),
            registerTargets: op("elbv2.registerTargets"),
            createListener: op("elbv2.createListener", () => ({ Listeners: [{ ListenerArn: "listener-arn" }] })),
            createRule: op("elbv2.createRule"),
            modifyTargetGroupAttributes: op("elbv2.modifyTargetGroupAttributes"),
          },
          http: {
            request: async (input: { url: string; method: string }) => {
              calls.push({ op: "http.request", input });
              return { status: 200, statusText: "OK", headers: {}, body: "Hello, Ada!\n" };
            },
          },
        }
      : {}),
    now: () => 0,
    advanceBy: async (ms) => void calls.push({ op: "advanceBy", input: ms }),
    runUntilIdle: async (o) => void calls.push({ op: "runUntilIdle", input: o }),
    logs: () => [],
    trace: () => (calls.push({ op: "trace", input: null }), []),
    metrics: () => ({}),
  };
  return { sim, calls, ops: () => calls.map((c) => c.op), maxInFlight: () => maxInFlight };
}
