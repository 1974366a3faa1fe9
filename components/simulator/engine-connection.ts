import type { Connector } from "@/lib/workspace/controller";

/**
 * How the page reaches the engine: lib/simulator/worker.ts runs it in a Web Worker, so user code
 * never runs on the main thread. Until that worker exists in this build, there is no connector
 * and the page says plainly that nothing can run yet.
 */
export const connectEngine: Connector | null = null;
