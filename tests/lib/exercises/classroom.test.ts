import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { assignmentUrl, AssignmentLinkError, checkAssignment, decodeAssignment, encodeAssignment, newAssignmentId, type Assignment } from "@/lib/exercises/assignment";
import { buildClassTables, cellText, classTableCsv } from "@/lib/exercises/class-table";
import { canonicalJson, sha256Hex } from "@/lib/exercises/digest";
import { EXERCISE_CHECKS } from "@/lib/exercises/registry";
import { buildReport, MAX_REPORT_BYTES, parseReport, reportFileName, ReportRejected, type ReportDraft } from "@/lib/exercises/report";
import { runChecks } from "@/lib/exercises/run-checks";
import { verifyReport, type KnownExercise } from "@/lib/exercises/verify";
import { createSimulator } from "@/lib/simulator";

const T0 = Date.UTC(2026, 2, 2, 9);

const assignment: Assignment = {
  id: "k3l9x0a2bq7m",
  title: "Week 3: configuration",
  exercises: ["env-config", "remaining-time"],
  topics: ["environment-config", "execution-environment"],
  createdAt: T0,
  note: "Due Friday",
};

describe("assignment links", () => {
  test("round-trip through the URL fragment", () => {
    const url = assignmentUrl("https://lab.example.org/", assignment);
    expect(url.startsWith("https://lab.example.org/classroom/assignment/#a1/")).toBe(true);
    expect(decodeAssignment(new URL(url).hash)).toEqual(assignment);
    expect(decodeAssignment(encodeAssignment({ ...assignment, title: "Semaine 3 : réglages ✓" })).title).toBe("Semaine 3 : réglages ✓");
  });

  test("explain what is wrong with a bad link", () => {
    expect(() => decodeAssignment("")).toThrow(/needs an assignment link/);
    expect(() => decodeAssignment("#v1/abc")).toThrow(/not an assignment link/);
    expect(() => decodeAssignment("#a2/abc")).toThrow(/newer Lambda Lab/);
    expect(() => decodeAssignment("#a1/!!!")).toThrow(/damaged/);
    const noExercises = encodeAssignment(assignment).replace(/.*/, "#a1/" + Buffer.from(JSON.stringify({ ...assignment, exercises: [] })).toString("base64url"));
    expect(() => decodeAssignment(noExercises)).toThrow("The assignment is not complete: exercises: pick at least one exercise.");
    expect(() => decodeAssignment("#a1/" + "A".repeat(9000))).toThrow(/far longer/);
  });

  test("refuse duplicates and unknown topics when building", () => {
    expect(() => checkAssignment({ ...assignment, exercises: ["env-config", "env-config"] })).toThrow(AssignmentLinkError);
    expect(() => checkAssignment({ ...assignment, topics: ["databases"] })).toThrow(/topics/);
  });

  test("ids are 12 characters of base 36", () => {
    let n = 7;
    expect(newAssignmentId(() => (n = (n * 31 + 11) % 256))).toMatch(/^[a-z0-9]{12}$/);
  });
});

describe("digest", () => {
  test("sha256Hex matches Node's SHA-256, multi-block and non-ASCII included", () => {
    for (const text of ["", "abc", "x".repeat(55), "y".repeat(56), "z".repeat(1000), "héllo ✓ 🚀"]) {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });

  test("canonical JSON does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }], e: undefined })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

const solution = (folder: string) => readFileSync(`content/exercises/${folder}/solution.mjs`, "utf8");
const starter = (folder: string) => readFileSync(`content/exercises/${folder}/starter.mjs`, "utf8");

const known: KnownExercise[] = [
  { slug: "env-config", title: "Configuration from the environment", checksVersion: "aaaaaaaaaaaa", checks: EXERCISE_CHECKS["env-config"].checks },
  { slug: "remaining-time", title: "Stop before the timeout", checksVersion: "bbbbbbbbbbbb", checks: EXERCISE_CHECKS["remaining-time"].checks },
];
const run = (slug: string, files: Record<string, string>) => runChecks(EXERCISE_CHECKS[slug], { files }, (o) => createSimulator(o));

async function draft(name: string, code: Record<string, string>, createdAt = T0 + 3_600_000): Promise<ReportDraft> {
  const exercises = [];
  for (const [slug, text] of Object.entries(code)) {
    const results = await run(slug, { "index.mjs": text });
    exercises.push({
      slug,
      files: { "index.mjs": text },
      checksVersion: known.find((k) => k.slug === slug)!.checksVersion,
      results: results.map((r) => ({ id: r.id, status: r.status })),
      startedAt: T0 + 60_000,
      lastRunAt: createdAt - 1000,
      passedAt: results.every((r) => r.status === "passed") ? createdAt - 1000 : null,
      hintsShown: 1,
      solutionShown: false,
    });
  }
  return {
    assignment,
    student: { name },
    openedAt: T0 + 1000,
    createdAt,
    exercises,
    quiz: {
      topics: [
        { topic: "environment-config", questions: 16, studied: 8, answers: 20, correct: 15, mastery: 0.4 },
        { topic: "execution-environment", questions: 21, studied: 0, answers: 0, correct: 0, mastery: 0 },
      ],
    },
  };
}

function reject(text: string, size?: number): ReportRejected {
  try {
    parseReport(text, size);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportRejected);
    return error as ReportRejected;
  }
  throw new Error("expected the report to be rejected");
}

describe("reports", () => {
  test("a built report parses back as it was, and is named after the assignment and student", async () => {
    const report = buildReport(await draft("Ada Lovelace", { "env-config": solution("02-env-config") }));
    expect(parseReport(JSON.stringify(report))).toEqual(report);
    expect(reportFileName(report)).toBe("lambda-lab-report-week-3-configuration-ada-lovelace.json");
  });

  test("malformed, oversized and hand-edited files are rejected with a reason", async () => {
    const report = buildReport(await draft("Ada", { "env-config": solution("02-env-config") }));
    const text = JSON.stringify(report);
    expect(reject("{oops").message).toBe("The file is not JSON, so it is not a Lambda Lab report.");
    expect(reject('{"app":"other"}').kind).toBe("malformed");
    expect(reject(JSON.stringify({ ...report, format: 7 })).message).toMatch(/format 7, newer than this page reads/);
    expect(reject(JSON.stringify({ ...report, student: { name: "" } })).message).toMatch(/^The report is damaged or incomplete \(student\.name: /);
    expect(reject(text, MAX_REPORT_BYTES + 1).kind).toBe("oversized");
    const edited = JSON.stringify({ ...report, student: { name: "Someone else" } });
    expect(reject(edited)).toMatchObject({ kind: "tampered", message: expect.stringMatching(/changed after it was downloaded/) });
  });

  test("a report cannot smuggle in exercises outside its assignment, or code that cannot run", async () => {
    const d = await draft("Ada", { "env-config": solution("02-env-config") });
    const foreign = buildReport({ ...d, exercises: [{ ...d.exercises[0], slug: "weighted-canary" }] });
    expect(reject(JSON.stringify(foreign))).toMatchObject({ kind: "wrong-assignment" });
    const huge = buildReport({ ...d, exercises: [{ ...d.exercises[0], files: { "index.mjs": "x".repeat(70_000) } }] });
    expect(reject(JSON.stringify(huge)).message).toMatch(/cannot be run: "index\.mjs" is 69 KB/);
  });
});

describe("verification re-runs the code", () => {
  test("an honest report is verified exercise by exercise; missing exercises are not submitted", async () => {
    const report = buildReport(await draft("Ada", { "env-config": solution("02-env-config") }));
    const verified = await verifyReport(report, known, run);
    expect(verified.map((v) => [v.slug, v.outcome, `${v.passed}/${v.total}`])).toEqual([
      ["env-config", "passed", "5/5"],
      ["remaining-time", "not-submitted", "0/4"],
    ]);
  });

  test("a report whose claimed results contradict its code is rejected as tampered", async () => {
    const d = await draft("Mallory", { "env-config": starter("02-env-config") });
    // Claims every check passed, with a valid checksum recomputed over the forged results.
    const forged = buildReport({ ...d, exercises: [{ ...d.exercises[0], results: d.exercises[0].results.map((r) => ({ ...r, status: "passed" as const })) }] });
    const parsed = parseReport(JSON.stringify(forged));
    await expect(verifyReport(parsed, known, run)).rejects.toThrow(/claims check ".*" of "Configuration from the environment" passed, but running the submitted code fails it/);
  });

  test("when the checks changed since the student ran them, the new results count and are flagged", async () => {
    const d = await draft("Bo", { "env-config": starter("02-env-config") });
    const old = buildReport({ ...d, exercises: [{ ...d.exercises[0], checksVersion: "0123456789ab", results: d.exercises[0].results.map((r) => ({ ...r, status: "passed" as const })) }] });
    const [v] = await verifyReport(parseReport(JSON.stringify(old)), known, run);
    expect(v.outcome).toBe("failed");
    expect(v.note).toMatch(/checks changed/);
  });

  test("an assignment naming an exercise this site lacks is rejected", async () => {
    const report = buildReport(await draft("Ada", {}));
    await expect(verifyReport(report, known.slice(0, 1), run)).rejects.toThrow('The assignment includes exercise "remaining-time", which this version of Lambda Lab does not have.');
  });
});

describe("the class table", () => {
  async function entry(name: string, code: Record<string, string>, createdAt?: number) {
    const report = buildReport(await draft(name, code, createdAt));
    return { fileName: reportFileName(report), report, verified: await verifyReport(report, known, run) };
  }

  test("one row per student (newest report wins), verified cells, quiz mastery, CSV", async () => {
    const entries = [
      await entry("Zoe", { "env-config": starter("02-env-config"), "remaining-time": solution("03-remaining-time") }),
      await entry("ada", { "env-config": starter("02-env-config") }, T0 + 1000),
      await entry("Ada ", { "env-config": solution("02-env-config") }, T0 + 9000),
    ];
    const [table] = buildClassTables(entries);
    expect(table.rows.map((r) => r.student)).toEqual(["Ada", "Zoe"]);
    const [ada, zoe] = table.rows;
    expect(ada.replaced).toEqual(["lambda-lab-report-week-3-configuration-ada.json"]);
    expect(cellText(ada.exercises["env-config"])).toBe("passed 5/5");
    expect(cellText(ada.exercises["remaining-time"])).toBe("not submitted");
    expect(cellText(zoe.exercises["env-config"])).toBe("failed 0/5");
    expect(zoe.quizMastery).toBeCloseTo(0.2);
    const csv = classTableCsv(table, { "env-config": "Configuration, from env", "remaining-time": "Stop before the timeout" });
    expect(csv.split("\r\n")[0]).toBe(
      'Student,Report created (UTC),"Configuration, from env",Stop before the timeout,Quiz mastery (%),environment-config mastery (%),environment-config answers,environment-config correct (%),execution-environment mastery (%),execution-environment answers,execution-environment correct (%)',
    );
    expect(csv.split("\r\n")[1]).toBe("Ada,2026-03-02 09:00,passed 5/5,not submitted,20,40,20,75,0,0,");
  });

  test("CSV cells that a spreadsheet would run as formulas are defused", async () => {
    const [table] = buildClassTables([await entry("=HYPERLINK(1)", {})]);
    expect(classTableCsv(table, {}).split("\r\n")[1].startsWith("'=HYPERLINK(1),")).toBe(true);
  });

  test("reports of different assignments make different tables", async () => {
    const a = await entry("Ada", {});
    const other = buildReport({ ...(await draft("Bo", {})), assignment: { ...assignment, id: "zzzzzzzz0000", title: "Other" } });
    const tables = buildClassTables([a, { fileName: "b.json", report: other, verified: [] }]);
    expect(tables.map((t) => t.assignment.title)).toEqual(["Week 3: configuration", "Other"]);
  });
});

describe("opening an exercise in the simulator", () => {
  test("makes a share link whose scenario holds the learner's file first, then the provided files", async () => {
    const { simulatorLink } = await import("@/lib/exercises/simulator-link");
    const { decodeShare } = await import("@/lib/workspace/share");
    const url = simulatorLink({ title: "Connect once", slug: "client-reuse", mainFile: "index.mjs", files: { "index.mjs": "export const handler = 1;", "db.mjs": "export {}" } });
    expect(url.startsWith("/simulator/#v1/")).toBe(true);
    const state = decodeShare(url.slice("/simulator/".length));
    expect(state.scenario.files.map((f) => f.path)).toEqual(["index.mjs", "db.mjs"]);
    expect(state.scenario.config.FunctionName).toBe("client-reuse");
    expect(state.activeFile).toBe("index.mjs");
  });
});
