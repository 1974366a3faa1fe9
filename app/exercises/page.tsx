import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseIndex } from "@/components/exercises/exercise-index";
import { getLessons } from "@/lib/content/lessons.server";
import { getExercises } from "@/lib/exercises/exercises.server";

export const metadata: Metadata = {
  title: "Exercises",
  description: "Coding exercises graded by running your handler in the Lambda simulator: ALB responses, SQS partial batches, idempotent consumers, canary releases.",
};

export default async function ExercisesPage() {
  const [exercises, lessons] = await Promise.all([getExercises(), getLessons()]);
  const lessonTitle = new Map(lessons.map((l) => [l.slug, l.title]));
  return (
    <>
      <h1>Exercises</h1>
      <p className="lead">
        {exercises.length} exercises. Each one gives you a handler to fix or finish; the checks deploy it in the simulator, send it real
        events and traffic, move virtual time, and tell you what Lambda would do with it.
      </p>
      <p className="muted">
        Teachers: pick exercises and quiz topics for a class on the <Link href="/classroom/">Classroom</Link> page.
      </p>
      <ExerciseIndex
        exercises={exercises.map((e) => ({
          slug: e.slug,
          order: e.order,
          title: e.title,
          summary: e.summary,
          minutes: e.minutes,
          difficulty: e.difficulty,
          topicTitle: lessonTitle.get(e.topic) ?? e.topic,
          checks: e.checks.length,
        }))}
      />
    </>
  );
}
