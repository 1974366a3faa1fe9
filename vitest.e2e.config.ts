import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests: the built static app (out/) served on a free port, driven by Debian's Chromium.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time on a 2-core machine keeps timings stable.
    fileParallelism: false,
  },
});
