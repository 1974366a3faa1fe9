/**
 * The JavaScript that runs first in every execution environment: this simulator's stand-in for
 * the Node.js runtime and the Lambda runtime interface client. It receives one host function
 * (`host(op, ...)`) and keeps it in a closure, so user code can never reach it, and returns the
 * entry points the engine calls (run an invocation, fire a timer, load the handler). An
 * invocation's result is left in the entry object's `outbox`, which the host reads after each
 * slice (a property read costs far less than a call back into the host).
 *
 * Host ops (numbers for speed): 0 log(level, text) · 1 setTimer(id, delay) · 2 clearTimer(id)
 * · 3 now() · 5 exit(code)
 * · 6 load(mode, spec, from) · 7 memory() · 8 uncaught(payload, logLine) · 9 init(ok, payload, logLine)
 * · 10 raw(text) for process.stdout.write · 11 tooDeep(code) for eval and new Function.
 *
 * This core is compiled for every cold start, so it is kept small; everything a typical
 * invocation does not need lives in lazily compiled modules (./builtins). Written as ES2020
 * without template literals (it sits in a String.raw template). Intrinsics are captured up
 * front so a handler that tampers with prototypes cannot break the runtime's own code paths.
 */
export const PRELUDE_FILENAME = "file:///var/runtime/index.mjs";

export const PRELUDE_SOURCE = String.raw`(function (host, infoJson) {
"use strict";
var G = globalThis, info = JSON.parse(infoJson), env = info.env;
var JSONparse = JSON.parse, JSONstringify = JSON.stringify, defineProperty = Object.defineProperty;
var apply = Reflect.apply, construct = Reflect.construct;
var PromiseCtor = Promise, promiseThen = Promise.prototype.then, promiseResolve = Promise.resolve;
var ErrorCtor = Error, MapCtor = Map, StringCtor = String, floor = Math.floor;
var mapGet = MapCtor.prototype.get, mapSet = MapCtor.prototype.set, mapDelete = MapCtor.prototype.delete;
var strIndexOf = StringCtor.prototype.indexOf, strSlice = StringCtor.prototype.slice, strReplace = StringCtor.prototype.replace;
var legacy = info.runtime !== "nodejs24.x";
function hide(o, n, v) { defineProperty(o, n, { value: v, writable: true, configurable: true, enumerable: false }); }
function now() { return host(3); }
var I = { host: host, info: info, env: env, now: now, indent: "" };
var builtins = {};
function builtin(name) {
  var b = builtins[name];
  if (b) return b;
  var hash = apply(strIndexOf, name, ["#"]);
  if (hash >= 0) b = builtin(apply(strSlice, name, [0, hash]))[apply(strSlice, name, [hash + 1])];
  else {
    var factory = host(6, 2, name, "");
    if (typeof factory === "string") { var e = new ErrorCtor(JSONparse(factory).message); e.code = "MODULE_NOT_FOUND"; throw e; }
    b = factory(I);
  }
  builtins[name] = b;
  return b;
}
I.builtin = builtin;
function lazy(name) { return builtin("internal:" + name); }

var s0 = info.seed >>> 0, s1 = 0x9e3779b9, s2 = 0x243f6a88, s3 = 0xb7e15162;
function rand() {
  var t = (((s0 + s1) | 0) + s3) | 0;
  s3 = (s3 + 1) | 0; s0 = s1 ^ (s1 >>> 9); s1 = (s2 + (s2 << 3)) | 0;
  s2 = (s2 << 21) | (s2 >>> 11); s2 = (s2 + t) | 0;
  return (t >>> 0) / 4294967296;
}
for (var w = 0; w < 12; w++) rand();
I.rand = rand;
hide(Math, "random", function random() { return rand(); });

var OD = Date, DP = Date.prototype, dateUTC = Date.UTC;
function VDate(a0) {
  var n = arguments.length;
  if (!new.target) return lazy("date").toString.call(construct(OD, [floor(now())]));
  if (n === 0) return construct(OD, [floor(now())], new.target);
  if (n === 1) return construct(OD, [a0], new.target);
  return construct(OD, [apply(dateUTC, undefined, arguments)], new.target);
}
defineProperty(VDate, "length", { value: 7 });
defineProperty(VDate, "name", { value: "Date" });
VDate.prototype = DP;
VDate.now = function now() { return floor(host(3)); };
VDate.UTC = dateUTC;
VDate.parse = OD.parse;
hide(DP, "constructor", VDate);
hide(G, "Date", VDate);
["FullYear", "Month", "Date", "Day", "Hours", "Minutes", "Seconds", "Milliseconds"].forEach(function (k) {
  hide(DP, "get" + k, DP["getUTC" + k]);
  if (k !== "Day") hide(DP, "set" + k, DP["setUTC" + k]);
});
hide(DP, "getTimezoneOffset", function getTimezoneOffset() { return 0; });
["toString", "toDateString", "toTimeString", "toLocaleString", "toLocaleDateString", "toLocaleTimeString"].forEach(function (k) {
  var f = function () { return lazy("date")[k].call(this); };
  defineProperty(f, "name", { value: k });
  hide(DP, k, f);
});
hide(G, "performance", { now: function now() { return host(3) - info.envStart; }, timeOrigin: info.envStart });

// console and timers are compiled on first use (internal:console, internal:timers).
I.format = function (args) { return builtin("internal:console").format(args); };
I.show = function (v) { return builtin("internal:console").show(v); };
function lazyFn(name, moduleName) {
  var stub = function () { var f = builtin(moduleName)[name]; hide(G, name, f); return apply(f, this, arguments); };
  defineProperty(stub, "name", { value: name });
  hide(G, name, stub);
}
["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate"].forEach(function (n) { lazyFn(n, "internal:timers"); });
function queueJob(fn) { apply(promiseThen, apply(promiseResolve, PromiseCtor, [undefined]), [fn]); }
I.queueJob = queueJob;
I.invalidCallback = function (fn) {
  var e = new TypeError('The "callback" argument must be of type function. Received ' + (fn === null ? "null" : typeof fn));
  e.code = "ERR_INVALID_ARG_TYPE";
  return e;
};
if (typeof G.queueMicrotask !== "function") {
  hide(G, "queueMicrotask", function queueMicrotask(fn) { if (typeof fn !== "function") throw I.invalidCallback(fn); queueJob(fn); });
}
I.uncaught = function (e) {
  var Er = lazy("errors");
  host(8, JSONstringify(Er.formatError(e)), "Uncaught Exception " + Er.toFormatted(Er.intoError(e)));
};

function lazyGlobal(name, moduleName, prop) {
  defineProperty(G, name, { configurable: true, enumerable: false,
    get: function () { var m = builtin(moduleName), v = prop ? m[prop] : m; hide(G, name, v); return v; },
    set: function (v) { hide(G, name, v); } });
}
lazyGlobal("console", "internal:console");
lazyGlobal("process", "process");
lazyGlobal("Buffer", "buffer", "Buffer");
lazyGlobal("atob", "buffer", "atob");
lazyGlobal("btoa", "buffer", "btoa");
lazyGlobal("TextEncoder", "util", "TextEncoder");
lazyGlobal("TextDecoder", "util", "TextDecoder");
lazyGlobal("structuredClone", "util", "structuredClone");
lazyGlobal("crypto", "crypto", "webcrypto");
lazyGlobal("fetch", "internal:web", "fetch");
lazyGlobal("AbortController", "internal:web", "AbortController");
lazyGlobal("AbortSignal", "internal:web", "AbortSignal");
lazyGlobal("URL", "internal:web", "URL");
lazyGlobal("URLSearchParams", "internal:web", "URLSearchParams");
hide(G, "global", G);
// Code built at run time goes through the same nesting check as the handler's files (see
// nesting.ts). Direct eval therefore behaves as indirect (global) eval.
function checkCode(code) {
  if (typeof code === "string" && code.length > 100 && host(11, code)) {
    throw new SyntaxError("The Lambda Lab simulator's parser accepts code nested at most 100 levels deep; this code nests deeper.");
  }
}
var realEval = G.eval;
var guardedEval = function (code) { checkCode(code); return realEval(code); };
defineProperty(guardedEval, "name", { value: "eval" });
hide(G, "eval", guardedEval);
[Function, (async function () {}).constructor, (function* () {}).constructor, (async function* () {}).constructor].forEach(function (F) {
  var W = function () {
    for (var i = 0; i < arguments.length; i++) checkCode(arguments[i]);
    return construct(F, arguments, new.target || F);
  };
  W.prototype = F.prototype;
  defineProperty(W, "name", { value: F.name });
  defineProperty(W, "length", { value: 1 });
  hide(F.prototype, "constructor", W);
  if (F === Function) hide(G, "Function", W);
});
hide(G, Symbol.for("lambda-lab.require"), function (spec, from) { return lazy("cjs").requireFrom(from, spec); });

var handler = null;
function initResult(e, type) {
  var E = lazy("errors"), err = E.initError(e, type);
  host(9, 0, JSONstringify(E.formatError(err)), "Uncaught Exception " + E.toFormatted(E.intoError(err)));
}
function setHandler(exp, handlerString, exportPath) {
  var parts = exportPath.split("."), fn = exp;
  for (var i = 0; i < parts.length && fn; i++) fn = fn[parts[i]];
  if (!fn) return initResult(new ErrorCtor(handlerString + " is undefined or not exported"), "Runtime.HandlerNotFound");
  if (typeof fn !== "function") return initResult(new ErrorCtor(handlerString + " is not a function"), "Runtime.HandlerNotFound");
  if (!legacy && fn.length >= 3) {
    return initResult(new ErrorCtor("ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html."), "Runtime.CallbackHandlerDeprecated");
  }
  handler = fn;
  host(9, 1, "", "");
}
function initCjs(path, handlerString, exportPath) {
  var exp;
  try { exp = lazy("cjs").requireFrom("/var/runtime/index.mjs", path); }
  catch (e) { return initResult(e, lazy("errors").classify(e)); }
  setHandler(exp, handlerString, exportPath);
}
function initEsm(ns, handlerString, exportPath) {
  apply(promiseThen, apply(promiseResolve, PromiseCtor, [ns]), [
    function (m) { setHandler(m, handlerString, exportPath); },
    function (e) { initResult(e, lazy("errors").classify(e)); },
  ]);
}
function initFailed(name, message, code) {
  var e = new ErrorCtor(message);
  e.name = name;
  if (code) e.code = code;
  initResult(e, lazy("errors").classify(e));
}
function initBadHandler(message) { initResult(new ErrorCtor(message), "Runtime.MalformedHandlerName"); }

// The result goes to an outbox the host reads after each slice: cheaper than a host call.
// outbox = runId ":" kind wait lineLength ":" line payload.
function post(id, kind, wait, payload, line) {
  E.outbox = id + ":" + kind + (wait ? 1 : 0) + line.length + ":" + line + payload;
}
function finish(state, isError, value, wait) {
  if (state.finished) return;
  state.finished = true;
  var payload, line = "";
  if (!isError) {
    try {
      payload = JSONstringify(value === undefined ? null : value);
      if (payload === undefined) payload = "null";
    } catch (e) {
      isError = true;
      value = lazy("errors").runtimeError("Runtime.JSONStringifyError", "Unable to stringify response body");
    }
  }
  if (isError) {
    var Er = lazy("errors");
    payload = JSONstringify(Er.formatError(value));
    line = "Invoke Error " + Er.toFormatted(Er.intoError(value));
  }
  post(state.id, isError ? 1 : 0, wait, payload, line);
}
function makeContext(state, requestId, invokedArn, deadline) {
  var c = {
    callbackWaitsForEmptyEventLoop: true,
    functionVersion: info.functionVersion,
    functionName: info.functionName,
    memoryLimitInMB: info.memoryLimitInMB,
    logGroupName: info.logGroupName,
    logStreamName: info.logStreamName,
    clientContext: undefined,
    identity: undefined,
    invokedFunctionArn: invokedArn,
    awsRequestId: requestId,
    getRemainingTimeInMillis: function getRemainingTimeInMillis() { return Math.max(0, floor(deadline - host(3))); },
  };
  if (legacy) {
    c.succeed = function succeed(r) { finish(state, false, r, false); };
    c.fail = function fail(e) { finish(state, true, e === undefined || e === null ? new ErrorCtor("handled") : e, false); };
    c.done = function done(e, r) { if (e !== undefined && e !== null) c.fail(e); else c.succeed(r); };
  }
  return c;
}
// One argument: header fields and the payload separated by U+0001 (raw control characters cannot occur in JSON text; NUL would end the C string).
function run(message) {
  var cut = apply(strIndexOf, message, ["\u0001"]), h = apply(strSlice, message, [0, cut]).split("\n"), payload = apply(strSlice, message, [cut + 1]);
  var id = +h[0], deadline = +h[1], requestId = h[2], invokedArn = h[3], traceId = h[4];
  var state = { id: id, finished: false };
  var event;
  try { event = JSONparse(payload); } catch (e) { return finish(state, true, e, false); }
  env._X_AMZN_TRACE_ID = traceId;
  var context = makeContext(state, requestId, invokedArn, deadline), r;
  try {
    if (legacy) {
      r = apply(handler, undefined, [event, context, function callback(err, result) {
        if (err !== undefined && err !== null) finish(state, true, err, false);
        else finish(state, false, result, context.callbackWaitsForEmptyEventLoop !== false);
      }]);
    } else r = apply(handler, undefined, [event, context]);
  } catch (e) { return finish(state, true, e, false); }
  var thenable;
  try { thenable = r !== null && (typeof r === "object" || typeof r === "function") && typeof r.then === "function"; }
  catch (e) { return finish(state, true, e, false); }
  if (thenable) {
    apply(promiseThen, apply(promiseResolve, PromiseCtor, [r]), [
      function (v) { finish(state, false, v, false); },
      function (e) { finish(state, true, e, false); },
    ]);
  } else if (!legacy) finish(state, false, r, false);
  // Node.js 20/22 runtimes ignore a plain return value: the response is the callback's, or null
  // once the event loop is empty.
  else if (!state.finished) post(id, 2, true, "null", "");
}

function fire(id) { builtin("internal:timers").fire(id); }
var E = { run: run, fire: fire, initCjs: initCjs, initEsm: initEsm, initFailed: initFailed, initBadHandler: initBadHandler, outbox: undefined };
return E;
})`;
