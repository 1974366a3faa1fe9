import { createSimulator, type Simulator } from "./index";
import { serializeError, TOP_LEVEL_METHODS, type MessageEndpoint, type TraceRecordMessage, type WorkerRequest, type WorkerResponse } from "./worker";

/**
 * The worker side of the protocol in ./worker.ts: owns one simulator, answers requests in the
 * order they arrive, and streams trace records in batches while calls run (a batch is posted
 * every TRACE_BATCH records, so a long run is visible on the timeline as it unfolds).
 */

const TRACE_BATCH = 256;
const SERVICES = new Set(["lambda", "sqs", "sns", "http", "elbv2", "apigatewayv2", "s3", "eventbridge"]);

/**
 * Results cross to the page by structured clone, which refuses functions: S3's GetObject Body
 * (transformToString / transformToByteArray, as in the SDK) arrives as the object's text instead.
 */
async function cloneable(value: unknown): Promise<unknown> {
  const body = (value as { Body?: { transformToString?: () => Promise<string> } } | null)?.Body;
  if (body && typeof body.transformToString === "function") return { ...(value as object), Body: await body.transformToString() };
  return value;
}

export function serveSimulator(endpoint: MessageEndpoint): void {
  let sim: Simulator | undefined;
  let batch: TraceRecordMessage[] = [];
  let flushScheduled = false;

  const post = (message: WorkerResponse) => endpoint.postMessage(message);
  const flush = () => {
    flushScheduled = false;
    if (!batch.length) return;
    const records = batch;
    batch = [];
    post({ type: "trace", records });
  };
  const onRecord = (record: TraceRecordMessage) => {
    batch.push(record);
    if (batch.length >= TRACE_BATCH) flush();
    else if (!flushScheduled) {
      flushScheduled = true;
      setTimeout(flush, 0);
    }
  };

  const dispatch = async (request: Extract<WorkerRequest, { type: "call" }>): Promise<unknown> => {
    if (!sim) throw new Error("The simulator was not created: send a create request first.");
    const [service, name] = request.method.split(".");
    const params = Array.isArray(request.params) ? request.params : [];
    if (name !== undefined) {
      if (!SERVICES.has(service)) throw new Error(`Unknown simulator service "${service}".`);
      const api = (sim as unknown as Record<string, Record<string, unknown> | undefined>)[service];
      const fn = api && Object.prototype.hasOwnProperty.call(api, name) ? api[name] : undefined;
      if (typeof fn !== "function") throw new Error(`Unknown simulator method "${request.method}".`);
      return cloneable(await (fn as (...args: unknown[]) => unknown)(...params));
    }
    if (!(TOP_LEVEL_METHODS as readonly string[]).includes(service)) throw new Error(`Unknown simulator method "${request.method}".`);
    const fn = sim[service as (typeof TOP_LEVEL_METHODS)[number]] as (...args: unknown[]) => unknown;
    return fn(...params);
  };

  const answer = async (id: number, work: Promise<unknown>) => {
    try {
      const value = await work;
      flush();
      post({ type: "result", id, ok: true, value });
    } catch (error) {
      flush();
      post({ type: "result", id, ok: false, error: serializeError(error) });
    }
  };

  let queue = Promise.resolve();
  endpoint.addEventListener("message", (event) => {
    const request = event.data as WorkerRequest;
    if (request.type === "batch") {
      // Start every call of the batch in this one tick, so the engine overlaps them.
      queue = queue.then(async () => {
        await Promise.all(request.calls.map((call) => answer(call.id, dispatch({ type: "call", ...call }))));
      });
      return;
    }
    queue = queue.then(async () => {
      try {
        let value: unknown;
        if (request.type === "create") {
          sim?.dispose();
          sim = await createSimulator(request.options);
          sim.onTrace(onRecord);
          value = { now: sim.now() };
        } else if (request.type === "dispose") {
          sim?.dispose();
          sim = undefined;
        } else {
          value = await dispatch(request);
        }
        flush();
        post({ type: "result", id: request.id, ok: true, value });
      } catch (error) {
        flush();
        post({ type: "result", id: request.id, ok: false, error: serializeError(error) });
      }
    });
  });
}
