import { CanaryShift } from "./canary-shift";
import { ConcurrencyPool } from "./concurrency-pool";
import { ConfigResolution } from "./config-resolution";
import { CostTradeoff } from "./cost-tradeoff";
import { DefaultVsVpc } from "./default-vs-vpc";
import { DeploymentPipeline } from "./deployment-pipeline";
import { LogAnatomy } from "./log-anatomy";
import { MemoryCpuScale } from "./memory-cpu-scale";
import { PackageLimits } from "./package-limits";
import { PermissionSides } from "./permission-sides";
import { PolicyEvaluationFlow } from "./policy-evaluation-flow";
import { ScalingStaircase } from "./scaling-staircase";
import { StageStacks } from "./stage-stacks";
import { ThrottleOutcomes } from "./throttle-outcomes";
import { VersionAliasMap } from "./version-alias-map";
import { VpcNetworkMap } from "./vpc-network-map";
import { XrayTraceTimeline } from "./xray-trace-timeline";

/** Diagrams drawn for lessons 08-15, registered for MDX by name. */
export const diagramsB = {
  CanaryShift,
  ConcurrencyPool,
  ConfigResolution,
  CostTradeoff,
  DefaultVsVpc,
  DeploymentPipeline,
  LogAnatomy,
  MemoryCpuScale,
  PackageLimits,
  PermissionSides,
  PolicyEvaluationFlow,
  ScalingStaircase,
  StageStacks,
  ThrottleOutcomes,
  VersionAliasMap,
  VpcNetworkMap,
  XrayTraceTimeline,
};
