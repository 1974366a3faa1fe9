import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseURL, launch, newPage, pageErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("lessons", () => {
  test("a lesson renders from MDX with its table of contents, components and highlighted code", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseURL() + "/lessons/");
    await page.getByRole("link", { name: /^Synchronous invocation/ }).click();
    await page.waitForURL(/\/lessons\/sync-invocation\/$/);
    await expect(page.locator("h1").textContent()).resolves.toMatch(/synchronous/i);
    const toc = page.getByRole("navigation", { name: "On this page" });
    expect(await toc.getByRole("link").count()).toBeGreaterThan(2);
    // A table-of-contents link points at a heading that exists.
    const href = await toc.getByRole("link").first().getAttribute("href");
    expect(await page.locator(`[id="${href!.slice(1)}"]`).count()).toBe(1);
    // Markdown tables render as tables.
    expect(await page.locator(".prose table").count()).toBeGreaterThan(0);
    // Code is highlighted at build time: coloured spans are already in the HTML.
    expect(await page.locator("pre.shiki span[style]").count()).toBeGreaterThan(0);
    // An inline check works: choose an option, check it, get feedback.
    const check = page.getByRole("region", { name: "Check yourself" }).first();
    await check.locator("input").first().check();
    await check.getByRole("button", { name: "Check answer" }).click();
    await expect(check.getByRole("status").textContent()).resolves.toMatch(/Right\.|Not quite\./);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("finishing a lesson marks it done, and it stays done after a reload", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseURL() + "/lessons/sync-invocation/");
    await page.getByRole("button", { name: "Mark lesson complete" }).click();
    await page.getByText("You finished this lesson").waitFor();
    await page.reload();
    await page.getByText("You finished this lesson").waitFor();
    await page.goto(baseURL() + "/lessons/");
    const item = page.locator(".lesson-item", { hasText: /Synchronous invocation/ });
    await item.getByText("Completed").waitFor();
    await page.goto(baseURL() + "/");
    await page.getByText(/1\s+of\s+\d+\s+lessons completed/).waitFor();
    await context.close();
  });

  test("previous and next links walk the course in order", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseURL() + "/lessons/");
    const first = page.locator(".lesson-item a").first();
    await first.click();
    const nav = page.getByRole("navigation", { name: "Lessons" });
    const next = nav.locator('a[rel="next"]');
    const target = await next.getAttribute("href");
    expect(target).toMatch(/^\/lessons\/[a-z-]+\/$/);
    await next.click();
    await page.waitForURL(new RegExp(`${target}$`));
    await expect(nav.locator('a[rel="prev"]').count()).resolves.toBe(1);
    await context.close();
  });
});
