import type { Assignment } from "./assignment";
import type { Report, TopicStats } from "./report";
import type { VerifiedExercise } from "./verify";

// The teacher's class table: one row per student, one column per exercise (verified results
// only), and quiz mastery for the assignment's topics. Reports are grouped by assignment, and a
// student who handed in several reports is shown once, with the newest.

export type ClassEntry = { fileName: string; report: Report; verified: VerifiedExercise[] };

export type ClassRow = {
  student: string;
  createdAt: number;
  fileName: string;
  exercises: Record<string, VerifiedExercise>;
  /** Mean mastery over the assignment's topics (0-1), or null when it has none. */
  quizMastery: number | null;
  topics: Partial<Record<string, TopicStats>>;
  /** Older reports of the same student that this row replaces. */
  replaced: string[];
};

export type ClassTable = { assignment: Assignment; rows: ClassRow[] };

const studentKey = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase();

export function buildClassTables(entries: readonly ClassEntry[]): ClassTable[] {
  const groups = new Map<string, { assignment: Assignment; rows: Map<string, ClassRow> }>();
  for (const { fileName, report, verified } of entries) {
    let group = groups.get(report.assignment.id);
    if (!group) {
      group = { assignment: report.assignment, rows: new Map() };
      groups.set(report.assignment.id, group);
    }
    const topics: Partial<Record<string, TopicStats>> = {};
    for (const t of report.quiz.topics) topics[t.topic] = t;
    const assigned = report.assignment.topics;
    const row: ClassRow = {
      student: report.student.name.trim(),
      createdAt: report.createdAt,
      fileName,
      exercises: Object.fromEntries(verified.map((v) => [v.slug, v])),
      quizMastery: assigned.length === 0 ? null : assigned.reduce((sum, t) => sum + (topics[t]?.mastery ?? 0), 0) / assigned.length,
      topics,
      replaced: [],
    };
    const key = studentKey(report.student.name);
    const existing = group.rows.get(key);
    if (!existing) group.rows.set(key, row);
    else if (row.createdAt >= existing.createdAt) group.rows.set(key, { ...row, replaced: [...existing.replaced, existing.fileName] });
    else existing.replaced.push(fileName);
  }
  return [...groups.values()].map(({ assignment, rows }) => ({
    assignment,
    rows: [...rows.values()].sort((a, b) => a.student.localeCompare(b.student)),
  }));
}

/** What a cell says, in the table and in the CSV. */
export function cellText(v: VerifiedExercise | undefined): string {
  if (!v || v.outcome === "not-submitted") return "not submitted";
  const score = `${v.passed}/${v.total}`;
  switch (v.outcome) {
    case "passed":
      return `passed ${score}`;
    case "partial":
      return `partial ${score}`;
    case "failed":
      return `failed ${score}`;
    case "unverifiable":
      return `could not verify ${score}`;
  }
  return "not submitted";
}

export const percent = (x: number | null | undefined) => (x === null || x === undefined ? "" : String(Math.round(x * 100)));

/** One CSV field: quoted when needed, and defused when a spreadsheet would read it as a formula. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function classTableCsv(table: ClassTable, titles: Readonly<Record<string, string>>): string {
  const { assignment } = table;
  const header = [
    "Student",
    "Report created (UTC)",
    ...assignment.exercises.map((s) => titles[s] ?? s),
    ...(assignment.topics.length ? ["Quiz mastery (%)", ...assignment.topics.flatMap((t) => [`${t} mastery (%)`, `${t} answers`, `${t} correct (%)`])] : []),
  ];
  const lines = [header];
  for (const row of table.rows) {
    lines.push([
      row.student,
      new Date(row.createdAt).toISOString().slice(0, 16).replace("T", " "),
      ...assignment.exercises.map((s) => cellText(row.exercises[s])),
      ...(assignment.topics.length
        ? [
            percent(row.quizMastery),
            ...assignment.topics.flatMap((t) => {
              const stats = row.topics[t];
              return [percent(stats?.mastery ?? 0), String(stats?.answers ?? 0), stats && stats.answers > 0 ? percent(stats.correct / stats.answers) : ""];
            }),
          ]
        : []),
    ]);
  }
  return lines.map((l) => l.map(field).join(",")).join("\r\n") + "\r\n";
}
