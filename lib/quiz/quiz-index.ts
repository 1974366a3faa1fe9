import { TOPIC_SLUGS, type Domain, type TopicSlug } from "./curriculum";
import type { QuestionType } from "./schema";

// What the quiz pages know about the bank without its text: enough to build queues, count
// what is due, draw exam papers' domain quotas and chart mastery. The rendered text is a
// separate JSON file fetched only by pages that show questions.

export type QuizIndexEntry = {
  id: string;
  topic: TopicSlug;
  domain: Domain;
  type: QuestionType;
};

export type QuizLessonLink = { slug: string; order: number; title: string };

export type QuizIndex = {
  /** Changes whenever the bank does; appended to the questions URL so browsers never mix versions. */
  version: string;
  /** In course order (by lesson), then bank order. */
  questions: QuizIndexEntry[];
  /** Lessons that exist, for "read the lesson" links (a topic may not have its lesson yet). */
  lessons: QuizLessonLink[];
};

/** Where the rendered bank is served (a static file written at build time). */
export const QUESTIONS_URL = "/quiz/data/questions.json";
/** Where the index is served, for pages outside /quiz (the home dashboard). */
export const INDEX_URL = "/quiz/data/index.json";

/** Sorts by course order, keeping bank order within a topic. */
export function inCourseOrder<T extends { topic: TopicSlug }>(items: readonly T[]): T[] {
  const rank = new Map<string, number>(TOPIC_SLUGS.map((t, i) => [t, i]));
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank.get(a.item.topic)! - rank.get(b.item.topic)! || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * The order new cards are introduced in: topics of lessons the learner has opened first (they
 * have met the material), then the rest, each in course order.
 */
export function deckOrder(
  questions: readonly QuizIndexEntry[],
  openedLessons: ReadonlySet<string>,
): string[] {
  const opened = questions.filter((q) => openedLessons.has(q.topic));
  const rest = questions.filter((q) => !openedLessons.has(q.topic));
  return [...opened, ...rest].map((q) => q.id);
}
