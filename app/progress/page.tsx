import type { Metadata } from "next";
import { ProgressPanel } from "@/components/progress/progress-panel";
import { getLessons } from "@/lib/content/lessons.server";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const lessons = await getLessons();
  return (
    <>
      <h1>Your progress</h1>
      <p className="lead">Everything is saved in this browser only. Export it to keep a copy or to move to another device.</p>
      <ProgressPanel lessons={lessons.map(({ slug, order, title }) => ({ slug, order, title }))} />
    </>
  );
}
