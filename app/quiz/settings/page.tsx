import type { Metadata } from "next";
import Link from "next/link";
import { QuizSettings } from "@/components/quiz/quiz-settings";

export const metadata: Metadata = { title: "Quiz settings" };

export default function QuizSettingsPage() {
  return (
    <div className="quiz-page">
      <p className="breadcrumb">
        <Link href="/quiz/">Quiz</Link> /
      </p>
      <h1>Quiz settings</h1>
      <QuizSettings />
    </div>
  );
}
