// The check API that content/exercises/*/checks.ts files import. One module, so an author
// needs a single import line; lib/exercises/README.md documents every piece with an example.

export {
  check,
  defineExercise,
  DEFAULT_START_TIME,
  type CheckDefinition,
  type ExerciseDefinition,
} from "./define";
export { CheckFailure, expect, expectEqual, fail, show } from "./assertions";
export { Lab, type DeployOptions, type Submission } from "./lab";
export { describeInvocation, LabFunction, type ConsoleMessage, type Invocation } from "./lab-function";
export { header, headerValues, LabEndpoint } from "./lab-http";
export { LabQueue, type ReceivedMessage } from "./lab-queue";
export type { HttpResult } from "./sim-port";
