import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PracticePage } from "@/components/quiz/practice-page";
import { quizIndex } from "@/lib/quiz/quiz-data.server";

export const metadata: Metadata = { title: "Practice" };

export default async function QuizPracticePage() {
  return (
    <div className="quiz-page">
      <p className="breadcrumb">
        <Link href="/quiz/">Quiz</Link> /
      </p>
      <h1>Practice</h1>
      {/* The set comes from the query string (?topic=, ?domain=, ?mistakes=), read in the browser. */}
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <PracticePage index={await quizIndex()} />
      </Suspense>
    </div>
  );
}
