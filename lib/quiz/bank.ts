import { isMap, isNode, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { DOMAINS, TOPIC_SLUGS, type Domain, type TopicSlug } from "./curriculum";
import { questionSchema, type Question, type QuestionType } from "./schema";

// Pure bank parsing and validation: no file system here, so tests (and any browser-side tool)
// can feed text directly. bank.server.ts adds the directory walk.

export interface BankProblem {
  file: string;
  /** 1-based line in the file, the closest one to the problem we could find. */
  line: number;
  /** The question's id when it has a readable one. */
  questionId?: string;
  message: string;
}

export class QuestionBankError extends Error {
  readonly problems: readonly BankProblem[];

  constructor(problems: readonly BankProblem[]) {
    const lines = problems.map(formatProblem);
    super(
      `The question bank is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}); ` +
        `fix each one in the file and line shown:\n${lines.map((l) => `  ${l}`).join("\n")}`,
    );
    this.name = "QuestionBankError";
    this.problems = problems;
  }
}

export function formatProblem(p: BankProblem): string {
  const who = p.questionId ? `question "${p.questionId}"` : "file";
  return `${p.file}:${p.line} ${who}: ${p.message}`;
}

/** A validated question and where it was written, for error messages and tooling. */
export interface BankEntry {
  question: Question;
  file: string;
  line: number;
}

export interface BankFileInspection {
  entries: BankEntry[];
  problems: BankProblem[];
}

/**
 * Parses and validates one bank file, collecting every problem instead of stopping at the
 * first, so an author can fix a file in one pass. Ids are checked for uniqueness within the
 * file; across files use {@link findDuplicateIds}.
 */
export function inspectBankFile(
  file: string,
  text: string,
  options: { checkDuplicateIds?: boolean } = {},
): BankFileInspection {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    return {
      entries: [],
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line ?? lineAt(e.pos[0]),
        questionId: idAroundOffset(doc.contents, text, e.pos[0]),
        message:
          `YAML syntax error (${e.code}): ${stripPosition(e.message)}; fix the YAML before the questions can be checked` +
          (e.code === "BLOCK_AS_IMPLICIT_KEY"
            ? ' (a value containing ": " must be quoted or written as a block scalar "|")'
            : ""),
      })),
    };
  }
  const root = doc.contents;
  if (root === null) {
    return {
      entries: [],
      problems: [
        { file, line: 1, message: "the file is empty; add a YAML list of questions or delete the file" },
      ],
    };
  }
  if (!isSeq(root)) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: isNode(root) && root.range ? lineAt(root.range[0]) : 1,
          message: 'a bank file must be a YAML list of questions: start each question with "- id: ..."',
        },
      ],
    };
  }

  const entries: BankEntry[] = [];
  const problems: BankProblem[] = [];
  root.items.forEach((item, index) => {
    const line = isNode(item) && item.range ? lineAt(item.range[0]) : 1;
    const raw = isNode(item) ? item.toJS(doc) : item;
    const questionId = readableId(raw) ?? undefined;
    const label = questionId ?? `#${index + 1}`;
    const result = questionSchema.safeParse(raw);
    if (result.success) {
      entries.push({ question: result.data, file, line });
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line: issueLine(item, issue, lineAt) ?? line,
        questionId: questionId,
        message: describeIssue(issue, item, label),
      });
    }
  });

  if (options.checkDuplicateIds ?? true) problems.push(...findDuplicateIds(entries));
  // Read top to bottom, like the file (sort is stable, so same-line problems keep their order).
  problems.sort((a, b) => a.line - b.line);
  return { entries, problems };
}

/** Parses one bank file and throws a {@link QuestionBankError} listing every problem in it. */
export function parseBankFile(file: string, text: string): BankEntry[] {
  const { entries, problems } = inspectBankFile(file, text);
  if (problems.length > 0) throw new QuestionBankError(problems);
  return entries;
}

/** Progress is keyed by question id, so two questions sharing one would share a card. */
export function findDuplicateIds(entries: readonly BankEntry[]): BankProblem[] {
  const firstSeen = new Map<string, BankEntry>();
  const problems: BankProblem[] = [];
  for (const entry of entries) {
    const id = entry.question.id;
    const first = firstSeen.get(id);
    if (first) {
      problems.push({
        file: entry.file,
        line: entry.line,
        questionId: id,
        message: `duplicate id: "${id}" is already used at ${first.file}:${first.line}; ids must be unique across the bank, so rename one (progress is keyed by id: rename the newer question, not one learners already have cards for)`,
      });
    } else {
      firstSeen.set(id, entry);
    }
  }
  return problems;
}

export interface BankStats {
  total: number;
  byTopic: Record<TopicSlug, number>;
  byDomain: Record<Domain, number>;
  byType: Record<QuestionType, number>;
  /** "Predict the outcome" questions that the simulator can replay. */
  withScenario: number;
}

export function bankStats(questions: readonly Question[]): BankStats {
  const byTopic = Object.fromEntries(TOPIC_SLUGS.map((t) => [t, 0])) as Record<TopicSlug, number>;
  const byDomain = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
  const byType: Record<QuestionType, number> = { single: 0, multiple: 0 };
  let withScenario = 0;
  for (const q of questions) {
    byTopic[q.topic] += 1;
    byDomain[q.domain] += 1;
    byType[q.type] += 1;
    if (q.scenario) withScenario += 1;
  }
  return { total: questions.length, byTopic, byDomain, byType, withScenario };
}

// yaml appends " at line L, column C:" and a source excerpt; we print our own file:line.
function stripPosition(message: string): string {
  return message
    .split("\n")[0]
    .replace(/ at line \d+, column \d+:?$/, "")
    .trim();
}

// A document with syntax errors still has a best-effort tree; use it to name the question the
// error sits in, and fall back to the nearest "- id:" line above the error.
function idAroundOffset(root: unknown, text: string, offset: number): string | undefined {
  if (isSeq(root)) {
    for (const item of root.items) {
      if (isMap(item) && item.range && item.range[0] <= offset && offset <= item.range[2]) {
        const id = item.get("id");
        if (typeof id === "string" && id.trim() !== "") return id;
      }
    }
  }
  const before = text.slice(0, offset).split("\n").reverse();
  for (const line of before) {
    const m = /^-\s+id:\s*["']?([^\s"'#]+)/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

function readableId(raw: unknown): string | null {
  if (raw && typeof raw === "object" && "id" in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === "string" && id.trim() !== "") return id;
  }
  return null;
}

type Issue = z.core.$ZodIssue;

function pathLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

function describeIssue(issue: Issue, item: unknown, label: string): string {
  const path = issue.path;
  const where = pathLabel(path);
  // A missing key deserves its own wording: "must be a string" reads oddly when nothing is there.
  if (path.length > 0 && isNode(item)) {
    const parent = path.length === 1 ? item : getNode(item, path.slice(0, -1));
    const key = path[path.length - 1];
    if (isMap(parent) && typeof key === "string" && !parent.has(key)) {
      return `"${where}" is missing in question ${label}: add it (${MISSING_FIELD_HINTS[key] ?? issue.message})`;
    }
  }
  return where ? `${where}: ${issue.message}` : issue.message;
}

const MISSING_FIELD_HINTS: Readonly<Record<string, string>> = {
  id: "a stable kebab-case id, unique across the bank",
  topic: "the slug of the lesson this question belongs to",
  domain: "development, security, deployment or troubleshooting",
  type: "single or multiple",
  prompt: "the question in Markdown",
  options: "a list of options, each with text, correct and why",
  explanation: "the reasoning in Markdown, naming the fact",
  references: "a list with at least one AWS documentation URL",
  text: "the option's Markdown text",
  correct: "true or false",
  why: "every option explains why it is right or wrong",
};

function getNode(item: unknown, path: readonly PropertyKey[]): unknown {
  if (!isNode(item)) return undefined;
  if (path.length === 0) return item;
  if (!isMap(item) && !isSeq(item)) return undefined;
  return item.getIn(path as Array<string | number>, true);
}

// Walk from the issue's path back towards the question until a node with a position exists.
function issueLine(item: unknown, issue: Issue, lineAt: (offset: number) => number): number | undefined {
  if (issue.code === "unrecognized_keys") {
    const parent = getNode(item, issue.path);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (p) => isNode(p.key) && issue.keys.includes(String((p.key as YamlNode).toJSON())),
      );
      const key = pair?.key;
      if (isNode(key) && key.range) return lineAt(key.range[0]);
    }
  }
  for (let n = issue.path.length; n >= 0; n -= 1) {
    const node = getNode(item, issue.path.slice(0, n));
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}
