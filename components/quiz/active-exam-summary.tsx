"use client";

import Link from "next/link";
import { useQuiz } from "@/components/stores/app-stores";
import { formatRemaining, remainingMs } from "@/lib/quiz/exam-session";
import { formatLabel } from "./exam-format";
import { useNow } from "./use-now";

/** "Exam in progress: 12:03 left" for the quiz home, or null. */
export function ActiveExamSummary() {
  const active = useQuiz((s) => s.activeExam);
  const now = useNow(1000);
  if (!active || now === 0) return null;
  const left = remainingMs(active.attempt.timer, now);
  return (
    <section className="notice notice--warning" aria-label="Exam in progress">
      <p>
        <strong>Exam in progress:</strong> {formatLabel(active.attempt.paper.formatId)},{" "}
        {left > 0 ? `${formatRemaining(left)} left` : "time is up"}.
      </p>
      <Link className="button button--small button--primary" href="/quiz/exam/">
        {left > 0 ? "Resume" : "See results"}
      </Link>
    </section>
  );
}
