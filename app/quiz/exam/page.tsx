import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ExamPage } from "@/components/quiz/exam-page";
import { quizIndex } from "@/lib/quiz/quiz-data.server";

export const metadata: Metadata = { title: "Exam simulation" };

export default async function QuizExamPage() {
  return (
    <div className="quiz-page">
      <p className="breadcrumb">
        <Link href="/quiz/">Quiz</Link> /
      </p>
      <h1>Exam simulation</h1>
      {/* Results are addressed as ?result=<id>, read in the browser (the site is static files). */}
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <ExamPage index={await quizIndex()} />
      </Suspense>
    </div>
  );
}
