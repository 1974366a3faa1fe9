import { ALB_MAX_REQUEST_BODY_BYTES, albErrorResponse, albResultToHttp, albTraceId, buildAlbEvent } from "./alb-event";
import { selectRule, validateRuleConditions, type RuleCondition } from "./alb-rules";
import { AwsApiError } from "./aws-error";
import { functionNameOf, randomHex, type SourceHost } from "./host";
import { HttpClientError, makeResponse, type HttpResponse, type ParsedHttpRequest } from "./http-request";
import { PermissionService } from "./permission-service";
import { classifyInvoke, requireString } from "./service-errors";

/**
 * `sim.elbv2`: Application Load Balancers with Lambda target groups, following the ELBv2 API
 * (CreateLoadBalancer, CreateTargetGroup, RegisterTargets, CreateListener, CreateRule,
 * ModifyTargetGroupAttributes) and ALB's request handling for Lambda targets.
 */

export interface Action {
  Type: "forward" | "fixed-response" | string;
  TargetGroupArn?: string;
  ForwardConfig?: { TargetGroups?: { TargetGroupArn: string; Weight?: number }[] };
  FixedResponseConfig?: { StatusCode: string; ContentType?: string; MessageBody?: string };
  Order?: number;
}

interface LoadBalancer {
  LoadBalancerArn: string;
  LoadBalancerName: string;
  DNSName: string;
  CanonicalHostedZoneId: string;
  CreatedTime: Date;
  Scheme: "internet-facing" | "internal";
  Type: "application";
  State: { Code: "active" };
  IpAddressType: "ipv4";
}

interface TargetGroup {
  TargetGroupArn: string;
  TargetGroupName: string;
  TargetType: "lambda";
  LoadBalancerArns: string[];
  HealthCheckEnabled: boolean;
  target?: string;
  multiValueHeaders: boolean;
}

interface Listener {
  ListenerArn: string;
  LoadBalancerArn: string;
  Port: number;
  Protocol: "HTTP" | "HTTPS";
  DefaultActions: Action[];
  rules: Rule[];
}

interface Rule {
  RuleArn: string;
  Priority: string;
  Conditions: RuleCondition[];
  Actions: Action[];
  IsDefault: false;
}

const validation = (message: string) => new AwsApiError("ValidationError", message, 400);
const MULTI_VALUE_KEY = "lambda.multi_value_headers.enabled";

export class Elbv2Service {
  private readonly loadBalancers = new Map<string, LoadBalancer>();
  private readonly targetGroups = new Map<string, TargetGroup>();
  private readonly listeners = new Map<string, Listener>();

  constructor(
    private readonly host: SourceHost,
    private readonly permissions: PermissionService,
  ) {}

  private arnPrefix(): string {
    return `arn:aws:elasticloadbalancing:${this.host.region}:${this.host.accountId}`;
  }

  createLoadBalancer(input: { Name?: string; Type?: string; Scheme?: "internet-facing" | "internal" }): { LoadBalancers: LoadBalancer[] } {
    const name = requireString(input.Name, "Name", "ValidationError", "name the load balancer, for example 'orders-alb'.");
    if (name.length > 32 || !/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(name) || name.startsWith("internal-")) {
      throw validation(`Load balancer name '${name}' is not valid: up to 32 letters, digits and hyphens, not starting or ending with a hyphen or starting with 'internal-'.`);
    }
    if (input.Type !== undefined && input.Type !== "application") {
      throw validation(`Load balancer type '${input.Type}' cannot have Lambda targets; use Type 'application'.`);
    }
    const existing = [...this.loadBalancers.values()].find((lb) => lb.LoadBalancerName === name);
    if (existing) return { LoadBalancers: [existing] }; // CreateLoadBalancer is idempotent for the same name
    const id = randomHex(this.host, 16);
    const digits = String(Math.floor(this.host.random() * 9e9) + 1e9);
    const scheme = input.Scheme ?? "internet-facing";
    const lb: LoadBalancer = {
      LoadBalancerArn: `${this.arnPrefix()}:loadbalancer/app/${name}/${id}`,
      LoadBalancerName: name,
      DNSName: `${scheme === "internal" ? "internal-" : ""}${name}-${digits}.${this.host.region}.elb.amazonaws.com`.toLowerCase(),
      CanonicalHostedZoneId: "Z35SXDOTRQ7X7K",
      CreatedTime: new Date(this.host.now()),
      Scheme: scheme,
      Type: "application",
      State: { Code: "active" },
      IpAddressType: "ipv4",
    };
    this.loadBalancers.set(lb.LoadBalancerArn, lb);
    return { LoadBalancers: [lb] };
  }

  describeLoadBalancers(input: { LoadBalancerArns?: string[]; Names?: string[] } = {}): { LoadBalancers: LoadBalancer[] } {
    const all = [...this.loadBalancers.values()];
    if (input.LoadBalancerArns) return { LoadBalancers: input.LoadBalancerArns.map((arn) => this.loadBalancer(arn)) };
    if (input.Names) {
      return {
        LoadBalancers: input.Names.map((n) => {
          const lb = all.find((x) => x.LoadBalancerName === n);
          if (!lb) throw new AwsApiError("LoadBalancerNotFoundException", `Load balancers '[${n}]' not found`, 400);
          return lb;
        }),
      };
    }
    return { LoadBalancers: all };
  }

  private loadBalancer(arn: string | undefined): LoadBalancer {
    const lb = arn ? this.loadBalancers.get(arn) : undefined;
    if (!lb) throw new AwsApiError("LoadBalancerNotFoundException", `One or more load balancers not found: '${arn}'. Use the LoadBalancerArn from createLoadBalancer.`, 400);
    return lb;
  }

  private targetGroup(arn: string | undefined): TargetGroup {
    const tg = arn ? this.targetGroups.get(arn) : undefined;
    if (!tg) throw new AwsApiError("TargetGroupNotFoundException", `One or more target groups not found: '${arn}'. Use the TargetGroupArn from createTargetGroup.`, 400);
    return tg;
  }

  private listener(arn: string | undefined): Listener {
    const l = arn ? this.listeners.get(arn) : undefined;
    if (!l) throw new AwsApiError("ListenerNotFoundException", `One or more listeners not found: '${arn}'. Use the ListenerArn from createListener.`, 400);
    return l;
  }

  createTargetGroup(input: { Name?: string; TargetType?: string; Protocol?: string; Port?: number }): { TargetGroups: Omit<TargetGroup, "target" | "multiValueHeaders">[] } {
    const name = requireString(input.Name, "Name", "ValidationError", "name the target group, for example 'orders-tg'.");
    if (name.length > 32 || !/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(name)) {
      throw validation(`Target group name '${name}' is not valid: up to 32 letters, digits and hyphens, not starting or ending with a hyphen.`);
    }
    if (input.TargetType !== "lambda") {
      throw validation(`TargetType '${input.TargetType ?? "instance"}' is not simulated: create the target group with TargetType 'lambda' to put a function behind the load balancer.`);
    }
    if (input.Protocol !== undefined || input.Port !== undefined) {
      throw validation("Protocol and Port cannot be specified for target groups with target type 'lambda'.");
    }
    if ([...this.targetGroups.values()].some((tg) => tg.TargetGroupName === name)) {
      throw new AwsApiError("DuplicateTargetGroupNameException", `A target group with the same name '${name}' exists, but with different settings`, 400);
    }
    const tg: TargetGroup = {
      TargetGroupArn: `${this.arnPrefix()}:targetgroup/${name}/${randomHex(this.host, 16)}`,
      TargetGroupName: name,
      TargetType: "lambda",
      LoadBalancerArns: [],
      HealthCheckEnabled: false,
      multiValueHeaders: false,
    };
    this.targetGroups.set(tg.TargetGroupArn, tg);
    return { TargetGroups: [publicTargetGroup(tg)] };
  }

  /** Registering checks the invoke permission, as ELB does: without it RegisterTargets fails. */
  registerTargets(input: { TargetGroupArn?: string; Targets?: { Id: string }[] }): Record<string, never> {
    const tg = this.targetGroup(input.TargetGroupArn);
    const targets = input.Targets ?? [];
    if (targets.length !== 1) throw new AwsApiError("TooManyTargetsException", "You can register only one Lambda function per target group.", 400);
    const functionArn = this.host.functionArn(targets[0].Id);
    if (tg.target && tg.target !== functionArn) {
      throw new AwsApiError("TooManyTargetsException", `Target group already has ${tg.target} registered; deregister it first (one Lambda function per target group).`, 400);
    }
    const decision = this.permissions.check(functionArn, { principal: "elasticloadbalancing.amazonaws.com", sourceArn: tg.TargetGroupArn, sourceAccount: this.host.accountId });
    if (!decision.allowed) {
      throw new AwsApiError(
        "AccessDenied",
        `elasticloadbalancing principal does not have permission to invoke ${functionArn} from target group ${tg.TargetGroupArn}. ${decision.reason}`,
        403,
      );
    }
    tg.target = functionArn;
    this.host.trace({ kind: "alb.target.registered", functionName: functionNameOf(functionArn), targetGroupArn: tg.TargetGroupArn });
    return {};
  }

  deregisterTargets(input: { TargetGroupArn?: string; Targets?: { Id: string }[] }): Record<string, never> {
    const tg = this.targetGroup(input.TargetGroupArn);
    for (const t of input.Targets ?? []) if (tg.target === this.host.functionArn(t.Id)) tg.target = undefined;
    return {};
  }

  modifyTargetGroupAttributes(input: { TargetGroupArn?: string; Attributes?: { Key: string; Value: string }[] }): { Attributes: { Key: string; Value: string }[] } {
    const tg = this.targetGroup(input.TargetGroupArn);
    for (const { Key, Value } of input.Attributes ?? []) {
      if (Key !== MULTI_VALUE_KEY) throw validation(`Attribute '${Key}' is not simulated for Lambda target groups; the supported attribute is ${MULTI_VALUE_KEY}.`);
      if (Value !== "true" && Value !== "false") throw validation(`The value of '${MULTI_VALUE_KEY}' must be 'true' or 'false', not '${Value}'.`);
      tg.multiValueHeaders = Value === "true";
    }
    return this.describeTargetGroupAttributes({ TargetGroupArn: tg.TargetGroupArn });
  }

  describeTargetGroupAttributes(input: { TargetGroupArn?: string }): { Attributes: { Key: string; Value: string }[] } {
    const tg = this.targetGroup(input.TargetGroupArn);
    return { Attributes: [{ Key: MULTI_VALUE_KEY, Value: String(tg.multiValueHeaders) }] };
  }

  private checkActions(actions: Action[] | undefined, what: string): Action[] {
    if (!Array.isArray(actions) || actions.length === 0) throw validation(`${what} needs one action: { Type: 'forward', TargetGroupArn } or { Type: 'fixed-response', FixedResponseConfig }.`);
    for (const action of actions) {
      if (action.Type === "forward") {
        const groups = action.ForwardConfig?.TargetGroups?.map((g) => g.TargetGroupArn) ?? [action.TargetGroupArn];
        if (groups.length !== 1) throw validation("The simulator forwards to exactly one target group per action.");
        this.targetGroup(groups[0]);
      } else if (action.Type === "fixed-response") {
        const status = action.FixedResponseConfig?.StatusCode;
        if (!status || !/^[2-5]\d\d$/.test(status)) throw validation(`Fixed response status code '${status}' must be 2XX, 4XX or 5XX.`);
      } else {
        throw validation(`Action type '${action.Type}' is not simulated; use 'forward' or 'fixed-response'.`);
      }
    }
    return actions;
  }

  createListener(input: { LoadBalancerArn?: string; Protocol?: string; Port?: number; DefaultActions?: Action[]; Certificates?: { CertificateArn: string }[] }): { Listeners: Omit<Listener, "rules">[] } {
    const lb = this.loadBalancer(input.LoadBalancerArn);
    const protocol = input.Protocol ?? "HTTP";
    if (protocol !== "HTTP" && protocol !== "HTTPS") throw validation(`Protocol '${protocol}' is not valid for an Application Load Balancer; use HTTP or HTTPS.`);
    if (protocol === "HTTPS" && !input.Certificates?.length) throw validation("A certificate must be specified for HTTPS listeners.");
    const port = input.Port ?? (protocol === "HTTPS" ? 443 : 80);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw validation(`Port ${port} is not valid; use 1-65535.`);
    if ([...this.listeners.values()].some((l) => l.LoadBalancerArn === lb.LoadBalancerArn && l.Port === port)) {
      throw new AwsApiError("DuplicateListenerException", `A listener already exists on port ${port} of this load balancer.`, 400);
    }
    const actions = this.checkActions(input.DefaultActions, "A listener");
    const [name, id] = lb.LoadBalancerArn.split("/").slice(2);
    const listener: Listener = {
      ListenerArn: `${this.arnPrefix()}:listener/app/${name}/${id}/${randomHex(this.host, 16)}`,
      LoadBalancerArn: lb.LoadBalancerArn,
      Port: port,
      Protocol: protocol,
      DefaultActions: actions,
      rules: [],
    };
    this.listeners.set(listener.ListenerArn, listener);
    this.attachTargetGroups(lb.LoadBalancerArn, actions);
    return { Listeners: [publicListener(listener)] };
  }

  createRule(input: { ListenerArn?: string; Priority?: number; Conditions?: RuleCondition[]; Actions?: Action[] }): { Rules: Rule[] } {
    const listener = this.listener(input.ListenerArn);
    const priority = input.Priority;
    if (typeof priority !== "number" || !Number.isInteger(priority) || priority < 1 || priority > 50000) {
      throw validation(`Priority '${priority}' must be a whole number from 1 to 50000; lower numbers are evaluated first.`);
    }
    if (listener.rules.some((r) => Number(r.Priority) === priority)) {
      throw new AwsApiError("PriorityInUseException", `The specified priority '${priority}' is in use; choose another priority for this listener.`, 400);
    }
    validateRuleConditions(input.Conditions);
    const actions = this.checkActions(input.Actions, "A rule");
    const rule: Rule = {
      RuleArn: `${listener.ListenerArn.replace(":listener/", ":listener-rule/")}/${randomHex(this.host, 16)}`,
      Priority: String(priority),
      Conditions: input.Conditions!,
      Actions: actions,
      IsDefault: false,
    };
    listener.rules.push(rule);
    this.attachTargetGroups(listener.LoadBalancerArn, actions);
    return { Rules: [rule] };
  }

  deleteRule(input: { RuleArn?: string }): Record<string, never> {
    for (const listener of this.listeners.values()) {
      const index = listener.rules.findIndex((r) => r.RuleArn === input.RuleArn);
      if (index >= 0) {
        listener.rules.splice(index, 1);
        return {};
      }
    }
    throw new AwsApiError("RuleNotFoundException", `One or more rules not found: '${input.RuleArn}'.`, 400);
  }

  describeRules(input: { ListenerArn?: string }): { Rules: (Rule | { RuleArn: string; Priority: "default"; Actions: Action[]; Conditions: []; IsDefault: true })[] } {
    const listener = this.listener(input.ListenerArn);
    const rules = [...listener.rules].sort((a, b) => Number(a.Priority) - Number(b.Priority));
    return { Rules: [...rules, { RuleArn: `${listener.ListenerArn.replace(":listener/", ":listener-rule/")}/default`, Priority: "default", Actions: listener.DefaultActions, Conditions: [], IsDefault: true }] };
  }

  private attachTargetGroups(lbArn: string, actions: Action[]): void {
    for (const a of actions) {
      const arn = a.TargetGroupArn ?? a.ForwardConfig?.TargetGroups?.[0]?.TargetGroupArn;
      const tg = arn ? this.targetGroups.get(arn) : undefined;
      if (tg && !tg.LoadBalancerArns.includes(lbArn)) tg.LoadBalancerArns.push(lbArn);
    }
  }

  /** Host names this service answers for, for sim.http's routing. */
  hostFor(hostName: string): LoadBalancer | undefined {
    return [...this.loadBalancers.values()].find((lb) => lb.DNSName === hostName);
  }

  /** ALB's handling of one request that reached `lb`; `done` receives the HTTP response. */
  handle(lb: LoadBalancer, request: ParsedHttpRequest, done: (response: HttpResponse) => void): void {
    const listener = [...this.listeners.values()].find((l) => l.LoadBalancerArn === lb.LoadBalancerArn && l.Port === request.port);
    if (!listener || listener.Protocol.toLowerCase() !== request.protocol) {
      throw new HttpClientError("ECONNREFUSED", `connect ECONNREFUSED ${lb.DNSName}:${request.port}: the load balancer has no ${request.protocol.toUpperCase()} listener on port ${request.port}.`);
    }
    const rule = selectRule(
      listener.rules.map((r) => ({ priority: Number(r.Priority), conditions: r.Conditions, actions: r.Actions })),
      request,
    );
    const action = (rule?.actions ?? listener.DefaultActions)[0];
    this.host.trace({ kind: "alb.request", loadBalancer: lb.LoadBalancerName, method: request.method, path: request.rawPath, rule: rule ? `priority ${rule.priority}` : "default" });
    const finish = (response: HttpResponse, functionName = "") => {
      this.host.trace({ kind: "alb.response", functionName, status: response.status, ...(response.errorReason ? { errorReason: response.errorReason } : {}) });
      done(response);
    };
    if (action.Type === "fixed-response") {
      const config = action.FixedResponseConfig!;
      return finish(makeResponse(Number(config.StatusCode), config.ContentType ? [["content-type", config.ContentType]] : [], new TextEncoder().encode(config.MessageBody ?? "")));
    }
    const tg = this.targetGroup(action.TargetGroupArn ?? action.ForwardConfig?.TargetGroups?.[0]?.TargetGroupArn);
    if (!tg.target) return finish(albErrorResponse(503, "NoRegisteredTargets"));
    if (request.body.length > ALB_MAX_REQUEST_BODY_BYTES) return finish(albErrorResponse(413, "RequestBodyTooLarge"));
    const target = tg.target;
    const functionName = functionNameOf(target);
    const caller = { principal: "elasticloadbalancing.amazonaws.com", sourceArn: tg.TargetGroupArn, sourceAccount: this.host.accountId };
    if (!this.permissions.check(target, caller).allowed) return finish(albErrorResponse(502, "LambdaAccessDenied"), functionName);
    const event = buildAlbEvent(request, {
      targetGroupArn: tg.TargetGroupArn,
      multiValueHeaders: tg.multiValueHeaders,
      traceId: albTraceId(this.host.now(), randomHex(this.host, 24)),
    });
    this.host.invoke(
      { FunctionName: target, InvocationType: "RequestResponse", Payload: JSON.stringify(event), source: { label: "alb", ...caller } },
      (result) => {
        const outcome = classifyInvoke(result);
        const response =
          outcome.kind === "ok"
            ? albResultToHttp(outcome.payload, { multiValueHeaders: tg.multiValueHeaders })
            : outcome.kind === "functionError"
              ? albErrorResponse(502, outcome.timedOut ? "LambdaTimeout" : "LambdaUnhandled")
              : outcome.kind === "throttled"
                ? albErrorResponse(503, "LambdaThrottling")
                : albErrorResponse(502, "LambdaInvalidResponse");
        finish(response, functionName);
      },
    );
  }
}

function publicTargetGroup(tg: TargetGroup): Omit<TargetGroup, "target" | "multiValueHeaders"> {
  const { target: _target, multiValueHeaders: _mv, ...rest } = tg;
  return rest;
}

function publicListener(l: Listener): Omit<Listener, "rules"> {
  const { rules: _rules, ...rest } = l;
  return rest;
}
