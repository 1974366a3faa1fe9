import { AwsApiError } from "./aws-error";
import { compileEventPattern, type CompiledEventPattern } from "./event-pattern";
import { matchesEventPattern } from "./event-pattern-match";
import { buildBusEvent, buildScheduledEvent, checkPutEventsEntry, validatePutEventsRequest, type PutEventsEntry, type PutEventsResultEntry } from "./eventbridge-events";
import { functionNameOf, randomUuid, type SourceHost } from "./host";
import type { MessagingPort } from "./messaging-port";
import { PermissionService } from "./permission-service";
import { nextScheduleTime, parseScheduleExpression, type ScheduleExpression } from "./schedule-expression";

/**
 * `sim.eventbridge` on the default bus: rules with a ScheduleExpression (fired on the virtual
 * clock), an EventPattern (matched against PutEvents and service events), or both; targets are
 * Lambda functions (invoked asynchronously, subject to their resource-based policy), SQS queues
 * and SNS topics.
 */

export const MAX_TARGETS_PER_RULE = 5;
export const MAX_EVENT_PATTERN_LENGTH = 4096;

interface Target {
  Id: string;
  Arn: string;
  Input?: string;
  InputPath?: string;
}

interface RuleState {
  Name: string;
  Arn: string;
  State: "ENABLED" | "DISABLED";
  Description?: string;
  ScheduleExpression?: string;
  EventPattern?: string;
  EventBusName: "default";
  schedule?: ScheduleExpression;
  pattern?: CompiledEventPattern;
  targets: Target[];
  anchor: number;
  cancelTimer?: () => void;
}

const validation = (message: string) => new AwsApiError("ValidationException", message, 400);

export class EventBridgeService {
  private readonly rules = new Map<string, RuleState>();

  constructor(
    private readonly host: SourceHost,
    private readonly permissions: PermissionService,
    private readonly messaging?: MessagingPort,
  ) {}

  private rule(name: string | undefined): RuleState {
    const rule = name ? this.rules.get(name) : undefined;
    if (!rule) throw new AwsApiError("ResourceNotFoundException", `Rule ${name} does not exist on EventBus default.`, 400);
    return rule;
  }

  putRule(input: { Name?: string; ScheduleExpression?: string; EventPattern?: string; State?: string; Description?: string; EventBusName?: string }): { RuleArn: string } {
    const name = input.Name;
    if (typeof name !== "string" || !/^[.\-_A-Za-z0-9]{1,64}$/.test(name)) {
      throw validation(`1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+ (1-64 characters)`);
    }
    if (input.EventBusName !== undefined && input.EventBusName !== "default") {
      throw new AwsApiError("ResourceNotFoundException", `Event bus ${input.EventBusName} does not exist; the simulator has the default bus only.`, 400);
    }
    if (input.ScheduleExpression === undefined && input.EventPattern === undefined) {
      throw validation("Parameter(s) ScheduleExpression or EventPattern must be specified.");
    }
    const schedule = input.ScheduleExpression !== undefined ? parseScheduleExpression(input.ScheduleExpression) : undefined;
    if (input.EventPattern !== undefined && input.EventPattern.length > MAX_EVENT_PATTERN_LENGTH) {
      throw validation(`1 validation error detected: Value at 'eventPattern' failed to satisfy constraint: Member must have length less than or equal to ${MAX_EVENT_PATTERN_LENGTH}`);
    }
    const pattern = input.EventPattern !== undefined ? compileEventPattern(input.EventPattern) : undefined;
    const state = input.State ?? "ENABLED";
    if (state !== "ENABLED" && state !== "DISABLED") throw validation(`State '${state}' must be ENABLED or DISABLED.`);

    // PutRule creates or replaces; targets survive a replacement, as in AWS.
    const previous = this.rules.get(name);
    previous?.cancelTimer?.();
    const rule: RuleState = {
      Name: name,
      Arn: `arn:aws:events:${this.host.region}:${this.host.accountId}:rule/${name}`,
      State: state,
      Description: input.Description,
      ScheduleExpression: input.ScheduleExpression,
      EventPattern: input.EventPattern,
      EventBusName: "default",
      schedule,
      pattern,
      targets: previous?.targets ?? [],
      anchor: this.host.now(),
    };
    this.rules.set(name, rule);
    this.arm(rule);
    return { RuleArn: rule.Arn };
  }

  describeRule(input: { Name?: string }) {
    const r = this.rule(input.Name);
    return { Name: r.Name, Arn: r.Arn, State: r.State, Description: r.Description, ScheduleExpression: r.ScheduleExpression, EventPattern: r.EventPattern, EventBusName: r.EventBusName };
  }

  listRules() {
    return { Rules: [...this.rules.keys()].map((Name) => this.describeRule({ Name })) };
  }

  enableRule(input: { Name?: string }) {
    const r = this.rule(input.Name);
    if (r.State !== "ENABLED") {
      r.State = "ENABLED";
      r.anchor = this.host.now();
      this.arm(r);
    }
    return {};
  }

  disableRule(input: { Name?: string }) {
    const r = this.rule(input.Name);
    r.State = "DISABLED";
    r.cancelTimer?.();
    r.cancelTimer = undefined;
    return {};
  }

  deleteRule(input: { Name?: string }) {
    const r = this.rule(input.Name);
    if (r.targets.length > 0) throw validation("Rule can't be deleted since it has targets. Remove them with removeTargets first.");
    r.cancelTimer?.();
    this.rules.delete(r.Name);
    return {};
  }

  putTargets(input: { Rule?: string; Targets?: Target[] }) {
    const rule = this.rule(input.Rule);
    const targets = input.Targets ?? [];
    if (targets.length === 0) throw validation("Targets must contain at least one target: { Id, Arn }.");
    const ids = new Set(rule.targets.map((t) => t.Id));
    for (const t of targets) {
      if (typeof t.Id !== "string" || !/^[.\-_A-Za-z0-9]{1,64}$/.test(t.Id)) throw validation(`Target Id '${t.Id}' must be 1-64 letters, digits, '.', '-' or '_'.`);
      if (typeof t.Arn !== "string" || !t.Arn.startsWith("arn:")) throw validation(`Target ${t.Id} needs an Arn (a Lambda function, SQS queue or SNS topic ARN).`);
      if (t.Input !== undefined && t.InputPath !== undefined) throw validation(`Target ${t.Id}: Input and InputPath are mutually exclusive.`);
      if (t.Input !== undefined) {
        try {
          JSON.parse(t.Input);
        } catch {
          throw validation(`Target ${t.Id}: Input must be valid JSON text.`);
        }
      }
      if (t.InputPath !== undefined && !/^\$(\.[A-Za-z0-9_-]+)*$/.test(t.InputPath)) throw validation(`Target ${t.Id}: InputPath '${t.InputPath}' must look like $.detail or $.detail.field.`);
      ids.add(t.Id);
    }
    if (ids.size > MAX_TARGETS_PER_RULE) {
      throw new AwsApiError("LimitExceededException", `The requested resource exceeds the maximum number allowed: a rule can have at most ${MAX_TARGETS_PER_RULE} targets.`, 400);
    }
    for (const t of targets) {
      const arn = t.Arn.startsWith("arn:aws:lambda:") ? this.host.functionArn(t.Arn) : t.Arn;
      rule.targets = [...rule.targets.filter((x) => x.Id !== t.Id), { ...t, Arn: arn }];
    }
    return { FailedEntryCount: 0, FailedEntries: [] };
  }

  removeTargets(input: { Rule?: string; Ids?: string[] }) {
    const rule = this.rule(input.Rule);
    rule.targets = rule.targets.filter((t) => !(input.Ids ?? []).includes(t.Id));
    return { FailedEntryCount: 0, FailedEntries: [] };
  }

  listTargetsByRule(input: { Rule?: string }) {
    return { Targets: this.rule(input.Rule).targets.map((t) => ({ ...t })) };
  }

  putEvents(input: { Entries?: PutEventsEntry[] }): { FailedEntryCount: number; Entries: PutEventsResultEntry[] } {
    validatePutEventsRequest(input.Entries);
    const results: PutEventsResultEntry[] = [];
    for (const entry of input.Entries) {
      const checked = checkPutEventsEntry(entry);
      if ("ErrorCode" in checked) {
        results.push(checked);
        continue;
      }
      const id = randomUuid(this.host);
      const time = entry.Time !== undefined ? new Date(entry.Time).getTime() : this.host.now();
      const event = buildBusEvent({ id, time, account: this.host.accountId, region: this.host.region }, entry.Source!, entry.DetailType!, checked.detail, entry.Resources ?? []);
      this.dispatch(event);
      results.push({ EventId: id });
    }
    return { FailedEntryCount: results.filter((r) => "ErrorCode" in r).length, Entries: results };
  }

  /**
   * Simulator-only: an event as an AWS service would emit it (source `aws.*`, which PutEvents
   * refuses), e.g. a CodePipeline "Pipeline Execution State Change".
   */
  putServiceEvent(input: { Source: string; DetailType: string; Detail: object; Resources?: string[] }): { EventId: string } {
    const id = randomUuid(this.host);
    const event = buildBusEvent({ id, time: this.host.now(), account: this.host.accountId, region: this.host.region }, input.Source, input.DetailType, input.Detail, input.Resources ?? []);
    this.dispatch(event);
    return { EventId: id };
  }

  /**
   * A Lambda destination addressed to the default event bus: the invocation record becomes an
   * event from source "lambda" with detail-type "Lambda Function Invocation Result - Success"
   * or "- Failure", as Lambda sends it.
   */
  acceptDelivery(busArn: string, body: string): { ok: true } | { ok: false; error: string } {
    if (!/^arn:aws:events:[^:]+:\d{12}:event-bus\/default$/.test(busArn)) {
      return { ok: false, error: `Event bus ${busArn} does not exist; the simulator has the default bus only.` };
    }
    let record: { requestContext?: { condition?: string; functionArn?: string } };
    try {
      record = JSON.parse(body);
    } catch {
      return { ok: false, error: "The destination record is not JSON." };
    }
    const success = record.requestContext?.condition === "Success";
    const functionArn = record.requestContext?.functionArn;
    this.putServiceEvent({
      Source: "lambda",
      DetailType: `Lambda Function Invocation Result - ${success ? "Success" : "Failure"}`,
      Detail: record,
      Resources: functionArn ? [functionArn] : [],
    });
    return { ok: true };
  }

  private dispatch(event: ReturnType<typeof buildBusEvent>): void {
    for (const rule of this.rules.values()) {
      if (rule.State !== "ENABLED" || !rule.pattern) continue;
      if (!matchesEventPattern(rule.pattern, event)) continue;
      this.host.trace({ kind: "eventbridge.rule.matched", rule: rule.Name, eventId: event.id, source: event.source, detailType: event["detail-type"] });
      this.deliver(rule, event);
    }
  }

  private arm(rule: RuleState): void {
    if (!rule.schedule || rule.State !== "ENABLED") return;
    const next = nextScheduleTime(rule.schedule, this.host.now(), rule.anchor);
    if (next === null) return;
    rule.cancelTimer = this.host.schedule(next, () => {
      rule.cancelTimer = undefined;
      if (this.rules.get(rule.Name) !== rule || rule.State !== "ENABLED") return;
      const event = buildScheduledEvent({ id: randomUuid(this.host), time: this.host.now(), account: this.host.accountId, region: this.host.region }, rule.Arn);
      this.host.trace({ kind: "eventbridge.schedule.fired", rule: rule.Name, scheduleExpression: rule.ScheduleExpression, eventId: event.id });
      this.deliver(rule, event);
      this.arm(rule);
    });
  }

  private input(target: Target, event: object): string {
    if (target.Input !== undefined) return target.Input;
    if (target.InputPath !== undefined) {
      let value: unknown = event;
      for (const key of target.InputPath.split(".").slice(1)) value = (value as Record<string, unknown> | undefined)?.[key];
      return JSON.stringify(value ?? null);
    }
    return JSON.stringify(event);
  }

  private deliver(rule: RuleState, event: object): void {
    for (const target of rule.targets) {
      const payload = this.input(target, event);
      if (target.Arn.startsWith("arn:aws:lambda:")) {
        const functionName = functionNameOf(target.Arn);
        if (!this.permissions.check(target.Arn, { principal: "events.amazonaws.com", sourceArn: rule.Arn, sourceAccount: this.host.accountId }).allowed) {
          this.host.trace({ kind: "eventbridge.target.failed", functionName, rule: rule.Name, targetId: target.Id, reason: "FailedInvocations: the function's resource-based policy does not allow events.amazonaws.com" });
          continue;
        }
        this.host.trace({ kind: "eventbridge.target.invoked", functionName, rule: rule.Name, targetId: target.Id });
        const source = { label: "eventbridge", principal: "events.amazonaws.com", sourceArn: rule.Arn, sourceAccount: this.host.accountId };
        this.host.invoke({ FunctionName: target.Arn, InvocationType: "Event", Payload: payload, source }, (result) => {
          if (result.kind === "rejected") {
            this.host.trace({ kind: "eventbridge.target.failed", functionName, rule: rule.Name, targetId: target.Id, reason: `${result.error.name}: ${result.error.message}` });
          }
        });
      } else if (this.messaging) {
        this.host.trace({ kind: "eventbridge.target.invoked", rule: rule.Name, targetId: target.Id, targetArn: target.Arn });
        const delivered = this.messaging.deliver(target.Arn, payload, { principal: "events.amazonaws.com", sourceArn: rule.Arn });
        if (!delivered.ok) this.host.trace({ kind: "eventbridge.target.failed", rule: rule.Name, targetId: target.Id, reason: delivered.error });
      } else {
        this.host.trace({ kind: "eventbridge.target.failed", rule: rule.Name, targetId: target.Id, reason: `No simulated service accepts ${target.Arn}.` });
      }
    }
  }
}
