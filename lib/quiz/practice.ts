import type { Domain, TopicSlug } from "./curriculum";
import type { PaperItem } from "./exam";
import { createRng, permutation, shuffled } from "./random";
import type { QuestionShape } from "./question-shape";

// Untimed practice sets. Answers here are logged (recordAnswers with source "practice") but do
// not reschedule cards: cramming a topic should not push its reviews weeks away.

export type PracticeFilter =
  | { kind: "topic"; topic: TopicSlug }
  | { kind: "domain"; domain: Domain }
  /** Ids from myMistakes(log), most recent first. */
  | { kind: "mistakes"; questionIds: readonly string[] };

export interface PracticeSet {
  filter: PracticeFilter;
  seed: string;
  items: PaperItem[];
}

export interface PracticeOptions {
  seed: string;
  /** At most this many questions (default: all that match). */
  size?: number;
}

/**
 * Questions matching the filter, in a seeded random order (mistakes keep their most-recent-first
 * order, so a size limit keeps the freshest ones), each with its options shuffled. An empty set
 * is a valid answer ("no mistakes yet"); the UI decides what to show.
 */
export function buildPracticeSet(
  questions: readonly QuestionShape[],
  filter: PracticeFilter,
  options: PracticeOptions,
): PracticeSet {
  const rng = createRng(`practice:${filterKey(filter)}:${options.seed}`);
  let chosen: QuestionShape[];
  if (filter.kind === "mistakes") {
    const byId = new Map(questions.map((q) => [q.id, q]));
    chosen = [...new Set(filter.questionIds)].flatMap((id) => byId.get(id) ?? []);
  } else {
    const matching = questions.filter((q) =>
      filter.kind === "topic" ? q.topic === filter.topic : q.domain === filter.domain,
    );
    chosen = shuffled(
      matching.sort((a, b) => a.id.localeCompare(b.id)),
      rng,
    );
  }
  if (options.size !== undefined) chosen = chosen.slice(0, Math.max(0, options.size));
  return {
    filter,
    seed: options.seed,
    items: chosen.map((q) => ({ questionId: q.id, optionOrder: permutation(q.options.length, rng) })),
  };
}

function filterKey(filter: PracticeFilter): string {
  switch (filter.kind) {
    case "topic":
      return `topic:${filter.topic}`;
    case "domain":
      return `domain:${filter.domain}`;
    case "mistakes":
      return "mistakes";
  }
}
