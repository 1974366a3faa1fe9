import type { Report } from "./report";
import { ReportRejected } from "./report";
import type { CheckResult } from "./run-checks";

// The classroom's rule: a report's results are claims. Every submitted solution runs again in
// the simulator (in the page's worker), and only those results count. When the checks have not
// changed since the student ran them, a claim that differs from the re-run means the report was
// forged, and the whole report is rejected; when the checks did change, the new results simply
// replace the old ones.

export type ExerciseOutcome = "passed" | "partial" | "failed" | "not-submitted" | "unverifiable";

export type VerifiedExercise = {
  slug: string;
  outcome: ExerciseOutcome;
  passed: number;
  total: number;
  results: CheckResult[];
  /** Something the teacher should know (checks changed since the student ran them, ...). */
  note?: string;
};

export type KnownExercise = { slug: string; title: string; checksVersion: string; checks: readonly { id: string; title: string }[] };

/** Runs an exercise's checks on submitted files (the worker in the browser, the engine in tests). */
export type CheckRunnerFn = (slug: string, files: Record<string, string>) => Promise<CheckResult[]>;

export function outcomeOf(results: readonly CheckResult[]): { outcome: ExerciseOutcome; passed: number; total: number } {
  const total = results.length;
  const passed = results.filter((r) => r.status === "passed").length;
  if (results.some((r) => r.status === "error" || r.status === "unavailable")) return { outcome: "unverifiable", passed, total };
  return { outcome: passed === total && total > 0 ? "passed" : passed > 0 ? "partial" : "failed", passed, total };
}

/**
 * Re-runs every submitted exercise of `report`. Throws ReportRejected when the report names an
 * exercise this site does not have, or when a claimed result contradicts the re-run.
 */
export async function verifyReport(report: Report, known: readonly KnownExercise[], run: CheckRunnerFn): Promise<VerifiedExercise[]> {
  const bySlug = new Map(known.map((k) => [k.slug, k]));
  for (const slug of report.assignment.exercises) {
    if (!bySlug.has(slug)) {
      throw new ReportRejected("wrong-assignment", `The assignment includes exercise "${slug}", which this version of Lambda Lab does not have.`);
    }
  }
  const out: VerifiedExercise[] = [];
  for (const slug of report.assignment.exercises) {
    const meta = bySlug.get(slug)!;
    const submitted = report.exercises.find((e) => e.slug === slug);
    if (!submitted) {
      out.push({ slug, outcome: "not-submitted", passed: 0, total: meta.checks.length, results: [] });
      continue;
    }
    const results = await run(slug, submitted.files);
    const sameChecks = submitted.checksVersion === meta.checksVersion;
    if (sameChecks) {
      for (const claim of submitted.results) {
        const actual = results.find((r) => r.id === claim.id);
        const comparable = (s: string) => s === "passed" || s === "failed";
        if (actual && comparable(claim.status) && comparable(actual.status) && claim.status !== actual.status) {
          throw new ReportRejected(
            "tampered",
            `The report claims check "${actual.title}" of "${meta.title}" ${claim.status}, but running the submitted code ${actual.status === "passed" ? "passes" : "fails"} it. The results were edited.`,
          );
        }
      }
    }
    out.push({
      slug,
      ...outcomeOf(results),
      results,
      ...(sameChecks ? {} : { note: "The checks changed after the student ran them; these are today's results." }),
    });
  }
  return out;
}
