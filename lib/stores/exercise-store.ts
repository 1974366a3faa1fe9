// zod/mini: this store is created on every page, and the classic API costs ~30 KB gzipped.
import { z } from "zod/mini";
import { persist, type StateStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { assignmentSchema, type Assignment } from "@/lib/exercises/assignment";
import { persistOptionsFor, type PersistedStoreSpec } from "./persisted-store";
import type { QuarantineNotice } from "./quarantine";

// Exercise progress: the learner's code per exercise (only once they change it; until then the
// starter is shown), the last check run, when it was first passed, how many hints and whether the
// solution were revealed; the name they put on reports; assignments they opened from a link.

const epochMs = z.int().check(z.nonnegative());
const STATUSES = ["passed", "failed", "error", "unavailable"] as const;

const checkRunSchema = z.object({
  at: epochMs,
  /** The checks' version (ExerciseMeta.checksVersion) the results came from. */
  checksVersion: z.string(),
  /** The code that was checked (the editor may have changed since). */
  files: z.record(z.string(), z.string()),
  results: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(STATUSES), message: z.string() })),
});

const exerciseProgressSchema = z.object({
  /** Edited files; empty until the learner changes the starter. */
  files: z.record(z.string(), z.string()),
  startedAt: epochMs,
  updatedAt: epochMs,
  lastRun: z.nullable(checkRunSchema),
  passedAt: z.nullable(epochMs),
  hintsShown: z.int().check(z.nonnegative()),
  solutionShownAt: z.nullable(epochMs),
});

export const exerciseDataSchema = z.object({
  exercises: z.record(z.string(), exerciseProgressSchema),
  studentName: z.string(),
  assignments: z.record(z.string(), z.object({ assignment: assignmentSchema, openedAt: epochMs })),
});

export type CheckRun = z.infer<typeof checkRunSchema>;
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;
export type ExerciseData = z.infer<typeof exerciseDataSchema>;

export type ExerciseActions = {
  /** Saves an edit to one of the learner's files. */
  editFile: (slug: string, path: string, content: string) => void;
  /** Back to the starter code (run history and hints stay). */
  resetCode: (slug: string) => void;
  /** Records a check run; `firstPass` is true the first time every check passed. */
  recordRun: (slug: string, run: Omit<CheckRun, "at">) => { firstPass: boolean };
  /** Reveals the next hint (up to `total`). */
  revealHint: (slug: string, total: number) => void;
  revealSolution: (slug: string) => void;
  setStudentName: (name: string) => void;
  /** Remembers an assignment opened from a link (the first opening time is kept). */
  openAssignment: (assignment: Assignment) => void;
};

export type ExerciseState = ExerciseData & ExerciseActions;

export const exerciseSpec: PersistedStoreSpec<ExerciseData> = {
  key: "lambda-lab:exercises",
  version: 1,
  schema: exerciseDataSchema,
  migrate(_persisted, from) {
    // Version 1 is the first released shape. When it changes, bump `version` and upgrade
    // `from` older versions here; never drop a learner's code.
    throw new Error(`no migration from exercises version ${from}`);
  },
};

export const initialExerciseData = (): ExerciseData => ({ exercises: {}, studentName: "", assignments: {} });

const fresh = (t: number): ExerciseProgress => ({ files: {}, startedAt: t, updatedAt: t, lastRun: null, passedAt: null, hintsShown: 0, solutionShownAt: null });

/** The code to show: the learner's edits over the starter files. */
export function codeFor(progress: ExerciseProgress | undefined, starter: Readonly<Record<string, string>>): Record<string, string> {
  return { ...starter, ...(progress?.files ?? {}) };
}

export function createExerciseStore(options: { storage: StateStorage; now?: () => number; onQuarantine?: (notice: QuarantineNotice) => void }) {
  const now = options.now ?? (() => Date.now());
  return createStore<ExerciseState>()(
    persist(
      (set, get) => {
        const update = (slug: string, change: (p: ExerciseProgress, t: number) => ExerciseProgress) => {
          const t = now();
          set((s) => ({ exercises: { ...s.exercises, [slug]: change(s.exercises[slug] ?? fresh(t), t) } }));
        };
        return {
          ...initialExerciseData(),
          editFile: (slug, path, content) => update(slug, (p, t) => ({ ...p, files: { ...p.files, [path]: content }, updatedAt: t })),
          resetCode: (slug) => update(slug, (p, t) => ({ ...p, files: {}, updatedAt: t })),
          recordRun: (slug, run) => {
            const passedNow = run.results.length > 0 && run.results.every((r) => r.status === "passed");
            const firstPass = passedNow && !get().exercises[slug]?.passedAt;
            update(slug, (p, t) => ({ ...p, updatedAt: t, lastRun: { ...run, at: t }, passedAt: p.passedAt ?? (passedNow ? t : null) }));
            return { firstPass };
          },
          revealHint: (slug, total) => update(slug, (p) => ({ ...p, hintsShown: Math.min(total, p.hintsShown + 1) })),
          revealSolution: (slug) => update(slug, (p, t) => ({ ...p, solutionShownAt: p.solutionShownAt ?? t })),
          setStudentName: (name) => set({ studentName: name.slice(0, 80) }),
          openAssignment: (assignment) =>
            set((s) => ({
              assignments: { ...s.assignments, [assignment.id]: { assignment, openedAt: s.assignments[assignment.id]?.openedAt ?? now() } },
            })),
        };
      },
      persistOptionsFor<ExerciseState, ExerciseData>(exerciseSpec, {
        storage: options.storage,
        now,
        onQuarantine: options.onQuarantine,
        partialize: (s) => ({ exercises: s.exercises, studentName: s.studentName, assignments: s.assignments }),
      }),
    ),
  );
}

export type ExerciseStore = ReturnType<typeof createExerciseStore>;
