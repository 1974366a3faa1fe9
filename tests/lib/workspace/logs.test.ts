import { describe, expect, test } from "vitest";
import { filterGroups, groupLogs, parseReport, requestIdOf, toLogLine } from "@/lib/workspace/logs";

const A = "8f5e2c1a-0000-4000-8000-00000000000a";
const B = "8f5e2c1a-0000-4000-8000-00000000000b";
const lines = [
  "2026-01-01T00:00:00.010Z\tundefined\tINFO\tConnected a new client",
  `START RequestId: ${A} Version: $LATEST`,
  `START RequestId: ${B} Version: 2`,
  `2026-01-01T00:00:00.200Z\t${A}\tINFO\tprocessing order 1`,
  `2026-01-01T00:00:00.210Z\t${B}\tERROR\tInvoke Error\t{"errorType":"Error"}`,
  `END RequestId: ${A}`,
  `REPORT RequestId: ${A}\tDuration: 38.66 ms\tBilled Duration: 39 ms\tMemory Size: 128 MB\tMax Memory Used: 54 MB\tInit Duration: 203.69 ms\t`,
  `END RequestId: ${B}`,
  `REPORT RequestId: ${B}\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\tStatus: timeout`,
].map(toLogLine);

describe("CloudWatch log lines", () => {
  test("request ids come from START/END/REPORT and console lines", () => {
    expect(requestIdOf(`END RequestId: ${A}`)).toBe(A);
    expect(requestIdOf(`2026-01-01T00:00:00.200Z\t${A}\tINFO\tx`)).toBe(A);
    expect(requestIdOf("2026-01-01T00:00:00.010Z\tundefined\tINFO\tinit")).toBeUndefined();
  });

  test("REPORT fields are read, Init Duration only when present", () => {
    expect(parseReport(lines[6].text)).toEqual({ requestId: A, durationMs: 38.66, billedMs: 39, memorySizeMb: 128, maxMemoryUsedMb: 54, initDurationMs: 203.69 });
    expect(parseReport(lines[8].text)).toMatchObject({ durationMs: 3000, status: "timeout" });
    expect(parseReport(lines[8].text)).not.toHaveProperty("initDurationMs");
    expect(parseReport("START RequestId: x")).toBeNull();
  });

  test("interleaved requests are grouped; Init output stays in its own group first", () => {
    const groups = groupLogs(lines);
    expect(groups.map((g) => [g.id, g.lines.length, g.version, g.complete])).toEqual([
      ["init-1", 1, undefined, true],
      [A, 4, "$LATEST", true],
      [B, 4, "2", true],
    ]);
    expect(groups[1].report?.billedMs).toBe(39);
  });

  test("filters like CloudWatch: all terms, ?any, -exclude, quoted phrases, case-sensitive", () => {
    const groups = groupLogs(lines);
    expect(filterGroups(groups, "ERROR").map((g) => g.id)).toEqual([B]);
    expect(filterGroups(groups, "Processing")).toEqual([]);
    expect(filterGroups(groups, "processing").map((g) => g.id)).toEqual([A]);
    expect(filterGroups(groups, '"order 1"').map((g) => g.lines.map((l) => l.text))).toEqual([[`2026-01-01T00:00:00.200Z\t${A}\tINFO\tprocessing order 1`]]);
    expect(filterGroups(groups, "?Init ?timeout").flatMap((g) => g.lines).length).toBe(2);
    expect(filterGroups(groups, "REPORT -timeout").map((g) => g.id)).toEqual([A]);
    expect(filterGroups(groups, "  ")).toHaveLength(3);
  });

  test("log objects from the engine are accepted", () => {
    expect(toLogLine({ message: `END RequestId: ${A}`, timestamp: 5, logStreamName: "s" })).toEqual({
      text: `END RequestId: ${A}`, requestId: A, timestamp: 5, stream: "s",
    });
  });
});
