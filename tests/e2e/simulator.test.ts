import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseURL, launch, newPage, pageErrors } from "./browser";

// The simulator page in Chromium, with the engine (lib/simulator) in its Web Worker.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openSimulator(query = "", options: { width?: number; height?: number } = {}) {
  const { context, page } = await newPage(browser, options);
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL()) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) external.push(r.url());
  });
  await page.goto(baseURL() + "/simulator/" + query);
  await page.getByRole("tablist", { name: "Function" }).waitFor();
  return { context, page, external };
}

/** Replaces the open file's code through the plain text editor (Monaco is tested separately). */
async function writeCode(page: Page, code: string) {
  const plain = page.getByLabel("Plain text editor");
  if (!(await plain.isChecked())) await plain.check();
  await page.getByLabel(/^Function code:/).fill(code);
}

async function lastSummary(page: Page): Promise<string> {
  const summary = page.getByTestId("result-summary");
  await summary.waitFor();
  return (await summary.textContent()) ?? "";
}

/** Waits until the engine is idle again after an action. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const s = document.querySelector("[data-engine]")?.getAttribute("data-engine");
    return s === "ready" || s === "unavailable" || s === "failed";
  });
}

async function run(page: Page, name: string | RegExp) {
  await page.getByRole("group", { name: "Actions" }).getByRole("button", { name, exact: typeof name === "string" }).click();
  await settled(page);
}

async function openTab(page: Page, list: "Function" | "Observe", name: string) {
  await page.getByRole("tablist", { name: list }).getByRole("tab", { name: new RegExp(`^${name}`) }).click();
}

/** Waits until Monaco has loaded: evaluating its bundle is one long task that must not land in a measurement. */
async function editorLoaded(page: Page) {
  await page.waitForSelector("[data-testid=monaco-host]:not([hidden]) .monaco-editor", { timeout: 30_000 });
  await page.waitForTimeout(1_000);
}

/**
 * Main-thread tasks while `work` runs, from a Chromium trace: wall time and the thread's own CPU
 * time. On this 2-core machine the engine worker keeps one core busy and the renderer's other
 * threads share the second, so the OS can pause the main thread in the middle of a tiny task and
 * its wall time balloons; CPU time is the page's own work, which is what must stay small.
 */
async function mainThreadTasks(page: Page, work: () => Promise<void>): Promise<{ count: number; maxCpuMs: number; maxWallMs: number }> {
  const file = path.join(tmpdir(), `lambda-lab-trace-${process.pid}-${Date.now()}.json`);
  await browser.startTracing(page, { path: file, categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"] });
  await work();
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(file, "utf8")) as { traceEvents: TraceEvent[] };
  rmSync(file, { force: true });
  const names = new Map(trace.traceEvents.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const tasks = trace.traceEvents.filter((e) => e.ph === "X" && e.name === "RunTask" && names.get(`${e.pid}:${e.tid}`) === "CrRendererMain");
  return {
    count: tasks.length,
    maxCpuMs: Math.max(0, ...tasks.map((e) => (e.tdur ?? e.dur ?? 0) / 1000)),
    maxWallMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
  };
}
type TraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };

describe("simulator workspace", () => {
  test("a preset opens by URL with its steps, and nothing runs until a button is pressed", async () => {
    const { context, page, external } = await openSimulator("?preset=async-retries-dlq");
    await expect(page.getByRole("heading", { level: 2, name: "Async retries ending in a dead-letter queue" }).count()).resolves.toBe(1);
    await expect(page.getByRole("region", { name: "Try it" }).or(page.locator("section[aria-labelledby=steps-title]")).getByRole("listitem").count()).resolves.toBe(5);
    await expect(page.locator("[data-engine]").getAttribute("data-engine")).resolves.toBe("idle");
    await expect(page.getByTestId("result").count()).resolves.toBe(0);
    await openTab(page, "Observe", "CLI mirror");
    await expect(page.getByTestId("cli-history").count()).resolves.toBe(0);
    expect(external).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("Monaco loads from the app itself, with TypeScript IntelliSense from @types/aws-lambda", async () => {
    const { context, page, external } = await openSimulator("?preset=alb-hello-world");
    await page.waitForSelector("[data-testid=monaco-host]:not([hidden]) .monaco-editor", { timeout: 30_000 });
    // One type error against ALBEvent (path is a string), set through the plain editor so that
    // Monaco's auto-closing brackets cannot change what is typed.
    await page.getByLabel("Plain text editor").check();
    await page
      .getByLabel(/^Function code:/)
      .fill('import type { ALBEvent } from "aws-lambda";\nexport const handler = async (event: ALBEvent) => {\n  const n: number = event.path;\n  return n;\n};\n');
    await page.getByLabel("Plain text editor").uncheck();
    await page.waitForSelector("[data-testid=monaco-host]:not([hidden]) .monaco-editor", { timeout: 30_000 });
    await page.waitForSelector(".squiggly-error", { timeout: 20_000 });
    await page.getByTestId("monaco-host").locator(".view-lines").click();
    // F8 opens the "next problem" widget with the TypeScript message.
    await page.keyboard.press("F8");
    await page.waitForSelector(".marker-widget", { timeout: 10_000 });
    await expect(page.locator(".marker-widget").first().textContent()).resolves.toMatch(/Type 'string' is not assignable to type 'number'/);
    expect(external).toEqual([]);
    await context.close();
  });

  test("configuration is validated with AWS's ranges and messages", async () => {
    const { context, page } = await openSimulator();
    await openTab(page, "Function", "Configuration");
    await page.getByLabel("Timeout (seconds)").fill("901");
    await expect(page.getByText("Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900").count()).resolves.toBe(1);
    await expect(page.getByLabel("Timeout (seconds)").getAttribute("aria-invalid")).resolves.toBe("true");
    await page.getByLabel("Retry attempts").fill("3");
    await expect(page.getByText(/Value '3' at 'maximumRetryAttempts'/).count()).resolves.toBe(1);
    await page.getByLabel("Reserved concurrency", { exact: true }).fill("950");
    await expect(page.getByText(/decreases account's UnreservedConcurrentExecution below its minimum value of \[100\]/).count()).resolves.toBe(1);
    await context.close();
  });

  test("test events: templates, JSON validation with a position, saved names", async () => {
    const { context, page } = await openSimulator();
    await openTab(page, "Function", "Test");
    await page.getByLabel("Template").selectOption("sqs");
    await page.getByRole("button", { name: "New event from template" }).click();
    await expect(page.getByTestId("event-select").inputValue()).resolves.toBe("sqs");
    await expect(page.getByLabel(/^Event JSON/).inputValue()).resolves.toContain('"eventSource": "aws:sqs"');
    await page.getByLabel(/^Event JSON/).fill('{\n  "a": 1,\n}');
    await expect(page.getByText(/not valid JSON \(line 3, column 1\)/).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Rename" }).click();
    await page.getByLabel("New name").fill("bad name!");
    await expect(page.getByText(/1-25 characters/).count()).resolves.toBe(1);
    await context.close();
  });

  test("Share puts the scenario in the link; opening the link restores it without running", async () => {
    const { context, page } = await openSimulator("?preset=cold-warm-client");
    await writeCode(page, "export const handler = async () => ({ shared: true });\n");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const link = await page.getByTestId("share-link").inputValue();
    expect(link).toMatch(/\/simulator\/#v1\/[A-Za-z0-9_-]+$/);
    const second = await openSimulator(link.slice(link.indexOf("#")));
    await expect(second.page.getByRole("heading", { level: 2, name: /Cold and warm starts/ }).count()).resolves.toBe(1);
    await second.page.getByLabel("Plain text editor").check();
    await expect(second.page.getByLabel(/^Function code:/).inputValue()).resolves.toBe("export const handler = async () => ({ shared: true });\n");
    await expect(second.page.getByTestId("result").count()).resolves.toBe(0);
    expect(pageErrors(second.page)).toEqual([]);
    await second.context.close();
    const broken = await openSimulator("#v1/not-a-real-link");
    await expect(broken.page.getByRole("alert").first().textContent()).resolves.toMatch(/damaged/);
    await broken.context.close();
    await context.close();
  });

  test("every action is mirrored as an AWS CLI command", async () => {
    const { context, page } = await openSimulator("?preset=weighted-alias-canary");
    await run(page, "Invoke async");
    await openTab(page, "Observe", "CLI mirror");
    const text = (await page.getByTestId("cli-history").textContent()) ?? "";
    expect(text).toContain("aws lambda invoke");
    expect(text).toContain("--invocation-type Event");
    expect(text).toContain("--cli-binary-format raw-in-base64-out");
    await page.getByRole("tab", { name: "serverless.yml" }).click();
    await expect(page.getByTestId("serverless-yml").textContent()).resolves.toContain("runtime: nodejs22.x");
    await context.close();
  });

  test("keyboard: tabs move with arrow keys and focus is visible", async () => {
    const { context, page } = await openSimulator();
    const code = page.getByRole("tablist", { name: "Function" }).getByRole("tab", { name: /^Code/ });
    await code.focus();
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, selected: document.activeElement?.getAttribute("aria-selected") }));
    expect(focused.text).toMatch(/^Test/);
    expect(focused.selected).toBe("true");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe("solid");
    await context.close();
  });

  test("every control has an accessible name", async () => {
    const { context, page } = await openSimulator("?preset=sqs-partial-batch");
    for (const tab of ["Code", "Test", "Configuration", "Triggers", "Versions"]) {
      await openTab(page, "Function", tab);
      const unnamed = await page.evaluate(() => {
        const named = (el: Element) => {
          const e = el as HTMLInputElement;
          if (e.getAttribute("aria-label") || e.getAttribute("aria-labelledby") || e.getAttribute("title")) return true;
          if (e.labels && e.labels.length) return true;
          return el.tagName === "BUTTON" && (el.textContent ?? "").trim().length > 0;
        };
        return [...document.querySelectorAll("main input, main select, main textarea, main button")]
          .filter((el) => !(el as HTMLElement).closest("[aria-hidden=true], .monaco-editor"))
          .filter((el) => !named(el))
          .map((el) => el.outerHTML.slice(0, 120));
      });
      expect(unnamed, tab).toEqual([]);
    }
    await context.close();
  });

  test("works at 375 px: nothing wider than the screen", async () => {
    const { context, page } = await openSimulator("?preset=sqs-partial-batch", { width: 375, height: 800 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    for (const tab of ["Code", "Test", "Configuration", "Triggers", "Versions"]) {
      await openTab(page, "Function", tab);
      expect(await overflow(), tab).toBeLessThanOrEqual(0);
    }
    await openTab(page, "Observe", "CLI mirror");
    await page.getByRole("tab", { name: "serverless.yml" }).click();
    expect(await overflow(), "serverless.yml").toBeLessThanOrEqual(0);
    await context.close();
  });

  test("an ALB trigger runs through the worker: the request reaches the function and the client gets its response", async () => {
    const { context, page } = await openSimulator("?preset=alb-hello-world");
    await page.locator("section[aria-labelledby=steps-title]").getByRole("button", { name: "Run step 1" }).click();
    await settled(page);
    await openTab(page, "Function", "Triggers");
    const item = page.locator("li", { has: page.locator("strong", { hasText: "ALB hello-alb, path /hello" }) });
    await expect(item.locator(".badge").textContent()).resolves.toBe("Available");
    await expect(lastSummary(page)).resolves.toBe("HTTP 200 OK");
    await expect(page.getByTestId("result-payload").textContent()).resolves.toContain("Hello, Ada!");
    await context.close();
  });
});

describe("running handlers", () => {
  test("writes a handler, runs it sync and async, and shows logs and timeline segments", async () => {
    const { context, page } = await openSimulator();
    await writeCode(page, 'export const handler = async (event) => {\n  console.log("got", event.key1);\n  return { ok: true, got: event.key1 };\n};\n');
    await run(page, "Test");
    await expect(lastSummary(page)).resolves.toMatch(/^200/);
    await expect(page.getByTestId("result-payload").textContent()).resolves.toContain('"got": "value1"');
    await run(page, "Invoke async");
    await expect(lastSummary(page)).resolves.toMatch(/^202 Accepted/);
    await run(page, "Run until idle");
    const logs = (await page.getByTestId("log-groups").textContent()) ?? "";
    expect(logs).toMatch(/START RequestId/);
    expect(logs).toMatch(/REPORT RequestId: \S+\s+Duration/);
    expect(logs).toContain("got value1");
    await expect(page.locator("[data-segment=invoke-success]").count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator("[data-segment=init]").count()).resolves.toBeGreaterThanOrEqual(1);
    await page.locator("[data-segment=invoke-success]").first().click();
    await expect(page.getByTestId("segment-logs").textContent()).resolves.toMatch(/START RequestId/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("an error the handler throws is marked in the editor at its line", async () => {
    const { context, page } = await openSimulator();
    await writeCode(page, 'export const handler = async (event) => {\n  const order = event.order;\n  return order.id;\n};\n');
    await run(page, "Test");
    await expect(lastSummary(page)).resolves.toBe("200, FunctionError: Unhandled, version $LATEST");
    await expect(page.getByTestId("result-payload").textContent()).resolves.toContain('"errorType": "TypeError"');
    const problems = page.getByRole("list", { name: "Problems" });
    await expect(problems.textContent()).resolves.toMatch(/^index\.mjs:3:\d+ TypeError: /);
    await expect(page.getByRole("tab", { name: /^Code.*1 problem/ }).count()).resolves.toBe(1);
    await context.close();
  });

  test("a failing async event is retried twice and lands in the DLQ", async () => {
    const { context, page } = await openSimulator("?preset=async-retries-dlq");
    await page.locator("section[aria-labelledby=steps-title]").getByRole("button", { name: "Run step 1" }).click();
    await settled(page);
    await page.locator("section[aria-labelledby=steps-title]").getByRole("button", { name: "Run step 2" }).click();
    await settled(page);
    await expect(page.locator("[data-segment=invoke-error]").count()).resolves.toBe(3);
    await expect(page.locator("[data-segment=retry-wait]").count()).resolves.toBe(2);
    await expect(page.locator("[data-segment=dlq]").count()).resolves.toBe(1);
    await context.close();
  });

  test("reserved concurrency throttles: queued async events are retried, a synchronous call gets 429", async () => {
    const { context, page } = await openSimulator("?preset=reserved-concurrency-throttling");
    const steps = page.locator("section[aria-labelledby=steps-title]");
    // Ten synchronous calls in one burst overlap in the worker: two run, eight are throttled.
    await steps.getByRole("button", { name: "Run step 1" }).click();
    await settled(page);
    await expect(lastSummary(page)).resolves.toMatch(/10 calls: 2 × 200.*8 × TooManyRequestsException \(429\): ReservedFunctionConcurrentInvocationLimitExceeded/);
    for (const n of [2, 3]) {
      await steps.getByRole("button", { name: `Run step ${n}` }).click();
      await settled(page);
    }
    await expect(page.locator("[data-segment=throttle]").count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId("metric-totals").textContent()).resolves.toMatch(/Invocations 12 · Errors 0 · Throttles [1-9]/);
    for (const n of [4, 5]) {
      await steps.getByRole("button", { name: `Run step ${n}` }).click();
      await settled(page);
    }
    await expect(lastSummary(page)).resolves.toBe("TooManyRequestsException (429): ReservedFunctionConcurrentInvocationLimitExceeded");
    await context.close();
  });

  test("publishes a version and invokes an alias", async () => {
    const { context, page } = await openSimulator();
    await writeCode(page, 'export const handler = async () => "v1";\n');
    await openTab(page, "Function", "Versions");
    await page.getByRole("button", { name: "Publish new version" }).click();
    await settled(page);
    await expect(page.getByTestId("versions").textContent()).resolves.toBe("Published: 1");
    await page.getByLabel("Alias name").fill("live");
    await page.getByLabel("Version", { exact: true }).fill("1");
    await page.getByRole("button", { name: "Create alias" }).click();
    await settled(page);
    await openTab(page, "Function", "Code");
    await writeCode(page, 'export const handler = async () => "v2";\n');
    await openTab(page, "Function", "Versions");
    await page.getByLabel("Qualifier", { exact: true }).selectOption("live");
    await page.getByRole("button", { name: "Invoke live" }).click();
    await settled(page);
    await expect(lastSummary(page)).resolves.toMatch(/200, version 1/);
    await expect(page.getByTestId("result-payload").textContent()).resolves.toBe('"v1"');
    await context.close();
  });

  test("a 1,000-invocation burst keeps the page responsive", async () => {
    const { context, page } = await openSimulator();
    await editorLoaded(page);
    await run(page, "Test");
    await page.getByLabel("Burst of").fill("1000");
    await page.getByRole("group", { name: "Actions" }).getByLabel("Invocation type").selectOption("RequestResponse");
    const tasks = await mainThreadTasks(page, async () => {
      await page.getByRole("button", { name: "Burst", exact: true }).click();
      await settled(page);
    });
    await expect(lastSummary(page)).resolves.toMatch(/^1000 calls: 1000 × 200/);
    console.log(`1,000-invocation burst: longest main-thread task ${tasks.maxCpuMs.toFixed(0)} ms of CPU (${tasks.maxWallMs.toFixed(0)} ms wall)`);
    expect(tasks.count).toBeGreaterThan(100);
    expect(tasks.maxCpuMs).toBeLessThan(100);
    await context.close();
  });

  test("a handler that loops forever does not freeze the page, and the worker can be rebuilt", async () => {
    const { context, page } = await openSimulator();
    await editorLoaded(page);
    await writeCode(page, "export const handler = async () => { while (true) {} };\n");
    const tasks = await mainThreadTasks(page, async () => {
      await page.getByRole("group", { name: "Actions" }).getByRole("button", { name: "Test", exact: true }).click();
      // While the worker spins, the page still answers: a click switches tabs at once.
      const started = Date.now();
      await openTab(page, "Function", "Configuration");
      await page.getByLabel("Timeout (seconds)").waitFor();
      expect(Date.now() - started).toBeLessThan(2_000);
      await settled(page);
      await expect(lastSummary(page)).resolves.toMatch(/FunctionError: Unhandled/);
      // Many runaway calls keep the worker busy for long: the Stop button terminates and rebuilds it.
      await page.getByLabel("Burst of").fill("1000");
      await page.getByRole("group", { name: "Actions" }).getByLabel("Invocation type").selectOption("RequestResponse");
      await page.getByRole("button", { name: "Burst", exact: true }).click();
      await page.getByRole("button", { name: "Stop the engine" }).click({ timeout: 15_000 });
      await settled(page);
    });
    await expect(page.locator("[data-engine]").textContent()).resolves.toMatch(/Engine: ready.*restarted/);
    await run(page, "Test");
    await expect(lastSummary(page)).resolves.toMatch(/FunctionError: Unhandled/);
    console.log(`runaway handler: longest main-thread task ${tasks.maxCpuMs.toFixed(0)} ms of CPU (${tasks.maxWallMs.toFixed(0)} ms wall)`);
    expect(tasks.count).toBeGreaterThan(100);
    expect(tasks.maxCpuMs).toBeLessThan(100);
    await context.close();
  });
});
