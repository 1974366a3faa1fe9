import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from "quickjs-emscripten-core";
import { MAX_TICKS_PER_RUN, WALL_GUARD_MS } from "../model";
import { BUILTIN_SOURCES, stubSource } from "./builtins";
import {
  builtinExportNames,
  bundlePath,
  moduleName,
  resolveHandler,
  resolveImport,
  resolveRequire,
  RUNTIME_ENTRY,
  syntheticModule,
  type ModuleErrorDescriptor,
} from "./module-resolver";
import { nestsDeeperThan, NESTING_MESSAGE } from "./nesting";
import { PRELUDE_FILENAME, PRELUDE_SOURCE } from "./prelude";
import type { QuickJSHost } from "./quickjs-host";
import type { SourceBundle } from "./source-bundle";

/**
 * One execution environment's JavaScript engine: a QuickJS runtime with the prelude loaded,
 * driven in slices. A slice is one entry from the event loop (the Init, an invocation, a timer
 * callback) plus every microtask it queues. During a slice virtual time advances with the work
 * done: each QuickJS interrupt tick costs `msPerTick` virtual milliseconds, so `Date.now()`,
 * log timestamps and the timeout all follow the work. A slice stops early for the deadline, the
 * deterministic tick ceiling, the wall-clock guard, running out of heap, or process.exit.
 */

export interface SandboxInfo {
  seed: number;
  runtime: string;
  nodeVersion: string;
  functionName: string;
  functionVersion: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
  env: Record<string, string>;
  envStart: number;
  baseMemoryBytes: number;
}

/** What the sandbox reports back to its execution environment. */
export interface SandboxEvents {
  /** level 0..5 = INFO WARN ERROR DEBUG TRACE FATAL; -1 = raw stdout text. */
  log(level: number, text: string): void;
  setTimer(id: number, delayMs: number): void;
  clearTimer(id: number): void;
  /** kind 0 = success, 1 = function error, 2 = provisional null (legacy handler awaiting callback). */
  done(runId: number, kind: 0 | 1 | 2, payload: string, logLine: string, waitForEmptyLoop: boolean): void;
  uncaught(payload: string, logLine: string): void;
  initDone(ok: boolean, payload: string, logLine: string): void;
  exit(code: number): void;
}

export type StopReason = "deadline" | "ticks" | "wall" | "oom" | "exit" | "crash";

export interface SliceClock {
  /** Virtual epoch ms at which the slice starts. */
  start: number;
  /** Virtual ms per QuickJS interrupt tick at this function's CPU share. */
  msPerTick: number;
  /** Virtual epoch ms at which the current run (Init or invocation) times out. */
  deadline: number;
}

export interface SliceResult {
  /** Virtual ms of CPU the slice used. */
  cpuMs: number;
  stop?: StopReason;
}

/** Thrown when the shared WebAssembly module can no longer be trusted; the engine must be rebuilt. */
export class SandboxHostCrash extends Error {
  constructor(cause: unknown) {
    super(`The QuickJS host crashed and the simulator must be rebuilt: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "SandboxHostCrash";
  }
}

const OP = { LOG: 0, TIMER_SET: 1, TIMER_CLEAR: 2, NOW: 3, EXIT: 5, LOAD: 6, MEM: 7, UNCAUGHT: 8, INIT: 9, RAW: 10, TOO_DEEP: 11 } as const;

interface Entry {
  object: QuickJSHandle;
  run: QuickJSHandle;
  fire: QuickJSHandle;
  initCjs: QuickJSHandle;
  initEsm: QuickJSHandle;
  initFailed: QuickJSHandle;
  initBadHandler: QuickJSHandle;
}

export class QuickJsSandbox {
  private readonly context: QuickJSContext;
  private readonly runtime: QuickJSRuntime;
  private entry: Entry | undefined;
  private disposed = false;

  // slice and run accounting
  private sliceStart = 0;
  private msPerTick = 0;
  private deadline = Infinity;
  private sliceTicks = 0;
  private runTicks = 0;
  private runWallMs = 0;
  private wallStart = 0;
  private inSlice = false;
  stopReason: StopReason | undefined;
  /** Set when an exception escaped from WebAssembly; the module must not be used again. */
  hostCrash: unknown;

  // memory accounting (see quickjs-host.ts for why the sandbox measures its own heap)
  private exactBytes = 0;
  private exactCount = 0;
  private bytesPerAllocation = 48;
  private ticksSinceExact = 0;
  private exactInterval = 64;
  private estimate = 0;
  private wasmSeen = 0;
  /** Highest heap estimate since the last resetPeak(), in bytes. */
  peakHeapBytes = 0;

  private importError: ModuleErrorDescriptor | undefined;

  constructor(
    private readonly host: QuickJSHost,
    private readonly bundle: SourceBundle,
    private readonly info: SandboxInfo,
    private readonly heapLimitBytes: number,
    private readonly events: SandboxEvents,
  ) {
    this.context = host.module.newContext();
    this.runtime = this.context.runtime;
    this.runtime.setMaxStackSize(host.stackBytes);
    // QuickJS's own limit undercounts small blocks but still refuses single huge allocations.
    this.runtime.setMemoryLimit(heapLimitBytes);
    this.runtime.setInterruptHandler(() => this.onInterrupt());
    this.runtime.setModuleLoader(
      (name) => this.loadModule(name),
      (base, requested) => this.normalizeModule(base, requested),
    );
  }

  /**
   * Evaluates the prelude. Runs outside any invocation; its work is part of the modelled
   * runtime start-up, so the caller charges a fixed cost instead of counting its ticks.
   */
  boot(clock: SliceClock): void {
    this.beginSlice(clock);
    try {
      const ctx = this.context;
      const hostFn = ctx.newFunction("host", (...args) => this.dispatch(args));
      const factory = ctx.unwrapResult(ctx.evalCode(PRELUDE_SOURCE, PRELUDE_FILENAME, { type: "global", strict: true }));
      const infoHandle = ctx.newString(JSON.stringify(this.info));
      const result = ctx.callFunction(factory, ctx.undefined, hostFn, infoHandle);
      infoHandle.dispose();
      factory.dispose();
      hostFn.dispose();
      const entryObject = ctx.unwrapResult(result);
      this.entry = {
        object: entryObject,
        run: ctx.getProp(entryObject, "run"),
        fire: ctx.getProp(entryObject, "fire"),
        initCjs: ctx.getProp(entryObject, "initCjs"),
        initEsm: ctx.getProp(entryObject, "initEsm"),
        initFailed: ctx.getProp(entryObject, "initFailed"),
        initBadHandler: ctx.getProp(entryObject, "initBadHandler"),
      };
    } finally {
      this.inSlice = false;
    }
    this.sampleExact();
  }

  /** Starts a new run (Init or an invocation): resets the per-run guards. */
  beginRun(): void {
    this.runTicks = 0;
    this.runWallMs = 0;
    this.stopReason = undefined;
  }

  /** Current virtual epoch time inside the running slice. */
  now(): number {
    return this.sliceStart + this.sliceTicks * this.msPerTick;
  }

  /** Loads the handler module (the function's Init code) for `handler` ("index.handler"). */
  init(handler: string, clock: SliceClock): SliceResult {
    return this.slice(clock, () => {
      const ctx = this.context;
      const entry = this.requireEntry();
      const resolved = resolveHandler(this.bundle, handler);
      if (!resolved.ok) {
        if (resolved.errorType === "Runtime.MalformedHandlerName") {
          return this.call(entry.initBadHandler, [ctx.newString(resolved.message)]);
        }
        return this.call(entry.initFailed, [ctx.newString("Error"), ctx.newString(resolved.message), ctx.newString(resolved.code ?? "")]);
      }
      const { path, kind, exportPath } = resolved.entry;
      if (kind !== "esm") {
        return this.call(entry.initCjs, [ctx.newString(path), ctx.newString(handler), ctx.newString(exportPath)]);
      }
      const bundleFile = bundlePath(path) ?? "index.mjs";
      if (nestsDeeperThan(this.bundle.compiled(bundleFile))) {
        return this.call(entry.initFailed, [ctx.newString("SyntaxError"), ctx.newString(NESTING_MESSAGE), ctx.newString("")]);
      }
      this.importError = undefined;
      const evaluated = ctx.evalCode(this.bundle.compiled(bundleFile), `file://${path}`, { type: "module" });
      if (evaluated.error) {
        const name = ctx.getProp(evaluated.error, "name");
        const message = ctx.getProp(evaluated.error, "message");
        const nameText = ctx.typeof(name) === "string" ? ctx.getString(name) : "Error";
        const messageText = ctx.typeof(message) === "string" ? ctx.getString(message) : "";
        name.dispose();
        message.dispose();
        evaluated.error.dispose();
        const importError = this.importError as ModuleErrorDescriptor | undefined;
        if (importError) {
          return this.call(entry.initFailed, [ctx.newString("Error"), ctx.newString(importError.message), ctx.newString(importError.code)]);
        }
        return this.call(entry.initFailed, [ctx.newString(nameText), ctx.newString(messageText), ctx.newString("")]);
      }
      return this.call(entry.initEsm, [evaluated.value, ctx.newString(handler), ctx.newString(exportPath)]);
    });
  }

  invoke(runId: number, payload: string, requestId: string, invokedArn: string, deadline: number, traceId: string, clock: SliceClock): SliceResult {
    return this.slice(clock, () => {
      const ctx = this.context;
      const message = `${runId}\n${deadline}\n${requestId}\n${invokedArn}\n${traceId}\u0001${payload}`;
      return this.call(this.requireEntry().run, [ctx.newString(message)]);
    });
  }

  fireTimer(id: number, clock: SliceClock): SliceResult {
    return this.slice(clock, () => this.call(this.requireEntry().fire, [this.context.newNumber(id)]));
  }

  /** Heap estimate in bytes (cheap; see sampleExact for the measured value). */
  heapBytes(): number {
    return this.estimate;
  }

  resetPeak(): void {
    this.peakHeapBytes = this.estimate;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.hostCrash) return; // never touch a corrupted module again
    if (this.entry) for (const handle of Object.values(this.entry)) handle.dispose();
    this.entry = undefined;
    this.runtime.removeInterruptHandler();
    this.context.dispose();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  // ------------------------------------------------------------ slices

  private requireEntry(): Entry {
    if (!this.entry) throw new Error("The sandbox was not booted.");
    return this.entry;
  }

  private beginSlice(clock: SliceClock): void {
    this.sliceStart = clock.start;
    this.msPerTick = clock.msPerTick;
    this.deadline = clock.deadline;
    this.sliceTicks = 0;
    this.inSlice = true;
    this.wallStart = performance.now();
  }

  private slice(clock: SliceClock, body: () => void): SliceResult {
    if (this.disposed) throw new Error("The sandbox was disposed.");
    this.beginSlice(clock);
    try {
      body();
      // Promise jobs capture their own exceptions: only an interrupt (stopReason set) ends this early.
      while (!this.stopReason && this.host.runJobs(this.runtime) === "ran") {
        /* jobs can queue more jobs */
      }
    } catch (error) {
      this.hostCrash = error;
      this.stopReason = "crash";
    } finally {
      this.inSlice = false;
      this.runWallMs += performance.now() - this.wallStart;
    }
    if (!this.hostCrash) {
      this.readOutbox();
      // Native work (a few huge strings) can outgrow the heap without a single interrupt tick:
      // the process would have been killed, so the run ends out of memory even if it finished.
      if (this.checkMemory(true) && !this.stopReason) this.stopReason = "oom";
    }
    if (this.hostCrash) throw new SandboxHostCrash(this.hostCrash);
    return { cpuMs: this.sliceTicks * this.msPerTick, stop: this.stopReason };
  }

  /** Delivers a result the prelude left in the outbox during the slice (see prelude.ts). */
  private readOutbox(): void {
    const entry = this.entry;
    if (!entry) return;
    const ctx = this.context;
    const box = ctx.getProp(entry.object, "outbox");
    if (ctx.typeof(box) !== "string") {
      box.dispose();
      return;
    }
    const text = ctx.getString(box);
    box.dispose();
    ctx.setProp(entry.object, "outbox", ctx.undefined);
    const colon = text.indexOf(":");
    const runId = Number(text.slice(0, colon));
    const kind = Number(text[colon + 1]) as 0 | 1 | 2;
    const wait = text[colon + 2] === "1";
    const lengthEnd = text.indexOf(":", colon + 3);
    const lineLength = Number(text.slice(colon + 3, lengthEnd));
    const line = text.slice(lengthEnd + 1, lengthEnd + 1 + lineLength);
    const payload = text.slice(lengthEnd + 1 + lineLength);
    if (kind === 1 && payload.startsWith('{"errorType":"InternalError","errorMessage":"out of memory"')) {
      // QuickJS could not allocate (the shared WebAssembly memory is full): Node.js would have died.
      if (!this.stopReason) this.stopReason = "oom";
      return;
    }
    this.events.done(runId, kind, payload, line, wait);
  }

  /** Calls an entry point with freshly created argument handles and disposes all of them. */
  private call(fn: QuickJSHandle, args: QuickJSHandle[]): void {
    const ctx = this.context;
    const result = ctx.callFunction(fn, ctx.undefined, args);
    for (const a of args) if (a.alive) a.dispose();
    if (result.error) {
      result.error.dispose();
      // The entry points catch user errors themselves; anything escaping is uncatchable
      // (interrupt, out of memory) or the runtime itself was broken by tampering.
      if (!this.stopReason) this.stopReason = "crash";
      if (this.stopReason === "crash") {
        this.events.uncaught(
          JSON.stringify({ errorType: "Runtime.ExitError", errorMessage: "Runtime exited with error: the runtime was broken by the handler", trace: [] }),
          "",
        );
      }
    } else {
      result.value.dispose();
    }
  }

  private onInterrupt(): boolean {
    this.sliceTicks++;
    this.runTicks++;
    if (this.stopReason) return true;
    if (!this.inSlice) return false;
    if (this.sliceStart + this.sliceTicks * this.msPerTick >= this.deadline) this.stopReason = "deadline";
    else if (this.runTicks > MAX_TICKS_PER_RUN) this.stopReason = "ticks";
    else if (this.runWallMs + performance.now() - this.wallStart > WALL_GUARD_MS) this.stopReason = "wall";
    else if (this.checkMemory(false)) this.stopReason = "oom";
    return this.stopReason !== undefined;
  }

  // ------------------------------------------------------------ memory

  /** Updates the heap estimate; takes an exact measurement when due. True when over the limit. */
  private checkMemory(endOfSlice: boolean): boolean {
    const count = this.host.allocationCount(this.runtime);
    if (count !== undefined) this.estimate = Math.max(0, this.exactBytes + (count - this.exactCount) * this.bytesPerAllocation);
    this.ticksSinceExact++;
    const growth = this.estimate - this.exactBytes;
    const due =
      this.ticksSinceExact >= this.exactInterval ||
      // Near the limit, measure each time the heap grew by another 5% of it (not on every tick:
      // a measurement walks the whole heap).
      (this.estimate > this.heapLimitBytes * 0.8 && growth > this.heapLimitBytes * 0.05) ||
      (endOfSlice && this.estimate > this.exactBytes * 1.5 + 65536);
    if (due) this.sampleExact();
    else if (this.host.wasmBytes() > this.wasmSeen) {
      // Shared memory grew: perhaps a few huge strings the allocation count cannot see. Whether
      // memory grows depends on the module's history, so this only decides out-of-memory and
      // never changes the reported heap (which must be the same for the same calls).
      this.wasmSeen = this.host.wasmBytes();
      if (this.measure().bytes > this.heapLimitBytes) return true;
    }
    if (this.estimate > this.heapLimitBytes && this.estimate !== this.exactBytes) this.sampleExact();
    if (this.estimate > this.peakHeapBytes) this.peakHeapBytes = this.estimate;
    return this.estimate > this.heapLimitBytes;
  }

  private measure(): { bytes: number; objectCount: number } {
    const ctx = this.context;
    const usage = this.runtime.computeMemoryUsage();
    const used = ctx.getProp(usage, "memory_used_size");
    const objects = ctx.getProp(usage, "obj_count");
    const result = { bytes: ctx.getNumber(used), objectCount: ctx.getNumber(objects) };
    used.dispose();
    objects.dispose();
    usage.dispose();
    return result;
  }

  private sampleExact(): void {
    const { bytes, objectCount } = this.measure();
    const count = this.host.allocationCount(this.runtime);
    this.exactBytes = bytes;
    if (count !== undefined && count > 0) {
      this.exactCount = count;
      this.bytesPerAllocation = Math.max(16, bytes / count);
    }
    this.estimate = bytes;
    this.wasmSeen = this.host.wasmBytes();
    if (bytes > this.peakHeapBytes) this.peakHeapBytes = bytes;
    this.ticksSinceExact = 0;
    // Measuring walks the whole heap: space measurements out as the heap grows (deterministically).
    this.exactInterval = 64 + Math.floor(objectCount / 2000);
  }

  // ------------------------------------------------------------ host bridge

  private dispatch(args: QuickJSHandle[]): QuickJSHandle | { error: QuickJSHandle } | undefined {
    const ctx = this.context;
    const num = (i: number) => (args[i] && ctx.typeof(args[i]) === "number" ? ctx.getNumber(args[i]) : 0);
    const str = (i: number) => (args[i] && ctx.typeof(args[i]) === "string" ? ctx.getString(args[i]) : "");
    switch (num(0)) {
      case OP.LOG:
        this.events.log(num(1), str(2));
        return undefined;
      case OP.RAW:
        this.events.log(-1, str(1));
        return undefined;
      case OP.TIMER_SET:
        this.events.setTimer(num(1), num(2));
        return undefined;
      case OP.TIMER_CLEAR:
        this.events.clearTimer(num(1));
        return undefined;
      case OP.NOW:
        return ctx.newNumber(this.now());
      case OP.EXIT:
        this.stopReason = "exit";
        this.events.exit(num(1));
        return undefined;
      case OP.UNCAUGHT:
        if (!this.stopReason) this.stopReason = "crash";
        this.events.uncaught(str(1), str(2));
        return undefined;
      case OP.INIT:
        this.events.initDone(num(1) === 1, str(2), str(3));
        return undefined;
      case OP.MEM:
        return ctx.newNumber(this.estimate);
      case OP.LOAD:
        return this.load(num(1), str(2), str(3));
      case OP.TOO_DEEP:
        return nestsDeeperThan(str(1)) ? ctx.true : ctx.false;
      default:
        return undefined;
    }
  }

  private load(mode: number, spec: string, from: string): QuickJSHandle | { error: QuickJSHandle } | undefined {
    const ctx = this.context;
    if (mode === 0) {
      const r = resolveRequire(this.bundle, spec, from || RUNTIME_ENTRY);
      if (r.kind === "error") return ctx.newString(`!${JSON.stringify(r.error)}`);
      return ctx.newString(r.kind === "builtin" ? `builtin:${r.key}` : `${r.kind}:${r.path}`);
    }
    if (mode === 1) {
      const file = bundlePath(spec);
      if (file === undefined || !this.bundle.has(file)) {
        return ctx.newString(JSON.stringify({ code: "MODULE_NOT_FOUND", message: `Cannot find module '${spec}'` }));
      }
      const source = this.bundle.compiled(file);
      if (nestsDeeperThan(source)) return { error: ctx.newError({ name: "SyntaxError", message: NESTING_MESSAGE }) };
      if (from === "json") return ctx.newString(source);
      const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
      const compiled = ctx.evalCode(wrapped, spec, { type: "global" });
      if (compiled.error) return { error: compiled.error };
      return compiled.value;
    }
    if (mode === 2) {
      const source = spec.startsWith("stub:") ? stubSource(spec.slice(5)) : BUILTIN_SOURCES[spec];
      if (!source) return ctx.newString(JSON.stringify({ code: "MODULE_NOT_FOUND", message: `Cannot find module 'node:${spec}'` }));
      const compiled = ctx.evalCode(source, `node:${spec}`, { type: "global", strict: true });
      if (compiled.error) return { error: compiled.error };
      return compiled.value;
    }
    if (mode === 3) {
      const file = normalizeTaskFile(spec);
      const text = file !== undefined ? this.bundle.files.get(file) : undefined;
      return text === undefined ? undefined : ctx.newString(text);
    }
    return undefined;
  }

  private normalizeModule(base: string, requested: string): string | { error: Error } {
    const r = resolveImport(this.bundle, requested, base);
    if (r.kind === "error") {
      this.importError = r.error;
      const error = new Error(r.error.message);
      (error as Error & { code?: string }).code = r.error.code;
      return { error };
    }
    return moduleName(r);
  }

  private loadModule(name: string): string | { error: Error } {
    if (name.startsWith("node:")) {
      const key = name.slice(5);
      const specifier = keyToSpecifier(key);
      const names = new Set([...builtinExportNames(key), ...importedNames(this.bundle, specifier)]);
      return syntheticModule(`node:${specifier}`, RUNTIME_ENTRY, [...names]);
    }
    const file = bundlePath(name);
    if (file === undefined || !this.bundle.has(file)) return { error: new Error(`Cannot find module '${name}'`) };
    const kind = this.bundle.kindOf(file);
    if ((kind === "esm" || kind === "json") && nestsDeeperThan(this.bundle.compiled(file))) {
      return `throw new SyntaxError(${JSON.stringify(NESTING_MESSAGE)});`;
    }
    if (kind === "esm") return this.bundle.compiled(file);
    if (kind === "json") return `export default ${this.bundle.compiled(file)};`;
    const absolute = name.slice("file://".length);
    return syntheticModule(absolute, RUNTIME_ENTRY, this.bundle.cjsExportNames(file));
  }
}

/**
 * Names the bundle's files import from a built-in (`import { execSync } from "node:child_process"`),
 * so stubbed modules can offer them as named exports and linking succeeds as it does on Lambda.
 */
function importedNames(bundle: SourceBundle, specifier: string): string[] {
  const names = new Set<string>();
  const escaped = specifier.replace(/[/]/g, "\\/");
  const pattern = new RegExp(`(?:import|export)\\s*(?:[\\w$]+\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*["'](?:node:)?${escaped}["']`, "g");
  for (const [path] of bundle.files) {
    if (!/\.(m?js|cjs|m?ts|cts)$/.test(path)) continue;
    for (const m of bundle.compiled(path).matchAll(pattern)) {
      for (const part of m[1].split(",")) {
        const name = part.trim().split(/\s+as\s+/)[0].replace(/^type\s+/, "").trim();
        if (name) names.add(name);
      }
    }
  }
  return [...names];
}

function keyToSpecifier(key: string): string {
  if (key.startsWith("stub:")) return key.slice(5);
  if (key === "fs#promises") return "fs/promises";
  if (key === "util#types") return "util/types";
  return key;
}

function normalizeTaskFile(relative: string): string | undefined {
  const parts = relative.split("/").filter((p) => p && p !== ".");
  if (parts.includes("..")) return undefined;
  return parts.join("/");
}
