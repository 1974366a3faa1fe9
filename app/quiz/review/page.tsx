import type { Metadata } from "next";
import Link from "next/link";
import { ReviewSession } from "@/components/quiz/review-session";
import { quizIndex } from "@/lib/quiz/quiz-data.server";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  return (
    <div className="quiz-page">
      <p className="breadcrumb">
        <Link href="/quiz/">Quiz</Link> /
      </p>
      <h1>Review</h1>
      <ReviewSession index={await quizIndex()} />
    </div>
  );
}
