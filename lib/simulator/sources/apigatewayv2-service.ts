import { buildHttpApiEventV2, buildProxyEventV1 } from "./apigw-event";
import { apiGatewayError, httpApiResultV2ToHttp, proxyResultV1ToHttp } from "./apigw-response";
import { compileRouteKey, selectRoute, type CompiledRoute } from "./apigw-routes";
import { albTraceId } from "./alb-event";
import { AwsApiError } from "./aws-error";
import { functionNameOf, randomHex, type SourceHost } from "./host";
import type { HttpResponse, ParsedHttpRequest } from "./http-request";
import { PermissionService } from "./permission-service";
import { classifyInvoke } from "./service-errors";

/**
 * `sim.apigatewayv2`: HTTP APIs with Lambda proxy integrations (CreateApi with quick-create
 * Target, CreateIntegration with PayloadFormatVersion 1.0 or 2.0, CreateRoute), served on the
 * `$default` stage at `https://{apiId}.execute-api.{region}.amazonaws.com`.
 */

/**
 * HTTP API integrations default to 30 s, which is also their maximum (apigatewayv2
 * CreateIntegration, TimeoutInMillis: "50 and 30,000 milliseconds for HTTP APIs. The default
 * timeout is ... 30 seconds for HTTP APIs"). 29 s is the REST API (and WebSocket) default.
 */
export const DEFAULT_INTEGRATION_TIMEOUT_MS = 30_000;

interface Integration {
  IntegrationId: string;
  IntegrationType: "AWS_PROXY";
  IntegrationUri: string;
  PayloadFormatVersion: "1.0" | "2.0";
  TimeoutInMillis: number;
  ConnectionType: "INTERNET";
  IntegrationMethod: "POST";
}

interface Route {
  RouteId: string;
  RouteKey: string;
  Target?: string;
  AuthorizationType: "NONE";
  ApiKeyRequired: false;
  compiled: CompiledRoute;
}

interface Api {
  ApiId: string;
  Name: string;
  ProtocolType: "HTTP";
  ApiEndpoint: string;
  RouteSelectionExpression: "${request.method} ${request.path}";
  ApiKeySelectionExpression: "$request.header.x-api-key";
  CreatedDate: Date;
  integrations: Map<string, Integration>;
  routes: Route[];
}

const badRequest = (message: string) => new AwsApiError("BadRequestException", message, 400);
const notFound = (message: string) => new AwsApiError("NotFoundException", message, 404);

function id(host: SourceHost, length: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(host.random() * alphabet.length)];
  return out;
}

export class ApiGatewayV2Service {
  private readonly apis = new Map<string, Api>();

  constructor(
    private readonly host: SourceHost,
    private readonly permissions: PermissionService,
  ) {}

  private api(apiId: string | undefined): Api {
    const api = apiId ? this.apis.get(apiId) : undefined;
    if (!api) throw notFound(`Invalid API identifier specified ${this.host.accountId}:${apiId}. Use the ApiId returned by createApi.`);
    return api;
  }

  private publicApi(api: Api) {
    const { integrations: _i, routes: _r, ...rest } = api;
    return rest;
  }

  createApi(input: { Name?: string; ProtocolType?: string; Target?: string; RouteKey?: string }) {
    if (typeof input.Name !== "string" || input.Name === "") throw badRequest("Name is required: give the API a name, for example 'orders-api'.");
    if (input.ProtocolType !== "HTTP") {
      throw badRequest(`ProtocolType '${input.ProtocolType}' is not simulated: use ProtocolType 'HTTP' (WebSocket APIs are out of scope).`);
    }
    if (input.RouteKey !== undefined && input.Target === undefined) throw badRequest("RouteKey can only be given together with a quick-create Target.");
    const apiId = id(this.host, 10);
    const api: Api = {
      ApiId: apiId,
      Name: input.Name,
      ProtocolType: "HTTP",
      ApiEndpoint: `https://${apiId}.execute-api.${this.host.region}.amazonaws.com`,
      RouteSelectionExpression: "${request.method} ${request.path}",
      ApiKeySelectionExpression: "$request.header.x-api-key",
      CreatedDate: new Date(this.host.now()),
      integrations: new Map(),
      routes: [],
    };
    this.apis.set(apiId, api);
    if (input.Target !== undefined) {
      // Quick create: an AWS_PROXY integration (format 2.0) and one route, default $default.
      const integration = this.createIntegration({ ApiId: apiId, IntegrationType: "AWS_PROXY", IntegrationUri: input.Target, PayloadFormatVersion: "2.0" });
      this.createRoute({ ApiId: apiId, RouteKey: input.RouteKey ?? "$default", Target: `integrations/${integration.IntegrationId}` });
    }
    return this.publicApi(api);
  }

  getApis() {
    return { Items: [...this.apis.values()].map((a) => this.publicApi(a)) };
  }

  createIntegration(input: { ApiId?: string; IntegrationType?: string; IntegrationUri?: string; PayloadFormatVersion?: string; TimeoutInMillis?: number }): Integration {
    const api = this.api(input.ApiId);
    if (input.IntegrationType !== "AWS_PROXY") throw badRequest(`IntegrationType '${input.IntegrationType}' is not simulated; Lambda proxy integrations use 'AWS_PROXY'.`);
    if (typeof input.IntegrationUri !== "string" || input.IntegrationUri === "") throw badRequest("IntegrationUri is required: the Lambda function's ARN.");
    if (input.PayloadFormatVersion !== "1.0" && input.PayloadFormatVersion !== "2.0") {
      throw badRequest(`PayloadFormatVersion '${input.PayloadFormatVersion}' is not valid: HTTP API Lambda integrations need '1.0' or '2.0'.`);
    }
    const timeout = input.TimeoutInMillis ?? DEFAULT_INTEGRATION_TIMEOUT_MS;
    if (!Number.isInteger(timeout) || timeout < 50 || timeout > 30_000) throw badRequest(`TimeoutInMillis ${timeout} must be between 50 and 30000 for HTTP APIs.`);
    const integration: Integration = {
      IntegrationId: id(this.host, 7),
      IntegrationType: "AWS_PROXY",
      IntegrationUri: this.host.functionArn(input.IntegrationUri),
      PayloadFormatVersion: input.PayloadFormatVersion,
      TimeoutInMillis: timeout,
      ConnectionType: "INTERNET",
      IntegrationMethod: "POST",
    };
    api.integrations.set(integration.IntegrationId, integration);
    return integration;
  }

  createRoute(input: { ApiId?: string; RouteKey?: string; Target?: string }) {
    const api = this.api(input.ApiId);
    const compiled = compileRouteKey(input.RouteKey as string);
    if (api.routes.some((r) => r.RouteKey === input.RouteKey)) throw new AwsApiError("ConflictException", `Unable to create route ${input.RouteKey}: the route key already exists for this API.`, 409);
    if (input.Target !== undefined) {
      const match = /^integrations\/(.+)$/.exec(input.Target);
      if (!match) throw badRequest(`Target '${input.Target}' must be 'integrations/{IntegrationId}'.`);
      if (!api.integrations.has(match[1])) throw notFound(`Integration ${match[1]} does not exist in API ${api.ApiId}; create it with createIntegration first.`);
    }
    const route: Route = { RouteId: id(this.host, 7), RouteKey: compiled.routeKey, Target: input.Target, AuthorizationType: "NONE", ApiKeyRequired: false, compiled };
    api.routes.push(route);
    const { compiled: _c, ...rest } = route;
    return rest;
  }

  getRoutes(input: { ApiId?: string }) {
    return { Items: this.api(input.ApiId).routes.map(({ compiled: _c, ...rest }) => rest) };
  }

  hostFor(hostName: string): Api | undefined {
    return [...this.apis.values()].find((api) => api.ApiEndpoint === `https://${hostName}`);
  }

  /** The SourceArn API Gateway presents to Lambda: `arn:aws:execute-api:region:account:apiId/stage/METHOD/path`. */
  private sourceArn(api: Api, method: string, route: CompiledRoute): string {
    const tail = route.method === "$default" ? "$default" : `${method}${route.path}`;
    return `arn:aws:execute-api:${this.host.region}:${this.host.accountId}:${api.ApiId}/$default/${tail}`;
  }

  handle(api: Api, request: ParsedHttpRequest, done: (response: HttpResponse) => void): void {
    const match = selectRoute(
      api.routes.map((r) => r.compiled),
      request.method,
      request.rawPath,
    );
    const route = match ? api.routes.find((r) => r.compiled === match.route) : undefined;
    this.host.trace({ kind: "apigateway.request", apiId: api.ApiId, method: request.method, path: request.rawPath, routeKey: route?.RouteKey ?? null });
    const requestId = `${randomHex(this.host, 14)}=`;
    const finish = (response: HttpResponse, functionName = "") => {
      response.headers["apigw-requestid"] = requestId;
      response.multiValueHeaders["apigw-requestid"] = [requestId];
      this.host.trace({ kind: "apigateway.response", functionName, apiId: api.ApiId, status: response.status, ...(response.errorReason ? { errorReason: response.errorReason } : {}) });
      done(response);
    };
    if (!match || !route?.Target) return finish(apiGatewayError(404, "Not Found", "NoMatchingRoute"));
    const integration = api.integrations.get(route.Target.slice("integrations/".length))!;
    const functionArn = integration.IntegrationUri;
    const functionName = functionNameOf(functionArn);
    const caller = { principal: "apigateway.amazonaws.com", sourceArn: this.sourceArn(api, request.method, match.route), sourceAccount: this.host.accountId };
    // Without permission API Gateway answers 500 and logs "Invalid permissions on Lambda function".
    if (!this.permissions.check(functionArn, caller).allowed) return finish(apiGatewayError(500, "Internal Server Error", "LambdaAccessDenied"), functionName);

    const ctx = {
      accountId: this.host.accountId,
      apiId: api.ApiId,
      domainName: api.ApiEndpoint.slice("https://".length),
      stage: "$default",
      requestId,
      routeKey: route.RouteKey,
      pathParameters: match.pathParameters,
      timeEpoch: this.host.now(),
      traceId: albTraceId(this.host.now(), randomHex(this.host, 24)),
    };
    const event =
      integration.PayloadFormatVersion === "2.0"
        ? buildHttpApiEventV2(request, ctx)
        : buildProxyEventV1(request, { ...ctx, resource: match.route.method === "$default" ? "$default" : match.route.path, includeVersion: true });

    // Race the integration timeout on the virtual clock: after it the client has its answer
    // while the function keeps running to its own end, as in AWS.
    let settled = false;
    const cancel = this.host.schedule(this.host.now() + integration.TimeoutInMillis, () => {
      if (settled) return;
      settled = true;
      finish(apiGatewayError(503, "Service Unavailable", "IntegrationTimeout"), functionName);
    });
    this.host.invoke(
      { FunctionName: functionArn, InvocationType: "RequestResponse", Payload: JSON.stringify(event), source: { label: "apigateway", ...caller } },
      (result) => {
        if (settled) return;
        settled = true;
        cancel();
        const outcome = classifyInvoke(result);
        let response: HttpResponse;
        if (outcome.kind === "ok") {
          response = integration.PayloadFormatVersion === "2.0" ? httpApiResultV2ToHttp(outcome.payload) : proxyResultV1ToHttp(outcome.payload);
        } else if (outcome.kind === "functionError") {
          response = apiGatewayError(502, "Internal Server Error", "LambdaFunctionError");
        } else if (outcome.kind === "throttled") {
          response = apiGatewayError(500, "Internal Server Error", "LambdaThrottled");
        } else {
          response = apiGatewayError(500, "Internal Server Error", "LambdaInvokeFailed");
        }
        finish(response, functionName);
      },
    );
  }
}
