import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseURL, launch, newPage, pageErrors } from "./browser";

type BankQuestion = {
  id: string;
  topic: string;
  type: "single" | "multiple";
  scenario?: string;
  options: { correct: boolean }[];
};

let browser: Browser;
let bank: Record<string, BankQuestion>;
beforeAll(async () => {
  browser = await launch();
  bank = (await (await fetch(baseURL() + "/quiz/data/questions.json")).json()) as Record<
    string,
    BankQuestion
  >;
});
afterAll(async () => {
  await browser?.close();
});

const MINUTE = 60_000;

/** The id of the question shown in `scope` and the authored option index at each display position. */
async function shown(scope: Locator): Promise<{ id: string; order: number[] }> {
  const fieldset = scope.locator("fieldset[data-question-id]").first();
  const id = (await fieldset.getAttribute("data-question-id"))!;
  const order = await fieldset
    .locator("li[data-option-index]")
    .evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-option-index"))));
  return { id, order };
}

/** Display positions (1-based, the number keys) that answer the question right or wrong. */
function keysFor(question: BankQuestion, order: number[], correct: boolean): number[] {
  const right = order.flatMap((index, position) => (question.options[index].correct ? [position + 1] : []));
  if (correct) return right;
  return [order.findIndex((index) => !question.options[index].correct) + 1];
}

async function answerWithKeys(page: Page, scope: Locator, correct: boolean): Promise<string> {
  const { id, order } = await shown(scope);
  for (const key of keysFor(bank[id], order, correct)) await page.keyboard.press(String(key));
  return id;
}

async function quizState(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem("lambda-lab:quiz") ?? "null")?.state);
}

function seconds(clock: string): number {
  const [m, s] = clock.split(":").map(Number);
  return m * 60 + s;
}

describe("quiz", () => {
  test("a lesson check joins the reviews, and a review session grades cards with the keyboard", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseURL() + "/lessons/sync-invocation/");
    const check = page.getByRole("region", { name: "Check yourself" }).first();
    const { id: checkId } = await shown(check);
    for (const [index, option] of bank[checkId].options.entries()) {
      if (option.correct) await check.locator(`li[data-option-index="${index}"] input`).check();
    }
    await check.getByRole("button", { name: "Check answer" }).click();
    await check.getByText(/Added to your reviews: it comes back in 10 minutes/).waitFor();

    // The dashboard and the quiz home count it as a learning card due today.
    await page.goto(baseURL() + "/");
    const due = page.locator("section", { has: page.getByRole("heading", { name: "Due for review" }) });
    await due.getByText(/1\s*due today/).waitFor();
    await due.getByRole("link", { name: /Start review/ }).click();
    await page.waitForURL(/\/quiz\/review\/$/);

    const review = page.getByRole("region", { name: "Review" });
    await review.getByText("Card 1", { exact: true }).waitFor();
    await review.getByText("Learning 1").waitFor();
    // The check card is not due for 10 minutes, so a new card comes first; answer it wrong.
    const first = await answerWithKeys(page, review, false);
    expect(first).not.toBe(checkId);
    await page.keyboard.press("Enter");
    await review.getByText("Not quite.").waitFor();
    await review.getByRole("button", { name: /Continue: Again/ }).waitFor();
    expect(await review.getByRole("button", { name: /^Easy/ }).count()).toBe(0);

    // Eleven minutes later the check card is due: Space grades Again and moves on to it.
    await page.clock.setFixedTime(Date.now() + 11 * MINUTE);
    await page.keyboard.press(" ");
    await review.getByText("Card 2", { exact: true }).waitFor();
    expect((await shown(review)).id).toBe(checkId);
    await answerWithKeys(page, review, true);
    await page.keyboard.press("Enter");
    await review.getByText("Right.").waitFor();
    const good = review.getByRole("button", { name: /^Good: next review in/ });
    await expect(good.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    for (const grade of ["Again", "Hard", "Easy"])
      await review.getByRole("button", { name: new RegExp(`^${grade}: next review in`) }).waitFor();
    await page.keyboard.press(" ");
    await review.getByText("Card 3", { exact: true }).waitFor();

    const state = await quizState(page);
    expect(state.scheduler.cards[first].phase).toBe("learning");
    expect(state.scheduler.cards[first].lapses).toBe(0);
    expect(state.scheduler.cards[checkId].phase).toBe("review");
    expect(
      state.scheduler.log.map((e: { questionId: string; grade: string }) => [e.questionId, e.grade]),
    ).toEqual([
      [checkId, "good"],
      [first, "again"],
      [checkId, "good"],
    ]);

    // Suspending takes the card out of the queue and can be undone.
    const third = (await shown(review)).id;
    await review.getByRole("button", { name: "Suspend card" }).click();
    await review.getByText("Card 3", { exact: true }).waitFor();
    expect((await quizState(page)).scheduler.cards[third].suspended).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("a predict-the-outcome check offers to run its scenario in the simulator once answered", async () => {
    const { context, page } = await newPage(browser);
    // Any lesson check with a scenario will do; content changes, so look for one on its page.
    for (const q of Object.values(bank).filter((q) => q.scenario && q.id.startsWith("check-"))) {
      await page.goto(`${baseURL()}/lessons/${q.topic}/`);
      const check = page
        .getByRole("region", { name: "Check yourself" })
        .filter({ has: page.locator(`fieldset[data-question-id="${q.id}"]`) });
      if ((await check.count()) === 0) continue;
      await check.locator("li[data-option-index] input").first().check();
      await check.getByRole("button", { name: "Check answer" }).click();
      const run = check.getByRole("link", { name: "Run it in the simulator" });
      await expect(run.getAttribute("href")).resolves.toBe(`/simulator/?preset=${q.scenario}`);
      await context.close();
      return;
    }
    throw new Error("no lesson shows a check with a simulator scenario");
  });

  test("a timed exam keeps its answers, flags and running clock across a reload, then scores by domain", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseURL() + "/quiz/exam/");
    await page.getByRole("button", { name: "Start: 10 questions" }).click();
    const exam = page.getByRole("region", { name: "Exam" });
    await exam.getByText("Question 1 of 10").waitFor();
    await answerWithKeys(page, exam, true);
    await page.keyboard.press("Enter");
    await exam.getByText("Question 2 of 10").waitFor();
    await answerWithKeys(page, exam, false);
    await exam.getByRole("button", { name: "Flag for review" }).click();
    const timer = exam.getByRole("timer");
    const before = seconds((await timer.textContent())!);
    expect(before).toBeLessThanOrEqual(20 * 60);

    await page.waitForTimeout(1500);
    await page.reload();
    await exam.getByText("Question 2 of 10").waitFor();
    await exam.getByRole("button", { name: "Question 1, answered" }).waitFor();
    await exam.getByRole("button", { name: "Question 2, answered, flagged" }).waitFor();
    await exam.getByRole("button", { name: "Flagged for review", pressed: true }).waitFor();
    const after = seconds((await timer.textContent())!);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(19 * 60);

    await exam.getByRole("button", { name: "Review and submit" }).click();
    const reviewScreen = page.getByRole("region", { name: "Review your answers" });
    await reviewScreen.getByText(/Answered 2 of 10\. 8 not answered/).waitFor();
    await reviewScreen.getByRole("button", { name: "Submit exam" }).click();

    await page.waitForURL(/\/quiz\/exam\/\?result=/);
    // 1 of 10 right: 100 + floor(900 * 1 / 10) on the linear scale.
    await page.getByRole("heading", { name: "Not passed yet: 190 / 1000" }).waitFor();
    const rows = page.getByRole("table").first().locator("tbody tr");
    expect(await rows.count()).toBe(4);
    const rights = await rows.locator("td:nth-child(2)").allTextContents();
    expect(rights.reduce((n, t) => n + Number(t.split("/")[0]), 0)).toBe(1);
    expect(rights.reduce((n, t) => n + Number(t.split("/")[1]), 0)).toBe(10);
    await page.getByRole("button", { name: "Wrong (9)", pressed: true }).waitFor();
    await page.getByRole("button", { name: "Flagged (1)" }).click();
    expect(await page.locator(".exam-review__item").count()).toBe(1);
    await page.getByRole("button", { name: "All (10)" }).click();
    expect(await page.locator(".exam-review__item").count()).toBe(10);
    expect(await page.getByRole("link", { name: /^Read the lesson:/ }).count()).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Take another exam" }).click();
    await page.getByRole("button", { name: "Start: 10 questions" }).waitFor();

    await page.goto(baseURL() + "/quiz/stats/");
    await page.locator("#exam-history").waitFor();
    await page.getByRole("cell", { name: "190 (1/10)" }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("practice by topic shows why, logs answers, and feeds my mistakes; settings change the daily new cards", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(baseURL() + "/quiz/practice/");
    await page.getByRole("link", { name: /^Synchronous invocation/ }).click();
    await page.waitForURL(/\/quiz\/practice\/\?topic=sync-invocation&size=10$/);
    const practice = page.getByRole("region", { name: /^Practice:/ });
    await practice.getByText("Question 1 of 10").waitFor();
    const wrong = await answerWithKeys(page, practice, false);
    await page.keyboard.press("Enter");
    await practice.getByText("Not quite.").waitFor();
    await practice.getByText("Your choice, not right.").waitFor();
    await page.keyboard.press(" ");
    await practice.getByText("Question 2 of 10").waitFor();
    const log = (await quizState(page)).scheduler.log;
    expect(log).toEqual([expect.objectContaining({ questionId: wrong, source: "practice", correct: false })]);

    await page.goto(baseURL() + "/quiz/practice/");
    await page.getByRole("link", { name: "Practise 1 mistake" }).click();
    await practice.getByText("Question 1 of 1").waitFor();
    expect((await shown(practice)).id).toBe(wrong);

    await page.goto(baseURL() + "/quiz/settings/");
    await page.getByLabel("New cards per day").fill("5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();
    await page.getByLabel("Desired retention (%)").fill("50");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page
      .getByRole("alert")
      .getByText(/Desired retention: must be at least 0.7/)
      .waitFor();
    await page.goto(baseURL() + "/quiz/");
    await page.getByText(/5 new cards available today/).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("at phone width an exam fits the screen, and time running out while away submits it", async () => {
    const { context, page } = await newPage(browser, { width: 375, height: 740 });
    await page.goto(baseURL() + "/quiz/exam/");
    await page.getByRole("button", { name: "Start: 10 questions" }).click();
    const exam = page.getByRole("region", { name: "Exam" });
    await exam.getByText("Question 1 of 10").waitFor();
    await answerWithKeys(page, exam, true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.clock.setFixedTime(Date.now() + 21 * MINUTE);
    await page.reload();
    await page.waitForURL(/\/quiz\/exam\/\?result=/);
    await page.getByRole("heading", { name: "Not passed yet: 190 / 1000" }).waitFor();
    await page.getByText(/submitted automatically when time ran out/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
