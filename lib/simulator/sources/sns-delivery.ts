import { functionNameOf, type SourceHost } from "./host";
import type { PermissionService } from "./permission-service";
import { buildSnsEvent, type SnsMessageForDelivery } from "./sns-records";

/**
 * SNS -> Lambda: one asynchronous invocation per subscription with a single Sns record, after
 * the function's resource-based policy allows sns.amazonaws.com for the topic. The engine's
 * sim.sns calls this for subscriptions with Protocol "lambda".
 */
export function deliverSnsToLambda(
  host: SourceHost,
  permissions: PermissionService,
  message: SnsMessageForDelivery,
  subscriptionArn: string,
  functionArn: string,
): { ok: true } | { ok: false; error: string } {
  const functionName = functionNameOf(functionArn);
  const caller = { principal: "sns.amazonaws.com", sourceArn: message.topicArn, sourceAccount: host.accountId };
  const decision = permissions.check(functionArn, caller);
  if (!decision.allowed) {
    host.trace({ kind: "sns.delivery.failed", functionName, topicArn: message.topicArn, reason: decision.reason });
    return { ok: false, error: decision.reason ?? "Access denied" };
  }
  host.trace({ kind: "sns.delivery", functionName, topicArn: message.topicArn, messageId: message.messageId });
  let outcome: { ok: true } | { ok: false; error: string } = { ok: true };
  host.invoke(
    { FunctionName: functionArn, InvocationType: "Event", Payload: JSON.stringify(buildSnsEvent(message, subscriptionArn)), source: { label: "sns", ...caller } },
    (result) => {
      if (result.kind === "rejected") {
        outcome = { ok: false, error: `${result.error.name}: ${result.error.message}` };
        host.trace({ kind: "sns.delivery.failed", functionName, topicArn: message.topicArn, reason: outcome.error });
      }
    },
  );
  return outcome;
}
