"use client";

import { useEffect } from "react";
import { useAppStores, useHydrated } from "@/components/stores/app-stores";

/** Records the visit once stored progress is loaded (so it never overwrites unread data). */
export function LessonVisit({ slug }: { slug: string }) {
  const stores = useAppStores();
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated && stores) stores.progress.getState().visitLesson(slug);
  }, [hydrated, stores, slug]);
  return null;
}
