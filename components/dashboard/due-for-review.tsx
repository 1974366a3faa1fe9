"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useProgress } from "@/components/stores/app-stores";
import { describeInterval } from "@/components/quiz/format";
import { useTodayQueue } from "@/components/quiz/review-summary";
import { useNow } from "@/components/quiz/use-now";
import { useQuizIndex } from "@/components/quiz/use-quiz-index";
import { deckOrder } from "@/lib/quiz/quiz-index";

/** The home dashboard's "Due for review" card: real counts from the quiz store. */
export function DueForReview() {
  const { index, failed } = useQuizIndex();
  const lessons = useProgress((s) => s.lessons);
  const deckIds = useMemo(
    () => (index ? deckOrder(index.questions, new Set(Object.keys(lessons))) : null),
    [index, lessons],
  );
  const queue = useTodayQueue(deckIds);
  const now = useNow(30_000);

  if (failed) {
    return (
      <p>
        Your review counts could not be loaded. <Link href="/quiz/review/">Open reviews</Link>
      </p>
    );
  }
  if (!queue) return <p className="muted">Loading what is due…</p>;
  const due = queue.learning + queue.review;
  return (
    <>
      <p className="due-counts">
        <span>
          <strong>{due}</strong> due today
        </span>
        <span>
          <strong>{queue.new}</strong> new available today
        </span>
      </p>
      {queue.ids.length > 0 ? (
        <Link className="button button--primary" href="/quiz/review/">
          Start review ({queue.ids.length})
        </Link>
      ) : (
        <p className="muted">
          All caught up
          {queue.nextDueAt !== null
            ? `: the next card is due in ${describeInterval(queue.nextDueAt - now)}`
            : ""}
          . <Link href="/quiz/practice/">Practise a topic</Link>
        </p>
      )}
    </>
  );
}
