import { spawnSync } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import lambdaLocal from "lambda-local";

/**
 * The same trivial handler through lambda-local, which calls the handler in-process with its
 * own context, timeout handling and logging. Measured twice: with lambda-local's default
 * logging (verboseLevel 3; its winston transports are silenced so nothing is printed, but the
 * log records are still produced, as our engine produces CloudWatch lines for every call) and
 * with logging off (verboseLevel 0). Median µs per call.
 */
export interface LambdaLocalFigures {
  /** Default logging, printed to stdout (here /dev/null), in a child process: how it is normally used. */
  printedLogging: number;
  /** Default logging with its transports silenced: records are made, nothing is written. */
  silentLogging: number;
  loggingOff: number;
}

function printed(): number {
  const child = spawnSync(process.execPath, [path.join(process.cwd(), "bench", "lambda-local-child.mjs")], {
    stdio: ["ignore", openSync("/dev/null", "w"), "pipe"],
    encoding: "utf8",
  });
  const line = child.stderr.trim().split("\n").pop() ?? "{}";
  return (JSON.parse(line) as { median: number }).median;
}

async function measure(verboseLevel: number | undefined): Promise<number> {
  const handler = async () => ({ ok: true });
  const call = () =>
    lambdaLocal.execute({
      event: {},
      lambdaFunc: { handler },
      lambdaHandler: "handler",
      timeoutMs: 3000,
      ...(verboseLevel === undefined ? {} : { verboseLevel }),
    });
  for (let i = 0; i < 500; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const t0 = performance.now();
    await call();
    times.push((performance.now() - t0) * 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchLambdaLocal(): Promise<LambdaLocalFigures> {
  const logger = lambdaLocal.getLogger() as unknown as { transports: Array<{ silent?: boolean }> };
  for (const transport of logger.transports) transport.silent = true;
  return { printedLogging: printed(), silentLogging: await measure(undefined), loggingOff: await measure(0) };
}
