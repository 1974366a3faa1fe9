// Child process for the lambda-local comparison with its default logging printed to stdout
// (the parent points stdout at /dev/null). Reports the median µs per call on stderr as JSON.
import lambdaLocal from "lambda-local";

const handler = async () => ({ ok: true });
const call = () => lambdaLocal.execute({ event: {}, lambdaFunc: { handler }, lambdaHandler: "handler", timeoutMs: 3000 });
for (let i = 0; i < 300; i++) await call();
const times = [];
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  await call();
  times.push((performance.now() - t0) * 1000);
}
times.sort((a, b) => a - b);
process.stderr.write(JSON.stringify({ median: times[1000], p10: times[200] }) + "\n");
