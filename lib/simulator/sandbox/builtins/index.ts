import { BUFFER_SOURCE } from "./buffer-source";
import {
  ASSERT_SOURCE,
  CRYPTO_SOURCE,
  EVENTS_SOURCE,
  FS_SOURCE,
  OS_SOURCE,
  PATH_SOURCE,
  PERF_HOOKS_SOURCE,
  QUERYSTRING_SOURCE,
  TIMERS_PROMISES_SOURCE,
  TIMERS_SOURCE,
  URL_SOURCE,
  WEB_SOURCE,
} from "./node-sources";
import { UTIL_SOURCE } from "./util-source";
import {
  CJS_SOURCE,
  CONSOLE_SOURCE,
  DATE_SOURCE,
  ERRORS_SOURCE,
  FORMAT_SOURCE,
  PROCESS_OBJECT_SOURCE,
  TIMERS_CORE_SOURCE,
} from "./internal-sources";

/**
 * The Node.js built-in modules a handler can require or import inside the sandbox. Implemented
 * ones are compiled on first use from the sources above. Built-ins that need a network,
 * processes or a real disk exist (so `import https from "node:https"` loads, as on Lambda) but
 * every member throws an error that says the simulator does not provide it.
 */

/** Module name (without "node:") → factory source. "internal:*" are not requirable by users. */
export const BUILTIN_SOURCES: Record<string, string> = {
  util: UTIL_SOURCE,
  buffer: BUFFER_SOURCE,
  events: EVENTS_SOURCE,
  path: PATH_SOURCE,
  "path/posix": PATH_SOURCE,
  os: OS_SOURCE,
  timers: TIMERS_SOURCE,
  "timers/promises": TIMERS_PROMISES_SOURCE,
  crypto: CRYPTO_SOURCE,
  assert: ASSERT_SOURCE,
  "assert/strict": ASSERT_SOURCE,
  fs: FS_SOURCE,
  "internal:web": WEB_SOURCE,
  url: URL_SOURCE,
  querystring: QUERYSTRING_SOURCE,
  perf_hooks: PERF_HOOKS_SOURCE,
  process: PROCESS_OBJECT_SOURCE,
  "internal:errors": ERRORS_SOURCE,
  "internal:cjs": CJS_SOURCE,
  "internal:format": FORMAT_SOURCE,
  "internal:date": DATE_SOURCE,
  "internal:console": CONSOLE_SOURCE,
  "internal:timers": TIMERS_CORE_SOURCE,
};

/** Named exports each implemented built-in offers to `import { x } from "node:..."`. */
export const BUILTIN_EXPORTS: Record<string, string[]> = {
  util: ["format", "inspect", "promisify", "callbackify", "inherits", "deprecate", "isDeepStrictEqual", "types", "TextEncoder", "TextDecoder"],
  buffer: ["Buffer", "atob", "btoa", "constants", "kMaxLength"],
  events: ["EventEmitter", "once"],
  path: ["sep", "delimiter", "normalize", "join", "resolve", "dirname", "basename", "extname", "isAbsolute", "relative", "parse", "format", "posix"],
  "path/posix": ["sep", "delimiter", "normalize", "join", "resolve", "dirname", "basename", "extname", "isAbsolute", "relative", "parse", "format"],
  os: ["EOL", "platform", "type", "arch", "release", "tmpdir", "homedir", "hostname", "endianness", "uptime", "totalmem", "freemem", "cpus", "availableParallelism", "loadavg", "networkInterfaces", "userInfo"],
  timers: ["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate"],
  "timers/promises": ["setTimeout", "setImmediate", "setInterval", "scheduler"],
  crypto: ["createHash", "createHmac", "randomUUID", "randomBytes", "randomInt", "getRandomValues", "timingSafeEqual", "webcrypto", "getHashes"],
  assert: ["ok", "equal", "notEqual", "strictEqual", "notStrictEqual", "deepEqual", "deepStrictEqual", "notDeepEqual", "notDeepStrictEqual", "throws", "rejects", "fail", "match", "AssertionError", "strict"],
  "assert/strict": ["ok", "equal", "notEqual", "strictEqual", "notStrictEqual", "deepEqual", "deepStrictEqual", "notDeepEqual", "notDeepStrictEqual", "throws", "rejects", "fail", "match", "AssertionError", "strict"],
  fs: ["readFileSync", "writeFileSync", "appendFileSync", "existsSync", "mkdirSync", "readdirSync", "unlinkSync", "rmSync", "statSync", "readFile", "writeFile", "appendFile", "mkdir", "readdir", "unlink", "rm", "stat", "constants", "promises"],
  url: ["URL", "URLSearchParams", "fileURLToPath", "pathToFileURL"],
  querystring: ["parse", "stringify", "decode", "encode", "escape", "unescape"],
  perf_hooks: ["performance"],
  process: ["env", "argv", "version", "versions", "platform", "arch", "exit", "nextTick", "hrtime", "memoryUsage", "cwd", "uptime", "stdout", "stderr"],
};

/** Aliases resolved to an implemented module. */
const ALIASES: Record<string, string> = {
  "fs/promises": "fs#promises",
  "stream/promises": "stub:stream/promises",
  "util/types": "util#types",
  "dns/promises": "stub:dns/promises",
  "readline/promises": "stub:readline/promises",
};

/** Node.js built-ins that exist on Lambda but that the simulator does not provide. */
export const STUBBED_BUILTINS = [
  "http", "https", "http2", "net", "tls", "dgram", "dns", "child_process", "cluster", "worker_threads", "zlib",
  "stream", "readline", "repl", "vm", "v8", "inspector", "async_hooks", "string_decoder", "diagnostics_channel",
  "module", "tty", "domain", "punycode", "constants", "sys", "trace_events", "wasi", "sqlite", "test",
];

export type BuiltinResolution =
  | { kind: "module"; name: string; member?: string }
  | { kind: "stub"; name: string }
  | undefined;

/** Resolves "node:fs/promises", "crypto", ... to what the sandbox loads; undefined if not a built-in. */
export function resolveBuiltin(specifier: string): BuiltinResolution {
  const prefixed = specifier.startsWith("node:");
  const name = prefixed ? specifier.slice(5) : specifier;
  const alias = ALIASES[name];
  if (alias) {
    if (alias.startsWith("stub:")) return { kind: "stub", name: alias.slice(5) };
    const [module, member] = alias.split("#");
    return { kind: "module", name: module, member };
  }
  if (name in BUILTIN_SOURCES && !name.startsWith("internal:")) return { kind: "module", name };
  if (STUBBED_BUILTINS.includes(name)) return { kind: "stub", name };
  return undefined;
}

/** Factory source for a stub: any member access yields a function that throws a clear error. */
export function stubSource(name: string): string {
  return `(function () {
  "use strict";
  function missing(member) {
    return function () {
      var e = new Error("node:${name}" + (member ? "." + member : "") + " is not available in the Lambda Lab simulator: handlers run without network, child processes or a real file system.");
      e.code = "ERR_SIMULATOR_UNSUPPORTED";
      throw e;
    };
  }
  return new Proxy({}, { get: function (t, k) {
    if (typeof k === "symbol" || k === "then" || k === "__esModule" || k === "default") return undefined;
    return missing(String(k));
  } });
})`;
}
