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

async function open(path: string, title: string, width = 1280) {
  const { context, page } = await newPage(browser, { width });
  // networkidle: the widget's chunk has loaded and hydrated, so typing is not lost to hydration.
  await page.goto(baseURL() + path, { waitUntil: "networkidle" });
  const widget = page.getByRole("region", { name: title });
  await widget.waitFor();
  return { context, page, widget };
}

type Widget = ReturnType<Page["getByRole"]>;

/** Waits (up to the default timeout) until the widget's live result says what we expect. */
const expectStatus = (widget: Widget, text: RegExp) => widget.getByRole("status").filter({ hasText: text }).waitFor();

describe("lesson widgets", () => {
  test("widgets are in the static HTML, before any script runs", async () => {
    const html = await (await fetch(baseURL() + "/lessons/iam-permissions/")).text();
    expect(html).toContain("IAM policy evaluator");
    expect(html).toContain("Decision: Allow");
  });

  test("IAM policy evaluator: scenarios switch the decision and name the deciding statement", async () => {
    const { context, page, widget } = await open("/lessons/iam-permissions/", "IAM policy evaluator");
    await expectStatus(widget, /Decision: Allow/);
    await widget.getByLabel("aws:SourceArn").fill("arn:aws:s3:::someone-elses-bucket");
    await expectStatus(widget, /Deny \(implicit\)/);
    await widget.getByRole("button", { name: "Explicit deny beats allow" }).click();
    await expectStatus(widget, /Deny \(explicit\).*NeverDelete/);
    await widget.getByLabel("Action").fill("lambda:UpdateFunctionCode");
    await expectStatus(widget, /Decision: Allow/);
    await widget.getByLabel(/^Identity-based policy/).fill("{ broken");
    await expectStatus(widget, /not valid JSON/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("serverless.yml resolver: --stage renames the stack and functions", async () => {
    const { context, page, widget } = await open("/lessons/environment-config/", "serverless.yml variable resolver");
    await expectStatus(widget, /orders-dev/);
    await widget.getByLabel("--stage option").fill("prod");
    await expectStatus(widget, /Deploys stack orders-prod/);
    await expect(widget.getByText("orders-prod-listOrders").count()).resolves.toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("VPC route tracer: a public subnet fails, a NAT gateway fixes it (keyboard only)", async () => {
    const { context, page, widget } = await open("/lessons/vpc-networking/", "VPC route tracer");
    await expectStatus(widget, /Does not reach the public API/);
    await widget.getByLabel("Private subnet, route to a NAT gateway").focus();
    await page.keyboard.press("Space");
    await expectStatus(widget, /Reaches the public API/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("package size checker: layers count towards 250 MB; a small package passes", async () => {
    const { context, page, widget } = await open("/lessons/deployment/", "Package size checker");
    await expectStatus(widget, /Not deployable: 1 limit exceeded/);
    await widget.getByRole("button", { name: "Remove layer 2" }).click();
    await expectStatus(widget, /Deployable as it is/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("memory explorer: the slider works from the keyboard and fits a 375 px screen", async () => {
    const { context, page, widget } = await open("/lessons/performance-cost/", "Memory and cost explorer", 375);
    const slider = widget.getByRole("slider");
    await slider.focus();
    await page.keyboard.press("End");
    await expect(slider.getAttribute("aria-valuetext")).resolves.toMatch(/^10,240 MB/);
    await expectStatus(widget, /420 ms/);
    const box = await widget.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("chain vs events: a hanging last step fails the whole chain but not the event-driven order", async () => {
    const { context, page, widget } = await open("/lessons/serverless-fundamentals/", "Chain or events?");
    await widget.getByLabel("The email function hangs and times out").check();
    await expectStatus(widget, /Customer waits 10,000 ms/);
    await widget.getByLabel(/^Events/).check();
    await expectStatus(widget, /Customer waits 120 ms.*200 OK/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("async retry planner: a short maximum age cuts the retries off", async () => {
    const { context, page, widget } = await open("/lessons/async-invocation/", "Async retry planner");
    await expectStatus(widget, /Fails after 3 attempts/);
    await widget.getByLabel("MaximumEventAgeInSeconds").fill("120");
    await expectStatus(widget, /Expires/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("schedule tester: lists future runs in UTC and rejects a cron with both day fields set", async () => {
    const { context, page, widget } = await open("/lessons/event-sources/", "Schedule expression tester");
    await expectStatus(widget, /Accepted: cron expression/);
    await expect(widget.locator("ol li").count()).resolves.toBe(10);
    await widget.getByLabel("Schedule expression").fill("cron(0 12 * * * *)");
    await expectStatus(widget, /ValidationException/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("ALB converter: last value wins until multi-value headers are on; a form post arrives as base64 (keyboard, 375 px)", async () => {
    const { context, page, widget } = await open("/lessons/alb/", "ALB request-to-event converter", 375);
    const event = widget.getByLabel("The event your handler receives");
    await expectStatus(widget, /single values.*GET \/greet/);
    await expect(event.textContent()).resolves.toContain('"tag": "sale"');
    await expect(event.textContent()).resolves.toContain('"name": "Ana%20Lima"');
    await widget.getByLabel(/^Multi-value headers/).focus();
    await page.keyboard.press("Space");
    await expectStatus(widget, /multi-value fields/);
    await expect(event.textContent()).resolves.toMatch(/"tag": \[\s*"new",\s*"sale"\s*\]/);
    await widget.getByLabel("HTML form").check();
    await expectStatus(widget, /body as base64/);
    await expect(event.textContent()).resolves.toContain('"isBase64Encoded": true');
    await widget.getByLabel("Headers", { exact: true }).fill("Accept application/json");
    await expectStatus(widget, /needs the form Name: value/);
    const box = await widget.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  test("payload format explorer: 2.0 joins repeated query values, a plain object is 200 in 2.0 and 502 in 1.0", async () => {
    const { context, page, widget } = await open("/lessons/api-gateway/", "Payload format explorer");
    await expectStatus(widget, /Route GET \/orders\/\{id\} matches GET \/orders\/42/);
    await widget.getByLabel("Query string").fill("color=red&color=blue");
    await expect(widget.getByLabel("Payload format 2.0 (HTTP API default)").textContent()).resolves.toContain('"color": "red,blue"');
    await expect(widget.getByLabel(/^Payload format 1\.0/).textContent()).resolves.toMatch(/"color": \[\s*"red",\s*"blue"\s*\]/);
    await expectStatus(widget, /Format 1\.0: 502, malformed proxy response\. Format 2\.0: 200\./);
    await widget.getByRole("button", { name: "Full response with cookies" }).click();
    await expectStatus(widget, /Format 1\.0: 201\. Format 2\.0: 201\./);
    await expect(widget.getByLabel("HTTP response under format 2.0").textContent()).resolves.toContain("set-cookie: theme=dark");
    await widget.getByLabel("Route key").fill("POST /orders");
    await expectStatus(widget, /No route matches: API Gateway answers 404/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
