import type { Metadata } from "next";
import { AssignmentView } from "@/components/classroom/assignment-view";
import { getLessons } from "@/lib/content/lessons.server";
import { getExercises, getExerciseStarters } from "@/lib/exercises/exercises.server";
import { TOPIC_SLUGS } from "@/lib/quiz/curriculum";
import { quizIndex } from "@/lib/quiz/quiz-data.server";

export const metadata: Metadata = { title: "Assignment", description: "A Lambda Lab assignment from your teacher." };

// The assignment itself is in the link's fragment and is read in the browser; this page carries
// what any assignment may need: every exercise's starter and checks, and the quiz bank's index.
export default async function AssignmentPage() {
  const [metas, starters, lessons, index] = await Promise.all([getExercises(), getExerciseStarters(), getLessons(), quizIndex()]);
  const lessonTitle = new Map(lessons.map((l) => [l.slug, l.title]));
  return (
    <AssignmentView
      exercises={metas.map((e) => ({
        slug: e.slug,
        order: e.order,
        title: e.title,
        topic: e.topic,
        difficulty: e.difficulty,
        checksVersion: e.checksVersion,
        checks: e.checks,
        mainFile: e.mainFile,
        starter: starters[e.slug],
        reviewQuestions: e.reviewQuestions,
      }))}
      topics={TOPIC_SLUGS.map((t) => ({ slug: t, title: lessonTitle.get(t) ?? t, questions: index.questions.filter((q) => q.topic === t).length }))}
      questions={index.questions}
    />
  );
}
