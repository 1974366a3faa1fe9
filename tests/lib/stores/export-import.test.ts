import { describe, expect, test } from "vitest";
import { applyImport, buildExport, parseImport } from "@/lib/stores/export-import";
import { createMemoryStorage } from "@/lib/stores/persisted-store";
import { persistedStoreSpecs } from "@/lib/stores/persisted-stores";
import { createProgressStore } from "@/lib/stores/progress-store";

async function storeWithProgress() {
  const storage = createMemoryStorage();
  const store = createProgressStore({ storage, now: () => 1_700_000_000_000 });
  await store.persist.rehydrate();
  store.getState().completeLesson("alb");
  return storage;
}

describe("progress export and import", () => {
  test("an export imports into empty storage and restores the same progress", async () => {
    const source = await storeWithProgress();
    const file = JSON.stringify(buildExport(persistedStoreSpecs, source, Date.UTC(2026, 0, 2)));
    const target = createMemoryStorage();
    applyImport(target, parseImport(persistedStoreSpecs, file));
    const store = createProgressStore({ storage: target });
    await store.persist.rehydrate();
    expect(store.getState().lessons.alb.completedAt).toBe(1_700_000_000_000);
  });

  test.each([
    ["not JSON", "{", /not JSON/],
    ["another app's JSON", JSON.stringify({ hello: 1 }), /not a Lambda Lab progress export/],
    ["a newer format", JSON.stringify({ app: "lambda-lab", kind: "progress-export", format: 99, exportedAt: "", stores: {} }), /format 99, newer/],
    ["no stores", JSON.stringify({ app: "lambda-lab", kind: "progress-export", format: 1, exportedAt: "", stores: {} }), /contains no progress/],
    [
      "an unknown store",
      JSON.stringify({ app: "lambda-lab", kind: "progress-export", format: 1, exportedAt: "", stores: { "lambda-lab:future": { version: 1, state: {} } } }),
      /does not know \(lambda-lab:future\)/,
    ],
    [
      "invalid progress",
      JSON.stringify({ app: "lambda-lab", kind: "progress-export", format: 1, exportedAt: "", stores: { "lambda-lab:progress": { version: 1, state: { lessons: [] } } } }),
      /progress data in this file cannot be used: it does not match the expected shape \(lessons:/,
    ],
  ])("rejects %s with a clear message", (_name, text, message) => {
    expect(() => parseImport(persistedStoreSpecs, text)).toThrow(message);
  });
});
