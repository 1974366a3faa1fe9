// Version 2 of the pricing function.
export const handler = async (event) => {
  return { net: event.net, total: event.net };
};

// UpdateAlias input for the canary: 10% of "live" on version 2.
export const release = {
  Name: "live",
  FunctionVersion: "$LATEST",
  RoutingConfig: { AdditionalVersionWeights: { "2": 10 } },
};

// UpdateAlias input to undo the canary.
export const rollback = {
  Name: "live",
  FunctionVersion: "2",
};
