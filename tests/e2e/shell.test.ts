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

describe("app shell", () => {
  test("every section is reachable from the header navigation", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseURL() + "/");
    await expect(page.locator("h1").first().textContent()).resolves.toContain("Learn AWS Lambda");
    for (const [label, heading] of [
      ["Lessons", "Lessons"],
      ["Simulator", "Simulator"],
      ["Quiz", "Quiz"],
      ["Exercises", "Exercises"],
      ["Progress", "Your progress"],
    ]) {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true }).click();
      await page.waitForURL(new RegExp(`/${label.toLowerCase()}/$`));
      await expect(page.locator("h1").first().textContent()).resolves.toBe(heading);
      const current = page.getByRole("navigation", { name: "Main" }).locator('a[aria-current="page"]');
      await expect(current.textContent()).resolves.toBe(label);
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("an unknown address shows the 404 page with a way home", async () => {
    const { context, page } = await newPage(browser);
    const response = await page.goto(baseURL() + "/no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("This page does not exist");
    await page.getByRole("link", { name: "Go to your dashboard" }).click();
    await page.waitForURL(baseURL() + "/");
    await context.close();
  });

  test("the skip link is the first stop for the keyboard and moves focus to the content", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseURL() + "/lessons/");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
    await context.close();
  });

  test("the theme toggle switches light and dark and remembers the choice", async () => {
    const { context, page } = await newPage(browser);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(baseURL() + "/");
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? "system");
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await theme()).toBe("system");
    const lightBg = await background();
    await page.getByRole("button", { name: /^Theme: System/ }).click();
    expect(await theme()).toBe("light");
    await page.getByRole("button", { name: /^Theme: Light/ }).click();
    expect(await theme()).toBe("dark");
    expect(await background()).not.toBe(lightBg);
    await page.reload();
    expect(await theme()).toBe("dark");
    await context.close();
  });

  test("the system dark preference is followed without a choice", async () => {
    const { context, page } = await newPage(browser);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(baseURL() + "/");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(15, 18, 23)");
    await context.close();
  });

  test("pages fit a phone-width screen without sideways scrolling", async () => {
    const { context, page } = await newPage(browser, { width: 375, height: 740 });
    await page.goto(baseURL() + "/lessons/");
    const lessons = await page.locator(".lesson-item a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(lessons.length).toBeGreaterThanOrEqual(14);
    for (const path of ["/", "/lessons/", ...lessons, "/progress/", "/quiz/", "/simulator/", "/exercises/"]) {
      await page.goto(baseURL() + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
