/**
 * Parts of the sandbox runtime that most environments never need, compiled on first use so the
 * per-environment prelude stays small (its compile time is most of a cold start): the error
 * payloads Lambda returns, CommonJS loading, console's rarer methods and format specifiers,
 * Date's string methods, and the `process` object.
 */

export const ERRORS_SOURCE = String.raw`(function (I) {
"use strict";
var ErrorCtor = Error, StringCtor = String, JSONstringify = JSON.stringify, assign = Object.assign;
function safeGet(o, k) { try { return o[k]; } catch (e) { return undefined; } }
function overflow(e) { return safeGet(e, "name") === "InternalError" && safeGet(e, "message") === "stack overflow"; }
function errName(e) { if (overflow(e)) return "RangeError"; var n = safeGet(e, "name"); return n === undefined ? "Error" : StringCtor(n); }
function errMessage(e) { if (overflow(e)) return "Maximum call stack size exceeded"; var m = safeGet(e, "message"); return m === undefined ? "" : StringCtor(m); }
function stackOf(e) {
  var head = errName(e), msg = errMessage(e), s = safeGet(e, "stack");
  if (msg) head += ": " + msg;
  if (typeof s !== "string" || !s) return head;
  s = s.replace(/\n+$/, "");
  return s.indexOf(head) === 0 ? s : head + "\n" + s;
}
function formatError(e) {
  try {
    if (e instanceof ErrorCtor) return { errorType: errName(e), errorMessage: errMessage(e), trace: stackOf(e).split("\n") };
    return { errorType: typeof e, errorMessage: StringCtor(e), trace: [] };
  } catch (x) {
    return { errorType: "handled", errorMessage: "callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack", trace: [] };
  }
}
function errorRecord(v) {
  var r = assign({ errorType: errName(v), errorMessage: errMessage(v), code: safeGet(v, "code") }, v);
  if (typeof safeGet(v, "stack") === "string") r.stack = stackOf(v).split("\n");
  return r;
}
function toFormatted(e) {
  try { return "\t" + JSONstringify(e, function (k, v) { return v instanceof ErrorCtor ? errorRecord(v) : v; }); }
  catch (x) { return "\t" + JSONstringify(formatError(e)); }
}
function intoError(e) { return e instanceof ErrorCtor ? e : new ErrorCtor(StringCtor(e)); }
function runtimeError(name, message, cause) {
  var e = new ErrorCtor(message);
  e.name = name;
  if (cause && typeof safeGet(cause, "stack") === "string") e.stack = name + ": " + message + "\n" + stackOf(cause).replace(/^[^\n]*\n?/, "");
  return e;
}
function classify(e) {
  var n = safeGet(e, "name"), code = safeGet(e, "code");
  if (n === "SyntaxError") return "Runtime.UserCodeSyntaxError";
  if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") return "Runtime.ImportModuleError";
  return undefined;
}
/** The init error Lambda reports: the runtime wraps known failures in Runtime.* errors. */
function initError(e, type) {
  if (!type) return e;
  var keepMessage = type === "Runtime.HandlerNotFound" || type === "Runtime.MalformedHandlerName" || type === "Runtime.CallbackHandlerDeprecated";
  return runtimeError(type, keepMessage ? errMessage(e) : errName(e) + ": " + errMessage(e), e);
}
return { formatError: formatError, toFormatted: toFormatted, intoError: intoError, runtimeError: runtimeError, classify: classify,
  initError: initError, errName: errName, errMessage: errMessage };
})`;

export const CJS_SOURCE = String.raw`(function (I) {
"use strict";
var host = I.host, ErrorCtor = Error, JSONparse = JSON.parse, StringCtor = String;
var moduleCache = {};
function moduleError(desc) {
  var e = new ErrorCtor(desc.message);
  if (desc.name) e.name = desc.name;
  if (desc.code) e.code = desc.code;
  return e;
}
function requireFrom(from, spec) {
  spec = StringCtor(spec);
  var resolved = host(6, 0, spec, from);
  if (resolved[0] === "!") throw moduleError(JSONparse(resolved.slice(1)));
  var colon = resolved.indexOf(":");
  var kind = resolved.slice(0, colon), path = resolved.slice(colon + 1);
  if (kind === "builtin") return I.builtin(path);
  var cached = moduleCache[path];
  if (cached) return cached.exports;
  if (kind === "esm") {
    var err = new ErrorCtor("require() of ES Module " + path + " from " + from + " not supported.\nInstead change the require of " + path + " to a dynamic import() which is available in all CommonJS modules.");
    err.code = "ERR_REQUIRE_ESM";
    throw err;
  }
  var dir = path.slice(0, path.lastIndexOf("/"));
  var module = { id: path, path: dir, exports: {}, filename: path, loaded: false, children: [], paths: [] };
  moduleCache[path] = module;
  try {
    var compiled = host(6, 1, path, kind);
    if (typeof compiled === "string") {
      if (kind === "json") module.exports = JSONparse(compiled);
      else throw moduleError(JSONparse(compiled));
    } else {
      compiled.call(module.exports, module.exports, makeRequire(path), module, path, dir);
    }
  } catch (e) {
    delete moduleCache[path];
    throw e;
  }
  module.loaded = true;
  return module.exports;
}
function makeRequire(from) {
  var req = function require(spec) { return requireFrom(from, spec); };
  req.resolve = function resolve(spec) {
    var r = host(6, 0, StringCtor(spec), from);
    if (r[0] === "!") throw moduleError(JSONparse(r.slice(1)));
    return r.slice(r.indexOf(":") + 1);
  };
  req.cache = moduleCache;
  return req;
}
return { requireFrom: requireFrom };
})`;

export const FORMAT_SOURCE = String.raw`(function (I) {
"use strict";
var host = I.host, StringCtor = String, JSONstringify = JSON.stringify;
function inspect(v, o) { return I.builtin("util").inspect(v, o); }
function format(args) {
  var n = args.length, first = args[0], a = 1, out = "", last = 0;
  for (var i = 0; i < first.length - 1; i++) {
    if (first.charCodeAt(i) !== 37) continue;
    var c = first[i + 1], rep;
    if (c === "%") { out += first.slice(last, i) + "%"; last = i + 2; i++; continue; }
    if (a >= n) continue;
    var v = args[a];
    if (c === "s") rep = typeof v === "object" && v !== null ? inspect(v, { depth: 0 }) : I.show(v);
    else if (c === "d" || c === "i" || c === "f") {
      if (typeof v === "bigint") rep = StringCtor(v) + "n";
      else if (typeof v === "symbol") rep = "NaN";
      else rep = I.show(c === "d" ? Number(v) : c === "i" ? parseInt(v) : parseFloat(v));
    } else if (c === "j") { try { rep = JSONstringify(v); } catch (e) { rep = "[Circular]"; } }
    else if (c === "o" || c === "O") rep = inspect(v, { depth: c === "o" ? 4 : 2 });
    else if (c === "c") rep = "";
    else continue;
    out += first.slice(last, i) + rep; last = i + 2; i++; a++;
  }
  out += first.slice(last);
  for (; a < n; a++) out += " " + I.show(args[a]);
  return out;
}
var counts = new Map(), labels = new Map();
function label(l) { return l === undefined ? "default" : StringCtor(l); }
function elapsed(l, end) {
  l = label(l);
  var start = labels.get(l);
  if (start === undefined) { host(0, 1, "Warning: No such label '" + l + "' for console.time" + (end ? "End()" : "Log()")); return; }
  if (end) labels.delete(l);
  var ms = I.now() - start;
  host(0, 0, l + ": " + (ms < 1000 ? ms.toFixed(3) + "ms" : (ms / 1000).toFixed(3) + "s"));
}
var consoleExtras = {
  dir: function dir(v) { host(0, 0, inspect(v)); },
  table: function table() { host(0, 0, I.format(arguments)); },
  assert: function assert(ok) {
    if (ok) return;
    var rest = Array.prototype.slice.call(arguments, 1);
    host(0, 2, rest.length ? "Assertion failed: " + I.format(rest) : "Assertion failed");
  },
  count: function count(l) { l = label(l); var c = (counts.get(l) || 0) + 1; counts.set(l, c); host(0, 0, l + ": " + c); },
  countReset: function countReset(l) { counts.delete(label(l)); },
  time: function time(l) { labels.set(label(l), I.now()); },
  timeLog: function timeLog(l) { elapsed(l, false); },
  timeEnd: function timeEnd(l) { elapsed(l, true); },
  group: function group() { if (arguments.length) host(0, 0, I.format(arguments)); I.indent += "  "; },
  groupCollapsed: function groupCollapsed() { if (arguments.length) host(0, 0, I.format(arguments)); I.indent += "  "; },
  groupEnd: function groupEnd() { I.indent = I.indent.slice(2); },
};
return { format: format, consoleExtras: consoleExtras };
})`;

export const DATE_SOURCE = String.raw`(function (I) {
"use strict";
var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function p2(n) { return n < 10 ? "0" + n : "" + n; }
function ok(d) { return d.getTime() === d.getTime(); }
function day(d) { return DAYS[d.getUTCDay()] + " " + MONTHS[d.getUTCMonth()] + " " + p2(d.getUTCDate()) + " " + d.getUTCFullYear(); }
function time(d) { return p2(d.getUTCHours()) + ":" + p2(d.getUTCMinutes()) + ":" + p2(d.getUTCSeconds()) + " GMT+0000 (Coordinated Universal Time)"; }
function ldate(d) { return (d.getUTCMonth() + 1) + "/" + d.getUTCDate() + "/" + d.getUTCFullYear(); }
function ltime(d) { var h = d.getUTCHours(); return ((h % 12) || 12) + ":" + p2(d.getUTCMinutes()) + ":" + p2(d.getUTCSeconds()) + (h < 12 ? " AM" : " PM"); }
return {
  toString: function () { return ok(this) ? day(this) + " " + time(this) : "Invalid Date"; },
  toDateString: function () { return ok(this) ? day(this) : "Invalid Date"; },
  toTimeString: function () { return ok(this) ? time(this) : "Invalid Date"; },
  toLocaleString: function () { return ok(this) ? ldate(this) + ", " + ltime(this) : "Invalid Date"; },
  toLocaleDateString: function () { return ok(this) ? ldate(this) : "Invalid Date"; },
  toLocaleTimeString: function () { return ok(this) ? ltime(this) : "Invalid Date"; },
};
})`;

export const PROCESS_OBJECT_SOURCE = String.raw`(function (I) {
"use strict";
var host = I.host, info = I.info, floor = Math.floor, startHr = I.now();
function hrtime(prev) {
  var t = (I.now() - startHr) * 1e6, s = floor(t / 1e9), ns = floor(t - s * 1e9);
  if (prev) { s -= prev[0]; ns -= prev[1]; if (ns < 0) { s--; ns += 1e9; } }
  return [s, ns];
}
hrtime.bigint = function () { return BigInt(floor((I.now() - startHr) * 1e6)); };
function noop() { return proc; }
function exitError(message) {
  var e = new Error(message);
  e.name = "Runtime.ExitError";
  return e;
}
var proc = {
  env: I.env, argv: ["/var/lang/bin/node", "/var/runtime/index.mjs"], argv0: "/var/lang/bin/node", execArgv: [],
  execPath: "/var/lang/bin/node", version: info.nodeVersion, versions: { node: info.nodeVersion.slice(1) },
  platform: "linux", arch: "x64", pid: 8, ppid: 1, title: "/var/lang/bin/node", release: { name: "node" },
  exitCode: undefined, config: {}, features: {},
  cwd: function cwd() { return "/var/task"; }, chdir: function chdir() {},
  uptime: function uptime() { return (I.now() - info.envStart) / 1000; },
  hrtime: hrtime,
  memoryUsage: function memoryUsage() {
    var heap = host(7);
    return { rss: floor(info.baseMemoryBytes + heap), heapTotal: floor(heap * 1.25), heapUsed: floor(heap), external: 0, arrayBuffers: 0 };
  },
  cpuUsage: function cpuUsage() { var us = floor((I.now() - info.envStart) * 1000); return { user: us, system: 0 }; },
  nextTick: function nextTick(fn) {
    if (typeof fn !== "function") throw I.invalidCallback(fn);
    var args = Array.prototype.slice.call(arguments, 1);
    I.queueJob(function () { fn.apply(undefined, args); });
  },
  exit: function exit(code) {
    host(5, code === undefined ? (proc.exitCode | 0) : code | 0);
    throw exitError("process.exit() was called");
  },
  abort: function abort() { host(5, 134); throw exitError("process.abort() was called"); },
  kill: function kill() { return true; },
  emitWarning: function emitWarning(w) { host(0, 1, "(node:8) " + (w && w.name ? w.name : "Warning") + ": " + (w && w.message !== undefined ? w.message : String(w))); },
  on: noop, once: noop, off: noop, addListener: noop, removeListener: noop, removeAllListeners: noop,
  prependListener: noop, setMaxListeners: noop, emit: function emit() { return false; },
  listeners: function listeners() { return []; }, listenerCount: function listenerCount() { return 0; },
  umask: function umask() { return 18; }, getuid: function getuid() { return 993; }, getgid: function getgid() { return 990; },
  stdout: { write: function write(s) { host(10, String(s)); return true; }, isTTY: false },
  stderr: { write: function write(s) { host(10, String(s)); return true; }, isTTY: false },
};
return proc;
})`;

export const CONSOLE_SOURCE = String.raw`(function (I) {
"use strict";
var host = I.host, StringCtor = String, apply = Reflect.apply, strReplace = String.prototype.replace, strIndexOf = String.prototype.indexOf;
function show(v) {
  switch (typeof v) {
    case "string": return v;
    case "number": return v === 0 && 1 / v < 0 ? "-0" : StringCtor(v);
    case "bigint": return StringCtor(v) + "n";
    case "boolean": return v ? "true" : "false";
    case "undefined": return "undefined";
    case "symbol": return v.toString();
  }
  return v === null ? "null" : I.builtin("util").inspect(v);
}
function format(args) {
  var n = args.length;
  if (n === 0) return "";
  var first = args[0];
  if (typeof first === "string" && n > 1 && apply(strIndexOf, first, ["%"]) >= 0) return I.builtin("internal:format").format(args);
  var out = show(first);
  for (var a = 1; a < n; a++) out += " " + show(args[a]);
  return out;
}
I.indent = "";
function logAt(level) {
  return function () {
    var text = format(arguments);
    host(0, level, I.indent ? I.indent + apply(strReplace, text, [/\n/g, "\n" + I.indent]) : text);
  };
}
var con = { log: logAt(0), info: logAt(0), warn: logAt(1), error: logAt(2), debug: logAt(3), trace: logAt(4), fatal: logAt(5) };
["dir", "table", "assert", "count", "countReset", "time", "timeLog", "timeEnd", "group", "groupCollapsed", "groupEnd"].forEach(function (k) {
  Object.defineProperty(con, k, { configurable: true, enumerable: true,
    get: function () { var f = I.builtin("internal:format").consoleExtras[k]; Object.defineProperty(con, k, { value: f, writable: true, configurable: true, enumerable: true }); return f; },
    set: function (v) { Object.defineProperty(con, k, { value: v, writable: true, configurable: true, enumerable: true }); } });
});
con.show = show;
con.format = format;
Object.defineProperty(con, "show", { enumerable: false });
Object.defineProperty(con, "format", { enumerable: false });
return con;
})`;

export const TIMERS_CORE_SOURCE = String.raw`(function (I) {
"use strict";
var host = I.host, apply = Reflect.apply, timers = new Map(), timerSeq = 0;
var mapGet = Map.prototype.get, mapSet = Map.prototype.set, mapDelete = Map.prototype.delete;
function hide(o, n, v) { Object.defineProperty(o, n, { value: v, writable: true, configurable: true, enumerable: false }); }
function Timeout(id) { this._idleTimeout = 0; hide(this, "_id", id); }
var TP = Timeout.prototype;
TP.ref = TP.unref = function () { return this; };
TP.hasRef = function () { return true; };
TP.refresh = function () { var t = apply(mapGet, timers, [this._id]); if (t) host(1, this._id, t.delay); return this; };
TP.close = function () { clearTimer(this); return this; };
TP[Symbol.toPrimitive] = function () { return this._id; };
function addTimer(fn, ms, args, repeat, immediate) {
  if (typeof fn !== "function") throw I.invalidCallback(fn);
  var delay = immediate ? 0 : +ms;
  if (!immediate && !(delay >= 1 && delay <= 2147483647)) delay = 1;
  var id = ++timerSeq;
  apply(mapSet, timers, [id, { fn: fn, args: args, delay: delay, repeat: repeat }]);
  host(1, id, delay);
  return new Timeout(id);
}
function clearTimer(t) {
  if (t === null || t === undefined) return;
  var id = typeof t === "object" ? t._id : +t;
  if (apply(mapDelete, timers, [id])) host(2, id);
}
function rest(args, from) { return Array.prototype.slice.call(args, from); }
function fire(id) {
  var t = apply(mapGet, timers, [id]);
  if (!t) return;
  if (t.repeat) host(1, id, t.delay); else apply(mapDelete, timers, [id]);
  try { apply(t.fn, undefined, t.args); } catch (e) { I.uncaught(e); }
}
return {
  setTimeout: function setTimeout(fn, ms) { return addTimer(fn, ms, rest(arguments, 2), false, false); },
  setInterval: function setInterval(fn, ms) { return addTimer(fn, ms, rest(arguments, 2), true, false); },
  setImmediate: function setImmediate(fn) { return addTimer(fn, 0, rest(arguments, 1), false, true); },
  clearTimeout: clearTimer, clearInterval: clearTimer, clearImmediate: clearTimer,
  fire: fire,
};
})`;
