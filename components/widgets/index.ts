// Interactive lesson widgets, registered by name for MDX (see components/mdx/mdx-components.tsx).
import {
  AlbEventConverter,
  AsyncRetryPlanner,
  ChainVsEvents,
  CronTester,
  IamPolicyEvaluator,
  MemoryCostExplorer,
  PackageSizeChecker,
  PayloadFormatExplorer,
  ServerlessVariableResolver,
  VpcRouteTracer,
} from "./lazy-widgets";

export const widgets = {
  ChainVsEvents,
  AsyncRetryPlanner,
  CronTester,
  AlbEventConverter,
  PayloadFormatExplorer,
  IamPolicyEvaluator,
  ServerlessVariableResolver,
  VpcRouteTracer,
  PackageSizeChecker,
  MemoryCostExplorer,
};
