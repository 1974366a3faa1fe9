import { handlerFile, type SourceFile } from "./scenario";

// Engine errors as editor markers: a syntax error, a missing handler export, an unknown import
// or a thrown error is underlined where it happened, so the learner fixes it where they type.

export type EditorMarker = {
  path: string;
  line: number;
  column: number;
  endColumn?: number;
  message: string;
  severity: "error" | "warning";
};

/** The Node.js error payload Lambda returns with FunctionError (errorType, errorMessage, trace). */
export type LambdaErrorPayload = { errorType?: string; errorMessage?: string; trace?: string[] };

export function parseErrorPayload(payload: string | undefined): LambdaErrorPayload | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as unknown;
    if (value && typeof value === "object" && ("errorType" in value || "errorMessage" in value)) return value as LambdaErrorPayload;
  } catch {
    // Not JSON: not an error payload.
  }
  return null;
}

const LOCATION = /(?:file:\/\/)?(?:\/var\/task\/)?((?:[\w.-]+\/)*[\w.-]+\.(?:mjs|cjs|js|ts|mts|cts|json)):(\d+)(?::(\d+))?/g;

function locations(text: string, files: readonly SourceFile[]): { path: string; line: number; column: number }[] {
  const known = new Set(files.map((f) => f.path));
  const out: { path: string; line: number; column: number }[] = [];
  for (const m of text.matchAll(LOCATION)) {
    const path = m[1].replace(/^\.\//, "");
    if (known.has(path)) out.push({ path, line: Number(m[2]), column: m[3] ? Number(m[3]) : 1 });
  }
  return out;
}

function lineOf(file: SourceFile, needle: string): number | null {
  const lines = file.content.split("\n");
  const i = lines.findIndex((l) => l.includes(needle));
  return i < 0 ? null : i + 1;
}

/** Markers for one Lambda error; empty when the error names no place in the learner's files. */
export function markersFromError(error: LambdaErrorPayload, files: readonly SourceFile[], handler: string): EditorMarker[] {
  const type = error.errorType ?? "Error";
  const message = `${type}: ${error.errorMessage ?? ""}`.trim();
  const text = [error.errorMessage ?? "", ...(error.trace ?? [])].join("\n");
  const found = locations(text, files);
  if (found.length) {
    const first = found[0];
    return [{ ...first, message, severity: "error" }];
  }
  const entry = handlerFile(files, handler);
  if (type === "Runtime.HandlerNotFound" && entry) {
    const exportName = handler.slice(handler.lastIndexOf(".") + 1);
    const line = lineOf(entry, exportName) ?? 1;
    return [{ path: entry.path, line, column: 1, message, severity: "error" }];
  }
  if (type === "Runtime.ImportModuleError") {
    const spec = /Cannot find (?:module|package) '([^']+)'/.exec(error.errorMessage ?? "")?.[1];
    if (spec) {
      // The runtime names the resolved path (/var/task/lib/db.mjs); the code has "./lib/db.mjs".
      const wanted = spec.replace(/^\/var\/task\//, "").replace(/^\.\//, "");
      const importLine = new RegExp(`["'](?:\\./)?${wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']`);
      for (const f of files) {
        const i = f.content.split("\n").findIndex((l) => importLine.test(l) || l.includes(`"${spec}"`) || l.includes(`'${spec}'`));
        if (i >= 0) return [{ path: f.path, line: i + 1, column: 1, message, severity: "error" }];
      }
    }
  }
  if (type === "Runtime.UserCodeSyntaxError" && entry) {
    return [{ path: entry.path, line: 1, column: 1, message: `${message} (the simulator did not report the line)`, severity: "error" }];
  }
  return [];
}
