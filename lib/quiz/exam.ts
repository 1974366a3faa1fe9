import { DOMAIN_LABELS, DOMAIN_WEIGHTS, DOMAINS, type Domain } from "./curriculum";
import { createRng, permutation, shuffled, type Rng } from "./random";
import type { Question } from "./schema";
import type { QuestionShape } from "./question-shape";

// Exam paper assembly. A paper is plain data (question ids, display order of options, the seed
// it came from) so it persists across reloads and can be rebuilt from its seed.

const MINUTE_MS = 60_000;

export interface ExamFormat {
  id: string;
  label: string;
  questionCount: number;
  durationMs: number;
}

/** The real DVA-C02 format: 65 questions in 130 minutes (2 minutes a question). */
export const FULL_EXAM: ExamFormat = {
  id: "full",
  label: "Full exam (65 questions, 130 minutes)",
  questionCount: 65,
  durationMs: 130 * MINUTE_MS,
};

/** Shorter timed sets at the real exam's pace of 2 minutes a question. */
export const EXAM_FORMATS: readonly ExamFormat[] = [
  FULL_EXAM,
  {
    id: "short-20",
    label: "Short set (20 questions, 40 minutes)",
    questionCount: 20,
    durationMs: 40 * MINUTE_MS,
  },
  {
    id: "short-10",
    label: "Quick set (10 questions, 20 minutes)",
    questionCount: 10,
    durationMs: 20 * MINUTE_MS,
  },
];

export function examFormatById(id: string): ExamFormat {
  const format = EXAM_FORMATS.find((f) => f.id === id);
  if (!format) {
    throw new RangeError(
      `unknown exam format "${id}"; use one of: ${EXAM_FORMATS.map((f) => f.id).join(", ")}`,
    );
  }
  return format;
}

/**
 * Questions per domain for a paper of `count` questions, by the largest-remainder method: each
 * domain gets the floor of its exact share, and the questions left over go to the largest
 * fractional parts (ties to the heavier domain, then exam-guide order). For 65 this gives
 * 21/17/15/12.
 */
export function domainQuotas(
  count: number,
  weights: Readonly<Record<Domain, number>> = DOMAIN_WEIGHTS,
): Record<Domain, number> {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`question count must be a whole number >= 0, got ${count}`);
  const totalWeight = DOMAINS.reduce((sum, d) => sum + weights[d], 0);
  const exact = DOMAINS.map((d) => ({ d, share: (count * weights[d]) / totalWeight }));
  const quotas = Object.fromEntries(exact.map(({ d, share }) => [d, Math.floor(share)])) as Record<
    Domain,
    number
  >;
  let left = count - DOMAINS.reduce((sum, d) => sum + quotas[d], 0);
  const order = [...exact].sort(
    (a, b) =>
      b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) ||
      weights[b.d] - weights[a.d] ||
      DOMAINS.indexOf(a.d) - DOMAINS.indexOf(b.d),
  );
  for (const { d } of order) {
    if (left === 0) break;
    quotas[d] += 1;
    left -= 1;
  }
  return quotas;
}

export interface DomainShortfall {
  domain: Domain;
  needed: number;
  available: number;
}

export class InsufficientQuestionsError extends Error {
  readonly format: ExamFormat;
  readonly shortfalls: readonly DomainShortfall[];

  constructor(format: ExamFormat, shortfalls: readonly DomainShortfall[]) {
    const detail = shortfalls
      .map(
        (s) =>
          `${DOMAIN_LABELS[s.domain]} (domain: ${s.domain}) needs ${s.needed}, the bank has ${s.available}`,
      )
      .join("; ");
    super(
      `Cannot assemble "${format.label}": ${detail}. Add questions with those domains to content/questions, or choose a shorter format.`,
    );
    this.name = "InsufficientQuestionsError";
    this.format = format;
    this.shortfalls = shortfalls;
  }
}

/** Domains the bank cannot fill for this format (empty when the format is available). */
export function examShortfalls(
  questions: readonly Pick<Question, "id" | "domain">[],
  format: ExamFormat,
): DomainShortfall[] {
  const quotas = domainQuotas(format.questionCount);
  const available = countByDomain(questions);
  return DOMAINS.filter((d) => available[d] < quotas[d]).map((d) => ({
    domain: d,
    needed: quotas[d],
    available: available[d],
  }));
}

/** The formats this bank can fill, e.g. to hide the full exam while the bank is small. */
export function availableExamFormats(questions: readonly Pick<Question, "id" | "domain">[]): ExamFormat[] {
  return EXAM_FORMATS.filter((f) => examShortfalls(questions, f).length === 0);
}

function countByDomain(questions: readonly Pick<Question, "id" | "domain">[]): Record<Domain, number> {
  const ids = new Set<string>();
  const counts = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
  for (const q of questions) {
    if (ids.has(q.id)) continue;
    ids.add(q.id);
    counts[q.domain] += 1;
  }
  return counts;
}

export interface PaperItem {
  questionId: string;
  /** Display order of the options: position i shows authored option optionOrder[i]. */
  optionOrder: number[];
}

export interface ExamItem extends PaperItem {
  domain: Domain;
}

export interface ExamPaper {
  formatId: string;
  seed: string;
  durationMs: number;
  items: ExamItem[];
}

/**
 * Draws a paper for `format` from the bank: each domain's quota, no question twice, spread
 * across topics (round-robin over the domain's topics in a seeded order, so a domain's quota is
 * not eaten by its largest topic), then shuffled together, with every question's options
 * shuffled too. Pure: the same bank, format and seed give the same paper.
 * Throws {@link InsufficientQuestionsError} naming every domain that lacks questions.
 */
export function assembleExam(
  questions: readonly QuestionShape[],
  format: ExamFormat,
  seed: string,
): ExamPaper {
  const shortfalls = examShortfalls(questions, format);
  if (shortfalls.length > 0) throw new InsufficientQuestionsError(format, shortfalls);

  const rng = createRng(`exam:${format.id}:${seed}`);
  const unique = [...new Map(questions.map((q) => [q.id, q])).values()];
  const quotas = domainQuotas(format.questionCount);
  const picked: QuestionShape[] = [];
  for (const domain of DOMAINS) {
    picked.push(
      ...spreadAcrossTopics(
        unique.filter((q) => q.domain === domain),
        quotas[domain],
        rng,
      ),
    );
  }
  const items = shuffled(picked, rng).map<ExamItem>((q) => ({
    questionId: q.id,
    domain: q.domain,
    optionOrder: permutation(q.options.length, rng),
  }));
  return { formatId: format.id, seed, durationMs: format.durationMs, items };
}

function spreadAcrossTopics<Q extends QuestionShape>(pool: readonly Q[], take: number, rng: Rng): Q[] {
  const byTopic = new Map<string, Q[]>();
  // Sorting by id first makes the result independent of the bank's file order.
  for (const q of [...pool].sort((a, b) => a.id.localeCompare(b.id))) {
    const list = byTopic.get(q.topic) ?? [];
    list.push(q);
    byTopic.set(q.topic, list);
  }
  const queues = shuffled([...byTopic.keys()].sort(), rng).map((t) => shuffled(byTopic.get(t)!, rng));
  const out: Q[] = [];
  while (out.length < take && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && out.length < take) out.push(next);
    }
  }
  return out;
}

/**
 * A question's options in display order, each with its authored index (answers are stored by
 * authored index, so number key N means ordered[N - 1].index).
 */
export function orderedOptions<O>(question: { options: readonly O[] }, optionOrder: readonly number[]) {
  if (optionOrder.length !== question.options.length) {
    throw new RangeError(
      `option order has ${optionOrder.length} entries but the question has ${question.options.length} options; the question changed since the paper was drawn, so draw a new paper`,
    );
  }
  return optionOrder.map((index) => ({ index, option: question.options[index] }));
}
