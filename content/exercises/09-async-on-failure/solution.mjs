import { charge } from "./cards.mjs";

// Asynchronous invocation settings (PutFunctionEventInvokeConfig): one attempt only, and every
// failure recorded in the payment-failures queue.
export const asyncConfig = {
  MaximumRetryAttempts: 0,
  DestinationConfig: {
    OnFailure: { Destination: "arn:aws:sqs:us-east-1:123456789012:payment-failures" },
  },
};

export const handler = async (event) => {
  // A declined card throws: the invocation fails and Lambda sends the record to OnFailure.
  const receipt = await charge(event);
  console.log(`charged ${event.paymentId}`);
  return { ok: true, receipt };
};
