/**
 * `node:util` for the sandbox: util.inspect (what console.log prints for objects), format,
 * promisify, types, TextEncoder/TextDecoder and structuredClone. Loaded on first use only, so
 * environments that never log an object do not pay for it. An approximation of Node's output:
 * same quoting, nesting depth, [Circular *1], Map/Set/class prefixes and 80-column breaking;
 * Node's column grouping of long number arrays is not reproduced.
 */
export const UTIL_SOURCE = String.raw`(function (I) {
"use strict";
var keys = Object.keys, getProto = Object.getPrototypeOf, ownSymbols = Object.getOwnPropertySymbols;
var getOwnDesc = Object.getOwnPropertyDescriptor, isArray = Array.isArray, toStr = Object.prototype.toString;
var IDENT = /^[A-Za-z_$][\w$]*$/;
var typedArrayProto = getProto(Uint8Array.prototype);
function tag(v) { return toStr.call(v).slice(8, -1); }
function quote(s) {
  var q = "'";
  if (s.indexOf("'") >= 0) { if (s.indexOf('"') < 0) q = '"'; else if (s.indexOf("\u0060") < 0) q = "\u0060"; }
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var c = s[i], code = s.charCodeAt(i);
    if (c === q || c === "\\") out += "\\" + c;
    else if (c === "\n") out += "\\n";
    else if (c === "\t") out += "\\t";
    else if (c === "\r") out += "\\r";
    else if (c === "\b") out += "\\b";
    else if (c === "\f") out += "\\f";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + (code < 16 ? "0" : "") + code.toString(16).toUpperCase();
    else out += c;
  }
  return q + out + q;
}
function errName(e) { var n; try { n = e.name; } catch (x) {} return n === undefined ? "Error" : String(n); }
function errStack(e) {
  var n = errName(e), m, s;
  try { m = e.message; s = e.stack; } catch (x) {}
  var head = n + (m ? ": " + m : "");
  if (typeof s !== "string" || !s) return "[" + head + "]";
  s = s.replace(/\n+$/, "");
  return s.indexOf(head) === 0 ? s : head + "\n" + s;
}
function fnLabel(f) {
  var src = "";
  try { src = Function.prototype.toString.call(f); } catch (x) {}
  var name = f.name;
  if (/^class\b/.test(src)) return "[class " + (name || "(anonymous)") + "]";
  var kind = tag(f) === "AsyncFunction" ? "AsyncFunction" : tag(f) === "GeneratorFunction" ? "GeneratorFunction" :
    tag(f) === "AsyncGeneratorFunction" ? "AsyncGeneratorFunction" : "Function";
  return "[" + kind + (name ? ": " + name : " (anonymous)") + "]";
}
function ctorName(o) {
  var p = getProto(o);
  if (p === null) return null;
  while (p) {
    var d = getOwnDesc(p, "constructor");
    if (d && typeof d.value === "function" && d.value.name) return d.value.name;
    p = getProto(p);
  }
  return "";
}
function key(k) {
  if (typeof k === "symbol") return "[" + k.toString() + "]";
  return IDENT.test(k) ? k : quote(k);
}
function inspect(value, opts) {
  opts = opts || {};
  var maxDepth = opts.depth === undefined ? 2 : opts.depth === null ? Infinity : opts.depth;
  var stack = [], refs = new Map(), refCount = 0;
  function prop(o, k, level) {
    var d = getOwnDesc(o, k);
    if (d && (d.get || d.set)) return key(k) + ": " + (d.get && d.set ? "[Getter/Setter]" : d.get ? "[Getter]" : "[Setter]");
    return key(k) + ": " + fmt(o[k], level + 1);
  }
  function ownEntries(o, level, skipIndexes) {
    var out = [], ks = keys(o);
    for (var i = 0; i < ks.length; i++) {
      if (skipIndexes && /^(0|[1-9]\d*)$/.test(ks[i])) continue;
      out.push(prop(o, ks[i], level));
    }
    var syms = ownSymbols(o);
    for (var j = 0; j < syms.length; j++) {
      var d = getOwnDesc(o, syms[j]);
      if (d && d.enumerable) out.push(prop(o, syms[j], level));
    }
    return out;
  }
  function wrap(start, entries, end, level) {
    if (!entries.length) return start + end;
    var total = start.length;
    var multi = false;
    for (var i = 0; i < entries.length; i++) {
      total += entries[i].length + 2;
      if (entries[i].indexOf("\n") >= 0) multi = true;
    }
    if (!multi && total + end.length <= 76) return start + " " + entries.join(", ") + " " + end;
    var pad = "  ".repeat(level + 1);
    return start + "\n" + pad + entries.join(",\n" + pad) + "\n" + "  ".repeat(level) + end;
  }
  function fmt(v, level) {
    switch (typeof v) {
      case "string": return quote(v);
      case "number": return v === 0 && 1 / v < 0 ? "-0" : String(v);
      case "bigint": return String(v) + "n";
      case "boolean": return String(v);
      case "undefined": return "undefined";
      case "symbol": return v.toString();
    }
    if (v === null) return "null";
    if (stack.indexOf(v) >= 0) {
      if (!refs.has(v)) refs.set(v, ++refCount);
      return "[Circular *" + refs.get(v) + "]";
    }
    stack.push(v);
    var out;
    try { out = fmtObject(v, level); } finally { stack.pop(); }
    if (refs.has(v)) out = "<ref *" + refs.get(v) + "> " + out;
    return out;
  }
  function fmtObject(v, level) {
    if (typeof v === "function") {
      var fl = fnLabel(v), fe = ownEntries(v, level, false).filter(function (e) { return !/^(prototype|name|length):/.test(e); });
      return fe.length ? wrap(fl + " {", fe, "}", level) : fl;
    }
    var t = tag(v), name = ctorName(v);
    if (v instanceof Error || t === "Error") {
      var es = errStack(v), ee = ownEntries(v, level, false).filter(function (e) { return !/^(stack|message):/.test(e); });
      if (level > 0) es = es.split("\n").join("\n" + "  ".repeat(level));
      return ee.length ? wrap(es + " {", ee, "}", level) : es;
    }
    if (t === "Date") return isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
    if (t === "RegExp") return String(v);
    if (t === "Number" || t === "String" || t === "Boolean") return "[" + t + ": " + fmt(v.valueOf(), level) + "]";
    if (t === "Promise") return "Promise { <pending> }";
    if (t === "WeakMap" || t === "WeakSet") return t + " { <items unknown> }";
    var depthHit = level > maxDepth;
    if (v instanceof Map) {
      if (depthHit) return "[Map]";
      var me = [];
      v.forEach(function (val, k) { me.push(fmt(k, level + 1) + " => " + fmt(val, level + 1)); });
      return wrap((name || "Map") + "(" + v.size + ") {", me.concat(ownEntries(v, level, false)), "}", level);
    }
    if (v instanceof Set) {
      if (depthHit) return "[Set]";
      var se = [];
      v.forEach(function (val) { se.push(fmt(val, level + 1)); });
      return wrap((name || "Set") + "(" + v.size + ") {", se.concat(ownEntries(v, level, false)), "}", level);
    }
    if (v instanceof ArrayBuffer) {
      var bytes = new Uint8Array(v), hx = [];
      for (var b = 0; b < Math.min(bytes.length, 50); b++) hx.push((bytes[b] < 16 ? "0" : "") + bytes[b].toString(16));
      return "ArrayBuffer { [Uint8Contents]: <" + hx.join(" ") + (bytes.length > 50 ? " ... " + (bytes.length - 50) + " more bytes" : "") + ">, byteLength: " + bytes.length + " }";
    }
    if (typedArrayProto.isPrototypeOf(v)) {
      if (name === "Buffer") {
        var bx = [];
        for (var q = 0; q < Math.min(v.length, 50); q++) bx.push((v[q] < 16 ? "0" : "") + v[q].toString(16));
        return "<Buffer" + (bx.length ? " " + bx.join(" ") : "") + (v.length > 50 ? " ... " + (v.length - 50) + " more bytes" : "") + ">";
      }
      if (depthHit) return "[" + name + "]";
      var te = [];
      for (var u = 0; u < Math.min(v.length, 100); u++) te.push(fmt(v[u], level + 1));
      if (v.length > 100) te.push("... " + (v.length - 100) + " more items");
      return wrap(name + "(" + v.length + ") [", te, "]", level);
    }
    if (isArray(v)) {
      if (depthHit) return "[Array]";
      var ae = [], holes = 0, n = Math.min(v.length, 100);
      for (var i = 0; i < n; i++) {
        if (!(i in v)) { holes++; continue; }
        if (holes) { ae.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">"); holes = 0; }
        ae.push(fmt(v[i], level + 1));
      }
      if (holes) ae.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
      if (v.length > 100) ae.push("... " + (v.length - 100) + " more item" + (v.length > 101 ? "s" : ""));
      var prefix = name && name !== "Array" ? name + "(" + v.length + ") [" : "[";
      return wrap(prefix, ae.concat(ownEntries(v, level, true)), "]", level);
    }
    if (depthHit) return name === null ? "[Object: null prototype]" : "[" + (name || "Object") + "]";
    var start = name === null ? "[Object: null prototype] {" : name && name !== "Object" ? name + " {" : "{";
    if (t === "Arguments") start = "[Arguments] [";
    if (t === "Module") start = "[Module: null prototype] {";
    return wrap(start, ownEntries(v, level, false), t === "Arguments" ? "]" : "}", level);
  }
  return fmt(value, 0);
}
inspect.custom = Symbol.for("nodejs.util.inspect.custom");
inspect.defaultOptions = { depth: 2 };

function utf8Encode(s) {
  s = String(s);
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; } else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}
function utf8Decode(bytes) {
  var out = "", i = 0, n = bytes.length;
  while (i < n) {
    var c = bytes[i++];
    if (c < 0x80) { out += String.fromCharCode(c); continue; }
    var need = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
    if (need < 0 || i + need > n) { out += "\ufffd"; continue; }
    var cp = c & (need === 1 ? 31 : need === 2 ? 15 : 7), ok = true;
    for (var k = 0; k < need; k++) { var x = bytes[i + k]; if ((x & 0xc0) !== 0x80) { ok = false; break; } cp = (cp << 6) | (x & 63); }
    if (!ok) { out += "\ufffd"; continue; }
    i += need;
    out += String.fromCodePoint(cp);
  }
  return out;
}
function TextEncoder() {}
TextEncoder.prototype.encoding = "utf-8";
TextEncoder.prototype.encode = function encode(s) { return utf8Encode(s === undefined ? "" : s); };
function TextDecoder(label) {
  if (label !== undefined && !/^utf-?8$/i.test(label)) throw new RangeError('The "' + label + '" encoding is not supported');
}
TextDecoder.prototype.encoding = "utf-8";
TextDecoder.prototype.decode = function decode(b) {
  if (b === undefined) return "";
  if (b instanceof ArrayBuffer) b = new Uint8Array(b);
  else if (ArrayBuffer.isView(b)) b = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return utf8Decode(b);
};

function cloneError(msg) { var e = new Error(msg); e.name = "DataCloneError"; return e; }
function structuredClone(v) {
  var seen = new Map();
  function c(x) {
    if (x === null || typeof x !== "object") {
      if (typeof x === "function" || typeof x === "symbol") throw cloneError((typeof x === "function" ? String(x) : x.toString()) + " could not be cloned.");
      return x;
    }
    if (seen.has(x)) return seen.get(x);
    var t = tag(x), r;
    if (t === "Date") r = new Date(x.getTime());
    else if (t === "RegExp") r = new RegExp(x.source, x.flags);
    else if (x instanceof Map) { r = new Map(); seen.set(x, r); x.forEach(function (val, k) { r.set(c(k), c(val)); }); return r; }
    else if (x instanceof Set) { r = new Set(); seen.set(x, r); x.forEach(function (val) { r.add(c(val)); }); return r; }
    else if (x instanceof ArrayBuffer) r = x.slice(0);
    else if (typedArrayProto.isPrototypeOf(x)) r = new (getProto(x).constructor)(x);
    else if (x instanceof Error) { r = new Error(x.message); r.name = x.name; r.stack = x.stack; }
    else if (isArray(x)) { r = []; seen.set(x, r); for (var i = 0; i < x.length; i++) r[i] = c(x[i]); return r; }
    else {
      if (t === "Promise" || t === "WeakMap" || t === "WeakSet") throw cloneError("#<" + t + "> could not be cloned.");
      r = {}; seen.set(x, r);
      var ks = keys(x);
      for (var j = 0; j < ks.length; j++) r[ks[j]] = c(x[ks[j]]);
      return r;
    }
    seen.set(x, r);
    return r;
  }
  return c(v);
}

function isDeepStrictEqual(a, b) {
  var seen = [];
  function eq(x, y) {
    if (Object.is(x, y)) return true;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (getProto(x) !== getProto(y) || tag(x) !== tag(y)) return false;
    for (var s = 0; s < seen.length; s++) if (seen[s][0] === x && seen[s][1] === y) return true;
    seen.push([x, y]);
    if (tag(x) === "Date") return x.getTime() === y.getTime();
    if (tag(x) === "RegExp") return String(x) === String(y);
    if (x instanceof Map || x instanceof Set) {
      if (x.size !== y.size) return false;
      var xs = Array.from(x), ys = Array.from(y);
      return xs.every(function (e, i) { return eq(e, ys[i]); });
    }
    var kx = keys(x), ky = keys(y);
    if (kx.length !== ky.length) return false;
    for (var i = 0; i < kx.length; i++) if (!Object.prototype.hasOwnProperty.call(y, kx[i]) || !eq(x[kx[i]], y[kx[i]])) return false;
    return true;
  }
  return eq(a, b);
}

var customPromisify = Symbol.for("nodejs.util.promisify.custom");
function promisify(fn) {
  if (typeof fn !== "function") throw new TypeError('The "original" argument must be of type function');
  if (fn[customPromisify]) return fn[customPromisify];
  return function () {
    var self = this, args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err, value) { if (err) reject(err); else resolve(value); });
      fn.apply(self, args);
    });
  };
}
promisify.custom = customPromisify;
var warned = {};
var types = {
  isDate: function (v) { return tag(v) === "Date"; },
  isRegExp: function (v) { return tag(v) === "RegExp"; },
  isPromise: function (v) { return tag(v) === "Promise"; },
  isMap: function (v) { return v instanceof Map; },
  isSet: function (v) { return v instanceof Set; },
  isNativeError: function (v) { return v instanceof Error; },
  isTypedArray: function (v) { return typedArrayProto.isPrototypeOf(v); },
  isUint8Array: function (v) { return v instanceof Uint8Array; },
  isArrayBuffer: function (v) { return v instanceof ArrayBuffer; },
  isAsyncFunction: function (v) { return tag(v) === "AsyncFunction"; },
  isGeneratorFunction: function (v) { return tag(v) === "GeneratorFunction" || tag(v) === "AsyncGeneratorFunction"; },
};
return {
  format: function format() { return I.format(arguments); },
  inspect: inspect,
  promisify: promisify,
  callbackify: function callbackify(fn) {
    return function () {
      var args = Array.prototype.slice.call(arguments), cb = args.pop();
      fn.apply(this, args).then(function (v) { cb(null, v); }, function (e) { cb(e); });
    };
  },
  inherits: function inherits(ctor, superCtor) { Object.setPrototypeOf(ctor.prototype, superCtor.prototype); Object.setPrototypeOf(ctor, superCtor); },
  deprecate: function deprecate(fn, msg, code) {
    return function () {
      if (!warned[msg]) { warned[msg] = true; I.host(0, 1, "(node:8) [" + (code || "DEP0000") + "] DeprecationWarning: " + msg); }
      return fn.apply(this, arguments);
    };
  },
  isDeepStrictEqual: isDeepStrictEqual,
  types: types,
  TextEncoder: TextEncoder,
  TextDecoder: TextDecoder,
  structuredClone: structuredClone,
  isArray: isArray,
  utf8Encode: utf8Encode,
  utf8Decode: utf8Decode,
};
})`;
