// `npm run test:e2e`: browser tests against the existing static build in out/ (run `npm run build` first).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ensureChromium } from "./chromium.mjs";

if (!existsSync("out/index.html")) {
  console.error("No static build in out/. Run `npm run build` first.");
  process.exit(1);
}
const chromium = ensureChromium();
const result = spawnSync("node_modules/.bin/vitest", ["run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
