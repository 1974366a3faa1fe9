// Interactive lesson widgets, registered by name for MDX (see components/mdx/mdx-components.tsx).
import { IamPolicyEvaluator, MemoryCostExplorer, PackageSizeChecker, ServerlessVariableResolver, VpcRouteTracer } from "./lazy-widgets";

export const widgets = {
  IamPolicyEvaluator,
  ServerlessVariableResolver,
  VpcRouteTracer,
  PackageSizeChecker,
  MemoryCostExplorer,
};
