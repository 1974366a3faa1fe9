import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { ContentError } from "@/lib/content/content-error";
import type { ExerciseDefinition } from "./define";
import {
  exerciseFrontmatterSchema,
  parseExerciseFolderName,
  type ExerciseFrontmatter,
  type ExerciseMeta,
} from "./exercise-schema";
import { SUBMISSION_LIMITS } from "./run-checks";

// Reads and validates content/exercises/NN-slug/ folders at build time. Any problem throws a
// ContentError that starts with the offending file (and line, for frontmatter), so a bad folder
// fails `next build` with a message that says where to look.

export const EXERCISES_DIR = path.join(process.cwd(), "content", "exercises");

const CODE_EXTENSIONS = ["mjs", "ts"] as const;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export type ExerciseFolder = { order: number; slug: string; folder: string; absolute: string };

export type ExerciseSources = {
  meta: ExerciseMeta;
  /** README.mdx without its frontmatter. */
  body: string;
  /** The line of README.mdx where `body` starts (for error messages). */
  bodyStartLine: number;
  starter: string;
  solution: string;
};

export type FolderCheckOptions = {
  /** slug → checks, normally lib/exercises/registry's EXERCISE_CHECKS. */
  registry: Readonly<Record<string, ExerciseDefinition>>;
  /** Question bank ids; reviewQuestions must name existing questions. */
  knownQuestionIds?: ReadonlySet<string>;
  /** Where registry.ts lives, for messages. */
  registryFile?: string;
};

function rel(absolute: string): string {
  return path.relative(process.cwd(), absolute) || absolute;
}

/** Exercise folders in order. Anything in content/exercises that is not an NN-slug folder is an error. */
export async function listExerciseFolders(dir = EXERCISES_DIR): Promise<ExerciseFolder[]> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith("."));
  const folders: ExerciseFolder[] = [];
  for (const name of names) {
    const absolute = path.join(dir, name);
    const parsed = parseExerciseFolderName(name);
    if (!parsed || !(await stat(absolute)).isDirectory()) {
      throw new ContentError(
        rel(absolute),
        undefined,
        "everything in content/exercises must be a folder named NN-slug (two digits, then a kebab-case slug).",
      );
    }
    folders.push({ ...parsed, folder: rel(absolute), absolute });
  }
  folders.sort((a, b) => a.order - b.order);
  for (let i = 1; i < folders.length; i++) {
    if (folders[i].order === folders[i - 1].order)
      throw new ContentError(
        folders[i].folder,
        undefined,
        `exercise number ${folders[i].order} is also used by ${folders[i - 1].folder}.`,
      );
  }
  const slugs = new Map<string, string>();
  for (const f of folders) {
    const other = slugs.get(f.slug);
    if (other)
      throw new ContentError(
        f.folder,
        undefined,
        `slug "${f.slug}" is also used by ${other}; slugs are URLs and must be unique.`,
      );
    slugs.set(f.slug, f.folder);
  }
  return folders;
}

function readFrontmatter(
  file: string,
  source: string,
): { data: ExerciseFrontmatter; body: string; bodyStartLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match)
    throw new ContentError(
      file,
      1,
      "missing frontmatter: start README.mdx with a --- block (title, summary, topic, difficulty, minutes, objectives, hints, reviewQuestions).",
    );
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  const fileLine = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0)
    throw new ContentError(
      file,
      fileLine(doc.errors[0].pos[0]),
      `frontmatter is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`,
    );
  const parsed = exerciseFrontmatterSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path[0];
    const node =
      typeof key === "string"
        ? (doc.getIn([key], true) as { range?: [number, number, number] } | undefined)
        : undefined;
    const where = issue.path.length > 0 ? `field "${issue.path.join(".")}"` : "frontmatter";
    throw new ContentError(file, fileLine(node?.range?.[0]), `${where}: ${issue.message}`);
  }
  return {
    data: parsed.data,
    body: source.slice(match[0].length),
    bodyStartLine: match[0].split("\n").length,
  };
}

async function readCode(
  folder: ExerciseFolder,
  files: string[],
  base: "starter" | "solution",
): Promise<{ ext: string; text: string }> {
  const found = files.filter((f) => CODE_EXTENSIONS.some((ext) => f === `${base}.${ext}`));
  if (found.length === 0)
    throw new ContentError(
      `${folder.folder}/${base}.mjs`,
      undefined,
      `missing: add ${base}.mjs (or ${base}.ts).`,
    );
  if (found.length > 1)
    throw new ContentError(
      `${folder.folder}/${found[1]}`,
      undefined,
      `${base} is given twice (${found.join(", ")}); keep one.`,
    );
  const file = `${folder.folder}/${found[0]}`;
  const text = await readFile(path.join(folder.absolute, found[0]), "utf8");
  if (text.trim() === "") throw new ContentError(file, undefined, "the file is empty.");
  if (!/\bhandler\b/.test(text))
    throw new ContentError(
      file,
      undefined,
      "it does not define `handler`; Lambda Lab deploys the file with Handler index.handler.",
    );
  if (new TextEncoder().encode(text).length > SUBMISSION_LIMITS.bytesPerFile)
    throw new ContentError(
      file,
      undefined,
      `the file is larger than ${SUBMISSION_LIMITS.bytesPerFile / 1024} KB.`,
    );
  return { ext: found[0].split(".").pop()!, text };
}

/** Validates one folder and returns its parts. */
export async function readExerciseFolder(
  folder: ExerciseFolder,
  options: FolderCheckOptions,
): Promise<ExerciseSources> {
  const files = (await readdir(folder.absolute)).filter((n) => !n.startsWith("."));
  const allowed = new Set([
    "README.mdx",
    "checks.ts",
    ...CODE_EXTENSIONS.flatMap((e) => [`starter.${e}`, `solution.${e}`]),
  ]);
  const stray = files.find((f) => !allowed.has(f));
  if (stray)
    throw new ContentError(
      `${folder.folder}/${stray}`,
      undefined,
      "unexpected file: an exercise folder holds README.mdx, starter.mjs|ts, solution.mjs|ts and checks.ts only (support files belong in checks.ts).",
    );
  for (const required of ["README.mdx", "checks.ts"]) {
    if (!files.includes(required))
      throw new ContentError(
        `${folder.folder}/${required}`,
        undefined,
        `missing: every exercise needs ${required}.`,
      );
  }

  const readmeFile = `${folder.folder}/README.mdx`;
  const { data, body, bodyStartLine } = readFrontmatter(
    readmeFile,
    await readFile(path.join(folder.absolute, "README.mdx"), "utf8"),
  );
  if (body.trim().length < 40)
    throw new ContentError(
      readmeFile,
      undefined,
      "the task description after the frontmatter is missing or too short.",
    );
  if (options.knownQuestionIds) {
    const unknown = data.reviewQuestions.find((id) => !options.knownQuestionIds!.has(id));
    if (unknown)
      throw new ContentError(
        readmeFile,
        undefined,
        `reviewQuestions names "${unknown}", which is not a question in content/questions.`,
      );
  }

  const starter = await readCode(folder, files, "starter");
  const solution = await readCode(folder, files, "solution");
  if (starter.ext !== solution.ext) {
    throw new ContentError(
      `${folder.folder}/solution.${solution.ext}`,
      undefined,
      `starter.${starter.ext} and solution.${solution.ext} must be in the same language.`,
    );
  }
  if (starter.text === solution.text)
    throw new ContentError(
      `${folder.folder}/solution.${solution.ext}`,
      undefined,
      "the solution is identical to the starter.",
    );

  const checksFile = `${folder.folder}/checks.ts`;
  const checksSource = await readFile(path.join(folder.absolute, "checks.ts"), "utf8");
  if (!/export const exercise\s*=\s*defineExercise\(/.test(checksSource)) {
    throw new ContentError(
      checksFile,
      undefined,
      "checks.ts must `export const exercise = defineExercise({ checks: [...] })` (see lib/exercises/README.md).",
    );
  }
  const definition = Object.prototype.hasOwnProperty.call(options.registry, folder.slug)
    ? options.registry[folder.slug]
    : undefined;
  if (!definition) {
    throw new ContentError(
      checksFile,
      undefined,
      `not registered: add \`"${folder.slug}": ...\` importing this file to ${options.registryFile ?? "lib/exercises/registry.ts"}, so the checks run in the browser too.`,
    );
  }

  const checksVersion = createHash("sha256")
    .update(checksSource)
    .update(JSON.stringify(Object.entries(definition.supportFiles).sort()))
    .digest("hex")
    .slice(0, 12);

  return {
    meta: {
      ...data,
      slug: folder.slug,
      order: folder.order,
      folder: folder.folder,
      mainFile: `index.${starter.ext}`,
      checks: definition.checks.map((c) => ({ id: c.id, title: c.title })),
      checksVersion,
    },
    body,
    bodyStartLine,
    starter: starter.text,
    solution: solution.text,
  };
}

/** Every folder, validated, plus registry entries that have no folder (also an error). */
export async function readAllExercises(
  options: FolderCheckOptions,
  dir = EXERCISES_DIR,
): Promise<ExerciseSources[]> {
  const folders = await listExerciseFolders(dir);
  const out: ExerciseSources[] = [];
  for (const f of folders) out.push(await readExerciseFolder(f, options));
  const slugs = new Set(folders.map((f) => f.slug));
  const orphan = Object.keys(options.registry).find((slug) => !slugs.has(slug));
  if (orphan) {
    throw new ContentError(
      options.registryFile ?? "lib/exercises/registry.ts",
      undefined,
      `"${orphan}" is registered but content/exercises has no NN-${orphan} folder; remove the entry or add the folder.`,
    );
  }
  return out;
}
