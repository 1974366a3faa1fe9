import { Dashboard } from "@/components/dashboard/dashboard";
import { getLessons } from "@/lib/content/lessons.server";

export default async function HomePage() {
  const lessons = await getLessons();
  return <Dashboard lessons={lessons.map(({ slug, order, title, minutes }) => ({ slug, order, title, minutes }))} />;
}
