"use client";

import { useCallback, useEffect, useRef } from "react";
import type { CheckRunner } from "@/lib/exercises/check-runner";

/**
 * A check runner for this page, created on first use (the worker and the engine load only when
 * checks are run) and closed when the page goes away.
 */
export function useCheckRunner(): () => Promise<CheckRunner> {
  const runner = useRef<Promise<CheckRunner> | null>(null);
  useEffect(() => {
    return () => {
      void runner.current?.then((r) => r.dispose());
      runner.current = null;
    };
  }, []);
  return useCallback(() => {
    runner.current ??= import("@/lib/exercises/check-runner").then((m) => m.createBrowserCheckRunner());
    return runner.current;
  }, []);
}
