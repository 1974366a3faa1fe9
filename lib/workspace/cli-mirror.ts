import type { WorkspaceAction } from "./actions";
import { bucketArn, functionArn, queueArn, queueUrl, roleArn, ruleArn, targetArn, topicArn } from "./arns";
import { ACCOUNT_ID, REGION } from "./limits";
import type { Scenario, Target } from "./scenario";
import { command, raw, shellQuote, SWITCH, type Flag, type Raw } from "./shell";
import type { Trigger } from "./triggers";

// The CLI mirror: every workspace action as the `aws ...` command that does the same thing in a
// real account (AWS CLI v2). What the simulator does that AWS has no command for (moving virtual
// time, resetting the account) is printed as a comment that says what happens in AWS instead.

export type MirrorContext = {
  scenario: Scenario;
  /** The test event used when an action names none. */
  selectedEvent?: string;
  /** Hostnames the engine gave load balancers and APIs, by trigger index, when known. */
  hosts?: Readonly<Record<number, string>>;
};

const ZIP_NAME = "function.zip";

/** JSON text written compactly when it parses, else unchanged (the CLI sends it as is). */
function compactJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text.trim();
  }
}

function eventPayload(ctx: MirrorContext, name: string | undefined): string {
  const wanted = name ?? ctx.selectedEvent;
  const event = ctx.scenario.testEvents.find((e) => e.name === wanted) ?? ctx.scenario.testEvents[0];
  return event ? compactJson(event.payload) : "{}";
}

/** `--payload` inline when short, from a file when long (as one would type it). */
function payloadFlags(payload: string): { flags: Flag[]; prelude: string[] } {
  if (payload.length <= 400) return { flags: [["--payload", payload]], prelude: [] };
  return {
    flags: [["--payload", "file://event.json"]],
    prelude: [`# The event is long: save it as event.json first.\ncat > event.json <<'EOF'\n${payload}\nEOF`],
  };
}

const SHORTHAND_VALUE = /^[A-Za-z0-9_./:@-]*$/;

/** `Variables={A=1,B=2}` when every value is shorthand-safe, otherwise the JSON form. */
export function environmentArg(variables: Readonly<Record<string, string>>): string {
  const entries = Object.entries(variables);
  if (entries.every(([, v]) => SHORTHAND_VALUE.test(v) && v !== "")) {
    return `Variables={${entries.map(([k, v]) => `${k}=${v}`).join(",")}}`;
  }
  return JSON.stringify({ Variables: variables });
}

function destinationConfig(onSuccess: Target | null, onFailure: Target | null): string | null {
  if (!onSuccess && !onFailure) return null;
  return JSON.stringify({
    ...(onSuccess ? { OnSuccess: { Destination: targetArn(onSuccess) } } : {}),
    ...(onFailure ? { OnFailure: { Destination: targetArn(onFailure) } } : {}),
  });
}

/** `AdditionalVersionWeights={"2"=0.1}`: the shorthand AWS documents for create-alias. */
export function routingConfigArg(version: string | undefined, weight: number | undefined): string | null {
  if (version === undefined) return null;
  return `AdditionalVersionWeights={"${version}"=${weight ?? 0}}`;
}

function zipCommand(s: Scenario): string {
  return command("zip", [], [ZIP_NAME, ...s.files.map((f) => f.path)]);
}

function targetSetup(t: Target): string {
  return t.kind === "sqs"
    ? command("aws sqs create-queue", [["--queue-name", t.name]])
    : command("aws sns create-topic", [["--name", t.name]]);
}

/** Creating the function as the scenario describes it, with its queues, topics and settings. */
export function mirrorCreateFunction(s: Scenario): string[] {
  const c = s.config;
  const targets = [c.DeadLetterTarget, s.asyncConfig.OnSuccess, s.asyncConfig.OnFailure].filter(
    (t, i, all): t is Target => t !== null && all.findIndex((u) => u?.kind === t.kind && u?.name === t.name) === i,
  );
  const out = [
    ...targets.map(targetSetup),
    `# The execution role (${roleArn(c.FunctionName)}) must trust lambda.amazonaws.com and allow\n# logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents${targets.length ? ", plus sending to the queues and topics above" : ""}.`,
    zipCommand(s),
    command("aws lambda create-function", [
      ["--function-name", c.FunctionName],
      ["--runtime", c.Runtime],
      ["--handler", c.Handler],
      ["--role", roleArn(c.FunctionName)],
      ["--zip-file", `fileb://${ZIP_NAME}`],
      ["--memory-size", String(c.MemorySize)],
      ["--timeout", String(c.Timeout)],
      ["--description", c.Description || null],
      ["--environment", Object.keys(c.Environment).length ? environmentArg(c.Environment) : null],
      ["--dead-letter-config", c.DeadLetterTarget ? `TargetArn=${targetArn(c.DeadLetterTarget)}` : null],
    ]),
  ];
  if (c.ReservedConcurrentExecutions !== null) {
    out.push(
      command("aws lambda put-function-concurrency", [
        ["--function-name", c.FunctionName],
        ["--reserved-concurrent-executions", String(c.ReservedConcurrentExecutions)],
      ]),
    );
  }
  const a = s.asyncConfig;
  if (a.MaximumRetryAttempts !== 2 || a.MaximumEventAgeInSeconds !== 21_600 || a.OnSuccess || a.OnFailure) {
    out.push(
      command("aws lambda put-function-event-invoke-config", [
        ["--function-name", c.FunctionName],
        ["--maximum-retry-attempts", String(a.MaximumRetryAttempts)],
        ["--maximum-event-age-in-seconds", String(a.MaximumEventAgeInSeconds)],
        ["--destination-config", destinationConfig(a.OnSuccess, a.OnFailure)],
      ]),
    );
  }
  s.triggers.forEach((t, i) => out.push(...mirrorTrigger(t, i, s)));
  return out;
}

function addPermission(fn: string, id: string, principal: string, sourceArn: string | Raw, sourceAccount?: string): string {
  return command("aws lambda add-permission", [
    ["--function-name", fn],
    ["--statement-id", id],
    ["--action", "lambda:InvokeFunction"],
    ["--principal", principal],
    ["--source-arn", sourceArn],
    ["--source-account", sourceAccount ?? null],
  ]);
}

/** Attaching one trigger: the resources, the permission (or execution role) and the wiring. */
export function mirrorTrigger(t: Trigger, index: number, s: Scenario): string[] {
  const fn = s.config.FunctionName;
  const fnArn = functionArn(fn);
  switch (t.type) {
    case "sqs": {
      const attributes: Record<string, string> = { VisibilityTimeout: String(t.visibilityTimeout) };
      const out: string[] = [];
      if (t.deadLetterQueueName && t.maxReceiveCount !== null) {
        out.push(command("aws sqs create-queue", [["--queue-name", t.deadLetterQueueName]]));
        attributes.RedrivePolicy = JSON.stringify({
          deadLetterTargetArn: queueArn(t.deadLetterQueueName),
          maxReceiveCount: String(t.maxReceiveCount),
        });
      }
      out.push(
        command("aws sqs create-queue", [
          ["--queue-name", t.queueName],
          ["--attributes", JSON.stringify(attributes)],
        ]),
        "# Event source mappings use the execution role: allow sqs:ReceiveMessage, sqs:DeleteMessage\n# and sqs:GetQueueAttributes on the queue (no add-permission needed).",
        command("aws lambda create-event-source-mapping", [
          ["--function-name", fn],
          ["--event-source-arn", queueArn(t.queueName)],
          ["--batch-size", String(t.batchSize)],
          ["--maximum-batching-window-in-seconds", t.maximumBatchingWindowInSeconds ? String(t.maximumBatchingWindowInSeconds) : null],
          ["--function-response-types", t.reportBatchItemFailures ? "ReportBatchItemFailures" : null],
        ]),
      );
      return out;
    }
    case "sns":
      return [
        command("aws sns create-topic", [["--name", t.topicName]]),
        addPermission(fn, `sns-${t.topicName}`, "sns.amazonaws.com", topicArn(t.topicName)),
        command("aws sns subscribe", [
          ["--topic-arn", topicArn(t.topicName)],
          ["--protocol", "lambda"],
          ["--notification-endpoint", fnArn],
        ]),
      ];
    case "s3": {
      const rules = [
        ...(t.prefix ? [{ Name: "prefix", Value: t.prefix }] : []),
        ...(t.suffix ? [{ Name: "suffix", Value: t.suffix }] : []),
      ];
      const notification = {
        LambdaFunctionConfigurations: [
          { LambdaFunctionArn: fnArn, Events: t.events, ...(rules.length ? { Filter: { Key: { FilterRules: rules } } } : {}) },
        ],
      };
      return [
        command("aws s3api create-bucket", [["--bucket", t.bucket]]),
        addPermission(fn, `s3-${t.bucket}`, "s3.amazonaws.com", bucketArn(t.bucket), ACCOUNT_ID),
        command("aws s3api put-bucket-notification-configuration", [
          ["--bucket", t.bucket],
          ["--notification-configuration", JSON.stringify(notification)],
        ]),
      ];
    }
    case "schedule":
    case "eventbridge":
      return [
        command("aws events put-rule", [
          ["--name", t.ruleName],
          ["--schedule-expression", t.type === "schedule" ? t.expression : null],
          ["--event-pattern", t.type === "eventbridge" ? compactJson(t.pattern) : null],
        ]),
        addPermission(fn, `events-${t.ruleName}`, "events.amazonaws.com", ruleArn(t.ruleName)),
        command("aws events put-targets", [
          ["--rule", t.ruleName],
          ["--targets", `Id=${fn},Arn=${fnArn}`],
        ]),
      ];
    case "alb": {
      const tg = `${t.loadBalancerName}-tg${index ? index : ""}`;
      const TG = raw('"$TG_ARN"');
      return [
        "# A load balancer needs two subnets in different Availability Zones and a security group.",
        `LB_ARN=$(${command("aws elbv2 create-load-balancer", [
          ["--name", t.loadBalancerName],
          ["--subnets", raw("subnet-aaaa1111 subnet-bbbb2222")],
          ["--security-groups", "sg-0123456789abcdef0"],
          ["--query", "LoadBalancers[0].LoadBalancerArn"],
          ["--output", "text"],
        ])})`,
        `TG_ARN=$(${command("aws elbv2 create-target-group", [
          ["--name", tg],
          ["--target-type", "lambda"],
          ["--query", "TargetGroups[0].TargetGroupArn"],
          ["--output", "text"],
        ])})`,
        ...(t.multiValueHeaders
          ? [
              command("aws elbv2 modify-target-group-attributes", [
                ["--target-group-arn", TG],
                ["--attributes", "Key=lambda.multi_value_headers.enabled,Value=true"],
              ]),
            ]
          : []),
        addPermission(fn, `alb-${tg}`, "elasticloadbalancing.amazonaws.com", TG),
        command("aws elbv2 register-targets", [
          ["--target-group-arn", TG],
          ["--targets", `Id=${fnArn}`],
        ]),
        `LISTENER_ARN=$(${command("aws elbv2 create-listener", [
          ["--load-balancer-arn", raw('"$LB_ARN"')],
          ["--protocol", "HTTP"],
          ["--port", "80"],
          ["--default-actions", 'Type=fixed-response,FixedResponseConfig={StatusCode=404,ContentType=text/plain,MessageBody="Not found"}'],
          ["--query", "Listeners[0].ListenerArn"],
          ["--output", "text"],
        ])})`,
        command("aws elbv2 create-rule", [
          ["--listener-arn", raw('"$LISTENER_ARN"')],
          ["--priority", String(t.priority)],
          ["--conditions", `Field=path-pattern,Values=${t.path}`],
          ["--actions", raw('"Type=forward,TargetGroupArn=$TG_ARN"')],
        ]),
      ];
    }
    case "http-api": {
      const route = t.routeKey;
      const path = route === "$default" ? "*" : route.split(" ")[1];
      const method = route === "$default" ? "*" : route.split(" ")[0].replace("ANY", "*");
      const API = raw('"$API_ID"');
      return [
        `API_ID=$(${command("aws apigatewayv2 create-api", [
          ["--name", t.apiName],
          ["--protocol-type", "HTTP"],
          ["--query", "ApiId"],
          ["--output", "text"],
        ])})`,
        `INTEGRATION_ID=$(${command("aws apigatewayv2 create-integration", [
          ["--api-id", API],
          ["--integration-type", "AWS_PROXY"],
          ["--integration-uri", fnArn],
          ["--payload-format-version", t.payloadFormatVersion],
          ["--query", "IntegrationId"],
          ["--output", "text"],
        ])})`,
        command("aws apigatewayv2 create-route", [
          ["--api-id", API],
          ["--route-key", route],
          ["--target", raw('"integrations/$INTEGRATION_ID"')],
        ]),
        command("aws apigatewayv2 create-stage", [
          ["--api-id", API],
          ["--stage-name", "$default"],
          ["--auto-deploy", SWITCH],
        ]),
        addPermission(
          fn,
          `apigateway-${t.apiName}`,
          "apigateway.amazonaws.com",
          raw(`"arn:aws:execute-api:${REGION}:${ACCOUNT_ID}:$API_ID/*/${method}${path === "*" ? "" : path}"`),
        ),
      ];
    }
  }
}

function httpUrl(ctx: MirrorContext, index: number, path: string): string {
  const t = ctx.scenario.triggers[index];
  const host =
    ctx.hosts?.[index] ??
    (t?.type === "alb"
      ? `${t.loadBalancerName}-1234567890.${REGION}.elb.amazonaws.com`
      : `<api-id>.execute-api.${REGION}.amazonaws.com`);
  const scheme = t?.type === "alb" ? "http" : "https";
  return `${scheme}://${host}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The commands that do what one workspace action does. */
export function mirrorAction(action: WorkspaceAction, ctx: MirrorContext): string[] {
  const s = ctx.scenario;
  const fn = s.config.FunctionName;
  switch (action.type) {
    case "invoke": {
      if (action.invocationType === "DryRun") {
        return [
          command("aws lambda invoke", [
            ["--function-name", fn],
            ["--qualifier", action.qualifier ?? null],
            ["--invocation-type", "DryRun"],
          ], ["response.json"]),
        ];
      }
      const { flags, prelude } = payloadFlags(eventPayload(ctx, action.event));
      const sync = action.invocationType === "RequestResponse";
      return [
        ...prelude,
        command(
          "aws lambda invoke",
          [
            ["--function-name", fn],
            ["--qualifier", action.qualifier ?? null],
            ["--invocation-type", sync ? null : "Event"],
            ["--log-type", sync ? "Tail" : null],
            ["--cli-binary-format", "raw-in-base64-out"],
            ...flags,
          ],
          ["response.json"],
        ),
      ];
    }
    case "burst": {
      const { flags, prelude } = payloadFlags(eventPayload(ctx, action.event));
      const one = command(
        "aws lambda invoke",
        [
          ["--function-name", fn],
          ["--qualifier", action.qualifier ?? null],
          ["--invocation-type", action.invocationType === "Event" ? "Event" : null],
          ["--cli-binary-format", "raw-in-base64-out"],
          ...flags,
        ],
        ["/dev/null"],
      ).replace(/\n {2}/g, "\n    ");
      const pause = action.spreadMs > 0 && action.count > 1 ? (action.spreadMs / 1000 / action.count).toFixed(3) : null;
      return [
        ...prelude,
        `# ${action.count} ${action.invocationType === "Event" ? "asynchronous" : "synchronous"} invocations${pause ? ` over ${action.spreadMs / 1000} s` : " at once"}:\nfor i in $(seq 1 ${action.count}); do\n  ${one} > /dev/null &\n${pause ? `  sleep ${pause}\n` : ""}done\nwait`,
      ];
    }
    case "advanceBy":
      return [`# Simulator only: move the virtual clock ${formatDuration(action.ms)} ahead. In AWS, time simply passes.`];
    case "runUntilIdle":
      return ["# Simulator only: run until nothing is left to do (retries, queues, timers). In AWS, you wait."];
    case "reset":
      return ["# Simulator only: start again with an empty account."];
    case "deploy":
      return [
        zipCommand(s),
        command("aws lambda update-function-code", [
          ["--function-name", fn],
          ["--zip-file", `fileb://${ZIP_NAME}`],
        ]),
        command("aws lambda update-function-configuration", [
          ["--function-name", fn],
          ["--runtime", s.config.Runtime],
          ["--handler", s.config.Handler],
          ["--memory-size", String(s.config.MemorySize)],
          ["--timeout", String(s.config.Timeout)],
          ["--environment", environmentArg(s.config.Environment)],
          ["--dead-letter-config", s.config.DeadLetterTarget ? `TargetArn=${targetArn(s.config.DeadLetterTarget)}` : "TargetArn="],
        ]),
      ];
    case "editFile":
      return [`# Edit ${action.path} in your editor, then deploy it (update-function-code).`];
    case "publishVersion":
      return [
        command("aws lambda publish-version", [
          ["--function-name", fn],
          ["--description", action.description || null],
        ]),
      ];
    case "createAlias":
    case "updateAlias":
      return [
        command(`aws lambda ${action.type === "createAlias" ? "create-alias" : "update-alias"}`, [
          ["--function-name", fn],
          ["--name", action.name],
          ["--function-version", action.functionVersion],
          [
            "--routing-config",
            routingConfigArg(action.additionalVersion, action.additionalWeight) ??
              (action.type === "updateAlias" ? "AdditionalVersionWeights={}" : null),
          ],
        ]),
      ];
    case "putFunctionConcurrency":
      return [
        command("aws lambda put-function-concurrency", [
          ["--function-name", fn],
          ["--reserved-concurrent-executions", String(action.reserved)],
        ]),
      ];
    case "deleteFunctionConcurrency":
      return [command("aws lambda delete-function-concurrency", [["--function-name", fn]])];
    case "putFunctionEventInvokeConfig":
      return [
        command("aws lambda put-function-event-invoke-config", [
          ["--function-name", fn],
          ["--qualifier", action.qualifier ?? null],
          ["--maximum-retry-attempts", String(action.maximumRetryAttempts)],
          ["--maximum-event-age-in-seconds", String(action.maximumEventAgeInSeconds)],
          ["--destination-config", destinationConfig(action.onSuccess, action.onFailure)],
        ]),
      ];
    case "httpRequest": {
      const headerFlags: string[] = Object.entries(action.headers).map(([k, v]) => `-H ${shellQuote(`${k}: ${v}`)}`);
      const parts = [
        "curl -i",
        ...(action.method !== "GET" ? [`-X ${shellQuote(action.method)}`] : []),
        ...headerFlags,
        ...(action.body ? [`--data ${shellQuote(action.body)}`] : []),
        shellQuote(httpUrl(ctx, action.trigger, action.path)),
      ];
      return [parts.join(" \\\n  ")];
    }
    case "sqsSendMessage": {
      if (action.count === 1) {
        return [
          command("aws sqs send-message", [
            ["--queue-url", queueUrl(action.queueName)],
            ["--message-body", action.body.replace(/\{n\}/g, "1")],
          ]),
        ];
      }
      // {n} numbers the messages: the loop variable, outside the single quotes so bash expands it.
      const body = raw(action.body.split("{n}").map((part) => (part ? shellQuote(part) : "")).join('"$i"') || "''");
      const one = command("aws sqs send-message", [
        ["--queue-url", queueUrl(action.queueName)],
        ["--message-body", body],
      ]);
      return [
        `# ${action.count} messages (send-message-batch takes up to 10 at a time):\nfor i in $(seq 1 ${action.count}); do\n  ${one.replace(/\n {2}/g, "\n    ")} > /dev/null\ndone`,
      ];
    }
    case "snsPublish":
      return [
        command("aws sns publish", [
          ["--topic-arn", topicArn(action.topicName)],
          ["--message", action.message],
        ]),
      ];
    case "s3PutObject":
      return [`printf '%s' ${shellQuote(action.body)} | aws s3 cp - ${shellQuote(`s3://${action.bucket}/${action.key}`)}`];
    case "putEvents":
      return [
        command("aws events put-events", [
          ["--entries", JSON.stringify([{ Source: action.source, DetailType: action.detailType, Detail: compactJson(action.detail) }])],
        ]),
      ];
  }
}

export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}
