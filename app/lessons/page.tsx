import type { Metadata } from "next";
import { LessonIndex } from "@/components/lessons/lesson-index";
import { getLessons } from "@/lib/content/lessons.server";

export const metadata: Metadata = { title: "Lessons", description: "How AWS Lambda really works, lesson by lesson." };

export default async function LessonsPage() {
  const lessons = await getLessons();
  const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <>
      <h1>Lessons</h1>
      <p className="lead">
        {lessons.length} {lessons.length === 1 ? "lesson" : "lessons"} · about {minutes} minutes in all. Each one explains a part of Lambda
        the way the exam tests it, with checks you can try as you read.
      </p>
      <LessonIndex lessons={lessons.map(({ slug, order, title, summary, minutes, domain }) => ({ slug, order, title, summary, minutes, domain }))} />
    </>
  );
}
