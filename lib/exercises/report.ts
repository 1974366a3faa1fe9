// zod/mini: reports are built by the student's page and read by the teacher's, both in the browser.
import { z } from "zod/mini";
import { TOPIC_SLUGS } from "@/lib/quiz/curriculum";
import { assignmentSchema } from "./assignment";
import { canonicalJson, sha256Hex } from "./digest";
import { SubmissionError, validateSubmission } from "./run-checks";

// The report file a student downloads and hands in: their code per exercise, the check results
// they saw, quiz statistics for the assignment's topics, and timestamps. The teacher's page reads
// many at once and rejects a bad one with a reason, leaving the others untouched. Results in a
// report are claims: the classroom re-runs the code (verify.ts) and shows only what it verified.

export const REPORT_FORMAT = 1;
/** Far above a real report (tens of KB); keeps a wrong file from freezing the page. */
export const MAX_REPORT_BYTES = 1_000_000;

const ts = z.int().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const kebab = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const CHECK_STATUSES = ["passed", "failed", "error", "unavailable"] as const;

const exerciseEntrySchema = z.strictObject({
  slug: kebab,
  files: z.record(z.string(), z.string()),
  /** Which version of the checks produced `results` (see ExerciseMeta.checksVersion). */
  checksVersion: z.string().check(z.regex(/^[0-9a-f]{12}$/)),
  results: z.array(z.strictObject({ id: kebab, status: z.enum(CHECK_STATUSES) })).check(z.maxLength(50)),
  startedAt: ts,
  lastRunAt: z.nullable(ts),
  passedAt: z.nullable(ts),
  hintsShown: z.int().check(z.nonnegative(), z.maximum(10)),
  solutionShown: z.boolean(),
});

const topicStatsSchema = z.strictObject({
  topic: z.enum(TOPIC_SLUGS),
  questions: count,
  /** Questions reviewed at least once. */
  studied: count,
  answers: count,
  correct: count,
  /** Mean recall probability over the topic's questions, unstudied ones counting 0 (0-1). */
  mastery: z.number().check(z.minimum(0), z.maximum(1)),
});

export const reportSchema = z.strictObject({
  app: z.literal("lambda-lab"),
  kind: z.literal("exercise-report"),
  format: z.literal(REPORT_FORMAT),
  assignment: assignmentSchema,
  student: z.strictObject({ name: z.string().check(z.trim(), z.minLength(1, { error: "the student's name is empty" }), z.maxLength(80)) }),
  openedAt: ts,
  createdAt: ts,
  exercises: z.array(exerciseEntrySchema).check(z.maxLength(24)),
  quiz: z.strictObject({ topics: z.array(topicStatsSchema).check(z.maxLength(TOPIC_SLUGS.length)) }),
  digest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportExercise = z.infer<typeof exerciseEntrySchema>;
export type TopicStats = z.infer<typeof topicStatsSchema>;
export type ReportDraft = Omit<Report, "app" | "kind" | "format" | "digest">;

export type RejectionKind = "oversized" | "malformed" | "tampered" | "wrong-assignment";

export class ReportRejected extends Error {
  constructor(
    readonly kind: RejectionKind,
    message: string,
  ) {
    super(message);
    this.name = "ReportRejected";
  }
}

function digestOf(report: Omit<Report, "digest">): string {
  return sha256Hex(canonicalJson(report));
}

export function buildReport(draft: ReportDraft): Report {
  const body = { app: "lambda-lab" as const, kind: "exercise-report" as const, format: REPORT_FORMAT as typeof REPORT_FORMAT, ...draft };
  const report = { ...body, digest: digestOf(body) };
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`Lambda Lab built an invalid report (${issueText(parsed.error)}); please report this.`);
  return report;
}

function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "student"
  );
}

export function reportFileName(report: Pick<Report, "assignment" | "student">): string {
  return `lambda-lab-report-${slugify(report.assignment.title)}-${slugify(report.student.name)}.json`;
}

function issueText(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`;
}

/**
 * Reads one report file. Throws ReportRejected saying why: too large, not JSON, not a report,
 * a newer format, a wrong shape, edited after download (checksum), or exercises the assignment
 * does not contain.
 */
export function parseReport(text: string, byteLength = new TextEncoder().encode(text).length): Report {
  if (byteLength > MAX_REPORT_BYTES) {
    throw new ReportRejected("oversized", `The file is ${Math.round(byteLength / 1024)} KB; a Lambda Lab report is at most ${MAX_REPORT_BYTES / 1000} KB.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReportRejected("malformed", "The file is not JSON, so it is not a Lambda Lab report.");
  }
  const head = json as { app?: unknown; kind?: unknown; format?: unknown } | null;
  if (!head || typeof head !== "object" || head.app !== "lambda-lab" || head.kind !== "exercise-report") {
    throw new ReportRejected("malformed", "This JSON file is not a Lambda Lab exercise report (it lacks app \"lambda-lab\" and kind \"exercise-report\").");
  }
  if (typeof head.format === "number" && head.format > REPORT_FORMAT) {
    throw new ReportRejected("malformed", `The report uses format ${head.format}, newer than this page reads (${REPORT_FORMAT}). Open the classroom with the newest Lambda Lab.`);
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) throw new ReportRejected("malformed", `The report is damaged or incomplete (${issueText(parsed.error)}).`);
  const report = parsed.data;
  const { digest, ...body } = report;
  if (digestOf(body) !== digest) {
    throw new ReportRejected("tampered", "The report was changed after it was downloaded: its checksum does not match its contents. Ask the student to download it again.");
  }
  const assigned = new Set(report.assignment.exercises);
  const seen = new Set<string>();
  for (const e of report.exercises) {
    if (!assigned.has(e.slug)) throw new ReportRejected("wrong-assignment", `The report contains exercise "${e.slug}", which is not part of the assignment "${report.assignment.title}".`);
    if (seen.has(e.slug)) throw new ReportRejected("malformed", `The report contains exercise "${e.slug}" twice.`);
    seen.add(e.slug);
    try {
      validateSubmission({ files: e.files });
    } catch (error) {
      if (error instanceof SubmissionError) throw new ReportRejected("malformed", `The code submitted for "${e.slug}" cannot be run: ${error.message}`);
      throw error;
    }
  }
  return report;
}

