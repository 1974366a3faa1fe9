// Node-only (reads the file system). It deliberately has no `import "server-only"`: that
// package throws outside React Server Components, which would break vitest and any build
// script that validates the bank. The .server.ts suffix marks it instead, and a client
// bundle importing node:fs fails the Next build anyway.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  bankStats,
  findDuplicateIds,
  inspectBankFile,
  QuestionBankError,
  type BankEntry,
  type BankProblem,
  type BankStats,
} from "./bank";
import type { Question } from "./schema";

export { bankStats, parseBankFile, QuestionBankError } from "./bank";
export type { BankEntry, BankProblem, BankStats } from "./bank";

export const DEFAULT_BANK_DIR = "content/questions";

export interface LoadedBank {
  /** Every question, files in name order, questions in file order. */
  questions: Question[];
  /** Where each question lives, by id (for tooling and error messages). */
  sources: Record<string, { file: string; line: number }>;
  stats: BankStats;
}

export interface LoadBankOptions {
  /** Directory holding the *.yaml files; relative paths resolve against `cwd`. */
  dir?: string;
  cwd?: string;
}

/**
 * Loads and validates the whole bank. Throws a {@link QuestionBankError} that lists every
 * problem in every file (file:line, question id, what to fix), so a bad file fails the build.
 */
export function loadQuestionBank(options: LoadBankOptions = {}): LoadedBank {
  const cwd = options.cwd ?? process.cwd();
  const dir = path.resolve(cwd, options.dir ?? DEFAULT_BANK_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n));
  } catch (cause) {
    throw new QuestionBankError([
      {
        file: path.relative(cwd, dir) || dir,
        line: 1,
        message: `cannot read the question directory (${String(cause)}); create it or pass the right dir`,
      },
    ]);
  }
  names.sort();
  if (names.length === 0) {
    throw new QuestionBankError([
      {
        file: path.relative(cwd, dir) || dir,
        line: 1,
        message: "no *.yaml files found; add question files to this directory",
      },
    ]);
  }

  const entries: BankEntry[] = [];
  const problems: BankProblem[] = [];
  for (const name of names) {
    const absolute = path.join(dir, name);
    const shown = path.relative(cwd, absolute);
    // Duplicates are checked once over all files below, so in-file and cross-file ones are
    // reported exactly once each.
    const result = inspectBankFile(shown, readFileSync(absolute, "utf8"), { checkDuplicateIds: false });
    entries.push(...result.entries);
    problems.push(...result.problems);
  }
  problems.push(...findDuplicateIds(entries));
  if (problems.length > 0) throw new QuestionBankError(problems);

  const questions = entries.map((e) => e.question);
  const sources = Object.fromEntries(entries.map((e) => [e.question.id, { file: e.file, line: e.line }]));
  return { questions, sources, stats: bankStats(questions) };
}
