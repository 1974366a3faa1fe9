// Interactive lesson widgets, registered by name for MDX (see components/mdx/mdx-components.tsx).
import {
  AsyncRetryPlanner,
  ChainVsEvents,
  CronTester,
  IamPolicyEvaluator,
  MemoryCostExplorer,
  PackageSizeChecker,
  ServerlessVariableResolver,
  VpcRouteTracer,
} from "./lazy-widgets";

export const widgets = {
  ChainVsEvents,
  AsyncRetryPlanner,
  CronTester,
  IamPolicyEvaluator,
  ServerlessVariableResolver,
  VpcRouteTracer,
  PackageSizeChecker,
  MemoryCostExplorer,
};
