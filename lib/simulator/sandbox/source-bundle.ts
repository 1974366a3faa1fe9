import { transform } from "sucrase";

/**
 * A function's code: the files of its deployment package, as text, keyed by their path under
 * /var/task ("index.mjs", "lib/db.js"). Decides each file's module system the way Node.js does
 * (.mjs/.cjs, package.json "type", otherwise ES module syntax detection) and strips TypeScript
 * with sucrase, standing in for the build step a TypeScript project runs before deploying.
 * Transformed sources are cached per bundle, so every environment of a version shares them.
 */

export const TASK_ROOT = "/var/task";

export type ModuleKind = "esm" | "cjs" | "json";

const TS_EXT = /\.(ts|mts|cts)$/;

export class SourceBundle {
  readonly files: ReadonlyMap<string, string>;
  readonly size: number;
  private readonly packageType: "module" | "commonjs" | undefined;
  private compiledCache = new Map<string, string>();
  private kindCache = new Map<string, ModuleKind>();
  private exportNamesCache = new Map<string, string[]>();

  constructor(files: Record<string, string>) {
    const map = new Map<string, string>();
    let size = 0;
    for (const [raw, text] of Object.entries(files)) {
      map.set(normalizePath(raw), text);
      size += utf8Length(text);
    }
    this.files = map;
    this.size = size;
    this.packageType = readPackageType(map.get("package.json"));
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  kindOf(path: string): ModuleKind {
    let kind = this.kindCache.get(path);
    if (!kind) {
      kind = this.detectKind(path);
      this.kindCache.set(path, kind);
    }
    return kind;
  }

  /** JavaScript for `path`: the file itself, or its TypeScript with the types stripped. */
  compiled(path: string): string {
    let code = this.compiledCache.get(path);
    if (code === undefined) {
      const text = this.files.get(path) ?? "";
      code = TS_EXT.test(path) ? stripTypes(text, path) : text;
      this.compiledCache.set(path, code);
    }
    return code;
  }

  /** Names a CommonJS module assigns to `exports.x` or `module.exports = { x }`, for ESM imports of it. */
  cjsExportNames(path: string): string[] {
    let names = this.exportNamesCache.get(path);
    if (!names) {
      names = scanCjsExports(this.compiled(path));
      this.exportNamesCache.set(path, names);
    }
    return names;
  }

  private detectKind(path: string): ModuleKind {
    if (path.endsWith(".json")) return "json";
    if (/\.(mjs|mts)$/.test(path)) return "esm";
    if (/\.(cjs|cts)$/.test(path)) return "cjs";
    if (this.packageType === "module") return "esm";
    if (this.packageType === "commonjs") return "cjs";
    // Node.js 22 (and 20.19) load an ambiguous .js file as an ES module when it uses ES syntax.
    return hasModuleSyntax(this.files.get(path) ?? "") ? "esm" : "cjs";
  }
}

export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, "/").split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

function readPackageType(text: string | undefined): "module" | "commonjs" | undefined {
  if (!text) return undefined;
  try {
    const type = (JSON.parse(text) as { type?: unknown }).type;
    return type === "module" || type === "commonjs" ? type : undefined;
  } catch {
    return undefined;
  }
}

/** Strips TypeScript syntax, keeping line numbers (sucrase preserves lines) for stack traces. */
export function stripTypes(text: string, path = "index.ts"): string {
  return transform(text, { transforms: ["typescript"], keepUnusedImports: true, filePath: path }).code;
}

/**
 * True when `text` uses TypeScript-only syntax: stripping types changes it. Used to name a
 * single-string Code.ZipFile index.ts rather than index.mjs / index.js.
 */
export function looksLikeTypeScript(text: string): boolean {
  try {
    return stripTypes(text) !== text;
  } catch {
    return false;
  }
}

const MODULE_SYNTAX =
  /(^|[\n;{}])\s*(import\s*[\w{*'"]|import\s*\.\s*meta\b|export\s+(default\b|const\b|let\b|var\b|function\b|class\b|async\b|\{|\*))/;

export function hasModuleSyntax(text: string): boolean {
  return MODULE_SYNTAX.test(stripComments(text));
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/[^\n]*/g, "$1");
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

function scanCjsExports(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=/g)) names.add(m[1]);
  for (const m of code.matchAll(/Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*["']([A-Za-z_$][\w$]*)["']/g)) {
    names.add(m[1]);
  }
  const literal = /module\.exports\s*=\s*\{([^}]*)\}/.exec(code);
  if (literal) {
    for (const entry of literal[1].split(",")) {
      const key = entry.split(":")[0].replace(/^\s*(async\s+)?/, "").split("(")[0].trim();
      if (IDENT.test(key)) names.add(key);
    }
  }
  names.delete("default");
  names.delete("__esModule");
  return [...names];
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
