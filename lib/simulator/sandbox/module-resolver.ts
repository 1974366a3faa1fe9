import { BUILTIN_EXPORTS, resolveBuiltin } from "./builtins";
import { dirname, normalizePath, TASK_ROOT, type ModuleKind, type SourceBundle } from "./source-bundle";

/**
 * How the sandbox finds modules, following Node.js: CommonJS `require` tries extensions and
 * index files; ES `import` needs exact relative paths (TypeScript sources may leave the
 * extension off or write ".js" for a ".ts" file, as the TypeScript compiler allows); bare names
 * are built-ins or packages under node_modules in the bundle. Errors carry Node's codes and
 * messages so the runtime reports Runtime.ImportModuleError the way Lambda does.
 */

export const RUNTIME_ENTRY = "/var/runtime/index.mjs";
const FILE_PREFIX = "file://";

export interface ModuleErrorDescriptor {
  name?: string;
  code: string;
  message: string;
}

export type Resolution =
  | { kind: ModuleKind; path: string }
  | { kind: "builtin"; key: string }
  | { kind: "error"; error: ModuleErrorDescriptor };

const CJS_EXTENSIONS = ["", ".js", ".json", ".cjs", ".mjs", ".ts", ".cts", ".mts"];
const TS_IMPORT_EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs"];

/** Path inside the bundle ("lib/db.js") for an absolute path under /var/task, else undefined. */
export function bundlePath(absolute: string): string | undefined {
  const path = absolute.startsWith(FILE_PREFIX) ? absolute.slice(FILE_PREFIX.length) : absolute;
  if (path === TASK_ROOT || !path.startsWith(`${TASK_ROOT}/`)) return undefined;
  return normalizePath(path.slice(TASK_ROOT.length + 1));
}

function builtinKey(spec: string): string | undefined {
  const b = resolveBuiltin(spec);
  if (!b) return undefined;
  if (b.kind === "stub") return `stub:${b.name}`;
  return b.member ? `${b.name}#${b.member}` : b.name;
}

function packageEntry(bundle: SourceBundle, dir: string): string | undefined {
  const pkg = bundle.files.get(`${dir}/package.json`);
  if (pkg) {
    try {
      const main = (JSON.parse(pkg) as { main?: unknown }).main;
      if (typeof main === "string") {
        const file = firstExisting(bundle, normalizePath(`${dir}/${main}`), CJS_EXTENSIONS);
        if (file) return file;
      }
    } catch {
      /* invalid package.json: fall back to index files */
    }
  }
  return firstExisting(bundle, `${dir}/index`, [".js", ".json", ".cjs", ".ts"]);
}

function firstExisting(bundle: SourceBundle, base: string, extensions: string[]): string | undefined {
  for (const ext of extensions) {
    const candidate = base + ext;
    if (candidate && bundle.has(candidate)) return candidate;
  }
  return undefined;
}

/** CommonJS require(spec) from the file at absolute path `from`. */
export function resolveRequire(bundle: SourceBundle, spec: string, from: string): Resolution {
  const key = builtinKey(spec);
  if (key) return { kind: "builtin", key };
  let found: string | undefined;
  if (spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/") || spec === "." || spec === "..") {
    const fromDir = from === RUNTIME_ENTRY ? "" : dirname(bundlePath(from) ?? "");
    const target = spec.startsWith("/") ? bundlePath(spec) : normalizePath(`${fromDir}/${spec}`);
    if (target !== undefined) {
      found = firstExisting(bundle, target, CJS_EXTENSIONS) ?? packageEntry(bundle, target);
    }
  } else {
    const [scopeOrName, maybeName, ...rest] = spec.split("/");
    const pkgName = scopeOrName.startsWith("@") ? `${scopeOrName}/${maybeName}` : scopeOrName;
    const subpath = scopeOrName.startsWith("@") ? rest.join("/") : [maybeName, ...rest].filter(Boolean).join("/");
    const dir = `node_modules/${pkgName}`;
    found = subpath ? firstExisting(bundle, `${dir}/${subpath}`, CJS_EXTENSIONS) : packageEntry(bundle, dir);
  }
  if (!found) {
    const stack = from === RUNTIME_ENTRY ? `- ${RUNTIME_ENTRY}` : `- ${from}\n- ${RUNTIME_ENTRY}`;
    return {
      kind: "error",
      error: { code: "MODULE_NOT_FOUND", message: `Cannot find module '${spec}'\nRequire stack:\n${stack}` },
    };
  }
  return { kind: bundle.kindOf(found), path: `${TASK_ROOT}/${found}` };
}

/** ES import specifier → QuickJS module name ("file:///var/task/x.mjs" or "node:crypto"). */
export function resolveImport(bundle: SourceBundle, spec: string, importer: string): Resolution {
  const key = builtinKey(spec);
  if (key) return { kind: "builtin", key };
  const importerPath = bundlePath(importer) ?? "index.mjs";
  const importerShown = `${TASK_ROOT}/${importerPath}`;
  if (spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/") || spec.startsWith(FILE_PREFIX)) {
    const target = spec.startsWith("/") || spec.startsWith(FILE_PREFIX) ? bundlePath(spec) : normalizePath(`${dirname(importerPath)}/${spec}`);
    let found: string | undefined;
    if (target !== undefined) {
      if (bundle.has(target)) found = target;
      else if (/\.(ts|mts|cts|tsx)$/.test(importerPath)) {
        found = firstExisting(bundle, target.replace(/\.(js|mjs|cjs)$/, ""), TS_IMPORT_EXTENSIONS);
      }
    }
    if (!found) {
      const shown = target !== undefined ? `${TASK_ROOT}/${target}` : spec;
      return {
        kind: "error",
        error: { code: "ERR_MODULE_NOT_FOUND", message: `Cannot find module '${shown}' imported from ${importerShown}` },
      };
    }
    return { kind: bundle.kindOf(found), path: `${TASK_ROOT}/${found}` };
  }
  const viaRequire = resolveRequire(bundle, spec, importerShown);
  if (viaRequire.kind === "error") {
    const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
    return {
      kind: "error",
      error: { code: "ERR_MODULE_NOT_FOUND", message: `Cannot find package '${pkg}' imported from ${importerShown}` },
    };
  }
  return viaRequire;
}

/** The name QuickJS registers a resolved module under. */
export function moduleName(resolution: Resolution): string {
  if (resolution.kind === "builtin") return `node:${resolution.key}`;
  if (resolution.kind === "error") throw new Error(resolution.error.message);
  return `${FILE_PREFIX}${resolution.path}`;
}

const REQUIRE_ACCESSOR = 'globalThis[Symbol.for("lambda-lab.require")]';

/** ES module source that re-exports a CommonJS file or a built-in. */
export function syntheticModule(specifier: string, from: string, names: string[]): string {
  const valid = names.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== "default");
  const lines = [
    `const m = ${REQUIRE_ACCESSOR}(${JSON.stringify(specifier)}, ${JSON.stringify(from)});`,
    "export default m;",
  ];
  if (valid.length) lines.push(`const __n = m === null || m === undefined ? {} : m;`, `export const { ${valid.join(", ")} } = __n;`);
  return lines.join("\n");
}

/** Export names of a built-in module key ("crypto", "fs#promises", "stub:http"). */
export function builtinExportNames(key: string): string[] {
  if (key.startsWith("stub:")) return [];
  if (key === "fs#promises") return ["readFile", "writeFile", "appendFile", "mkdir", "readdir", "unlink", "rm", "stat", "access"];
  if (key === "util#types") return ["isDate", "isRegExp", "isPromise", "isMap", "isSet", "isNativeError", "isTypedArray"];
  return BUILTIN_EXPORTS[key] ?? [];
}

export interface HandlerEntry {
  /** Absolute path of the handler's module. */
  path: string;
  kind: ModuleKind;
  exportPath: string;
}

export type HandlerResolution =
  | { ok: true; entry: HandlerEntry }
  | { ok: false; errorType: "Runtime.MalformedHandlerName" | "Runtime.ImportModuleError"; message: string; code?: string };

/**
 * Splits a Handler setting the way the Lambda runtime does ("lib/app.handlers.order" → module
 * lib/app, export path handlers.order) and finds the module, trying "", ".js", ".mjs", ".cjs"
 * and then the TypeScript sources the simulator compiles on the fly.
 */
export function resolveHandler(bundle: SourceBundle, handler: string): HandlerResolution {
  if (handler.includes("..")) {
    return {
      ok: false,
      errorType: "Runtime.MalformedHandlerName",
      message: `'${handler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`,
    };
  }
  const slash = handler.lastIndexOf("/");
  const moduleRoot = handler.slice(0, slash + 1);
  const match = /^([^.]*)\.(.*)$/.exec(handler.slice(slash + 1));
  if (!match || !match[1] || !match[2]) return { ok: false, errorType: "Runtime.MalformedHandlerName", message: "Bad handler" };
  const base = normalizePath(moduleRoot + match[1]);
  const found = firstExisting(bundle, base, ["", ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"]);
  if (!found || bundle.kindOf(found) === "json") {
    return {
      ok: false,
      errorType: "Runtime.ImportModuleError",
      code: "MODULE_NOT_FOUND",
      message: `Cannot find module '${match[1]}'\nRequire stack:\n- ${RUNTIME_ENTRY}`,
    };
  }
  return { ok: true, entry: { path: `${TASK_ROOT}/${found}`, kind: bundle.kindOf(found), exportPath: match[2] } };
}
