"use client";

import { useEffect, useState } from "react";
import { INDEX_URL, type QuizIndex } from "@/lib/quiz/quiz-index";

let request: Promise<QuizIndex> | null = null;

/**
 * The quiz index (question ids, topics, domains) for pages outside /quiz, which do not get it as
 * props: a small static JSON file written at build time. Null until loaded or if it fails.
 */
export function useQuizIndex(): { index: QuizIndex | null; failed: boolean } {
  const [state, setState] = useState<{ index: QuizIndex | null; failed: boolean }>({
    index: null,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    request ??= fetch(INDEX_URL).then((res) => {
      if (!res.ok) throw new Error(`the quiz index answered ${res.status}`);
      return res.json() as Promise<QuizIndex>;
    });
    request.then(
      (index) => live && setState({ index, failed: false }),
      () => {
        request = null;
        if (live) setState({ index: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
