import type { Metadata } from "next";
import { ClassroomApp } from "@/components/classroom/classroom-app";
import { getLessons } from "@/lib/content/lessons.server";
import { getExercises } from "@/lib/exercises/exercises.server";
import { TOPIC_SLUGS } from "@/lib/quiz/curriculum";
import { quizIndex } from "@/lib/quiz/quiz-data.server";

export const metadata: Metadata = {
  title: "Classroom",
  description: "Give a class Lambda Lab exercises and quiz topics with a link, then import their reports: every solution is re-run and verified in your browser.",
};

export default async function ClassroomPage() {
  const [exercises, lessons, index] = await Promise.all([getExercises(), getLessons(), quizIndex()]);
  const lessonTitle = new Map(lessons.map((l) => [l.slug, l.title]));
  return (
    <>
      <h1>Classroom</h1>
      <p className="lead">
        For teachers, with no server and no accounts: build an assignment link, let students work in their own browsers, then import the reports
        they hand in. Every solution is run again here, so the table shows what the code really does.
      </p>
      <ClassroomApp
        exercises={exercises.map((e) => ({
          slug: e.slug,
          order: e.order,
          title: e.title,
          topic: e.topic,
          difficulty: e.difficulty,
          checksVersion: e.checksVersion,
          checks: e.checks,
        }))}
        topics={TOPIC_SLUGS.map((t) => ({ slug: t, title: lessonTitle.get(t) ?? t, questions: index.questions.filter((q) => q.topic === t).length }))}
      />
    </>
  );
}
