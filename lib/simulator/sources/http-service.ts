import type { ApiGatewayV2Service } from "./apigatewayv2-service";
import type { Elbv2Service } from "./elbv2-service";
import type { SourceHost } from "./host";
import { HttpClientError, parseHttpRequest, type HttpRequestInput, type HttpResponse } from "./http-request";

/**
 * `sim.http.request`: a client on the internet. The URL's host decides where the request goes,
 * as DNS would: a load balancer's DNSName or an HTTP API's endpoint host. Anything else fails
 * the way a real client fails to resolve a name.
 */
export class HttpService {
  constructor(
    private readonly host: SourceHost,
    private readonly elbv2: Elbv2Service,
    private readonly apigatewayv2: ApiGatewayV2Service,
  ) {}

  /** Throws HttpClientError synchronously when the request cannot be sent at all. */
  request(input: HttpRequestInput, done: (response: HttpResponse) => void): void {
    const request = parseHttpRequest(input);
    const lb = this.elbv2.hostFor(request.host);
    if (lb) return this.elbv2.handle(lb, request, done);
    const api = this.apigatewayv2.hostFor(request.host);
    if (api) {
      if (request.protocol !== "https" || request.port !== 443) {
        throw new HttpClientError("ECONNREFUSED", `connect ECONNREFUSED ${request.host}:${request.port}: API Gateway endpoints accept HTTPS on port 443 only.`);
      }
      return this.apigatewayv2.handle(api, request, done);
    }
    this.host.trace({ kind: "http.unknown-host", host: request.host });
    throw new HttpClientError(
      "ENOTFOUND",
      `getaddrinfo ENOTFOUND ${request.host}: no load balancer or API in this simulator has that name. Use the DNSName from elbv2.createLoadBalancer or the ApiEndpoint from apigatewayv2.createApi.`,
    );
  }
}
