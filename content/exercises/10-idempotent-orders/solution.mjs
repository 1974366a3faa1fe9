import { charge } from "./payments.mjs";
import { sendReceipt } from "./mailer.mjs";

export const handler = async (event) => {
  const { orderId, amount, email } = event.detail;
  // The same order always gives the same key, so retries and duplicate deliveries of this
  // order reuse the first charge instead of making a new one.
  await charge({ orderId, amount, idempotencyKey: `order-${orderId}` });
  await sendReceipt(email, orderId);
  return { orderId, status: "charged" };
};
