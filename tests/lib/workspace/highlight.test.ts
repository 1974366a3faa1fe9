import { expect, test } from "vitest";
import { tokenize } from "@/lib/workspace/highlight";

test("tokenizes comments, strings, numbers and keywords and loses no text", () => {
  const code = '// hi\nexport const n = 42; const s = "a\\"b"; /* x */ `t${1}`';
  const tokens = tokenize(code);
  expect(tokens.map((t) => t.text).join("")).toBe(code);
  expect(tokens.filter((t) => t.type === "comment").map((t) => t.text)).toEqual(["// hi", "/* x */"]);
  expect(tokens.filter((t) => t.type === "keyword").map((t) => t.text.trim())).toContain("export");
  expect(tokens.find((t) => t.type === "number")?.text).toBe("42");
  expect(tokens.filter((t) => t.type === "string").map((t) => t.text)).toEqual(['"a\\"b"', "`t${1}`"]);
});
