import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Quiz" };

export default function QuizPage() {
  return (
    <ComingSoon
      title="Quiz"
      what="Spaced-repetition reviews, practice by topic or exam domain, and timed exam simulations in the DVA-C02 format (65 questions, 130 minutes, 720 to pass)."
      meanwhile={{ href: "/lessons/", label: "Try the checks in the lessons" }}
    />
  );
}
