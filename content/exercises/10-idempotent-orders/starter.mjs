import { charge } from "./payments.mjs";
import { sendReceipt } from "./mailer.mjs";

export const handler = async (event, context) => {
  const { orderId, amount, email } = event.detail;
  // A unique key for this charge.
  await charge({ orderId, amount, idempotencyKey: context.awsRequestId });
  await sendReceipt(email, orderId);
  return { orderId, status: "charged" };
};
