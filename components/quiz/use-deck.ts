"use client";

import { useMemo } from "react";
import { useProgress } from "@/components/stores/app-stores";
import { deckOrder, type QuizIndex, type QuizLessonLink } from "@/lib/quiz/quiz-index";

/** Every question id in the order new cards are introduced (opened lessons' topics first). */
export function useDeckIds(index: QuizIndex): string[] {
  const lessons = useProgress((s) => s.lessons);
  return useMemo(() => deckOrder(index.questions, new Set(Object.keys(lessons))), [index, lessons]);
}

/** The lesson teaching a topic, when it has been written. */
export function lessonFor(index: Pick<QuizIndex, "lessons">, topic: string): QuizLessonLink | null {
  return index.lessons.find((l) => l.slug === topic) ?? null;
}
