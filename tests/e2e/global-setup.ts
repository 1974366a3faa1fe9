import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The static server did not answer at ${url} within ${ms} ms.`);
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
  if (!existsSync("out/index.html")) throw new Error("No static build in out/: run `npm run build` first.");
  const port = await freePort();
  // Exactly what `npm start` runs after building, with PORT choosing the port as it does there.
  server = spawn(process.execPath, ["node_modules/serve/build/main.js", "out", "--no-clipboard", "--no-request-logging"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port) },
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(`${baseURL}/`, 15_000);
  project.provide("baseURL", baseURL);
}

export async function teardown() {
  server?.kill();
}
