import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { canonicalJson, sha256Hex } from "@/lib/exercises/digest";
import { baseURL, launch, newPage, pageErrors, tempDir } from "./browser";

let browser: Browser;
const files = tempDir();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  files.cleanup();
});

describe("classroom", () => {
  test("a teacher builds a link, a student hands in a report, the teacher imports and verifies it", async () => {
    // Teacher: pick an exercise and a quiz topic, get the link.
    const teacher = await newPage(browser);
    await teacher.page.goto(`${baseURL()}/classroom/`);
    await teacher.page.getByLabel("Title").fill("Week 2: configuration");
    await teacher.page.getByRole("checkbox", { name: /Configuration from the environment/ }).check();
    await teacher.page.getByRole("checkbox", { name: /Stop before the timeout/ }).check();
    await teacher.page.getByRole("checkbox", { name: /^Environment variables/ }).check();
    await teacher.page.getByRole("button", { name: "Create the assignment link" }).click();
    const link = await teacher.page.getByTestId("assignment-link").innerText();
    expect(link).toMatch(new RegExp(`^${baseURL().replace(/[.]/g, "\\.")}/classroom/assignment/#a1/[A-Za-z0-9_-]+$`));

    // Student: opens the link, solves one exercise, downloads the report.
    const student = await newPage(browser);
    await student.page.goto(link);
    expect(await student.page.getByRole("heading", { level: 1 }).innerText()).toBe("Week 2: configuration");
    expect(await student.page.getByRole("link", { name: "Configuration from the environment" }).count()).toBe(1);
    await student.page.getByRole("link", { name: "Configuration from the environment" }).click();
    await student.page.waitForURL(/\/exercises\/env-config\/$/);
    await student.page.getByLabel("Plain text editor").check();
    await student.page.getByRole("textbox", { name: /^Your handler: index\.mjs/ }).fill(readFileSync("content/exercises/02-env-config/solution.mjs", "utf8"));
    await student.page.goBack();
    await student.page.waitForURL(/#a1\//);
    await student.page.getByLabel(/Your name/).fill("Ada Lovelace");
    const [download] = await Promise.all([
      student.page.waitForEvent("download", { timeout: 90_000 }),
      student.page.getByRole("button", { name: "Download my report" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("lambda-lab-report-week-2-configuration-ada-lovelace.json");
    const reportPath = path.join(files.dir, download.suggestedFilename());
    await download.saveAs(reportPath);
    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    expect(report.student.name).toBe("Ada Lovelace");
    expect(report.exercises.map((e: { slug: string }) => e.slug)).toEqual(["env-config"]);
    expect(report.exercises[0].results.every((r: { status: string }) => r.status === "passed")).toBe(true);
    expect(report.quiz.topics.map((t: { topic: string }) => t.topic)).toEqual(["environment-config"]);
    // Passing the exercise put its review questions into the deck, so the topic shows some mastery.
    const mastery = Math.round(report.quiz.topics[0].mastery * 100);
    expect(mastery).toBeGreaterThan(0);
    expect(pageErrors(student.page)).toEqual([]);

    // Two bad files beside the good one: each is rejected on its own.
    const forged = path.join(files.dir, "forged.json");
    writeFileSync(forged, JSON.stringify({ ...report, student: { name: "Mallory" } }));
    const garbage = path.join(files.dir, "notes.json");
    writeFileSync(garbage, "this is not a report");
    // A cleverer forgery: the starter's code, claimed as passing, with the checksum recomputed.
    const { digest: _digest, ...body } = {
      ...report,
      student: { name: "Mallory" },
      exercises: [{ ...report.exercises[0], files: { "index.mjs": readFileSync("content/exercises/02-env-config/starter.mjs", "utf8") } }],
    };
    const claimed = path.join(files.dir, "claimed.json");
    writeFileSync(claimed, JSON.stringify({ ...body, digest: sha256Hex(canonicalJson(body)) }));

    // Teacher: imports all four at once.
    await teacher.page.getByLabel("Report files").setInputFiles([reportPath, forged, garbage, claimed]);
    const row = (name: string) => teacher.page.locator('ul[aria-label="Imported reports"] li', { hasText: name });
    await expect.poll(() => row(download.suggestedFilename()).getAttribute("data-state"), { timeout: 90_000 }).toBe("verified");
    await expect.poll(() => row("forged.json").getAttribute("data-state")).toBe("rejected");
    expect(await row("forged.json").innerText()).toMatch(/changed after it was downloaded/);
    expect(await row("notes.json").innerText()).toMatch(/not JSON/);
    await expect.poll(() => row("claimed.json").getAttribute("data-state"), { timeout: 90_000 }).toBe("rejected");
    expect(await row("claimed.json").innerText()).toMatch(/claims check .* passed, but running the submitted code fails it/);

    const table = teacher.page.getByRole("region", { name: "Class table: Week 2: configuration" });
    const adaRow = table.locator("tbody tr", { hasText: "Ada Lovelace" });
    expect(await adaRow.locator("td").allInnerTexts()).toEqual(["passed 5/5", "not submitted", `${mastery}%`]);
    const [csv] = await Promise.all([teacher.page.waitForEvent("download"), table.getByRole("button", { name: "Export CSV" }).click()]);
    const csvPath = path.join(files.dir, "class.csv");
    await csv.saveAs(csvPath);
    const lines = readFileSync(csvPath, "utf8").trim().split("\r\n");
    expect(lines[0]).toMatch(/^Student,Report created \(UTC\),Configuration from the environment,Stop before the timeout,Quiz mastery \(%\)/);
    expect(lines[1]).toMatch(new RegExp(`^Ada Lovelace,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d,passed 5/5,not submitted,${mastery},${mastery},`));
    expect(pageErrors(teacher.page)).toEqual([]);
    await teacher.context.close();
    await student.context.close();
  });

  test("an assignment page opened without a valid link says what is wrong", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseURL()}/classroom/assignment/#a1/not-really`);
    expect(await page.locator("main [role=alert]").innerText()).toMatch(/This assignment link is damaged/);
    await context.close();
  });
});
