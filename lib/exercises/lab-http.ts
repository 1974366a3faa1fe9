import { MissingFeatureError } from "./assertions";
import { awsCall, type LabFunction } from "./lab-function";
import { asRecord, type AwsRecord, type ExerciseSimulator, type HttpResult } from "./sim-port";

// HTTP front doors for a function: an Application Load Balancer (listener forwarding to a
// lambda target group, with the invoke permission ALB needs) or an API Gateway HTTP API (a
// proxy integration and routes). Requests go through sim.http exactly as a browser's would.

export type RequestInit = {
  method?: string;
  headers?: Record<string, string | readonly string[]>;
  body?: string;
};

export class LabEndpoint {
  constructor(
    private readonly sim: ExerciseSimulator,
    /** "http://my-alb-123.us-east-1.elb.amazonaws.com" or "https://abc123.execute-api...". */
    readonly origin: string,
    readonly kind: "alb" | "http-api",
  ) {}

  /** Sends a request to `path` (with its query string) and returns the HTTP response. */
  async request(path: string, init: RequestInit = {}): Promise<HttpResult> {
    const http = this.sim.http;
    if (!http) throw new MissingFeatureError("HTTP traffic (sim.http)");
    return http.request({
      url: `${this.origin}${path}`,
      method: init.method ?? "GET",
      ...(init.headers ? { headers: init.headers } : {}),
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  }

  get(path: string, headers?: Record<string, string>): Promise<HttpResult> {
    return this.request(path, { method: "GET", ...(headers ? { headers } : {}) });
  }

  /** POSTs `body` as is when it is a string (to send broken JSON), else as JSON. */
  post(
    path: string,
    body: unknown,
    headers: Record<string, string> = { "content-type": "application/json" },
  ): Promise<HttpResult> {
    return this.request(path, {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }
}

/** A header's value whatever case the function wrote its name in (HTTP names are case-insensitive). */
export function header(res: Pick<HttpResult, "headers">, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(res.headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** Every value of a repeated header, when the engine reports them separately. */
export function headerValues(res: HttpResult, name: string): string[] {
  const lower = name.toLowerCase();
  const out: string[] = [];
  for (const [k, v] of Object.entries(res.multiValueHeaders ?? {}))
    if (k.toLowerCase() === lower) out.push(...v);
  if (out.length === 0) {
    const single = header(res, name);
    if (single !== undefined) out.push(single);
  }
  return out;
}

function regionAndAccount(arn: string): { region: string; account: string } {
  const parts = arn.split(":");
  return { region: parts[3] || "us-east-1", account: parts[4] || "123456789012" };
}

/** An internet-facing ALB whose HTTP :80 listener forwards everything to `fn`. */
export async function createAlb(
  sim: ExerciseSimulator,
  fn: LabFunction,
  options: { multiValueHeaders?: boolean } = {},
): Promise<LabEndpoint> {
  const elbv2 = sim.elbv2;
  const addPermission = sim.lambda.addPermission;
  if (!elbv2 || !sim.http || !addPermission)
    throw new MissingFeatureError("Application Load Balancers (sim.elbv2)");
  const lbs = asRecord(
    await elbv2.createLoadBalancer({
      Name: `${fn.name}-alb`,
      Type: "application",
      Scheme: "internet-facing",
    }),
  );
  const lb = (lbs.LoadBalancers as AwsRecord[])[0];
  const tgs = asRecord(await elbv2.createTargetGroup({ Name: `${fn.name}-tg`, TargetType: "lambda" }));
  const tgArn = String((tgs.TargetGroups as AwsRecord[])[0].TargetGroupArn);
  // ALB calls Invoke as elasticloadbalancing.amazonaws.com: the function must allow it first.
  await addPermission({
    FunctionName: fn.name,
    StatementId: "alb-invoke",
    Action: "lambda:InvokeFunction",
    Principal: "elasticloadbalancing.amazonaws.com",
    SourceArn: tgArn,
  });
  await elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: fn.arn }] });
  if (options.multiValueHeaders) {
    await elbv2.modifyTargetGroupAttributes({
      TargetGroupArn: tgArn,
      Attributes: [{ Key: "lambda.multi_value_headers.enabled", Value: "true" }],
    });
  }
  await elbv2.createListener({
    LoadBalancerArn: lb.LoadBalancerArn,
    Protocol: "HTTP",
    Port: 80,
    DefaultActions: [{ Type: "forward", TargetGroupArn: tgArn }],
  });
  return new LabEndpoint(sim, `http://${String(lb.DNSName)}`, "alb");
}

/** An HTTP API with the given route keys ("POST /orders") all integrated with `fn`. */
export async function createHttpApi(
  sim: ExerciseSimulator,
  fn: LabFunction,
  options: { routes: readonly string[]; payloadFormatVersion?: "1.0" | "2.0" },
): Promise<LabEndpoint> {
  const api = sim.apigatewayv2;
  const addPermission = sim.lambda.addPermission;
  if (!api || !sim.http || !addPermission)
    throw new MissingFeatureError("API Gateway HTTP APIs (sim.apigatewayv2)");
  const created = asRecord(await api.createApi({ Name: `${fn.name}-api`, ProtocolType: "HTTP" }));
  const apiId = String(created.ApiId);
  const integration = asRecord(
    await api.createIntegration({
      ApiId: apiId,
      IntegrationType: "AWS_PROXY",
      IntegrationUri: fn.arn,
      PayloadFormatVersion: options.payloadFormatVersion ?? "2.0",
    }),
  );
  for (const route of options.routes) {
    await awsCall(`createRoute ${route}`, () =>
      api.createRoute({
        ApiId: apiId,
        RouteKey: route,
        Target: `integrations/${String(integration.IntegrationId)}`,
      }),
    );
  }
  const { region, account } = regionAndAccount(fn.arn);
  await addPermission({
    FunctionName: fn.name,
    StatementId: "http-api-invoke",
    Action: "lambda:InvokeFunction",
    Principal: "apigateway.amazonaws.com",
    SourceArn: `arn:aws:execute-api:${region}:${account}:${apiId}/*`,
  });
  return new LabEndpoint(sim, String(created.ApiEndpoint), "http-api");
}
