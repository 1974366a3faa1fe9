import {
  check,
  defineExercise,
  describeInvocation,
  expect,
  show,
  type Lab,
  type LabFunction,
} from "@/lib/exercises/check-api";

const LEDGER = `// The ledger refuses payments without a positive amount.
export async function record(payment) {
  if (typeof payment.amount !== "number" || payment.amount <= 0) {
    throw new Error(\`ledger: refused \${payment.id}: amount must be a positive number\`);
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log(\`ledger: recorded \${payment.id}\`);
}
`;

const QUEUE_ARN = "arn:aws:sqs:us-east-1:123456789012:payments";

function sqsRecord(messageId: string, body: string) {
  return {
    messageId,
    receiptHandle: `AQEB${messageId.replace(/-/g, "")}Zx9w`,
    body,
    attributes: {
      ApproximateReceiveCount: "1",
      SentTimestamp: "1767571200000",
      SenderId: "AIDAIENQZJOLO23YVJ4VO",
      ApproximateFirstReceiveTimestamp: "1767571200050",
    },
    messageAttributes: {},
    md5OfBody: "e4e68fb7bd0e697a0ae8f1bb342846b3",
    eventSource: "aws:sqs",
    eventSourceARN: QUEUE_ARN,
    awsRegion: "us-east-1",
  };
}

function payment(n: number, amount = 10 * n): string {
  return JSON.stringify({ id: `pay-${String(n).padStart(2, "0")}`, amount });
}

async function recordedCounts(fn: LabFunction): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const m of await fn.messages()) {
    const match = /^ledger: recorded (\S+)/.exec(m.message);
    if (match) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  return counts;
}

/** The queue, its DLQ and the mapping, with `bodies` already waiting so they form one batch. */
async function pipeline(lab: Lab, bodies: string[]) {
  const fn = await lab.deploy({ FunctionName: "payments-consumer", Timeout: 3 });
  const dlq = await lab.queue("payments-dlq");
  const queue = await lab.queue("payments", {
    visibilityTimeoutSeconds: 30,
    deadLetter: { queue: dlq, maxReceiveCount: 3 },
  });
  for (const body of bodies) await queue.send(body);
  await lab.sqsTrigger(queue, fn, { batchSize: 10, reportBatchItemFailures: true });
  await lab.settle(15 * 60 * 1000);
  return { fn, queue, dlq };
}

const MIXED = [
  payment(1),
  payment(2),
  payment(3),
  payment(4, -5),
  payment(5),
  payment(6),
  "{not json",
  payment(7),
  payment(8),
  payment(9),
];
const GOOD_IDS = ["pay-01", "pay-02", "pay-03", "pay-05", "pay-06", "pay-07", "pay-08", "pay-09"];

export const exercise = defineExercise({
  supportFiles: { "ledger.mjs": LEDGER },
  checks: [
    check("reports-failed-message-id", "Reports exactly the failed message by its messageId", async (lab) => {
      const fn = await lab.deploy({ FunctionName: "payments-consumer" });
      const event = {
        Records: [
          sqsRecord("0b6c7f5e-1a2b-4c3d-9e8f-000000000001", payment(1)),
          sqsRecord("0b6c7f5e-1a2b-4c3d-9e8f-000000000002", payment(2, -1)),
          sqsRecord("0b6c7f5e-1a2b-4c3d-9e8f-000000000003", payment(3)),
        ],
      };
      const inv = await fn.invoke(event);
      expect(
        !inv.functionError,
        `With one refused payment in the batch the invocation ${describeInvocation(inv)}. A thrown error fails the whole batch: catch it per message.`,
      );
      const failures = (inv.payload as { batchItemFailures?: unknown } | null)?.batchItemFailures;
      expect(
        Array.isArray(failures),
        `The function returned ${show(inv.payload)}; expected { batchItemFailures: [...] }.`,
      );
      const ids = (failures as { itemIdentifier?: unknown }[]).map((f) => f?.itemIdentifier);
      expect(
        ids.length === 1 && ids[0] === "0b6c7f5e-1a2b-4c3d-9e8f-000000000002",
        `batchItemFailures named ${show(ids)}; expected only the second message's messageId "0b6c7f5e-1a2b-4c3d-9e8f-000000000002". An unknown identifier makes Lambda fail the whole batch.`,
      );
    }),
    check("good-payments-once", "Each good payment is recorded exactly once", async (lab) => {
      const { fn } = await pipeline(lab, MIXED);
      const counts = await recordedCounts(fn);
      for (const id of GOOD_IDS) {
        const n = counts.get(id) ?? 0;
        expect(
          n === 1,
          `${id} was recorded ${n} times. ${n > 1 ? "The batch it came in failed as a whole, so it came back after the visibility timeout: report only the failed messages." : "It never reached the ledger: keep going after a failed message."}`,
        );
      }
      return "8 good payments, each recorded once.";
    }),
    check(
      "bad-messages-dead-letter",
      "Only the two bad messages end in the dead-letter queue",
      async (lab) => {
        const { queue, dlq } = await pipeline(lab, MIXED);
        const left = await queue.depth();
        expect(
          left === 0,
          `${left} messages are still in the payments queue after 15 minutes; every message should be either processed or moved to payments-dlq.`,
        );
        const dead = (await dlq.drain()).map((m) => m.body).sort();
        const expected = [payment(4, -5), "{not json"].sort();
        expect(
          JSON.stringify(dead) === JSON.stringify(expected),
          `payments-dlq holds ${dead.length} messages (${show(dead, 300)}); expected only the refused payment pay-04 and the body that is not JSON.`,
        );
      },
    ),
    check(
      "all-good-batch",
      "A batch of good payments reports no failures and leaves the queues empty",
      async (lab) => {
        const { fn, queue, dlq } = await pipeline(lab, [payment(11), payment(12), payment(13), payment(14)]);
        const counts = await recordedCounts(fn);
        for (const id of ["pay-11", "pay-12", "pay-13", "pay-14"])
          expect(counts.get(id) === 1, `${id} was recorded ${counts.get(id) ?? 0} times; expected once.`);
        expect(
          (await queue.depth()) === 0,
          "Messages are left in the payments queue after a batch where everything succeeded.",
        );
        const dead = await dlq.drain();
        expect(
          dead.length === 0,
          `payments-dlq received ${dead.length} messages though every payment was good: report no failures when nothing failed.`,
        );
      },
    ),
  ],
});
