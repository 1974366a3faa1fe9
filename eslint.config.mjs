import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "out/**",
      "next-env.d.ts",
      "tests/fixtures/**",
      "content/exercises/**/starter.*",
      "content/exercises/**/solution.*",
    ],
  },
  {
    // Code that ships to the browser validates with zod/mini: the classic zod API adds ~30 KB
    // gzipped to every page. Build-time code (*.server.ts, lib/content, lib/quiz schema) may use zod.
    files: ["components/**", "lib/stores/**", "lib/workspace/**", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Import { z } from \"zod/mini\" in browser code (bundle size)." }] }],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
