import { record } from "./ledger.mjs";

export const handler = async (event) => {
  const batchItemFailures = [];
  for (const message of event.Records) {
    try {
      await record(JSON.parse(message.body));
    } catch (error) {
      console.warn(`payment in message ${message.messageId} failed: ${error.message}`);
      // Only this message comes back after the visibility timeout; the others are deleted.
      batchItemFailures.push({ itemIdentifier: message.messageId });
    }
  }
  return { batchItemFailures };
};
