import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// The editor's IntelliSense loads @types/aws-lambda through text imports listed by hand in
// aws-lambda-types.js. If the package gains or loses a file, index.d.ts's re-exports would point
// at a missing module and types would silently become `any`: this keeps the list complete.
test("the editor loads every declaration file of @types/aws-lambda", () => {
  const root = "node_modules/@types/aws-lambda";
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const p = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".d.ts")) files.push(p);
    }
  };
  walk("");
  const source = readFileSync("components/simulator/editor/aws-lambda-types.js", "utf8");
  const imported = [...source.matchAll(/from "@types\/aws-lambda\/([^"]+)" with \{ type: "text" \}/g)].map((m) => m[1]);
  const listed = [...source.matchAll(/^ {2}"([^"]+)": t_/gm)].map((m) => m[1]);
  expect(imported.sort()).toEqual(files.sort());
  expect(listed.sort()).toEqual(files.sort());
  expect(files).toContain("trigger/alb.d.ts");
});
