import type { Metadata } from "next";
import Link from "next/link";
import { StatsPage } from "@/components/quiz/stats-page";
import { quizIndex } from "@/lib/quiz/quiz-data.server";

export const metadata: Metadata = { title: "Quiz statistics" };

export default async function QuizStatsPage() {
  return (
    <div className="quiz-page">
      <p className="breadcrumb">
        <Link href="/quiz/">Quiz</Link> /
      </p>
      <h1>Statistics</h1>
      <StatsPage index={await quizIndex()} />
    </div>
  );
}
