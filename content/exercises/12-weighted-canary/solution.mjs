const VAT_RATE = 0.2;
const cents = (n) => Math.round(n * 100) / 100;

// Version 2 of the pricing function: quotes include VAT.
export const handler = async (event) => {
  const vat = cents(event.net * VAT_RATE);
  return { net: event.net, vat, total: cents(event.net + vat) };
};

// UpdateAlias input for the canary: "live" stays on version 1 and sends 10% to version 2.
export const release = {
  Name: "live",
  FunctionVersion: "1",
  RoutingConfig: { AdditionalVersionWeights: { "2": 0.1 } },
};

// UpdateAlias input to undo the canary: everything back on version 1.
export const rollback = {
  Name: "live",
  FunctionVersion: "1",
  RoutingConfig: { AdditionalVersionWeights: {} },
};
