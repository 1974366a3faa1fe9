import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSRuntime, type QuickJSWASMModule } from "quickjs-emscripten-core";
import browserVariant from "@jitl/quickjs-singlefile-browser-release-sync";
import { WASM_MEMORY_MAX_MB } from "../model";
import { MAX_SOURCE_NESTING } from "./nesting";

/**
 * One QuickJS WebAssembly module shared by every execution environment of every simulator in
 * this thread; each environment gets its own QuickJS runtime (heap, GC, interrupt handler)
 * inside it. The single-file "browser" sync variant embeds its .wasm, so the same import works
 * in a module Web Worker and in Node (vitest, the bench).
 *
 * Two facts about this build shape the sandbox, both checked here at load time:
 *
 * - Stack depth. QuickJS checks its own (linear-memory) stack against a limit, but its C frames
 *   also use the host's native stack, at a ratio that depends on the code path (the parser uses
 *   over 20x more native stack than it counts, so source nesting is capped before parsing, see
 *   nesting.ts). A host stack overflow unwinds through WebAssembly and corrupts the module, so the
 *   limit is calibrated: the deepest-nesting paths are probed in a throwaway module at 1.5x the
 *   candidate limit, and the first candidate that survives is used.
 *
 * - Memory accounting. This build's allocator reports no usable block sizes, so QuickJS's
 *   memory limit counts about 8 bytes per allocation and misses most of the heap. The sandbox
 *   therefore measures the heap itself (computeMemoryUsage, calibrated) and reads the runtime's
 *   allocation counter directly from WebAssembly memory for a cheap estimate in between. The
 *   counter's position inside the JSRuntime struct is located here by planting a known value.
 */

export interface QuickJSHost {
  module: QuickJSWASMModule;
  /** Max QuickJS stack, in bytes, that is safe on this host. */
  stackBytes: number;
  /** Reads a runtime's live allocation count, or undefined when the layout was not found. */
  allocationCount(runtime: QuickJSRuntime): number | undefined;
  /** Total WebAssembly memory in bytes (grows, never shrinks). */
  wasmBytes(): number;
  /** Runs every pending promise job of `runtime`; "none" when there was nothing to run. */
  runJobs(runtime: QuickJSRuntime): "none" | "ran";
}

const STACK_CANDIDATES_KB = [64, 48, 40, 32, 28, 24, 20, 16, 12, 8];
const STACK_MARGIN = 1.5;

/** Code paths with the highest native-stack-per-counted-byte ratios, each nesting until QuickJS stops it. */
const STACK_PROBES = [
  "(function f(){ f() })()",
  "(function f(){ return [1].map(() => f()) })()",
  "JSON.parse('['.repeat(20000) + ']'.repeat(20000))",
  // The parser is guarded (nesting.ts): only nesting up to MAX_SOURCE_NESTING reaches it.
  `eval('['.repeat(${MAX_SOURCE_NESTING}) + ']'.repeat(${MAX_SOURCE_NESTING}))`,
  `eval('('.repeat(${MAX_SOURCE_NESTING}) + '1' + ')'.repeat(${MAX_SOURCE_NESTING}))`,
  `eval('x = ' + '{a:'.repeat(${MAX_SOURCE_NESTING}) + '1' + '}'.repeat(${MAX_SOURCE_NESTING}))`,
  `eval('(function(){'.repeat(${MAX_SOURCE_NESTING}) + '})()'.repeat(${MAX_SOURCE_NESTING}))`,
  `eval('\u0060\u0024{'.repeat(${MAX_SOURCE_NESTING}) + '1' + '}\u0060'.repeat(${MAX_SOURCE_NESTING}))`,
  "(function(){ let o = {}; let c = o; for (let i = 0; i < 20000; i++) { c.a = {}; c = c.a } return JSON.stringify(o) })()",
  "(function(){ let c = []; for (let i = 0; i < 20000; i++) c = [c]; return String(c) })()",
  "(function(){ let c = []; for (let i = 0; i < 20000; i++) c = [c]; return c.flat(Infinity) })()",
  "new RegExp('('.repeat(5000) + 'a' + ')'.repeat(5000))",
  "(function(){ const p = new Proxy({}, { get(t, k, r) { return r[k] } }); return p.x })()",
];

let hostPromise: Promise<QuickJSHost> | undefined;

/** Loads (once per thread) and calibrates the shared QuickJS module. */
export function loadQuickJS(): Promise<QuickJSHost> {
  if (!hostPromise) {
    hostPromise = createHost().catch((error) => {
      hostPromise = undefined;
      throw error;
    });
  }
  return hostPromise;
}

/** Forgets the shared module (after it was corrupted); the next loadQuickJS builds a fresh one. */
export function discardQuickJS(): void {
  hostPromise = undefined;
}

async function newModule(): Promise<{ module: QuickJSWASMModule; memory: WebAssembly.Memory }> {
  const memory = new WebAssembly.Memory({ initial: 256, maximum: (WASM_MEMORY_MAX_MB * 1024 * 1024) / 65536 });
  const variant = newVariant(browserVariant, { wasmMemory: memory });
  return { module: await newQuickJSWASMModuleFromVariant(variant), memory };
}

function survivesProbes(module: QuickJSWASMModule, stackBytes: number): boolean {
  for (const probe of STACK_PROBES) {
    const runtime = module.newRuntime();
    runtime.setMaxStackSize(stackBytes);
    runtime.setMemoryLimit(64 * 1024 * 1024);
    const context = runtime.newContext();
    try {
      const result = context.evalCode(probe, "probe.js");
      result.dispose();
    } catch {
      // A host exception escaped from WebAssembly: this module is no longer trustworthy.
      return false;
    }
    context.dispose();
    runtime.dispose();
  }
  return true;
}

async function createHost(): Promise<QuickJSHost> {
  let chosen: { module: QuickJSWASMModule; memory: WebAssembly.Memory } | undefined;
  let stackBytes = 0;
  let current = await newModule();
  for (const kb of STACK_CANDIDATES_KB) {
    if (survivesProbes(current.module, Math.round(kb * 1024 * STACK_MARGIN))) {
      stackBytes = kb * 1024;
      chosen = current;
      break;
    }
    current = await newModule();
  }
  if (!chosen) {
    throw new Error("QuickJS could not run safely on this host: even an 8 KB stack overflowed the host stack.");
  }
  const { module, memory } = chosen;
  const counterIndex = locateAllocationCounter(module, memory);
  let words = new Uint32Array(memory.buffer);
  return {
    module,
    stackBytes,
    wasmBytes: () => memory.buffer.byteLength,
    runJobs: jobRunner(module, memory),
    allocationCount(runtime) {
      if (counterIndex === undefined) return undefined;
      const pointer = runtimePointer(runtime);
      if (pointer === undefined) return undefined;
      if (words.buffer !== memory.buffer) words = new Uint32Array(memory.buffer);
      return words[(pointer >> 2) + counterIndex];
    },
  };
}

/**
 * quickjs-emscripten's own executePendingJobs reads its out-parameter through a typed array made
 * before the call; when a job grows WebAssembly memory that view is detached, the library reads
 * `undefined` as the job's context and creates a new QuickJS context that is never freed (the
 * runtime then aborts on dispose). This calls the same FFI function and reads the out-parameter
 * through a fresh view taken after the call.
 */
function jobRunner(module: QuickJSWASMModule, memory: WebAssembly.Memory): QuickJSHost["runJobs"] {
  const ffi = module.getFFI();
  const emscripten = (module as unknown as { module?: { _malloc?: (bytes: number) => number } }).module;
  const outPointer = emscripten?._malloc?.(4);
  if (!outPointer) {
    // Unknown library layout: fall back to the library call (safe as long as memory does not grow mid-job).
    return (runtime) => {
      if (!runtime.hasPendingJob()) return "none";
      runtime.executePendingJobs().dispose();
      return "ran";
    };
  }
  let view = new Int32Array(memory.buffer, outPointer, 1);
  return (runtime) => {
    const rt = runtimePointer(runtime);
    if (rt === undefined) throw new Error("Cannot read the QuickJS runtime pointer.");
    if (view.buffer !== memory.buffer) view = new Int32Array(memory.buffer, outPointer, 1);
    view[0] = 0;
    const value = ffi.QTS_ExecutePendingJob(rt as never, -1, outPointer as never);
    // The jobs may have grown memory: read the out-parameter through a current view.
    if (view.buffer !== memory.buffer) view = new Int32Array(memory.buffer, outPointer, 1);
    const ctx = view[0];
    ffi.QTS_FreeValuePointerRuntime(rt as never, value);
    return ctx === 0 ? "none" : "ran";
  };
}

function runtimePointer(runtime: QuickJSRuntime): number | undefined {
  const value = (runtime as unknown as { rt?: { value?: unknown } }).rt?.value;
  return typeof value === "number" ? value : undefined;
}

/** Finds the malloc_count word of JSRuntime by planting a memory limit and allocating. */
function locateAllocationCounter(module: QuickJSWASMModule, memory: WebAssembly.Memory): number | undefined {
  const runtime = module.newRuntime();
  try {
    const pointer = runtimePointer(runtime);
    if (pointer === undefined || pointer % 4 !== 0) return undefined;
    const magic = 0x3c2f1e0d;
    runtime.setMemoryLimit(magic);
    const words = () => new Uint32Array(memory.buffer, pointer, 16);
    const limitIndex = words().indexOf(magic);
    if (limitIndex < 2) return undefined;
    const countIndex = limitIndex - 2;
    const before = words()[countIndex];
    const context = runtime.newContext();
    const afterContext = words()[countIndex];
    context.evalCode("globalThis.probe = Array.from({ length: 1000 }, (_, i) => ({ i }))").dispose();
    const afterObjects = words()[countIndex];
    context.dispose();
    // Creating a context allocates hundreds of blocks, and a thousand objects at least a thousand more.
    return afterContext > before + 50 && afterObjects >= afterContext + 1000 ? countIndex : undefined;
  } finally {
    runtime.dispose();
  }
}
