// Module worker entry: `new Worker(new URL("./engine.worker.ts", import.meta.url), { type: "module" })`.
// It only starts the server; the protocol and the page-side client live in ./worker.ts.
import { serveSimulator } from "./worker-server";
import type { MessageEndpoint } from "./worker";

serveSimulator(globalThis as unknown as MessageEndpoint);
