import { AwsApiError } from "./aws-error";
import { functionNameOf, type SourceHost } from "./host";
import {
  addPermission,
  emptyPolicy,
  evaluateInvokePermission,
  policyText,
  removePermission,
  type AddPermissionInput,
  type PermissionDecision,
  type ResourcePolicy,
  type ServiceCaller,
} from "./resource-policy";

/**
 * Resource-based policies per function ARN (qualified ARNs have their own policy, as aliases and
 * versions do in AWS), exposed with Lambda's operation names and used by every push trigger
 * before it invokes.
 */
export class PermissionService {
  private readonly policies = new Map<string, ResourcePolicy>();
  private revision = 0;

  constructor(private readonly host: SourceHost) {}

  private resourceArn(functionName: string | undefined, qualifier: string | undefined): string {
    if (typeof functionName !== "string" || functionName === "") {
      throw new AwsApiError("InvalidParameterValueException", "FunctionName is required: pass the function's name or ARN.", 400);
    }
    const arn = this.host.functionArn(functionName);
    return qualifier ? `${arn.split(":").slice(0, 7).join(":")}:${qualifier}` : arn;
  }

  addPermission(input: AddPermissionInput): { Statement: string } {
    const arn = this.resourceArn(input.FunctionName, input.Qualifier);
    const policy = this.policies.get(arn) ?? emptyPolicy();
    const statement = addPermission(policy, input, arn, this.host.accountId);
    this.policies.set(arn, policy);
    this.revision++;
    this.host.trace({ kind: "permission.added", functionName: functionNameOf(arn), statementId: statement.Sid, principal: input.Principal });
    return { Statement: JSON.stringify(statement) };
  }

  removePermission(input: { FunctionName?: string; StatementId?: string; Qualifier?: string }): Record<string, never> {
    const arn = this.resourceArn(input.FunctionName, input.Qualifier);
    const policy = this.policies.get(arn);
    if (!policy) throw new AwsApiError("ResourceNotFoundException", "No policy is found for: " + arn, 404);
    removePermission(policy, input.StatementId);
    if (policy.Statement.length === 0) this.policies.delete(arn);
    this.revision++;
    this.host.trace({ kind: "permission.removed", functionName: functionNameOf(arn), statementId: input.StatementId });
    return {};
  }

  getPolicy(input: { FunctionName?: string; Qualifier?: string }): { Policy: string; RevisionId: string } {
    const arn = this.resourceArn(input.FunctionName, input.Qualifier);
    const policy = this.policies.get(arn);
    if (!policy) throw new AwsApiError("ResourceNotFoundException", "The resource you requested does not exist.", 404);
    return { Policy: policyText(policy), RevisionId: `rev-${this.revision}` };
  }

  /** The check a service performs (implicitly, in AWS) before invoking. Traces refusals. */
  check(functionArn: string, caller: ServiceCaller): PermissionDecision {
    const decision = evaluateInvokePermission(this.policies.get(functionArn), functionArn, caller);
    if (!decision.allowed) {
      this.host.trace({
        kind: "permission.denied",
        functionName: functionNameOf(functionArn),
        principal: caller.principal,
        sourceArn: caller.sourceArn,
        reason: decision.reason,
      });
    }
    return decision;
  }

  /** AWS's AccessDeniedException for a refused service invocation. */
  static accessDenied(functionArn: string, caller: ServiceCaller): AwsApiError {
    return new AwsApiError(
      "AccessDeniedException",
      `${caller.principal} is not authorized to perform: lambda:InvokeFunction on resource: ${functionArn} because no resource-based policy allows the lambda:InvokeFunction action`,
      403,
    );
  }
}
