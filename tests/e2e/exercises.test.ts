import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseURL, launch, newPage, pageErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const solution = readFileSync("content/exercises/02-env-config/solution.mjs", "utf8");

async function typeCode(page: Page, code: string) {
  // The plain-text surface of the workspace's editor: the same store updates as Monaco's.
  await page.getByLabel("Plain text editor").check();
  await page.getByRole("textbox", { name: /^Your handler: index\.mjs/ }).fill(code);
}

async function statuses(page: Page): Promise<string[]> {
  return page.locator('ol[aria-label="Check results"] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute("data-status") ?? ""));
}

describe("exercises", () => {
  test("the list shows every exercise and links to it", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseURL()}/exercises/`);
    await expect.poll(() => page.getByText(/of 12 passed/).count()).toBe(1);
    expect(await page.locator("ol li h2 a").count()).toBeGreaterThanOrEqual(12);
    await page.getByRole("link", { name: "Configuration from the environment" }).click();
    await page.waitForURL(/\/exercises\/env-config\/$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Configuration from the environment");
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("solve an exercise by editing the code: checks fail on the starter, then go green and stay saved", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseURL()}/exercises/env-config/`);
    await page.getByRole("button", { name: "Run checks" }).click();
    await page.getByText(/^\d of 5 checks passed/).waitFor({ timeout: 60_000 });
    expect((await statuses(page)).filter((s) => s === "failed").length).toBeGreaterThan(0);
    // A failure explains itself to the learner.
    expect(await page.locator('li[data-check="default-stage-is-dev"]').innerText()).toMatch(/Default to "dev"/);

    await typeCode(page, solution);
    await page.getByRole("button", { name: "Run checks" }).click();
    await page.getByText("5 of 5 checks passed.").waitFor({ timeout: 60_000 });
    expect(await statuses(page)).toEqual(["passed", "passed", "passed", "passed", "passed"]);
    // The deck update follows the results (it loads the scheduler first): wait for it, do not race it.
    await page.getByText(/related quiz questions joined your review deck/).waitFor({ timeout: 30_000 });

    // The review deck received the exercise's questions.
    const cards = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem("lambda-lab:quiz") ?? "{}").state?.scheduler?.cards ?? {}));
    expect(cards).toEqual(expect.arrayContaining(["env-values-are-strings", "env-serverless-stage-default", "check-env-opt-stage"]));

    await page.reload();
    await page.getByText("5 of 5 checks passed.").waitFor({ timeout: 30_000 });
    await page.getByLabel("Plain text editor").check();
    expect(await page.getByRole("textbox", { name: /^Your handler: index\.mjs/ }).inputValue()).toBe(solution);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("hints appear one at a time and the solution waits for a confirmation", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseURL()}/exercises/alb-hello/`);
    const hints = page.locator('section[aria-labelledby="hints-title"] ol li');
    await page.getByRole("button", { name: "Show a hint" }).click();
    await expect.poll(() => hints.count()).toBe(1);
    await page.getByRole("button", { name: "Show hint 2 of 3" }).click();
    await expect.poll(() => hints.count()).toBe(2);

    await page.getByRole("button", { name: "Show the solution…" }).click();
    expect(await page.getByRole("alertdialog").innerText()).toMatch(/noted in the reports/);
    await page.getByRole("button", { name: "Keep trying" }).click();
    expect(await page.getByLabel("Solution: index.mjs").count()).toBe(0);
    await page.getByRole("button", { name: "Show the solution…" }).click();
    await page.getByRole("button", { name: "Yes, show the solution" }).click();
    expect(await page.getByLabel("Solution: index.mjs").innerText()).toMatch(/statusDescription/);

    // The learner's code can be explored in the full simulator workspace, in a new tab.
    const [popup] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Open in the simulator" }).click()]);
    await popup.waitForURL(/\/simulator\/#v1\//);
    await context.close();
  });

  test("exercise and classroom pages fit a phone-width screen", async () => {
    const { context, page } = await newPage(browser, { width: 375, height: 740 });
    for (const path of ["/exercises/", "/exercises/alb-hello/", "/exercises/remaining-time/", "/exercises/sqs-partial-batch/", "/classroom/", "/classroom/assignment/#a1/x"]) {
      await page.goto(baseURL() + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
