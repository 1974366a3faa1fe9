import { describe, expect, test } from "vitest";
import { markersFromError, parseErrorPayload } from "@/lib/workspace/markers";

const files = [
  { path: "index.mjs", content: 'import { db } from "./db.mjs";\nimport x from "./missing.mjs";\nexport const handler = async () => {\n  throw new Error("boom");\n};\n' },
  { path: "db.mjs", content: "export const db = {};\n" },
];

describe("engine errors as markers", () => {
  test("reads Lambda's error payload and ignores other payloads", () => {
    expect(parseErrorPayload('{"errorType":"Error","errorMessage":"boom","trace":[]}')).toEqual({ errorType: "Error", errorMessage: "boom", trace: [] });
    expect(parseErrorPayload('{"statusCode":200}')).toBeNull();
    expect(parseErrorPayload("not json")).toBeNull();
  });

  test("a thrown error is marked where the trace points in the learner's file", () => {
    const m = markersFromError(
      { errorType: "Error", errorMessage: "boom", trace: ["Error: boom", "    at Runtime.handler (file:///var/task/index.mjs:4:9)", "    at /var/runtime/index.mjs:1:1"] },
      files,
      "index.handler",
    );
    expect(m).toEqual([{ path: "index.mjs", line: 4, column: 9, message: "Error: boom", severity: "error" }]);
  });

  test("a missing export points at the handler file; an unknown import at its import line", () => {
    expect(markersFromError({ errorType: "Runtime.HandlerNotFound", errorMessage: "index.main is undefined or not exported" }, files, "index.main")[0]).toMatchObject({
      path: "index.mjs",
      line: 1,
    });
    expect(markersFromError({ errorType: "Runtime.HandlerNotFound", errorMessage: "index.handler is undefined or not exported" }, files, "index.handler")[0].line).toBe(3);
    expect(
      markersFromError({ errorType: "Runtime.ImportModuleError", errorMessage: "Error: Cannot find module './missing.mjs' imported from /var/task/index.mjs" }, files, "index.handler")[0],
    ).toMatchObject({ path: "index.mjs", line: 2 });
    // The engine's wording: the resolved path under /var/task.
    expect(
      markersFromError({ errorType: "Runtime.ImportModuleError", errorMessage: "Error: Cannot find module '/var/task/missing.mjs' imported from /var/task/index.mjs" }, files, "index.handler")[0],
    ).toMatchObject({ path: "index.mjs", line: 2 });
  });

  test("a syntax error with a location is marked there", () => {
    const m = markersFromError({ errorType: "Runtime.UserCodeSyntaxError", errorMessage: "SyntaxError: unexpected token in expression: '}' at db.mjs:1:17" }, files, "index.handler");
    expect(m[0]).toMatchObject({ path: "db.mjs", line: 1, column: 17 });
  });

  test("errors that name no learner file give no marker", () => {
    expect(markersFromError({ errorType: "Error", errorMessage: "x", trace: ["at /var/runtime/index.mjs:3:3"] }, files, "index.handler")).toEqual([]);
  });
});
