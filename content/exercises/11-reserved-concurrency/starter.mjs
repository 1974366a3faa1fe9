import { save } from "./reporting-db.mjs";

// ReservedConcurrentExecutions for this function (PutFunctionConcurrency); null = no reservation.
export const reservedConcurrency = null;

export const handler = async (event) => {
  await save(event.row);
  return { saved: event.row.id };
};
