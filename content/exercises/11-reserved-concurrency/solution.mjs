import { save } from "./reporting-db.mjs";

// ReservedConcurrentExecutions: one connection per concurrent invocation, and the database
// accepts 10. Throttled asynchronous events are retried by Lambda, so none is lost.
export const reservedConcurrency = 10;

export const handler = async (event) => {
  await save(event.row);
  return { saved: event.row.id };
};
