import { check, defineExercise, expect, fail, show, type Lab } from "@/lib/exercises/check-api";

const CARDS = `export class CardDeclinedError extends Error {
  constructor(card) {
    super(\`card \${card} was declined\`);
    this.name = "CardDeclinedError";
  }
}

// The card network: the test card 4000-0000-0000-0002 is always declined.
export async function charge({ paymentId, amount, card }) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  console.log(\`cards: charge attempt for \${paymentId}\`);
  if (card === "4000-0000-0000-0002") throw new CardDeclinedError(card);
  return { paymentId, amount, authorization: \`auth-\${paymentId}\` };
}
`;

const DECLINED = { paymentId: "pay-7", amount: 42, card: "4000-0000-0000-0002" };
const APPROVED = { paymentId: "pay-8", amount: 19, card: "4242-4242-4242-4242" };

/** The failures queue, then the function with the learner's asynchronous settings applied. */
async function arrange(lab: Lab) {
  const failures = await lab.queue("payment-failures");
  const fn = await lab.deploy({ FunctionName: "payment-webhook" });
  const config = await lab.learnerExport("asyncConfig");
  if (!config || typeof config !== "object" || Array.isArray(config)) {
    fail(
      `index.mjs must export asyncConfig as an object with PutFunctionEventInvokeConfig fields; it exported ${show(config)}.`,
    );
  }
  await fn.putEventInvokeConfig(config as Record<string, unknown>);
  return { fn, failures };
}

async function attempts(lab: Lab, fnName: string): Promise<number> {
  return (await lab.trace("invoke.start")).filter((r) => r.functionName === fnName).length;
}

export const exercise = defineExercise({
  supportFiles: { "cards.mjs": CARDS },
  checks: [
    check("settings-accepted", "Lambda accepts the asynchronous settings", async (lab) => {
      await arrange(lab);
      return "putFunctionEventInvokeConfig accepted asyncConfig.";
    }),
    check("one-attempt", "A declined payment is attempted once, not retried", async (lab) => {
      const { fn } = await arrange(lab);
      await fn.invokeAsync(DECLINED);
      await lab.settle(60 * 60 * 1000);
      const n = await attempts(lab, fn.name);
      const failed = (await fn.trace("invoke.error")).length;
      expect(
        failed > 0,
        "The declined payment did not fail the invocation (your handler returned normally), so there was nothing to retry or to record. Let the CardDeclinedError propagate.",
      );
      expect(
        n === 1,
        `The declined payment was attempted ${n} times. Set MaximumRetryAttempts to 0: retrying a declined card cannot succeed.`,
      );
      return "One failed attempt, no retries.";
    }),
    check("failure-recorded", "The declined payment's record reaches payment-failures", async (lab) => {
      const { fn, failures } = await arrange(lab);
      await fn.invokeAsync(DECLINED);
      await lab.settle(60 * 60 * 1000);
      const records = await failures.drain();
      if (records.length === 0) {
        const logs = (await fn.messages()).map((m) => m.message).join(" | ");
        fail(
          `No record reached payment-failures. ${/failed/.test(logs) ? "Your handler caught the error and returned normally, so Lambda saw a success: let the error propagate." : "Check that DestinationConfig.OnFailure.Destination is the queue's ARN."}`,
        );
      }
      expect(
        records.length === 1,
        `payment-failures received ${records.length} records for one declined payment; expected one.`,
      );
      const record = records[0].json as
        | {
            requestContext?: { condition?: unknown; approximateInvokeCount?: unknown };
            requestPayload?: { paymentId?: unknown };
            responsePayload?: { errorType?: unknown };
          }
        | undefined;
      expect(
        record?.requestPayload?.paymentId === "pay-7",
        `The record's requestPayload is ${show(record?.requestPayload)}; expected the declined payment pay-7.`,
      );
      expect(
        record?.requestContext?.condition === "RetriesExhausted",
        `The record's condition is ${show(record?.requestContext?.condition)}; expected "RetriesExhausted".`,
      );
      expect(
        record?.responsePayload?.errorType === "CardDeclinedError",
        `The record's responsePayload is ${show(record?.responsePayload)}; expected the CardDeclinedError your handler threw.`,
      );
      return `One record: condition RetriesExhausted after ${show(record.requestContext?.approximateInvokeCount)} attempt(s).`;
    }),
    check(
      "success-stays-quiet",
      "An approved payment runs once and sends nothing to payment-failures",
      async (lab) => {
        const { fn, failures } = await arrange(lab);
        await fn.invokeAsync(APPROVED);
        await lab.settle(60 * 60 * 1000);
        const n = await attempts(lab, fn.name);
        expect(n === 1, `The approved payment ran ${n} times; expected once.`);
        const charged = (await fn.messages()).some((m) => m.message.includes("charged pay-8"));
        expect(charged, 'The approved payment pay-8 was never charged (no "charged pay-8" in the logs).');
        const records = await failures.drain();
        expect(
          records.length === 0,
          `payment-failures received ${records.length} record(s) for an approved payment.`,
        );
      },
    ),
  ],
});
