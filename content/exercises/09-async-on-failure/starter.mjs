import { charge } from "./cards.mjs";

// Asynchronous invocation settings (PutFunctionEventInvokeConfig).
export const asyncConfig = {
  MaximumRetryAttempts: 2,
};

export const handler = async (event) => {
  try {
    const receipt = await charge(event);
    console.log(`charged ${event.paymentId}`);
    return { ok: true, receipt };
  } catch (error) {
    console.error(`payment ${event.paymentId} failed: ${error.message}`);
    return { ok: false };
  }
};
