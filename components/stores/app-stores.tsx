"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { openBrowserStorage } from "@/lib/stores/browser-storage";
import { createExerciseStore, type ExerciseState, type ExerciseStore } from "@/lib/stores/exercise-store";
import { createNoticeStore, type NoticeStore } from "@/lib/stores/notice-store";
import { createProgressStore, type ProgressState, type ProgressStore } from "@/lib/stores/progress-store";
import type { QuarantineNotice } from "@/lib/stores/quarantine";
import { createQuizStore, type QuizState, type QuizStore } from "@/lib/stores/quiz-store";

type AppStores = {
  progress: ProgressStore;
  quiz: QuizStore;
  exercises: ExerciseStore;
  notices: NoticeStore;
  storage: Storage;
  /** Rehydrates every persisted store from storage (after an import, or another tab's change). */
  rehydrateAll: () => Promise<void>;
};

const StoresContext = createContext<AppStores | null>(null);
const HydratedContext = createContext(false);

function quarantineMessage(n: QuarantineNotice): string {
  const what = n.storeKey.replace("lambda-lab:", "");
  return `Your saved ${what} could not be read (${n.reason}). It was kept aside under "${n.backupKey}" and Lambda Lab started with a clean slate. You can download the kept copy from the Progress page.`;
}

function createAppStores(): AppStores {
  const notices = createNoticeStore();
  const { storage, persistent } = openBrowserStorage();
  const onQuarantine = (n: QuarantineNotice) => notices.getState().push("warning", quarantineMessage(n));
  const progress = createProgressStore({ storage, onQuarantine });
  // Study days roll over at local time; until the learner picks an offset, use this device's.
  const quiz = createQuizStore({ storage, onQuarantine, utcOffsetMinutes: -new Date().getTimezoneOffset() });
  const exercises = createExerciseStore({ storage, onQuarantine });
  if (!persistent) {
    notices.getState().push("warning", "This browser does not allow Lambda Lab to save data, so progress will last only until you close the tab. Export it from the Progress page to keep it.");
  }
  return {
    progress,
    quiz,
    exercises,
    notices,
    storage,
    rehydrateAll: async () => {
      await Promise.all([progress.persist.rehydrate(), quiz.persist.rehydrate(), exercises.persist.rehydrate()]);
    },
  };
}

export function AppStoresProvider({ children }: { children: ReactNode }) {
  // Created once per page load, on the client only: stores are never read in server components.
  const [stores] = useState<AppStores | null>(() => (typeof window === "undefined" ? null : createAppStores()));
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    if (!stores) return;
    let cancelled = false;
    stores.rehydrateAll().finally(() => !cancelled && setHydrated(true));
    // Another tab saved progress: pick it up so the two tabs do not overwrite each other.
    const onStorage = (e: StorageEvent) => {
      if (e.key?.startsWith("lambda-lab:") && !e.key.includes(":quarantine:")) void stores.rehydrateAll();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      cancelled = true;
      window.removeEventListener("storage", onStorage);
    };
  }, [stores]);

  return (
    <StoresContext.Provider value={stores}>
      <HydratedContext.Provider value={hydrated}>{children}</HydratedContext.Provider>
    </StoresContext.Provider>
  );
}

export function useAppStores(): AppStores | null {
  return useContext(StoresContext);
}

/** True once persisted stores have been read; render progress-dependent UI only after that. */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}

const emptyProgressStore = createProgressStore({ storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} } });

export function useProgress<T>(selector: (s: ProgressState) => T): T {
  const stores = useContext(StoresContext);
  // During prerender there is no store; select from an empty one so hooks stay unconditional.
  return useStore(stores?.progress ?? emptyProgressStore, selector);
}

const emptyQuizStore = createQuizStore({ storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} } });

/** Selects from the quiz store (spaced repetition, settings, exams); pick the smallest slice. */
export function useQuiz<T>(selector: (s: QuizState) => T): T {
  const stores = useContext(StoresContext);
  return useStore(stores?.quiz ?? emptyQuizStore, selector);
}

/** The quiz store itself, for actions and one-off reads in event handlers (null while prerendering). */
export function useQuizStore(): QuizStore | null {
  return useContext(StoresContext)?.quiz ?? null;
}

const emptyExerciseStore = createExerciseStore({ storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} } });

/** Selects from the exercise store (code, check runs, hints, assignments); pick the smallest slice. */
export function useExercises<T>(selector: (s: ExerciseState) => T): T {
  const stores = useContext(StoresContext);
  return useStore(stores?.exercises ?? emptyExerciseStore, selector);
}

/** The exercise store itself, for actions in event handlers (null while prerendering). */
export function useExerciseStore(): ExerciseStore | null {
  return useContext(StoresContext)?.exercises ?? null;
}

export function useNotices() {
  const stores = useContext(StoresContext);
  return stores?.notices ?? null;
}
