"use client";

import { useMemo } from "react";
import { useHydrated, useQuiz } from "@/components/stores/app-stores";
import { reviewQueue, type ReviewQueue } from "@/lib/quiz/deck";
import { useNow } from "./use-now";

/**
 * Today's queue over the given deck (ids in introduction order), or null until the stores are
 * read and the clock is known. Shared by the quiz home and the home dashboard.
 */
export function useTodayQueue(deckIds: readonly string[] | null): ReviewQueue | null {
  const hydrated = useHydrated();
  const now = useNow(30_000);
  const scheduler = useQuiz((s) => s.scheduler);
  const settings = useQuiz((s) => s.settings);
  return useMemo(
    () => (hydrated && now > 0 && deckIds ? reviewQueue(scheduler, deckIds, now, settings) : null),
    [hydrated, now, deckIds, scheduler, settings],
  );
}

/** "3 to review, 2 learning, 20 new": the queue in words. */
export function describeQueue(q: ReviewQueue): string {
  const due = q.learning + q.review;
  const parts = [`${due} due now or later today`];
  if (due > 0) parts[0] += ` (${q.review} review${q.review === 1 ? "" : "s"}, ${q.learning} learning)`;
  parts.push(`${q.new} new card${q.new === 1 ? "" : "s"} available today`);
  return parts.join(", ");
}
