/**
 * Smaller Node.js built-ins for the sandbox, each a factory `(internals) => exports` compiled on
 * first require/import. They cover what Lambda handlers commonly use; anything that needs a
 * network, processes or a real disk is absent (see STUBBED_BUILTINS in ./index.ts). `fs` offers
 * the environment's own /tmp (kept across warm invocations, lost on a cold start, as on Lambda)
 * and read-only access to the deployment package under /var/task.
 */

export const EVENTS_SOURCE = String.raw`(function (I) {
"use strict";
function EventEmitter() { this._events = {}; this._max = EventEmitter.defaultMaxListeners; }
EventEmitter.defaultMaxListeners = 10;
var P = EventEmitter.prototype;
function list(self, name) { if (!self._events) self._events = {}; return self._events[name] || (self._events[name] = []); }
P.on = P.addListener = function (name, fn) { if (this._events && this._events.newListener) this.emit("newListener", name, fn); list(this, name).push({ fn: fn, once: false }); return this; };
P.prependListener = function (name, fn) { list(this, name).unshift({ fn: fn, once: false }); return this; };
P.once = function (name, fn) { list(this, name).push({ fn: fn, once: true }); return this; };
P.prependOnceListener = function (name, fn) { list(this, name).unshift({ fn: fn, once: true }); return this; };
P.off = P.removeListener = function (name, fn) {
  var l = list(this, name);
  for (var i = l.length - 1; i >= 0; i--) if (l[i].fn === fn) { l.splice(i, 1); break; }
  return this;
};
P.removeAllListeners = function (name) { if (name === undefined) this._events = {}; else if (this._events) delete this._events[name]; return this; };
P.emit = function (name) {
  var l = (this._events && this._events[name]) || [];
  var args = Array.prototype.slice.call(arguments, 1);
  if (name === "error" && !l.length) { var e = args[0]; throw e instanceof Error ? e : new Error("Unhandled error. (" + String(e) + ")"); }
  if (!l.length) return false;
  var copy = l.slice();
  for (var i = 0; i < copy.length; i++) {
    if (copy[i].once) { var k = l.indexOf(copy[i]); if (k >= 0) l.splice(k, 1); }
    copy[i].fn.apply(this, args);
  }
  return true;
};
P.listeners = P.rawListeners = function (name) { return list(this, name).map(function (x) { return x.fn; }); };
P.listenerCount = function (name) { return list(this, name).length; };
P.eventNames = function () { var ev = this._events || {}; return Object.keys(ev).filter(function (k) { return ev[k].length; }); };
P.setMaxListeners = function (n) { this._max = n; return this; };
P.getMaxListeners = function () { return this._max; };
function once(emitter, name) {
  return new Promise(function (resolve, reject) {
    emitter.once(name, function () { resolve(Array.prototype.slice.call(arguments)); });
    if (name !== "error") emitter.once("error", reject);
  });
}
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.once = once;
EventEmitter.default = EventEmitter;
return EventEmitter;
})`;

export const PATH_SOURCE = String.raw`(function (I) {
"use strict";
function normalizeParts(parts, absolute) {
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (!p || p === ".") continue;
    if (p === "..") { if (out.length && out[out.length - 1] !== "..") out.pop(); else if (!absolute) out.push(".."); }
    else out.push(p);
  }
  return out;
}
function normalize(p) {
  if (p === "") return ".";
  var abs = p[0] === "/", trailing = p[p.length - 1] === "/";
  var s = normalizeParts(p.split("/"), abs).join("/");
  if (!s && !abs) s = ".";
  if (s && trailing) s += "/";
  return (abs ? "/" : "") + s;
}
function join() { var a = Array.prototype.filter.call(arguments, function (x) { return x !== ""; }); return a.length ? normalize(a.join("/")) : "."; }
function resolve() {
  var r = "";
  for (var i = arguments.length - 1; i >= 0 && r[0] !== "/"; i--) if (arguments[i]) r = arguments[i] + (r ? "/" + r : "");
  if (r[0] !== "/") r = "/var/task" + (r ? "/" + r : "");
  var s = "/" + normalizeParts(r.split("/"), true).join("/");
  return s;
}
function dirname(p) { if (!p) return "."; var s = p.replace(/\/+$/, ""); var i = s.lastIndexOf("/"); return i < 0 ? "." : i === 0 ? "/" : s.slice(0, i); }
function basename(p, ext) { var s = p.replace(/\/+$/, ""); var b = s.slice(s.lastIndexOf("/") + 1); return ext && b.slice(-ext.length) === ext && b !== ext ? b.slice(0, -ext.length) : b; }
function extname(p) { var b = basename(p); var i = b.lastIndexOf("."); return i <= 0 ? "" : b.slice(i); }
function relative(from, to) {
  var f = resolve(from).split("/").filter(Boolean), t = resolve(to).split("/").filter(Boolean), i = 0;
  while (i < f.length && i < t.length && f[i] === t[i]) i++;
  return f.slice(i).map(function () { return ".."; }).concat(t.slice(i)).join("/");
}
function parse(p) { var root = p[0] === "/" ? "/" : "", base = basename(p), ext = extname(p); return { root: root, dir: dirname(p), base: base, ext: ext, name: ext ? base.slice(0, -ext.length) : base }; }
function format(o) { var dir = o.dir || o.root || ""; var base = o.base || (o.name || "") + (o.ext || ""); return dir ? (dir === o.root ? dir + base : dir + "/" + base) : base; }
var path = { sep: "/", delimiter: ":", normalize: normalize, join: join, resolve: resolve, dirname: dirname, basename: basename,
  extname: extname, isAbsolute: function (p) { return p[0] === "/"; }, relative: relative, parse: parse, format: format,
  toNamespacedPath: function (p) { return p; } };
path.posix = path;
return path;
})`;

export const OS_SOURCE = String.raw`(function (I) {
"use strict";
var mem = Number(I.info.memoryLimitInMB) * 1048576;
var vcpus = Math.max(2, Math.ceil(Number(I.info.memoryLimitInMB) / 1769));
return {
  EOL: "\n", platform: function () { return "linux"; }, type: function () { return "Linux"; }, arch: function () { return "x64"; },
  release: function () { return "5.10.240-258.930.amzn2.x86_64"; }, tmpdir: function () { return "/tmp"; },
  homedir: function () { return "/home/sbx_user1051"; }, hostname: function () { return "169.254.11.45"; },
  endianness: function () { return "LE"; }, uptime: function () { return I.builtin("process").uptime(); },
  totalmem: function () { return mem; }, freemem: function () { return Math.max(0, mem - I.builtin("process").memoryUsage().rss); },
  cpus: function () { var out = []; for (var i = 0; i < vcpus; i++) out.push({ model: "Intel(R) Xeon(R) Processor @ 2.50GHz", speed: 2500, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } }); return out; },
  availableParallelism: function () { return vcpus; },
  loadavg: function () { return [0, 0, 0]; }, networkInterfaces: function () { return {}; },
  userInfo: function () { return { uid: 993, gid: 990, username: "sbx_user1051", homedir: "/home/sbx_user1051", shell: null }; },
};
})`;

export const TIMERS_SOURCE = String.raw`(function (I) {
"use strict";
var t = I.builtin("internal:timers");
return { setTimeout: t.setTimeout, setInterval: t.setInterval, setImmediate: t.setImmediate,
  clearTimeout: t.clearTimeout, clearInterval: t.clearInterval, clearImmediate: t.clearImmediate };
})`;

export const TIMERS_PROMISES_SOURCE = String.raw`(function (I) {
"use strict";
var t = I.builtin("internal:timers");
function wait(ms, value) { return new Promise(function (resolve) { t.setTimeout(function () { resolve(value); }, ms); }); }
return {
  setTimeout: wait,
  setImmediate: function (value) { return new Promise(function (resolve) { t.setImmediate(function () { resolve(value); }); }); },
  setInterval: function (ms, value) {
    return { next: function () { return wait(ms, value).then(function (v) { return { value: v, done: false }; }); },
      return: function () { return Promise.resolve({ value: undefined, done: true }); },
      [Symbol.asyncIterator]: function () { return this; } };
  },
  scheduler: { wait: function (ms) { return wait(ms); }, yield: function () { return wait(0); } },
};
})`;

export const CRYPTO_SOURCE = String.raw`(function (I) {
"use strict";
var K = [0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,
0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,
0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,
0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,
0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2];
function sha256(bytes) {
  var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  var n = bytes.length, total = ((n + 9 + 63) >> 6) << 6, m = new Uint8Array(total);
  m.set(bytes); m[n] = 0x80;
  var bits = n * 8;
  m[total - 4] = (bits >>> 24) & 255; m[total - 3] = (bits >>> 16) & 255; m[total - 2] = (bits >>> 8) & 255; m[total - 1] = bits & 255;
  m[total - 5] = Math.floor(bits / 4294967296) & 255;
  var w = new Array(64);
  for (var off = 0; off < total; off += 64) {
    for (var i = 0; i < 16; i++) w[i] = (m[off + 4 * i] << 24) | (m[off + 4 * i + 1] << 16) | (m[off + 4 * i + 2] << 8) | m[off + 4 * i + 3];
    for (i = 16; i < 64; i++) {
      var a = w[i - 15], b = w[i - 2];
      var s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      var s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    var A = h[0], B = h[1], C = h[2], D = h[3], E = h[4], F = h[5], G = h[6], H = h[7];
    for (i = 0; i < 64; i++) {
      var S1 = ((E >>> 6) | (E << 26)) ^ ((E >>> 11) | (E << 21)) ^ ((E >>> 25) | (E << 7));
      var t1 = (H + S1 + ((E & F) ^ (~E & G)) + K[i] + w[i]) | 0;
      var S0 = ((A >>> 2) | (A << 30)) ^ ((A >>> 13) | (A << 19)) ^ ((A >>> 22) | (A << 10));
      var t2 = (S0 + ((A & B) ^ (A & C) ^ (B & C))) | 0;
      H = G; G = F; F = E; E = (D + t1) | 0; D = C; C = B; B = A; A = (t1 + t2) | 0;
    }
    h[0] = (h[0] + A) | 0; h[1] = (h[1] + B) | 0; h[2] = (h[2] + C) | 0; h[3] = (h[3] + D) | 0;
    h[4] = (h[4] + E) | 0; h[5] = (h[5] + F) | 0; h[6] = (h[6] + G) | 0; h[7] = (h[7] + H) | 0;
  }
  var out = new Uint8Array(32);
  for (i = 0; i < 8; i++) { out[4 * i] = h[i] >>> 24; out[4 * i + 1] = (h[i] >>> 16) & 255; out[4 * i + 2] = (h[i] >>> 8) & 255; out[4 * i + 3] = h[i] & 255; }
  return out;
}
function Buf() { return I.builtin("buffer").Buffer; }
function toBytes(data, enc) {
  if (typeof data === "string") return Buf().from(data, enc);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
}
function unsupported(alg) { var e = new Error("Digest method not supported: " + alg + " (the simulator implements sha256 only)"); e.code = "ERR_CRYPTO_INVALID_DIGEST"; return e; }
function Hash(alg, key) {
  if (String(alg).toLowerCase() !== "sha256") throw unsupported(alg);
  this._parts = []; this._key = key;
}
Hash.prototype.update = function (data, enc) { this._parts.push(toBytes(data, enc)); return this; };
Hash.prototype.digest = function (enc) {
  var total = 0, i;
  for (i = 0; i < this._parts.length; i++) total += this._parts[i].length;
  var all = new Uint8Array(total), off = 0;
  for (i = 0; i < this._parts.length; i++) { all.set(this._parts[i], off); off += this._parts[i].length; }
  var d;
  if (this._key !== undefined) {
    var key = toBytes(this._key);
    if (key.length > 64) key = sha256(key);
    var ipad = new Uint8Array(64 + all.length), opad = new Uint8Array(96);
    for (i = 0; i < 64; i++) { var k = i < key.length ? key[i] : 0; ipad[i] = k ^ 0x36; opad[i] = k ^ 0x5c; }
    ipad.set(all, 64);
    opad.set(sha256(ipad), 64);
    d = sha256(opad);
  } else d = sha256(all);
  var b = Buf().from(d);
  return enc === undefined || enc === "buffer" ? b : b.toString(enc);
};
function getRandomValues(arr) {
  var bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
  for (var i = 0; i < bytes.length; i++) bytes[i] = Math.floor(I.rand() * 256);
  return arr;
}
function randomUUID() {
  var h = "";
  for (var i = 0; i < 32; i++) h += Math.floor(I.rand() * 16).toString(16);
  h = h.slice(0, 12) + "4" + h.slice(13, 16) + "89ab"[Math.floor(I.rand() * 4)] + h.slice(17);
  return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
}
var webcrypto = { getRandomValues: getRandomValues, randomUUID: randomUUID };
return {
  createHash: function createHash(alg) { return new Hash(alg); },
  createHmac: function createHmac(alg, key) { return new Hash(alg, key); },
  randomUUID: randomUUID,
  randomBytes: function randomBytes(n, cb) { var b = Buf().alloc(n); getRandomValues(b); if (cb) { I.builtin("internal:timers").setImmediate(function () { cb(null, b); }); return; } return b; },
  randomInt: function randomInt(min, max) { if (max === undefined) { max = min; min = 0; } return min + Math.floor(I.rand() * (max - min)); },
  getRandomValues: getRandomValues,
  timingSafeEqual: function timingSafeEqual(a, b) { if (a.length !== b.length) throw new RangeError("Input buffers must have the same byte length"); var d = 0; for (var i = 0; i < a.length; i++) d |= a[i] ^ b[i]; return d === 0; },
  webcrypto: webcrypto,
  getHashes: function () { return ["sha256"]; },
};
})`;

export const ASSERT_SOURCE = String.raw`(function (I) {
"use strict";
var util = I.builtin("util");
class AssertionError extends Error {
  constructor(o) { super(o.message); this.name = "AssertionError"; this.code = "ERR_ASSERTION"; this.actual = o.actual; this.expected = o.expected; this.operator = o.operator; this.generatedMessage = !o.userMessage; }
}
function fail(actual, expected, message, operator, def) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message !== undefined ? message : def, actual: actual, expected: expected, operator: operator, userMessage: message !== undefined });
}
function show(v) { return util.inspect(v); }
function assert(v, m) { if (!v) fail(v, true, m, "==", "The expression evaluated to a falsy value:\n\n  assert(" + show(v) + ")\n"); }
assert.ok = assert;
assert.AssertionError = AssertionError;
assert.fail = function (m) { fail(undefined, undefined, m === undefined ? "Failed" : m, "fail", "Failed"); };
assert.equal = function (a, b, m) { if (a != b) fail(a, b, m, "==", show(a) + " == " + show(b)); };
assert.notEqual = function (a, b, m) { if (a == b) fail(a, b, m, "!=", show(a) + " != " + show(b)); };
assert.strictEqual = function (a, b, m) { if (!Object.is(a, b)) fail(a, b, m, "strictEqual", "Expected values to be strictly equal:\n\n" + show(a) + " !== " + show(b) + "\n"); };
assert.notStrictEqual = function (a, b, m) { if (Object.is(a, b)) fail(a, b, m, "notStrictEqual", 'Expected "actual" to be strictly unequal to: ' + show(b)); };
assert.deepStrictEqual = assert.deepEqual = function (a, b, m) { if (!util.isDeepStrictEqual(a, b)) fail(a, b, m, "deepStrictEqual", "Expected values to be strictly deep-equal:\n" + show(a) + "\n\nshould equal\n\n" + show(b)); };
assert.notDeepStrictEqual = assert.notDeepEqual = function (a, b, m) { if (util.isDeepStrictEqual(a, b)) fail(a, b, m, "notDeepStrictEqual", "Expected \"actual\" not to be strictly deep-equal to: " + show(b)); };
assert.match = function (s, re, m) { if (!re.test(s)) fail(s, re, m, "match", "The input did not match the regular expression " + String(re) + ". Input:\n\n" + show(s) + "\n"); };
assert.throws = function (fn, expected, m) {
  try { fn(); } catch (e) { if (typeof expected === "function" && expected.prototype !== undefined && !(e instanceof expected)) throw e; return; }
  fail(undefined, expected, typeof expected === "string" ? expected : m, "throws", "Missing expected exception.");
};
assert.rejects = function (p, expected, m) {
  return Promise.resolve(typeof p === "function" ? p() : p).then(function () { fail(undefined, expected, m, "rejects", "Missing expected rejection."); }, function () {});
};
assert.strict = assert;
return assert;
})`;

export const FS_SOURCE = String.raw`(function (I) {
"use strict";
var Buffer = I.builtin("buffer").Buffer;
var files = new Map(), dirs = new Set(["/tmp"]);
function norm(p) { return I.builtin("path").resolve(String(p)); }
function fsError(code, syscall, p, text) {
  var e = new Error(code + ": " + text + ", " + syscall + " '" + p + "'");
  e.code = code; e.syscall = syscall; e.path = p; e.errno = code === "ENOENT" ? -2 : code === "EROFS" ? -30 : -13;
  return e;
}
function taskFile(p) { return p.indexOf("/var/task/") === 0 ? I.host(6, 3, p.slice(10), "") : undefined; }
function writable(p, syscall) {
  if (p.indexOf("/tmp/") !== 0 && p !== "/tmp") throw fsError("EROFS", syscall, p, "read-only file system");
  if (!dirs.has(I.builtin("path").dirname(p))) throw fsError("ENOENT", syscall, p, "no such file or directory");
}
function readFileSync(p, opts) {
  var path = norm(p), enc = typeof opts === "string" ? opts : opts && opts.encoding;
  var data = files.get(path);
  if (data === undefined) {
    var text = taskFile(path);
    if (typeof text !== "string") throw fsError(dirs.has(path) ? "EISDIR" : "ENOENT", "open", path, dirs.has(path) ? "illegal operation on a directory" : "no such file or directory");
    data = Buffer.from(text);
  }
  return enc ? data.toString(enc) : Buffer.from(data);
}
function writeFileSync(p, data, opts) {
  var path = norm(p); writable(path, "open");
  var enc = typeof opts === "string" ? opts : opts && opts.encoding;
  files.set(path, typeof data === "string" ? Buffer.from(data, enc) : Buffer.from(data));
}
function appendFileSync(p, data, opts) {
  var path = norm(p), old = files.get(path);
  writeFileSync(path, old ? Buffer.concat([old, typeof data === "string" ? Buffer.from(data) : Buffer.from(data)]) : data, opts);
}
function existsSync(p) { var path = norm(p); return files.has(path) || dirs.has(path) || typeof taskFile(path) === "string"; }
function mkdirSync(p, opts) {
  var path = norm(p);
  if (opts && opts.recursive) {
    var parts = path.split("/").filter(Boolean), cur = "";
    for (var i = 0; i < parts.length; i++) { cur += "/" + parts[i]; if (cur.indexOf("/tmp") === 0) dirs.add(cur); }
    writable(path, "mkdir");
    return;
  }
  writable(path, "mkdir");
  if (dirs.has(path)) throw fsError("EEXIST", "mkdir", path, "file already exists");
  dirs.add(path);
}
function readdirSync(p) {
  var path = norm(p), out = new Set(), prefix = path + "/";
  if (!dirs.has(path)) throw fsError("ENOENT", "scandir", path, "no such file or directory");
  files.forEach(function (v, k) { if (k.indexOf(prefix) === 0) out.add(k.slice(prefix.length).split("/")[0]); });
  dirs.forEach(function (k) { if (k.indexOf(prefix) === 0) out.add(k.slice(prefix.length).split("/")[0]); });
  return Array.from(out).sort();
}
function unlinkSync(p) { var path = norm(p); if (!files.delete(path)) throw fsError("ENOENT", "unlink", path, "no such file or directory"); }
function rmSync(p, opts) {
  var path = norm(p);
  if (files.delete(path)) return;
  if (dirs.has(path) && opts && opts.recursive) {
    files.forEach(function (v, k) { if (k.indexOf(path + "/") === 0) files.delete(k); });
    dirs.forEach(function (k) { if (k === path || k.indexOf(path + "/") === 0) dirs.delete(k); });
    return;
  }
  if (!(opts && opts.force)) throw fsError("ENOENT", "rm", path, "no such file or directory");
}
function statSync(p) {
  var path = norm(p), data = files.get(path), isDir = dirs.has(path);
  if (data === undefined && !isDir) { var t = taskFile(path); if (typeof t === "string") data = Buffer.from(t); }
  if (data === undefined && !isDir) throw fsError("ENOENT", "stat", path, "no such file or directory");
  var size = isDir ? 4096 : data.length;
  return { size: size, isFile: function () { return !isDir; }, isDirectory: function () { return isDir; }, isSymbolicLink: function () { return false; }, mtime: new Date(), mtimeMs: Date.now() };
}
function later(fn, args, cb) {
  var r, e = null;
  try { r = fn.apply(null, args); } catch (x) { e = x; }
  I.builtin("internal:timers").setImmediate(function () { cb(e, r); });
}
function cbVersion(fn) {
  return function () { var args = Array.prototype.slice.call(arguments), cb = args.pop(); later(fn, args, cb); };
}
function promiseVersion(fn) {
  return function () { var args = arguments; return new Promise(function (resolve, reject) { later(fn, args, function (e, r) { if (e) reject(e); else resolve(r); }); }); };
}
var sync = { readFileSync: readFileSync, writeFileSync: writeFileSync, appendFileSync: appendFileSync, existsSync: existsSync,
  mkdirSync: mkdirSync, readdirSync: readdirSync, unlinkSync: unlinkSync, rmSync: rmSync, statSync: statSync };
var fs = Object.assign({}, sync, {
  readFile: cbVersion(readFileSync), writeFile: cbVersion(writeFileSync), appendFile: cbVersion(appendFileSync),
  mkdir: cbVersion(mkdirSync), readdir: cbVersion(readdirSync), unlink: cbVersion(unlinkSync), rm: cbVersion(rmSync), stat: cbVersion(statSync),
  constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 },
});
fs.promises = { readFile: promiseVersion(readFileSync), writeFile: promiseVersion(writeFileSync), appendFile: promiseVersion(appendFileSync),
  mkdir: promiseVersion(mkdirSync), readdir: promiseVersion(readdirSync), unlink: promiseVersion(unlinkSync), rm: promiseVersion(rmSync),
  stat: promiseVersion(statSync), access: promiseVersion(function (p) { if (!existsSync(p)) throw fsError("ENOENT", "access", norm(p), "no such file or directory"); }) };
return fs;
})`;

export const WEB_SOURCE = String.raw`(function (I) {
"use strict";
function enc(s) { return encodeURIComponent(s).replace(/%20/g, "+"); }
function dec(s) { try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; } }
function URLSearchParams(init) {
  this._list = [];
  if (typeof init === "string") {
    var s = init[0] === "?" ? init.slice(1) : init;
    if (s) s.split("&").forEach(function (pair) { if (!pair) return; var i = pair.indexOf("="); this._list.push(i < 0 ? [dec(pair), ""] : [dec(pair.slice(0, i)), dec(pair.slice(i + 1))]); }, this);
  } else if (init && typeof init === "object") {
    var self = this;
    if (typeof init[Symbol.iterator] === "function") Array.from(init).forEach(function (p) { self._list.push([String(p[0]), String(p[1])]); });
    else Object.keys(init).forEach(function (k) { self._list.push([k, String(init[k])]); });
  }
}
var SP = URLSearchParams.prototype;
SP.get = function (k) { for (var i = 0; i < this._list.length; i++) if (this._list[i][0] === k) return this._list[i][1]; return null; };
SP.getAll = function (k) { return this._list.filter(function (p) { return p[0] === k; }).map(function (p) { return p[1]; }); };
SP.has = function (k) { return this.get(k) !== null; };
SP.append = function (k, v) { this._list.push([String(k), String(v)]); };
SP.set = function (k, v) { this.delete(k); this.append(k, v); };
SP.delete = function (k) { this._list = this._list.filter(function (p) { return p[0] !== k; }); };
SP.forEach = function (fn, self) { this._list.forEach(function (p) { fn.call(self, p[1], p[0], this); }, this); };
SP.entries = SP[Symbol.iterator] = function () { return this._list.map(function (p) { return [p[0], p[1]]; })[Symbol.iterator](); };
SP.keys = function () { return this._list.map(function (p) { return p[0]; })[Symbol.iterator](); };
SP.values = function () { return this._list.map(function (p) { return p[1]; })[Symbol.iterator](); };
SP.toString = function () { return this._list.map(function (p) { return enc(p[0]) + "=" + enc(p[1]); }).join("&"); };
Object.defineProperty(SP, "size", { get: function () { return this._list.length; } });
var URL_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*:)\/\/(?:([^:@\/]*)(?::([^@\/]*))?@)?([^:\/?#]*)(?::(\d+))?([^?#]*)(\?[^#]*)?(#.*)?$/;
function URL(input, base) {
  var s = String(input), m = URL_RE.exec(s);
  if (!m && base !== undefined) {
    var b = new URL(base);
    if (s[0] === "/") s = b.origin + s;
    else if (s[0] === "?") s = b.origin + b.pathname + s;
    else s = b.origin + b.pathname.replace(/[^\/]*$/, "") + s;
    m = URL_RE.exec(s);
  }
  if (!m) { var e = new TypeError("Invalid URL"); e.code = "ERR_INVALID_URL"; e.input = String(input); throw e; }
  this.protocol = m[1].toLowerCase(); this.username = m[2] || ""; this.password = m[3] || "";
  this.hostname = m[4].toLowerCase(); this.port = m[5] && !((this.protocol === "https:" && m[5] === "443") || (this.protocol === "http:" && m[5] === "80")) ? m[5] : "";
  this.pathname = m[6] || "/"; this.hash = m[8] && m[8] !== "#" ? m[8] : "";
  this.searchParams = new URLSearchParams(m[7] || "");
  this._search = m[7] && m[7] !== "?" ? m[7] : "";
}
Object.defineProperty(URL.prototype, "search", { get: function () { var q = this.searchParams.toString(); return q ? "?" + q : this._search && this._search !== "?" ? "" : ""; }, set: function (v) { this.searchParams = new URLSearchParams(String(v)); } });
Object.defineProperty(URL.prototype, "host", { get: function () { return this.hostname + (this.port ? ":" + this.port : ""); } });
Object.defineProperty(URL.prototype, "origin", { get: function () { return this.protocol + "//" + this.host; } });
Object.defineProperty(URL.prototype, "href", { get: function () { return this.protocol + "//" + (this.username ? this.username + (this.password ? ":" + this.password : "") + "@" : "") + this.host + this.pathname + this.search + this.hash; } });
URL.prototype.toString = URL.prototype.toJSON = function () { return this.href; };
URL.canParse = function (u, b) { try { new URL(u, b); return true; } catch (e) { return false; } };
function AbortSignal() { this.aborted = false; this.reason = undefined; this._l = []; this.onabort = null; }
AbortSignal.prototype.addEventListener = function (t, fn) { if (t === "abort") this._l.push(fn); };
AbortSignal.prototype.removeEventListener = function (t, fn) { this._l = this._l.filter(function (x) { return x !== fn; }); };
AbortSignal.prototype.throwIfAborted = function () { if (this.aborted) throw this.reason; };
AbortSignal.prototype._abort = function (reason) {
  if (this.aborted) return;
  this.aborted = true;
  if (reason === undefined) { reason = new Error("This operation was aborted"); reason.name = "AbortError"; }
  this.reason = reason;
  var ev = { type: "abort", target: this };
  if (typeof this.onabort === "function") this.onabort(ev);
  this._l.forEach(function (fn) { fn(ev); });
};
AbortSignal.timeout = function (ms) { var s = new AbortSignal(); I.builtin("internal:timers").setTimeout(function () { var e = new Error("The operation was aborted due to timeout"); e.name = "TimeoutError"; s._abort(e); }, ms); return s; };
AbortSignal.abort = function (r) { var s = new AbortSignal(); s._abort(r); return s; };
function AbortController() { this.signal = new AbortSignal(); }
AbortController.prototype.abort = function (r) { this.signal._abort(r); };
function fetch(resource) {
  var url = resource && resource.url ? resource.url : String(resource);
  var cause = new Error("getaddrinfo ENOTFOUND " + url + " (the Lambda Lab simulator gives handlers no network access)");
  cause.code = "ENOTFOUND";
  var e = new TypeError("fetch failed");
  e.cause = cause;
  return Promise.reject(e);
}
return { URL: URL, URLSearchParams: URLSearchParams, AbortController: AbortController, AbortSignal: AbortSignal, fetch: fetch };
})`;

export const URL_SOURCE = String.raw`(function (I) {
"use strict";
var web = I.builtin("internal:web");
return { URL: web.URL, URLSearchParams: web.URLSearchParams,
  fileURLToPath: function (u) { return decodeURIComponent(String(u && u.href || u).replace(/^file:\/\//, "")); },
  pathToFileURL: function (p) { return new web.URL("file://" + encodeURI(p)); } };
})`;

export const QUERYSTRING_SOURCE = String.raw`(function (I) {
"use strict";
function dec(s) { try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; } }
function parse(str, sep, eq) {
  sep = sep || "&"; eq = eq || "=";
  var out = Object.create(null);
  if (typeof str !== "string" || !str) return out;
  str.split(sep).forEach(function (pair) {
    if (!pair) return;
    var i = pair.indexOf(eq), k = dec(i < 0 ? pair : pair.slice(0, i)), v = i < 0 ? "" : dec(pair.slice(i + eq.length));
    if (k in out) out[k] = [].concat(out[k], v); else out[k] = v;
  });
  return out;
}
function stringify(obj, sep, eq) {
  sep = sep || "&"; eq = eq || "=";
  return Object.keys(obj || {}).map(function (k) {
    var v = obj[k];
    return (Array.isArray(v) ? v : [v]).map(function (x) { return encodeURIComponent(k) + eq + encodeURIComponent(x === undefined || x === null ? "" : String(x)); }).join(sep);
  }).join(sep);
}
return { parse: parse, stringify: stringify, decode: parse, encode: stringify, escape: encodeURIComponent, unescape: dec };
})`;

export const PERF_HOOKS_SOURCE = String.raw`(function (I) {
"use strict";
return { performance: globalThis.performance };
})`;
