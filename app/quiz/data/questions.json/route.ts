import { renderedBank } from "@/lib/quiz/quiz-data.server";

// Written once at build time as a static file (the app is a static export).
export const dynamic = "force-static";

export async function GET() {
  return Response.json(await renderedBank());
}
