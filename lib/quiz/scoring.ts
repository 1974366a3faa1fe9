import { DOMAINS, type Domain } from "./curriculum";
import type { ExamAttempt } from "./exam-session";
import { correctOptionIndices, type QuestionShape } from "./question-shape";

// Scoring exam papers.
//
// Scaled score: AWS reports DVA-C02 results on a 100-1000 scale with 720 to pass, but does not
// publish how raw answers map to it (it equates scores across exam forms, and 15 of the 65
// questions are unscored and unmarked). Ours is a LINEAR ESTIMATE over every question on the
// paper: 0% right is 100, 100% right is 1000, scaled = 100 + floor(900 * correct / total).
// Reaching 720 therefore needs (720 - 100) / 900 = 62/90 ≈ 68.9% of the questions right:
// 45 of 65 (scaled 723; 44 gives 709), 14 of 20, 7 of 10. Rounding down keeps that threshold
// exact: scaled >= 720 exactly when correct / total >= 62/90.

export const SCALED_MIN = 100;
export const SCALED_MAX = 1000;
export const PASSING_SCALED = 720;
/** The raw fraction needed to pass under our linear mapping: 62/90 ≈ 0.6889 (68.9%). */
export const PASSING_FRACTION = (PASSING_SCALED - SCALED_MIN) / (SCALED_MAX - SCALED_MIN);

export function scaledScore(correct: number, total: number): number {
  if (total <= 0) return SCALED_MIN;
  const c = Math.min(total, Math.max(0, correct));
  return SCALED_MIN + Math.floor(((SCALED_MAX - SCALED_MIN) * c) / total);
}

/** The fewest right answers that pass a paper of `total` questions. */
export function minimumCorrectToPass(total: number): number {
  return Math.ceil((total * (PASSING_SCALED - SCALED_MIN)) / (SCALED_MAX - SCALED_MIN));
}

/**
 * Right only when the selected set equals the correct set: for multiple response, picking one
 * of two right options (or both plus a wrong one) earns nothing, as on the real exam.
 */
export function isCorrectSelection(
  question: Pick<QuestionShape, "options">,
  selected: readonly number[],
): boolean {
  const want = correctOptionIndices(question);
  const got = [...new Set(selected)].sort((a, b) => a - b);
  return got.length === want.length && got.every((v, i) => v === want[i]);
}

/** How many options the learner must pick ("Choose TWO" = 2). */
export function requiredSelections(question: Pick<QuestionShape, "options">): number {
  return correctOptionIndices(question).length;
}

export interface ItemResult {
  questionId: string;
  domain: Domain;
  selected: number[];
  answered: boolean;
  correct: boolean;
  flagged: boolean;
}

export interface DomainScore {
  domain: Domain;
  total: number;
  correct: number;
  /** correct / total, or null when the paper had no question from this domain. */
  fraction: number | null;
}

export interface ExamResult {
  formatId: string;
  seed: string;
  startedAt: number;
  submittedAt: number;
  autoSubmitted: boolean;
  total: number;
  correct: number;
  fraction: number;
  scaled: number;
  passed: boolean;
  byDomain: DomainScore[];
  /** In paper order. */
  items: ItemResult[];
}

export type QuestionLookup = ReadonlyMap<string, QuestionShape> | Readonly<Record<string, QuestionShape>>;

function lookup(questions: QuestionLookup, id: string): QuestionShape | undefined {
  return questions instanceof Map
    ? questions.get(id)
    : (questions as Readonly<Record<string, QuestionShape>>)[id];
}

export class ExamScoringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExamScoringError";
  }
}

/**
 * Scores a submitted attempt. Unanswered questions count as wrong (no penalty for guessing, so
 * the learner should always answer). Throws when a question on the paper is missing from the
 * bank, because silently dropping it would change the score.
 */
export function scoreExam(attempt: ExamAttempt, questions: QuestionLookup): ExamResult {
  if (attempt.submittedAt === null) {
    throw new ExamScoringError(
      "the attempt has not been submitted; call submitAttempt (or autoSubmitIfTimeUp) first",
    );
  }
  const flagged = new Set(attempt.flagged);
  const items = attempt.paper.items.map<ItemResult>((item) => {
    const question = lookup(questions, item.questionId);
    if (!question) {
      throw new ExamScoringError(
        `question "${item.questionId}" on this paper is no longer in the bank; it was renamed or removed, so this attempt cannot be scored fairly`,
      );
    }
    const selected = attempt.answers[item.questionId] ?? [];
    return {
      questionId: item.questionId,
      domain: question.domain,
      selected,
      answered: selected.length > 0,
      correct: isCorrectSelection(question, selected),
      flagged: flagged.has(item.questionId),
    };
  });
  const correct = items.filter((i) => i.correct).length;
  const total = items.length;
  const scaled = scaledScore(correct, total);
  return {
    formatId: attempt.paper.formatId,
    seed: attempt.paper.seed,
    startedAt: attempt.timer.startedAt,
    submittedAt: attempt.submittedAt,
    autoSubmitted: attempt.autoSubmitted,
    total,
    correct,
    fraction: total === 0 ? 0 : correct / total,
    scaled,
    passed: scaled >= PASSING_SCALED,
    byDomain: DOMAINS.map((domain) => {
      const mine = items.filter((i) => i.domain === domain);
      const right = mine.filter((i) => i.correct).length;
      return {
        domain,
        total: mine.length,
        correct: right,
        fraction: mine.length === 0 ? null : right / mine.length,
      };
    }),
    items,
  };
}

export type ReviewFilter = "all" | "wrong" | "flagged";

/** The results to review: all, the wrong ones (unanswered included) or the flagged ones. */
export function reviewItems(result: Pick<ExamResult, "items">, filter: ReviewFilter): ItemResult[] {
  switch (filter) {
    case "all":
      return result.items;
    case "wrong":
      return result.items.filter((i) => !i.correct);
    case "flagged":
      return result.items.filter((i) => i.flagged);
  }
}
