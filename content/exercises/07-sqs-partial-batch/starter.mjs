import { record } from "./ledger.mjs";

export const handler = async (event) => {
  for (const message of event.Records) {
    const payment = JSON.parse(message.body);
    await record(payment);
  }
};
