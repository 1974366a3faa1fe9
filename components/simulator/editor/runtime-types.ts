// What a handler can use besides the language itself, declared for the editor: the parts of
// Node.js the simulated runtime offers (process.env, console, timers, CommonJS), and a stub for
// the one Node module @types/aws-lambda imports. Full @types/node would be megabytes; learners
// need these few names to get completions and no false errors.
export const RUNTIME_DECLARATIONS = `
declare var process: {
  env: Record<string, string | undefined>;
  /** The simulator stops a handler that calls this, as Lambda resets the environment. */
  exit(code?: number): never;
};
declare var console: {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
};
declare function setTimeout(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
declare class TextEncoder { encode(input?: string): Uint8Array; }
declare class TextDecoder { decode(input?: Uint8Array): string; }
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare var module: { exports: any };
declare var exports: any;
declare function require(id: string): any;
`;

export const NODE_STREAM_STUB = `declare module "node:stream" {
  export class Writable {
    write(chunk: unknown): boolean;
    end(chunk?: unknown): void;
  }
}
`;
