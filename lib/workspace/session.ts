import type { WorkspaceAction } from "./actions";
import { queueUrl, topicArn } from "./arns";
import { blockingIssues, validateScenarioConfig } from "./config-validation";
import { toEngineError, type AwsRecord, type EngineError, type SimulatorApi } from "./engine-port";
import { checkEventJson } from "./event-validation";
import type { Scenario } from "./scenario";
import {
  attachTrigger,
  configKey,
  createFunction,
  destinationInput,
  ensureTarget,
  filesKey,
  functionConfigInput,
  zipFile,
  type DeployState,
} from "./session-deploy";

// Runs workspace actions against a simulator: deploys the scenario the first time, pushes code
// and configuration changes before an invocation (as pressing Deploy in the console would), and
// turns engine answers into results the page shows. Framework-free; the page gives it the
// worker-backed simulator, the tests a fake.

export type InvokeResult = {
  statusCode?: number;
  payload?: string;
  functionError?: string;
  executedVersion?: string;
  /** The decoded LogResult (last 4 KB of the log) of a synchronous call. */
  logTail?: string;
  error?: EngineError;
};

export type ActionOutcome = {
  action: WorkspaceAction;
  /** One line a person can read: "200 OK, FunctionError Unhandled" or "8 of 10 throttled". */
  summary: string;
  results: InvokeResult[];
  error?: EngineError;
  /** The event sent by an invoke or burst (JSON text), so the timeline can show it per request. */
  requestPayload?: string;
  /** Setup the session did first (create function, update code ...), for the CLI mirror. */
  deployed: ("create" | "code" | "configuration" | "concurrency" | "async-config" | "triggers")[];
};

export class ScenarioInvalidError extends Error {
  constructor(messages: string[]) {
    super(`Fix the configuration first: ${messages.join(" ")}`);
    this.name = "ScenarioInvalidError";
  }
}

function decodeBase64Utf8(b64: string): string {
  try {
    const binary = atob(b64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return "";
  }
}

function toInvokeResult(out: AwsRecord): InvokeResult {
  return {
    ...(typeof out.StatusCode === "number" ? { statusCode: out.StatusCode } : {}),
    ...(typeof out.Payload === "string" ? { payload: out.Payload } : {}),
    ...(typeof out.FunctionError === "string" ? { functionError: out.FunctionError } : {}),
    ...(typeof out.ExecutedVersion === "string" ? { executedVersion: out.ExecutedVersion } : {}),
    ...(typeof out.LogResult === "string" ? { logTail: decodeBase64Utf8(out.LogResult) } : {}),
  };
}

/** "200, FunctionError: Unhandled" / "202 Accepted" / "TooManyRequestsException (429)". */
export function describeResult(r: InvokeResult): string {
  if (r.error) return `${r.error.name}${r.error.status ? ` (${r.error.status})` : ""}${r.error.reason ? `: ${r.error.reason}` : ""}`;
  const status = r.statusCode === 202 ? "202 Accepted" : r.statusCode === 204 ? "204 No Content" : `${r.statusCode ?? "?"}`;
  return `${status}${r.functionError ? `, FunctionError: ${r.functionError}` : ""}${r.executedVersion ? `, version ${r.executedVersion}` : ""}`;
}

/** "10 calls: 2 × 200, 8 × TooManyRequestsException (429)". */
export function summariseResults(results: readonly InvokeResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) {
    const key = r.error ? describeResult(r) : `${r.statusCode}${r.functionError ? " FunctionError" : ""}${r.executedVersion ? ` (version ${r.executedVersion})` : ""}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `${results.length} call${results.length === 1 ? "" : "s"}: ${[...counts].map(([k, n]) => `${n} × ${k}`).join(", ")}`;
}

export class WorkspaceSession {
  private state: DeployState | null = null;
  readonly versions: string[] = [];
  readonly aliases = new Map<string, { functionVersion: string; additionalVersion?: string; additionalWeight?: number }>();

  constructor(readonly sim: SimulatorApi) {}

  get deployedState(): Readonly<DeployState> | null {
    return this.state;
  }

  /** Hostnames of load balancers and APIs, by trigger index (for requests and the CLI mirror). */
  hosts(): Record<number, string> {
    const out: Record<number, string> = {};
    this.state?.triggers.forEach((t, i) => t.host && (out[i] = t.host));
    return out;
  }

  /** Why triggers were not attached, by trigger index. */
  skippedTriggers(): Record<number, string> {
    const out: Record<number, string> = {};
    this.state?.triggers.forEach((t, i) => t.skipped && (out[i] = t.skipped));
    return out;
  }

  /** Creates the function, or pushes what changed since the last deploy. */
  async deploy(s: Scenario): Promise<ActionOutcome["deployed"]> {
    const problems = blockingIssues(validateScenarioConfig(s));
    if (problems.length) throw new ScenarioInvalidError(problems.map((p) => p.message));
    if (!this.state) {
      this.state = await createFunction(this.sim, s);
      return ["create"];
    }
    const st = this.state;
    const fn = st.functionName;
    if (fn !== s.config.FunctionName) {
      throw new ScenarioInvalidError([
        `The function was created as ${fn}; a function cannot be renamed. Press Reset to create ${s.config.FunctionName} instead.`,
      ]);
    }
    const done: ActionOutcome["deployed"] = [];
    if (filesKey(s) !== st.files) {
      await this.sim.lambda.updateFunctionCode({ FunctionName: fn, ZipFile: zipFile(s) });
      st.files = filesKey(s);
      done.push("code");
    }
    const cfg = configKey(s.config);
    if (cfg !== st.config) {
      if (s.config.DeadLetterTarget) await ensureTarget(this.sim, st, s.config.DeadLetterTarget);
      await this.sim.lambda.updateFunctionConfiguration({ FunctionName: fn, ...functionConfigInput(s.config) });
      st.config = cfg;
      done.push("configuration");
    }
    const reserved = s.config.ReservedConcurrentExecutions;
    if (reserved !== st.reserved) {
      if (reserved === null) await this.sim.lambda.deleteFunctionConcurrency({ FunctionName: fn });
      else await this.sim.lambda.putFunctionConcurrency({ FunctionName: fn, ReservedConcurrentExecutions: reserved });
      st.reserved = reserved;
      done.push("concurrency");
    }
    const asyncKey = JSON.stringify(s.asyncConfig);
    if (asyncKey !== st.asyncConfig) {
      for (const t of [s.asyncConfig.OnSuccess, s.asyncConfig.OnFailure]) if (t) await ensureTarget(this.sim, st, t);
      await this.sim.lambda.putFunctionEventInvokeConfig({
        FunctionName: fn,
        MaximumRetryAttempts: s.asyncConfig.MaximumRetryAttempts,
        MaximumEventAgeInSeconds: s.asyncConfig.MaximumEventAgeInSeconds,
        DestinationConfig: destinationInput(s.asyncConfig.OnSuccess, s.asyncConfig.OnFailure),
      });
      st.asyncConfig = asyncKey;
      done.push("async-config");
    }
    const known = new Set(st.triggers.map((t) => JSON.stringify(t.trigger)));
    for (const trigger of s.triggers) {
      if (known.has(JSON.stringify(trigger))) continue;
      st.triggers.push(await attachTrigger(this.sim, s, st, trigger));
      done.push("triggers");
    }
    return done;
  }

  private payloadFor(s: Scenario, eventName: string | undefined, selected: string | undefined, type: "RequestResponse" | "Event" | "DryRun") {
    const name = eventName ?? selected;
    const event = s.testEvents.find((e) => e.name === name) ?? s.testEvents[0];
    const check = checkEventJson(event?.payload ?? "{}", type === "Event" ? "Event" : "RequestResponse");
    if (!check.ok) throw new ScenarioInvalidError([`Test event ${event?.name ?? ""}: ${check.message}`]);
    return check.text;
  }

  private async invokeOnce(fn: string, payload: string, type: string, qualifier?: string): Promise<InvokeResult> {
    try {
      const out = await this.sim.lambda.invoke({
        FunctionName: fn,
        InvocationType: type,
        Payload: payload,
        ...(qualifier ? { Qualifier: qualifier } : {}),
        ...(type === "RequestResponse" ? { LogType: "Tail" } : {}),
      });
      return toInvokeResult(out);
    } catch (error) {
      return { error: toEngineError(error) };
    }
  }

  /** Runs one action; `editFile` and `reset` belong to the page and are not handled here. */
  async run(action: WorkspaceAction, s: Scenario, selectedEvent?: string): Promise<ActionOutcome> {
    const outcome: ActionOutcome = { action, summary: "", results: [], deployed: [] };
    try {
      if (action.type !== "advanceBy" && action.type !== "runUntilIdle") outcome.deployed = await this.deploy(s);
      const fn = s.config.FunctionName;
      switch (action.type) {
        case "invoke": {
          const payload = action.invocationType === "DryRun" ? "{}" : this.payloadFor(s, action.event, selectedEvent, action.invocationType);
          outcome.requestPayload = payload;
          const r = await this.invokeOnce(fn, payload, action.invocationType, action.qualifier);
          outcome.results = [r];
          outcome.summary = describeResult(r);
          break;
        }
        case "burst": {
          const payload = this.payloadFor(s, action.event, selectedEvent, action.invocationType);
          outcome.requestPayload = payload;
          const gap = action.count > 1 ? action.spreadMs / action.count : 0;
          const calls: Promise<InvokeResult>[] = [];
          for (let i = 0; i < action.count; i++) {
            calls.push(this.invokeOnce(fn, payload, action.invocationType, action.qualifier));
            // Calls made in the same tick start at the same virtual instant (contract); a gap
            // moves the clock between them so the burst is spread over virtual time.
            if (gap > 0 && i < action.count - 1) await this.sim.advanceBy(gap);
          }
          outcome.results = await Promise.all(calls);
          outcome.summary = summariseResults(outcome.results);
          break;
        }
        case "advanceBy":
          await this.sim.advanceBy(action.ms);
          outcome.summary = `Virtual time moved ${action.ms} ms ahead.`;
          break;
        case "runUntilIdle":
          await this.sim.runUntilIdle({ maxVirtualMs: action.maxVirtualMs });
          outcome.summary = "Ran until nothing was left to do.";
          break;
        case "deploy":
          outcome.summary = outcome.deployed.length ? `Deployed: ${outcome.deployed.join(", ")}.` : "Nothing changed since the last deploy.";
          break;
        case "publishVersion": {
          const out = await this.sim.lambda.publishVersion({ FunctionName: fn, Description: action.description });
          const v = String(out.Version);
          if (!this.versions.includes(v)) this.versions.push(v);
          outcome.summary = `Published version ${v}.`;
          break;
        }
        case "createAlias":
        case "updateAlias": {
          const input = {
            FunctionName: fn,
            Name: action.name,
            FunctionVersion: action.functionVersion,
            RoutingConfig: {
              AdditionalVersionWeights: action.additionalVersion ? { [action.additionalVersion]: action.additionalWeight ?? 0 } : {},
            },
          };
          if (action.type === "createAlias") await this.sim.lambda.createAlias(input);
          else await this.sim.lambda.updateAlias(input);
          this.aliases.set(action.name, {
            functionVersion: action.functionVersion,
            ...(action.additionalVersion ? { additionalVersion: action.additionalVersion, additionalWeight: action.additionalWeight ?? 0 } : {}),
          });
          outcome.summary = `Alias ${action.name} → version ${action.functionVersion}${action.additionalVersion ? `, ${Math.round((action.additionalWeight ?? 0) * 100)}% to version ${action.additionalVersion}` : ""}.`;
          break;
        }
        case "putFunctionConcurrency":
          await this.sim.lambda.putFunctionConcurrency({ FunctionName: fn, ReservedConcurrentExecutions: action.reserved });
          if (this.state) this.state.reserved = action.reserved;
          outcome.summary = `Reserved concurrency set to ${action.reserved}.`;
          break;
        case "deleteFunctionConcurrency":
          await this.sim.lambda.deleteFunctionConcurrency({ FunctionName: fn });
          if (this.state) this.state.reserved = null;
          outcome.summary = "Reserved concurrency removed: the function uses the unreserved pool.";
          break;
        case "putFunctionEventInvokeConfig": {
          for (const t of [action.onSuccess, action.onFailure]) if (t && this.state) await ensureTarget(this.sim, this.state, t);
          await this.sim.lambda.putFunctionEventInvokeConfig({
            FunctionName: fn,
            ...(action.qualifier ? { Qualifier: action.qualifier } : {}),
            MaximumRetryAttempts: action.maximumRetryAttempts,
            MaximumEventAgeInSeconds: action.maximumEventAgeInSeconds,
            DestinationConfig: destinationInput(action.onSuccess, action.onFailure),
          });
          if (this.state && !action.qualifier) {
            this.state.asyncConfig = JSON.stringify({
              MaximumRetryAttempts: action.maximumRetryAttempts,
              MaximumEventAgeInSeconds: action.maximumEventAgeInSeconds,
              OnSuccess: action.onSuccess,
              OnFailure: action.onFailure,
            });
          }
          outcome.summary = `Asynchronous settings: ${action.maximumRetryAttempts} retries, events expire after ${action.maximumEventAgeInSeconds} s.`;
          break;
        }
        case "httpRequest": {
          const deployed = this.state?.triggers[action.trigger];
          if (!deployed || deployed.skipped || !this.sim.http) {
            throw new Error(deployed?.skipped ?? `Trigger ${action.trigger + 1} is not an ALB or HTTP API that the simulator created.`);
          }
          const url = `${deployed.trigger.type === "alb" ? "http" : "https"}://${deployed.host}${action.path}`;
          const res = await this.sim.http.request({ url, method: action.method, headers: action.headers, body: action.body });
          outcome.results = [{ statusCode: Number(res.status), payload: typeof res.body === "string" ? res.body : JSON.stringify(res.body ?? "") }];
          outcome.summary = `HTTP ${String(res.status)} ${String(res.statusText ?? "")}`.trim();
          break;
        }
        case "sqsSendMessage": {
          if (!this.sim.sqs) throw new Error("This simulator has no SQS yet.");
          const url = this.state?.queueUrls.get(action.queueName) ?? queueUrl(action.queueName);
          for (let n = 1; n <= action.count; n++) {
            await this.sim.sqs.sendMessage({ QueueUrl: url, MessageBody: action.body.replace(/\{n\}/g, String(n)) });
          }
          outcome.summary = `Sent ${action.count} message${action.count === 1 ? "" : "s"} to ${action.queueName}.`;
          break;
        }
        case "snsPublish":
          if (!this.sim.sns) throw new Error("This simulator has no SNS yet.");
          await this.sim.sns.publish({ TopicArn: topicArn(action.topicName), Message: action.message });
          outcome.summary = `Published to ${action.topicName}.`;
          break;
        case "s3PutObject":
          if (!this.sim.s3) throw new Error("This simulator has no S3 yet.");
          await this.sim.s3.putObject({ Bucket: action.bucket, Key: action.key, Body: action.body });
          outcome.summary = `Put s3://${action.bucket}/${action.key}.`;
          break;
        case "putEvents":
          if (!this.sim.eventbridge) throw new Error("This simulator has no EventBridge yet.");
          await this.sim.eventbridge.putEvents({
            Entries: [{ Source: action.source, DetailType: action.detailType, Detail: action.detail }],
          });
          outcome.summary = `Sent a ${action.detailType} event from ${action.source}.`;
          break;
        case "editFile":
        case "reset":
          outcome.summary = "";
          break;
      }
    } catch (error) {
      outcome.error = toEngineError(error);
      outcome.summary = `${outcome.error.name}: ${outcome.error.message}`;
    }
    return outcome;
  }
}
