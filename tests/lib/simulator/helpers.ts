import { createSimulator, type Simulator } from "@/lib/simulator";

/** Helpers shared by the engine suites: a fresh simulator and one-line function setup. */

export async function newSim(options: Parameters<typeof createSimulator>[0] = {}): Promise<Simulator> {
  return createSimulator({ seed: 7, ...options });
}

export async function deploy(sim: Simulator, name: string, code: string | Record<string, string>, config: Record<string, unknown> = {}) {
  return sim.lambda.createFunction({ FunctionName: name, Code: { ZipFile: code }, ...config });
}

/** Invokes synchronously and parses the payload. */
export async function call(sim: Simulator, name: string, event: unknown = {}, extra: Record<string, unknown> = {}) {
  const out = await sim.lambda.invoke({ FunctionName: name, Payload: JSON.stringify(event), ...extra });
  return { ...out, body: out.Payload ? JSON.parse(out.Payload) : undefined };
}

/** Captures the rejection of a promise, failing if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number }; Reason?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata?: { httpStatusCode?: number }; Reason?: string };
  }
  throw new Error("expected the call to be rejected, but it resolved");
}

export const MINUTE = 60_000;
