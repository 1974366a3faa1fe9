import { ConcurrencyPool } from "./concurrency-pool";
import { ScalingStaircase } from "./scaling-staircase";
import { ThrottleOutcomes } from "./throttle-outcomes";

/** Diagrams drawn for lessons 08-15, registered for MDX by name. */
export const diagramsB = {
  ConcurrencyPool,
  ScalingStaircase,
  ThrottleOutcomes,
};
