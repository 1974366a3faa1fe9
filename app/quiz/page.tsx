import type { Metadata } from "next";
import { QuizHome } from "@/components/quiz/quiz-home";
import { quizIndex } from "@/lib/quiz/quiz-data.server";

export const metadata: Metadata = {
  title: "Quiz",
  description: "Spaced-repetition reviews, practice by topic or domain, and timed DVA-C02 exam simulations.",
};

export default async function QuizPage() {
  return (
    <div className="quiz-page">
      <h1>Quiz</h1>
      <p className="lead">
        Spaced-repetition reviews of every question and lesson check, practice by topic or exam domain, and
        timed exams in the DVA-C02 format.
      </p>
      <QuizHome index={await quizIndex()} />
    </div>
  );
}
