/**
 * `node:buffer` for the sandbox: a Buffer built on Uint8Array with the encodings Lambda handlers
 * meet (utf8, base64 for API Gateway / ALB bodies, base64url, hex, latin1/binary, ascii), plus
 * atob/btoa. Numeric read/write helpers beyond the common ones are not provided.
 */
export const BUFFER_SOURCE = String.raw`(function (I) {
"use strict";
var util = I.builtin("util");
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var B64_INDEX = {};
for (var i = 0; i < 64; i++) B64_INDEX[B64[i]] = i;
B64_INDEX["-"] = 62; B64_INDEX["_"] = 63;
function normEnc(enc) {
  var e = enc === undefined ? "utf8" : String(enc).toLowerCase();
  if (e === "utf-8") return "utf8";
  if (e === "binary") return "latin1";
  if (e === "ucs2" || e === "ucs-2" || e === "utf-16le") return "utf16le";
  if (["utf8", "hex", "base64", "base64url", "latin1", "ascii", "utf16le"].indexOf(e) < 0) {
    var err = new TypeError("Unknown encoding: " + enc); err.code = "ERR_UNKNOWN_ENCODING"; throw err;
  }
  return e;
}
function fromBase64(s) {
  var clean = String(s).replace(/[^A-Za-z0-9+/\-_]/g, ""), out = [], bits = 0, acc = 0;
  for (var j = 0; j < clean.length; j++) {
    acc = (acc << 6) | B64_INDEX[clean[j]]; bits += 6;
    if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 255); }
  }
  return out;
}
function toBase64(bytes, url) {
  var out = "", j;
  for (j = 0; j + 2 < bytes.length; j += 3) {
    var n = (bytes[j] << 16) | (bytes[j + 1] << 8) | bytes[j + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  var rest = bytes.length - j;
  if (rest === 1) { var a = bytes[j] << 16; out += B64[a >> 18] + B64[(a >> 12) & 63] + (url ? "" : "=="); }
  else if (rest === 2) { var b = (bytes[j] << 16) | (bytes[j + 1] << 8); out += B64[b >> 18] + B64[(b >> 12) & 63] + B64[(b >> 6) & 63] + (url ? "" : "="); }
  return url ? out.replace(/\+/g, "-").replace(/\//g, "_") : out;
}
function encode(str, enc) {
  switch (normEnc(enc)) {
    case "utf8": return util.utf8Encode(str);
    case "base64": case "base64url": return fromBase64(str);
    case "hex": {
      var h = [], s = String(str);
      for (var j = 0; j + 1 < s.length; j += 2) { var v = parseInt(s.substr(j, 2), 16); if (v !== v) break; h.push(v); }
      return h;
    }
    case "utf16le": {
      var u = [];
      for (var k = 0; k < str.length; k++) { var c = str.charCodeAt(k); u.push(c & 255, c >> 8); }
      return u;
    }
    default: {
      var l = [];
      for (var m = 0; m < str.length; m++) l.push(str.charCodeAt(m) & 255);
      return l;
    }
  }
}
function decode(bytes, enc) {
  switch (normEnc(enc)) {
    case "utf8": return util.utf8Decode(bytes);
    case "base64": return toBase64(bytes, false);
    case "base64url": return toBase64(bytes, true);
    case "hex": { var h = ""; for (var j = 0; j < bytes.length; j++) h += (bytes[j] < 16 ? "0" : "") + bytes[j].toString(16); return h; }
    case "utf16le": { var u = ""; for (var k = 0; k + 1 < bytes.length; k += 2) u += String.fromCharCode(bytes[k] | (bytes[k + 1] << 8)); return u; }
    case "ascii": { var a = ""; for (var m = 0; m < bytes.length; m++) a += String.fromCharCode(bytes[m] & 127); return a; }
    default: { var l = ""; for (var n = 0; n < bytes.length; n++) l += String.fromCharCode(bytes[n]); return l; }
  }
}
class Buffer extends Uint8Array {
  static from(value, encOrOffset, length) {
    if (typeof value === "string") { var e = encode(value, encOrOffset); var b = new Buffer(e.length); b.set(e); return b; }
    if (value instanceof ArrayBuffer) return new Buffer(value, encOrOffset || 0, length === undefined ? value.byteLength - (encOrOffset || 0) : length);
    if (ArrayBuffer.isView(value)) { var c = new Buffer(value.byteLength); c.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)); return c; }
    if (value && value.type === "Buffer" && Array.isArray(value.data)) return Buffer.from(value.data);
    if (value && typeof value.length === "number") { var d = new Buffer(value.length); for (var i = 0; i < value.length; i++) d[i] = value[i]; return d; }
    throw new TypeError("The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.");
  }
  static alloc(size, fill, enc) { var b = new Buffer(size); if (fill !== undefined) b.fill(typeof fill === "string" ? encode(fill, enc)[0] || 0 : fill); return b; }
  static allocUnsafe(size) { return new Buffer(size); }
  static byteLength(s, enc) { return typeof s === "string" ? encode(s, enc).length : s.byteLength; }
  static isBuffer(b) { return b instanceof Buffer; }
  static isEncoding(e) { try { normEnc(e); return true; } catch (x) { return false; } }
  static concat(list, total) {
    if (total === undefined) { total = 0; for (var i = 0; i < list.length; i++) total += list[i].length; }
    var out = Buffer.alloc(total), off = 0;
    for (var j = 0; j < list.length && off < total; j++) { var part = list[j].subarray(0, total - off); out.set(part, off); off += part.length; }
    return out;
  }
  static compare(a, b) { return a.compare(b); }
  toString(enc, start, end) { return decode(this.subarray(start || 0, end === undefined ? this.length : end), enc); }
  toJSON() { return { type: "Buffer", data: Array.from(this) }; }
  equals(other) { return this.compare(other) === 0; }
  compare(other) {
    var n = Math.min(this.length, other.length);
    for (var i = 0; i < n; i++) if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
    return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
  }
  slice(start, end) { return this.subarray(start, end); }
  subarray(start, end) { var s = Uint8Array.prototype.subarray.call(this, start, end); return new Buffer(s.buffer, s.byteOffset, s.length); }
  write(str, offset, enc) { var e = encode(str, enc), o = offset || 0, n = Math.min(e.length, this.length - o); for (var i = 0; i < n; i++) this[o + i] = e[i]; return n; }
  readUInt8(o) { return this[o || 0]; }
  readUInt32BE(o) { o = o || 0; return ((this[o] << 24) >>> 0) + (this[o + 1] << 16) + (this[o + 2] << 8) + this[o + 3]; }
  writeUInt8(v, o) { this[o || 0] = v; return (o || 0) + 1; }
}
function atob(s) { return decode(fromBase64(s), "latin1"); }
function btoa(s) {
  s = String(s);
  for (var i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) { var e = new Error("Invalid character"); e.name = "InvalidCharacterError"; throw e; }
  return toBase64(encode(s, "latin1"), false);
}
return { Buffer: Buffer, atob: atob, btoa: btoa, constants: { MAX_LENGTH: 4294967296 }, kMaxLength: 4294967296 };
})`;
