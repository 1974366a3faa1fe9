// `npm test`: typecheck, lint, unit tests, production build, browser tests. Stops at the first
// failing step and ends with one summary line ("tests: N passed, N failed").
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureChromium } from "./chromium.mjs";

const started = Date.now();
const reports = mkdtempSync(path.join(tmpdir(), "lambda-lab-test-"));
const totals = { passed: 0, failed: 0 };

function step(name, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s.`);
    finish(1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}

function count(reportFile) {
  try {
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
  } catch {
    // The runner crashed before writing its report; its exit code already failed the step.
  }
}

function finish(code) {
  rmSync(reports, { recursive: true, force: true });
  console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed + (code && totals.failed === 0 ? 1 : 0)} failed`);
  process.exit(code);
}

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  finish(1);
}

const bin = (name) => path.join("node_modules", ".bin", name);
step("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
step("lint", bin("eslint"), [".", "--max-warnings=0"]);
const unitReport = path.join(reports, "unit.json");
step("unit tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitReport}`]);
count(unitReport);
step("build", bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
const e2eReport = path.join(reports, "e2e.json");
step(
  "browser tests",
  bin("vitest"),
  ["run", "--config", "vitest.e2e.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${e2eReport}`],
  { CHROMIUM_PATH: chromium },
);
count(e2eReport);
finish(0);
