import { quizIndex } from "@/lib/quiz/quiz-data.server";

// Written once at build time; the home dashboard fetches it to count what is due.
export const dynamic = "force-static";

export async function GET() {
  return Response.json(await quizIndex());
}
