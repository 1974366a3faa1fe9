// `npm run bench`: bundles bench/run.ts with esbuild (dependencies stay in node_modules) and runs
// it in this Node process. Extra arguments are passed through (e.g. `npm run bench -- warm`).
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
// The bundle goes under node_modules/.cache (ignored by git and eslint; packages resolve from there).
const outdir = path.join(root, "node_modules", ".cache", "lambda-lab-bench");
mkdirSync(outdir, { recursive: true });
mkdirSync(path.join(root, "bench", "results"), { recursive: true });
const outfile = path.join(outdir, "bench.mjs");
await build({
  entryPoints: [path.join(root, "bench", "run.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
});
const { main } = await import(pathToFileURL(outfile).href);
await main(process.argv.slice(2));
