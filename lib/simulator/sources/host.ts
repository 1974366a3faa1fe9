/**
 * What the event-source services need from the engine, and nothing more: the virtual clock,
 * seeded randomness, Lambda's Invoke, function lookup and the trace. Keeping the services
 * behind this port lets them be tested with a tiny fake and bound to the real engine in one
 * adapter (see lib/simulator README for where it is registered).
 */

export interface HostInvokeInput {
  FunctionName: string;
  Qualifier?: string;
  InvocationType: "RequestResponse" | "Event";
  Payload: string;
  /** The calling service, for the engine's trace ("alb", "s3", ...) and its permission hook. */
  source: { label: string; principal: string; sourceArn?: string; sourceAccount?: string };
}

/** Mirrors the engine's internal invoke result, so the adapter is a pass-through. */
export type HostInvokeResult =
  | {
      kind: "response";
      payload: string;
      functionError?: "Unhandled";
      executedVersion?: string;
      outcome: "success" | "error" | "timeout" | "crash";
    }
  | { kind: "accepted"; requestId: string }
  | { kind: "rejected"; error: Error & { name: string } };

/**
 * A trace record as the services emit it; the host adds `t` and `seq`. Kinds are dotted
 * ("alb.request", "permission.denied"), the engine's convention for service records.
 */
export interface SourceTraceRecord {
  kind: `${string}.${string}`;
  functionName?: string;
  [key: string]: unknown;
}

/**
 * Everything here is synchronous with callbacks, like the engine's kernel: scheduled tasks and
 * invoke results run inside the clock's loop, so a request's whole life happens in virtual
 * time without depending on when JavaScript promises settle.
 */
export interface SourceHost {
  readonly region: string;
  readonly accountId: string;
  now(): number;
  /** Runs `task` when virtual time reaches `at`; the returned function cancels it. */
  schedule(at: number, task: () => void): () => void;
  /** Seeded PRNG in [0, 1). */
  random(): number;
  /**
   * Lambda's Invoke. `onResult` gets "rejected" (throttle, unknown function) synchronously or
   * later, "response" when a synchronous invocation completes, "accepted" for Event.
   */
  invoke(input: HostInvokeInput, onResult: (result: HostInvokeResult) => void): void;
  /**
   * The ARN of a function given its name, partial or full ARN (qualified when a qualifier is
   * part of it); throws ResourceNotFoundException for an unknown function.
   */
  functionArn(nameOrArn: string): string;
  trace(record: SourceTraceRecord): void;
}

/** A lower-case hex string of `length` characters from the host's PRNG. */
export function randomHex(host: Pick<SourceHost, "random">, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += Math.floor(host.random() * 16).toString(16);
  return out;
}

/** A version-4-shaped UUID from the host's PRNG (deterministic for a seed). */
export function randomUuid(host: Pick<SourceHost, "random">): string {
  const h = randomHex(host, 32).split("");
  h[12] = "4";
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The function name inside a function ARN (`arn:aws:lambda:r:a:function:NAME[:qualifier]`). */
export function functionNameOf(arn: string): string {
  const parts = arn.split(":");
  return parts[0] === "arn" ? parts[6] : arn;
}
