import type { DeliveryTarget, InvokeOutcome, TimelineEvent } from "./timeline-events";

// Folds the engine's trace records (lib/simulator kernel/trace.ts: `env.init.start`,
// `invoke.end`, `async.retry.scheduled`, `dlq.delivered` ...) into timeline events: start/end
// pairs become segments, the rest become instants. Typed structurally so the page keeps working
// if the engine adds fields or kinds; unknown kinds are ignored.

type Rec = { t: number; kind: string; functionName?: string; [key: string]: unknown };

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function isRecord(r: unknown): r is Rec {
  return !!r && typeof r === "object" && typeof (r as Rec).t === "number" && typeof (r as Rec).kind === "string";
}

/**
 * Timeline events for one function (all functions when `functionName` is omitted). `now` closes
 * segments still open (an invocation in progress while the engine streams its trace).
 */
export function adaptTrace(records: readonly unknown[], options: { functionName?: string; now?: number } = {}): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const openInit = new Map<string, Rec>();
  const openInvoke = new Map<string, Rec>();
  let last = 0;
  const key = (r: Rec) => `${str(r.requestId)}|${num(r.attempt) ?? 1}|${str(r.environmentId)}`;
  for (const r of records) {
    if (!isRecord(r)) continue;
    if (options.functionName && r.functionName && r.functionName !== options.functionName) continue;
    last = Math.max(last, r.t);
    const requestId = str(r.requestId) ?? "";
    switch (r.kind) {
      case "env.init.start":
        openInit.set(str(r.environmentId) ?? "", r);
        break;
      case "env.init.end": {
        const env = str(r.environmentId) ?? "";
        const start = openInit.get(env);
        openInit.delete(env);
        const duration = num(r.initDurationMs);
        out.push({
          type: "init",
          env,
          start: start?.t ?? (duration !== undefined ? r.t - duration : r.t),
          end: r.t,
          ...(r.outcome && r.outcome !== "success" ? { failed: true } : {}),
        });
        break;
      }
      case "invoke.start":
        openInvoke.set(key(r), r);
        break;
      case "invoke.end": {
        const start = openInvoke.get(key(r));
        openInvoke.delete(key(r));
        const duration = num(r.durationMs);
        const type = str(r.invocationType);
        out.push({
          type: "invoke",
          env: str(r.environmentId) ?? "",
          start: start?.t ?? (duration !== undefined ? r.t - duration : r.t),
          end: r.t,
          requestId,
          attempt: num(r.attempt) ?? 1,
          version: str(r.version) ?? "$LATEST",
          outcome: (str(r.outcome) as InvokeOutcome | undefined) ?? "success",
          ...(type === "RequestResponse" || type === "Event" ? { invocationType: type } : {}),
          ...(str(r.errorType) ? { errorType: str(r.errorType) } : {}),
        });
        break;
      }
      case "throttle":
        out.push({
          type: "throttle",
          t: r.t,
          ...(requestId ? { requestId } : {}),
          ...(str(r.reason) ? { reason: str(r.reason) } : {}),
          ...(str(r.invocationType) ? { invocationType: str(r.invocationType) } : {}),
        });
        break;
      case "async.retry.scheduled":
        out.push({ type: "retry-wait", start: r.t, end: r.t + (num(r.delayMs) ?? 0), requestId, attempt: num(r.attempt) ?? 2 });
        break;
      case "async.expired":
        out.push({ type: "expired", t: r.t, requestId });
        break;
      case "dlq.delivered":
      case "dlq.failed":
      case "destination.delivered":
      case "destination.failed": {
        const target: DeliveryTarget = r.kind.startsWith("dlq") ? "dlq" : r.condition === "Success" ? "on-success" : "on-failure";
        out.push({
          type: "delivery",
          t: r.t,
          requestId,
          target,
          ok: r.kind.endsWith(".delivered"),
          ...(str(r.targetArn) ? { destination: str(r.targetArn) } : {}),
        });
        break;
      }
      case "env.reclaimed":
        out.push({ type: "reclaim", env: str(r.environmentId) ?? "", t: r.t, ...(str(r.reason) ? { reason: str(r.reason) } : {}) });
        break;
      default:
        break;
    }
  }
  const now = Math.max(options.now ?? last, last);
  for (const [env, r] of openInit) out.push({ type: "init", env, start: r.t, end: now, running: true });
  for (const r of openInvoke.values()) {
    out.push({
      type: "invoke",
      env: str(r.environmentId) ?? "",
      start: r.t,
      end: now,
      requestId: str(r.requestId) ?? "",
      attempt: num(r.attempt) ?? 1,
      version: str(r.version) ?? "$LATEST",
      outcome: "running",
    });
  }
  return out;
}
