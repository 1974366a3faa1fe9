// zod/mini: these schemas ship to every page, and the classic API costs ~30 KB gzipped more.
import { z } from "zod/mini";
import { persist, type StateStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { persistOptionsFor, type PersistedStoreSpec } from "./persisted-store";
import type { QuarantineNotice } from "./quarantine";

const timestamp = z.int().check(z.nonnegative());
const lessonRecordSchema = z.object({
  firstVisitedAt: timestamp,
  lastVisitedAt: timestamp,
  completedAt: z.nullable(timestamp),
});

export const progressSchema = z.object({
  lessons: z.record(z.string(), lessonRecordSchema),
  lastLessonSlug: z.nullable(z.string()),
});

export type LessonRecord = z.infer<typeof lessonRecordSchema>;
export type ProgressData = z.infer<typeof progressSchema>;

export type ProgressActions = {
  /** Records that the learner opened a lesson (for "continue where you left off"). */
  visitLesson: (slug: string) => void;
  completeLesson: (slug: string) => void;
  uncompleteLesson: (slug: string) => void;
};

export type ProgressState = ProgressData & ProgressActions;

export const progressSpec: PersistedStoreSpec<ProgressData> = {
  key: "lambda-lab:progress",
  version: 1,
  schema: progressSchema,
  migrate(_persisted, from) {
    // Version 1 is the first released shape. When it changes, bump `version` and upgrade
    // `from` older versions here; never drop a learner's data.
    throw new Error(`no migration from progress version ${from}`);
  },
};

export const initialProgress = (): ProgressData => ({ lessons: {}, lastLessonSlug: null });

export function createProgressStore(options: {
  storage: StateStorage;
  now?: () => number;
  onQuarantine?: (notice: QuarantineNotice) => void;
}) {
  const now = options.now ?? Date.now;
  return createStore<ProgressState>()(
    persist(
      (set) => ({
        ...initialProgress(),
        visitLesson: (slug) =>
          set((s) => {
            const t = now();
            const prev = s.lessons[slug];
            return {
              lastLessonSlug: slug,
              lessons: {
                ...s.lessons,
                [slug]: { firstVisitedAt: prev?.firstVisitedAt ?? t, lastVisitedAt: t, completedAt: prev?.completedAt ?? null },
              },
            };
          }),
        completeLesson: (slug) =>
          set((s) => {
            const t = now();
            const prev = s.lessons[slug];
            return {
              lessons: {
                ...s.lessons,
                [slug]: { firstVisitedAt: prev?.firstVisitedAt ?? t, lastVisitedAt: prev?.lastVisitedAt ?? t, completedAt: t },
              },
            };
          }),
        uncompleteLesson: (slug) =>
          set((s) => {
            const prev = s.lessons[slug];
            if (!prev) return s;
            return { lessons: { ...s.lessons, [slug]: { ...prev, completedAt: null } } };
          }),
      }),
      persistOptionsFor<ProgressState, ProgressData>(progressSpec, {
        storage: options.storage,
        now,
        onQuarantine: options.onQuarantine,
        partialize: (s) => ({ lessons: s.lessons, lastLessonSlug: s.lastLessonSlug }),
      }),
    ),
  );
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
