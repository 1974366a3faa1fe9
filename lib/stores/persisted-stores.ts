import { exerciseSpec } from "./exercise-store";
import type { PersistedStoreSpec } from "./persisted-store";
import { progressSpec } from "./progress-store";
import { quizSpec } from "./quiz-store";

/**
 * Every persisted store, by storage key. Export, import and the corruption notice iterate over
 * this list, so a new store is covered by adding it here.
 */
export const persistedStoreSpecs: readonly PersistedStoreSpec<unknown>[] = [
  progressSpec as PersistedStoreSpec<unknown>,
  quizSpec as PersistedStoreSpec<unknown>,
  exerciseSpec as PersistedStoreSpec<unknown>,
];
