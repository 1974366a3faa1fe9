/**
 * The same three-step flow (order → payment → email) wired two ways, and the milliseconds each
 * function is billed for. A teaching model for lesson 01:
 * - chain: each function does its own work, then synchronously invokes the next and waits, so a
 *   caller is billed for its callee's time too; a timeout at the end makes every caller wait until
 *   its own timeout (Lambda never retries a synchronous call);
 * - events: the order function publishes an event and returns; the other two are invoked
 *   asynchronously and billed only for their own work, and a failing one is retried by Lambda
 *   (two retries) without the customer noticing.
 * Network and invoke overheads are ignored; all functions are assumed to have the same memory,
 * so billed milliseconds compare costs directly.
 */

export type Wiring = "chain" | "events";

export interface FlowInput {
  wiring: Wiring;
  /** Own work of order, payment, email, in ms. */
  workMs: [number, number, number];
  lastStepTimesOut: boolean;
  /** The same timeout for the three functions, in ms. */
  timeoutMs: number;
}

export interface StepBill {
  name: string;
  billedMs: number;
  attempts: number;
  outcome: "ok" | "timeout" | "error";
  note: string;
}

export interface FlowResult {
  steps: StepBill[];
  totalBilledMs: number;
  /** How long the customer's request takes, and what it gets back. */
  callerWaitMs: number;
  callerSees: string;
}

export const STEP_NAMES = ["order", "payment", "email"] as const;
/** Time to put one event on the bus, in ms (a model figure). */
export const PUBLISH_MS = 20;
/** Asynchronous invocation: the first attempt plus two retries. */
const ASYNC_ATTEMPTS = 3;

export class FlowInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FlowInputError";
  }
}

export function billFlow(input: FlowInput): FlowResult {
  const { workMs, timeoutMs } = input;
  if (workMs.some((w) => !Number.isFinite(w) || w < 0)) throw new FlowInputError("Enter each step's work as milliseconds, 0 or more.");
  if (!(timeoutMs >= 1000 && timeoutMs <= 900_000)) throw new FlowInputError("The timeout is 1 to 900 seconds.");
  const ceil = (ms: number) => Math.ceil(ms);

  if (input.wiring === "events") {
    const steps: StepBill[] = [
      { name: STEP_NAMES[0], billedMs: ceil(workMs[0] + PUBLISH_MS), attempts: 1, outcome: "ok", note: `Does its work, publishes OrderPlaced (${PUBLISH_MS} ms) and returns.` },
      { name: STEP_NAMES[1], billedMs: ceil(workMs[1]), attempts: 1, outcome: "ok", note: "Invoked asynchronously by an EventBridge rule; billed for its own work only." },
      input.lastStepTimesOut
        ? {
            name: STEP_NAMES[2],
            billedMs: ceil(timeoutMs) * ASYNC_ATTEMPTS,
            attempts: ASYNC_ATTEMPTS,
            outcome: "timeout",
            note: "Times out; Lambda retries the event twice (about 1 and 2 minutes later), then hands it to the DLQ or on-failure destination. The order is unaffected.",
          }
        : { name: STEP_NAMES[2], billedMs: ceil(workMs[2]), attempts: 1, outcome: "ok", note: "Invoked asynchronously by another rule, in parallel with payment." },
    ];
    return {
      steps,
      totalBilledMs: steps.reduce((s, x) => s + x.billedMs, 0),
      callerWaitMs: workMs[0] + PUBLISH_MS,
      callerSees: "200 OK as soon as the order is stored and the event is published.",
    };
  }

  // Chain: work out each function's run time from the last one back to the first.
  const durations: number[] = [0, 0, 0];
  const outcomes: StepBill["outcome"][] = ["ok", "ok", "ok"];
  for (let i = 2; i >= 0; i--) {
    const own = i === 2 && input.lastStepTimesOut ? Number.POSITIVE_INFINITY : workMs[i];
    const waiting = i < 2 ? durations[i + 1] : 0;
    const wanted = own + waiting;
    if (wanted > timeoutMs) {
      durations[i] = timeoutMs;
      outcomes[i] = "timeout";
    } else {
      durations[i] = wanted;
      outcomes[i] = i < 2 && outcomes[i + 1] !== "ok" ? "error" : "ok";
    }
  }
  const notes = durations.map((d, i) => {
    if (outcomes[i] === "timeout") return i === 2 ? "Never finishes: runs until its timeout." : "Still waiting for the next function when its own timeout hits.";
    if (outcomes[i] === "error") return "Gets the callee's error back and fails too.";
    return i < 2 ? `Its own ${workMs[i]} ms plus ${Math.round(durations[i + 1])} ms waiting for ${STEP_NAMES[i + 1]}.` : "Its own work only.";
  });
  const steps = durations.map((d, i): StepBill => ({ name: STEP_NAMES[i], billedMs: ceil(d), attempts: 1, outcome: outcomes[i], note: notes[i] }));
  return {
    steps,
    totalBilledMs: steps.reduce((s, x) => s + x.billedMs, 0),
    callerWaitMs: durations[0],
    callerSees: outcomes[0] === "ok" ? "200 OK after the whole chain has finished." : "An error: the order function failed, although the order may already be stored and paid.",
  };
}
