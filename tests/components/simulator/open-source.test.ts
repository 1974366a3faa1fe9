import { describe, expect, test } from "vitest";
import { sourceFromLocation } from "@/components/simulator/location-source";
import { openSource } from "@/components/simulator/open-source";
import { getPreset } from "@/lib/workspace/presets";
import { encodeShare } from "@/lib/workspace/share";

describe("opening the workspace from an address", () => {
  test("a share link wins over a preset, and no parameters mean a blank function", () => {
    expect(sourceFromLocation({ search: "?preset=cold-warm-client", hash: "#v1/abc" })).toEqual({ kind: "share", hash: "#v1/abc" });
    expect(sourceFromLocation({ search: "?preset=cold-warm-client", hash: "#timeline" })).toEqual({ kind: "preset", id: "cold-warm-client" });
    expect(sourceFromLocation({ search: "", hash: "" })).toEqual({ kind: "default" });
  });

  test("presets and share links open their scenario", () => {
    expect(openSource({ kind: "preset", id: "alb-hello-world" })).toMatchObject({ presetId: "alb-hello-world", scenario: { config: { FunctionName: "hello" } } });
    const scenario = getPreset("sqs-partial-batch").scenario;
    const opened = openSource({ kind: "share", hash: encodeShare({ scenario, selectedEvent: "two-records" }) });
    expect(opened.scenario).toEqual(scenario);
    expect(opened.selectedEvent).toBe("two-records");
    expect(opened.problem).toBeUndefined();
  });

  test("a bad link or an unknown preset opens a blank function with the reason", () => {
    const bad = openSource({ kind: "share", hash: "#v1/AAAA" });
    expect(bad.scenario.config.FunctionName).toBe("my-function");
    expect(bad.problem).toMatch(/damaged/);
    expect(openSource({ kind: "preset", id: "nope" }).problem).toMatch(/There is no preset called "nope"/);
  });
});
