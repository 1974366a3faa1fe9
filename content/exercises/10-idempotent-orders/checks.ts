import { check, defineExercise, expect, show, type Lab, type LabFunction } from "@/lib/exercises/check-api";

const PAYMENTS = `// The payment provider: a charge needs an idempotency key; repeating a key repeats nothing.
export async function charge({ orderId, amount, idempotencyKey }) {
  if (!idempotencyKey) throw new Error("payments: an idempotencyKey is required");
  await new Promise((resolve) => setTimeout(resolve, 80));
  console.log("payments: charge " + JSON.stringify({ orderId, amount, idempotencyKey: String(idempotencyKey) }));
  return { chargeId: "ch_" + String(idempotencyKey) };
}
`;

const MAILER = `// The mail service is unavailable until MAILER_UP_AT (epoch ms; 0 = always up).
export async function sendReceipt(email, orderId) {
  await new Promise((resolve) => setTimeout(resolve, 30));
  if (Date.now() < Number(process.env.MAILER_UP_AT ?? 0)) {
    throw new Error("mailer: service unavailable, try again later");
  }
  console.log(\`mailer: receipt for \${orderId} sent to \${email}\`);
}
`;

/** `delivery` numbers the PutEvents call: each one makes a new event id, even for the same order. */
function orderPlaced(orderId: string, amount: number, delivery = 1) {
  return {
    version: "0",
    id: `9f1c2b7e-${orderId.toLowerCase().replace(/[^a-z0-9]/g, "")}-4000-8000-${String(delivery).padStart(12, "0")}`,
    "detail-type": "Order Placed",
    source: "shop.orders",
    account: "123456789012",
    time: "2026-01-05T10:00:00Z",
    region: "us-east-1",
    resources: [],
    detail: { orderId, amount, email: `${orderId}@example.com` },
  };
}

type Charge = { orderId: string; idempotencyKey: string };

async function charges(fn: LabFunction): Promise<Charge[]> {
  const out: Charge[] = [];
  for (const m of await fn.messages()) {
    if (!m.message.startsWith("payments: charge ")) continue;
    try {
      out.push(JSON.parse(m.message.slice("payments: charge ".length)) as Charge);
    } catch {
      /* not one of ours */
    }
  }
  return out;
}

/** Distinct keys per order: what the provider would actually bill. */
async function billed(fn: LabFunction, orderId: string): Promise<string[]> {
  return [...new Set((await charges(fn)).filter((c) => c.orderId === orderId).map((c) => c.idempotencyKey))];
}

async function receipts(fn: LabFunction, orderId: string): Promise<number> {
  return (await fn.messages()).filter((m) => m.message.startsWith(`mailer: receipt for ${orderId} `)).length;
}

async function deploy(lab: Lab, mailerDownForMs = 0) {
  const upAt = mailerDownForMs > 0 ? (await lab.now()) + mailerDownForMs : 0;
  return lab.deploy({ FunctionName: "orders", Environment: { MAILER_UP_AT: String(upAt) } });
}

function explain(orderId: string, keys: string[], why: string): string {
  return `Order ${orderId} would be charged ${keys.length} times (${why}); the keys were ${show(keys)}. Derive the key from the order itself so every delivery of ${orderId} uses the same one.`;
}

export const exercise = defineExercise({
  supportFiles: { "payments.mjs": PAYMENTS, "mailer.mjs": MAILER },
  checks: [
    check("charges-every-order", "Every order is charged and gets a receipt", async (lab) => {
      const fn = await deploy(lab);
      for (const [id, amount] of [
        ["A-100", 30],
        ["A-101", 45],
        ["A-102", 12],
      ] as const)
        await fn.invokeAsync(orderPlaced(id, amount));
      await lab.settle(60 * 60 * 1000);
      for (const id of ["A-100", "A-101", "A-102"]) {
        const keys = await billed(fn, id);
        expect(
          keys.length === 1,
          keys.length === 0
            ? `Order ${id} was never charged.`
            : `Order ${id} was charged with ${keys.length} different keys ${show(keys)}.`,
        );
        expect((await receipts(fn, id)) >= 1, `No receipt was sent for order ${id}.`);
      }
      const all = new Set((await charges(fn)).map((c) => c.idempotencyKey));
      expect(
        all.size === 3,
        `Three different orders used ${all.size} distinct idempotency keys ${show([...all])}: different orders must get different keys.`,
      );
    }),
    check(
      "retry-charges-once",
      "When the mailer fails and Lambda retries, the order is charged once",
      async (lab) => {
        const fn = await deploy(lab, 30_000);
        await fn.invokeAsync(orderPlaced("B-200", 80));
        await lab.settle(60 * 60 * 1000);
        const attempts = (await fn.trace("invoke.start")).length;
        expect(
          attempts >= 2,
          `The order was attempted ${attempts} time(s); the mailer was down for the first attempt, so sendReceipt should have thrown and Lambda should have retried. Do not catch its error.`,
        );
        expect((await receipts(fn, "B-200")) >= 1, "After the retry, no receipt was sent for B-200.");
        const keys = await billed(fn, "B-200");
        expect(keys.length === 1, explain("B-200", keys, `once per attempt: ${attempts} attempts`));
        return `${attempts} attempts, one charge.`;
      },
    ),
    check(
      "duplicate-charges-once",
      "When the same order is delivered twice, it is charged once",
      async (lab) => {
        const fn = await deploy(lab);
        await fn.invokeAsync(orderPlaced("C-300", 55, 1));
        await lab.advance(5_000);
        await fn.invokeAsync(orderPlaced("C-300", 55, 2));
        await lab.settle(60 * 60 * 1000);
        const keys = await billed(fn, "C-300");
        expect(
          keys.length === 1,
          explain(
            "C-300",
            keys,
            "once per delivery; a duplicate delivery is a new invocation with a new request id",
          ),
        );
      },
    ),
  ],
});
