import { describe, expect, test } from "vitest";
import { action } from "@/lib/workspace/actions";
import { environmentArg, mirrorAction, mirrorCreateFunction, mirrorTrigger, routingConfigArg } from "@/lib/workspace/cli-mirror";
import { getPreset } from "@/lib/workspace/presets";
import { defaultScenario, type Scenario } from "@/lib/workspace/scenario";
import { shellQuote, shellSplit } from "@/lib/workspace/shell";

/** The argument list bash would see, and the value after a flag. */
function args(cmd: string): string[] {
  return shellSplit(cmd);
}
function flag(cmd: string, name: string): string | undefined {
  const a = args(cmd);
  const i = a.indexOf(name);
  return i >= 0 ? a[i + 1] : undefined;
}

const ctx = (scenario: Scenario = defaultScenario()) => ({ scenario, selectedEvent: scenario.testEvents[0]?.name });

describe("shell quoting", () => {
  test("quotes only what bash would mangle and round-trips quotes", () => {
    expect(shellQuote("index.handler")).toBe("index.handler");
    expect(shellQuote('{"a": "it\'s"}')).toBe(`'{"a": "it'\\''s"}'`);
    for (const s of ['{"a": "it\'s"}', "two words", "$HOME", "", "a\\b"]) expect(shellSplit(`x ${shellQuote(s)}`)).toEqual(["x", s]);
  });
});

describe("invoke", () => {
  test("a Test (synchronous) call sends the selected event raw, with the log tail", () => {
    const [cmd] = mirrorAction(action({ type: "invoke", invocationType: "RequestResponse" }), ctx());
    expect(args(cmd).slice(0, 3)).toEqual(["aws", "lambda", "invoke"]);
    expect(flag(cmd, "--function-name")).toBe("my-function");
    expect(flag(cmd, "--cli-binary-format")).toBe("raw-in-base64-out");
    expect(flag(cmd, "--log-type")).toBe("Tail");
    expect(JSON.parse(flag(cmd, "--payload")!)).toEqual({ key1: "value1", key2: "value2", key3: "value3" });
    expect(args(cmd).at(-1)).toBe("response.json");
    expect(args(cmd)).not.toContain("--invocation-type");
  });

  test("an asynchronous call says --invocation-type Event and a qualifier when given", () => {
    const [cmd] = mirrorAction(action({ type: "invoke", invocationType: "Event", qualifier: "live" }), ctx());
    expect(flag(cmd, "--invocation-type")).toBe("Event");
    expect(flag(cmd, "--qualifier")).toBe("live");
    expect(args(cmd)).not.toContain("--log-type");
  });

  test("a payload with quotes survives the shell", () => {
    const s = defaultScenario();
    s.testEvents = [{ name: "quote", payload: `{"text": "it's \\"fine\\""}` }];
    const [cmd] = mirrorAction(action({ type: "invoke", event: "quote" }), ctx(s));
    expect(JSON.parse(flag(cmd, "--payload")!)).toEqual({ text: `it's "fine"` });
  });

  test("a long event goes through a file", () => {
    const s = defaultScenario();
    s.testEvents = [{ name: "big", payload: JSON.stringify({ data: "x".repeat(600) }) }];
    const cmds = mirrorAction(action({ type: "invoke", event: "big" }), ctx(s));
    expect(cmds[0]).toContain("cat > event.json <<'EOF'");
    expect(flag(cmds[1], "--payload")).toBe("file://event.json");
  });

  test("a burst is a loop of background calls", () => {
    const [cmd] = mirrorAction(action({ type: "burst", count: 100, invocationType: "Event", spreadMs: 10_000 }), ctx());
    expect(cmd).toMatch(/^# 100 asynchronous invocations over 10 s:\nfor i in \$\(seq 1 100\); do\n {2}aws lambda invoke/);
    expect(cmd).toContain("sleep 0.100");
    expect(cmd).toMatch(/&\n {2}sleep 0\.100\ndone\nwait$/);
  });
});

describe("versions, aliases, concurrency, async settings", () => {
  test("publish-version and create-alias with weighted routing", () => {
    const [pub] = mirrorAction(action({ type: "publishVersion", description: "v2 canary" }), ctx());
    expect(args(pub)).toEqual(["aws", "lambda", "publish-version", "--function-name", "my-function", "--description", "v2 canary"]);
    const [alias] = mirrorAction(
      action({ type: "createAlias", name: "live", functionVersion: "1", additionalVersion: "2", additionalWeight: 0.1 }),
      ctx(),
    );
    expect(args(alias)).toEqual([
      "aws", "lambda", "create-alias", "--function-name", "my-function", "--name", "live", "--function-version", "1",
      "--routing-config", 'AdditionalVersionWeights={"2"=0.1}',
    ]);
    expect(routingConfigArg(undefined, undefined)).toBeNull();
    const [update] = mirrorAction(action({ type: "updateAlias", name: "live", functionVersion: "2" }), ctx());
    expect(flag(update, "--routing-config")).toBe("AdditionalVersionWeights={}");
  });

  test("reserved concurrency and the asynchronous configuration", () => {
    const [put] = mirrorAction(action({ type: "putFunctionConcurrency", reserved: 5 }), ctx());
    expect(args(put)).toEqual(["aws", "lambda", "put-function-concurrency", "--function-name", "my-function", "--reserved-concurrent-executions", "5"]);
    const [del] = mirrorAction(action({ type: "deleteFunctionConcurrency" }), ctx());
    expect(args(del)).toEqual(["aws", "lambda", "delete-function-concurrency", "--function-name", "my-function"]);
    const [cfg] = mirrorAction(
      action({ type: "putFunctionEventInvokeConfig", maximumRetryAttempts: 0, maximumEventAgeInSeconds: 3600, onFailure: { kind: "sqs", name: "failed" } }),
      ctx(),
    );
    expect(flag(cfg, "--maximum-retry-attempts")).toBe("0");
    expect(flag(cfg, "--maximum-event-age-in-seconds")).toBe("3600");
    expect(JSON.parse(flag(cfg, "--destination-config")!)).toEqual({ OnFailure: { Destination: "arn:aws:sqs:us-east-1:123456789012:failed" } });
  });

  test("simulator-only actions are comments that say what AWS does instead", () => {
    expect(mirrorAction(action({ type: "advanceBy", ms: 60_000 }), ctx())).toEqual([
      "# Simulator only: move the virtual clock 1 min ahead. In AWS, time simply passes.",
    ]);
    expect(mirrorAction(action({ type: "runUntilIdle" }), ctx())[0]).toMatch(/^# Simulator only/);
  });
});

describe("creating the function", () => {
  test("zips the files and passes every setting, with the DLQ created first", () => {
    const s = getPreset("async-retries-dlq").scenario;
    s.config.Environment = { STAGE: "dev", GREETING: "hello world" };
    const cmds = mirrorCreateFunction(s);
    expect(args(cmds[0])).toEqual(["aws", "sqs", "create-queue", "--queue-name", "charge-order-dlq"]);
    expect(args(cmds.find((c) => c.startsWith("zip"))!)).toEqual(["zip", "function.zip", "index.mjs"]);
    const create = cmds.find((c) => c.includes("create-function"))!;
    expect(flag(create, "--zip-file")).toBe("fileb://function.zip");
    expect(flag(create, "--runtime")).toBe("nodejs22.x");
    expect(flag(create, "--role")).toBe("arn:aws:iam::123456789012:role/charge-order-role");
    expect(flag(create, "--dead-letter-config")).toBe("TargetArn=arn:aws:sqs:us-east-1:123456789012:charge-order-dlq");
    expect(JSON.parse(flag(create, "--environment")!)).toEqual({ Variables: { STAGE: "dev", GREETING: "hello world" } });
  });

  test("environment shorthand when values allow it", () => {
    expect(environmentArg({ TABLE: "orders", STAGE: "prod" })).toBe("Variables={TABLE=orders,STAGE=prod}");
    expect(environmentArg({ LIST: "a,b" })).toBe('{"Variables":{"LIST":"a,b"}}');
  });

  test("reserved concurrency follows create-function when set", () => {
    const cmds = mirrorCreateFunction(getPreset("reserved-concurrency-throttling").scenario);
    expect(cmds.some((c) => flag(c, "--reserved-concurrent-executions") === "2")).toBe(true);
  });
});

describe("triggers", () => {
  test("SQS: the queue with its redrive policy, then a mapping with ReportBatchItemFailures", () => {
    const s = getPreset("sqs-partial-batch").scenario;
    const cmds = mirrorTrigger(s.triggers[0], 0, s);
    expect(args(cmds[0])).toEqual(["aws", "sqs", "create-queue", "--queue-name", "orders-dlq"]);
    const attributes = JSON.parse(flag(cmds[1], "--attributes")!);
    expect(attributes.VisibilityTimeout).toBe("30");
    expect(JSON.parse(attributes.RedrivePolicy)).toEqual({ deadLetterTargetArn: "arn:aws:sqs:us-east-1:123456789012:orders-dlq", maxReceiveCount: "3" });
    const mapping = cmds.find((c) => c.includes("create-event-source-mapping"))!;
    expect(flag(mapping, "--event-source-arn")).toBe("arn:aws:sqs:us-east-1:123456789012:orders");
    expect(flag(mapping, "--function-response-types")).toBe("ReportBatchItemFailures");
    expect(cmds.some((c) => c.startsWith("aws lambda add-permission"))).toBe(false);
  });

  test("ALB: target group of type lambda, permission for elasticloadbalancing, rule with the path", () => {
    const s = getPreset("alb-hello-world").scenario;
    const cmds = mirrorTrigger(s.triggers[0], 0, s);
    const text = cmds.join("\n");
    expect(text).toContain("--target-type lambda");
    expect(text).toContain("--principal elasticloadbalancing.amazonaws.com");
    expect(text).toContain('--source-arn "$TG_ARN"');
    expect(text).toContain("--conditions Field=path-pattern,Values=/hello");
    expect(text).toContain('--actions "Type=forward,TargetGroupArn=$TG_ARN"');
  });

  test("S3, SNS and schedules grant their service principal", () => {
    const s = defaultScenario();
    const s3 = mirrorTrigger({ type: "s3", bucket: "uploads", events: ["s3:ObjectCreated:*"], prefix: "in/", suffix: "" }, 0, s).join("\n");
    expect(s3).toContain("--principal s3.amazonaws.com");
    expect(s3).toContain('"FilterRules":[{"Name":"prefix","Value":"in/"}]');
    const sns = mirrorTrigger({ type: "sns", topicName: "orders" }, 0, s).join("\n");
    expect(sns).toContain("--protocol lambda");
    const rule = mirrorTrigger({ type: "schedule", ruleName: "tick", expression: "rate(5 minutes)" }, 0, s).join("\n");
    expect(rule).toContain("--schedule-expression 'rate(5 minutes)'");
    expect(rule).toContain("--principal events.amazonaws.com");
  });

  test("messages numbered with {n} expand the loop variable", () => {
    const [cmd] = mirrorAction(action({ type: "sqsSendMessage", queueName: "orders", body: '{"id": {n}}', count: 3 }), ctx());
    expect(cmd).toContain(`--message-body '{"id": '"$i"'}'`);
    const [one] = mirrorAction(action({ type: "sqsSendMessage", queueName: "orders", body: '{"id": {n}}', count: 1 }), ctx());
    expect(flag(one, "--queue-url")).toBe("https://sqs.us-east-1.amazonaws.com/123456789012/orders");
    expect(flag(one, "--message-body")).toBe('{"id": 1}');
  });

  test("HTTP requests through a load balancer are curl commands", () => {
    const s = getPreset("alb-hello-world").scenario;
    const [cmd] = mirrorAction(action({ type: "httpRequest", trigger: 0, path: "/hello?name=Ada" }), { scenario: s, hosts: { 0: "hello-alb-99.us-east-1.elb.amazonaws.com" } });
    expect(args(cmd)).toEqual(["curl", "-i", "http://hello-alb-99.us-east-1.elb.amazonaws.com/hello?name=Ada"]);
  });
});
