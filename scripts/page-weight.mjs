// Reports the JavaScript each built page loads (gzipped), from the static export in out/.
// Usage: npm run build && npm run size [-- /lessons/sync-invocation/ /quiz/]
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const OUT = "out";
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["/", "/lessons/", "/lessons/sync-invocation/", "/progress/", "/quiz/", "/simulator/", "/exercises/"];
if (!existsSync(path.join(OUT, "index.html"))) {
  console.error("No static build in out/. Run `npm run build` first.");
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("page".padEnd(34), "scripts", "JS gzip".padStart(10), "HTML gzip".padStart(10));
for (const page of pages) {
  const file = path.join(OUT, page, "index.html");
  if (!existsSync(file)) {
    console.log(page.padEnd(34), "(not built)");
    continue;
  }
  const html = readFileSync(file, "utf8");
  // noModule scripts are legacy polyfills that modern browsers never download.
  const scripts = [...new Set([...html.matchAll(/<script([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1])).map((m) => /src="([^"]+)"/.exec(m[1])?.[1]).filter(Boolean))];
  let js = 0;
  for (const src of scripts) js += gzipSync(readFileSync(path.join(OUT, decodeURIComponent(src.split("?")[0])))).length;
  console.log(page.padEnd(34), String(scripts.length).padStart(7), kb(js).padStart(10), kb(gzipSync(html).length).padStart(10));
}
