import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseURL, launch, newPage, tempDir } from "./browser";

let browser: Browser;
const tmp = tempDir();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  tmp.cleanup();
});

async function completeLesson(page: Page, slug: string) {
  await page.goto(`${baseURL()}/lessons/${slug}/`);
  await page.getByRole("button", { name: "Mark lesson complete" }).click();
  await page.getByText("You finished this lesson").waitFor();
}

async function importFile(page: Page, file: string) {
  await page.locator('input[type="file"]').setInputFiles(file);
}

describe("progress export and import", () => {
  test("exported progress imports into a fresh browser", async () => {
    const a = await newPage(browser);
    await completeLesson(a.page, "sync-invocation");
    await a.page.goto(baseURL() + "/progress/");
    const [download] = await Promise.all([a.page.waitForEvent("download"), a.page.getByRole("button", { name: "Export progress" }).click()]);
    const exported = path.join(tmp.dir, "export.json");
    await download.saveAs(exported);
    const data = JSON.parse(readFileSync(exported, "utf8"));
    expect(data.app).toBe("lambda-lab");
    expect(data.stores["lambda-lab:progress"].state.lessons["sync-invocation"].completedAt).toEqual(expect.any(Number));
    await a.context.close();

    const b = await newPage(browser);
    await b.page.goto(baseURL() + "/progress/");
    const row = b.page.locator(".progress-list li", { hasText: /^\d+\. Synchronous invocation/ });
    await row.getByText("Not started").waitFor();
    await importFile(b.page, exported);
    await b.page.getByText("Imported progress from export.json.").waitFor();
    await row.getByText(/^Completed/).waitFor();
    await b.page.reload();
    await b.page.locator(".progress-list li", { hasText: /^\d+\. Synchronous invocation/ }).getByText(/^Completed/).waitFor();
    await b.context.close();
  });

  test("a broken import file is rejected with a clear message and changes nothing", async () => {
    const { context, page } = await newPage(browser);
    await completeLesson(page, "sync-invocation");
    await page.goto(baseURL() + "/progress/");
    const before = await page.evaluate(() => localStorage.getItem("lambda-lab:progress"));

    const notJson = path.join(tmp.dir, "broken.json");
    writeFileSync(notJson, "{ this is not json");
    await importFile(page, notJson);
    await expect(page.locator("p.notice--error").textContent()).resolves.toContain("Import failed, nothing was changed. This file is not JSON");

    const wrongShape = path.join(tmp.dir, "wrong.json");
    writeFileSync(
      wrongShape,
      JSON.stringify({ app: "lambda-lab", kind: "progress-export", format: 1, exportedAt: "x", stores: { "lambda-lab:progress": { version: 1, state: { lessons: 7 } } } }),
    );
    await importFile(page, wrongShape);
    await page.locator("p.notice--error", { hasText: "progress data in this file cannot be used" }).waitFor();

    expect(await page.evaluate(() => localStorage.getItem("lambda-lab:progress"))).toBe(before);
    await page.locator(".progress-list li", { hasText: /^\d+\. Synchronous invocation/ }).getByText(/^Completed/).waitFor();
    await context.close();
  });

  test("corrupt saved progress is kept aside with a notice, and the app starts clean", async () => {
    const { context, page } = await newPage(browser);
    await context.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("lambda-lab:progress", "{corrupt!");
        sessionStorage.setItem("seeded", "1");
      }
    });
    await page.goto(baseURL() + "/");
    await expect(page.locator(".notice--warning").first().textContent()).resolves.toContain("could not be read");
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("lambda-lab:quarantine:"))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(["{corrupt!"]);
    // The app works: finishing a lesson saves fresh progress.
    await completeLesson(page, "sync-invocation");
    await page.goto(baseURL() + "/progress/");
    await page.getByRole("heading", { name: "Data kept aside" }).waitFor();
    await context.close();
  });
});
