import { describe, expect, test } from "vitest";
import { z } from "zod/mini";
import { persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { createMemoryStorage, persistOptionsFor, type PersistedStoreSpec } from "@/lib/stores/persisted-store";
import { createProgressStore } from "@/lib/stores/progress-store";
import { listQuarantined, type QuarantineNotice } from "@/lib/stores/quarantine";

const KEY = "lambda-lab:progress";

function setup(initial: Record<string, string> = {}) {
  const storage = createMemoryStorage(initial);
  const notices: QuarantineNotice[] = [];
  let t = Date.UTC(2026, 10, 1);
  const store = createProgressStore({ storage, now: () => t, onQuarantine: (n) => notices.push(n) });
  return { storage, notices, store, tick: (ms: number) => (t += ms) };
}

describe("progress store", () => {
  test("records visits and completion and persists them", async () => {
    const { storage, store, tick } = setup();
    await store.persist.rehydrate();
    store.getState().visitLesson("sync-invocation");
    tick(60_000);
    store.getState().completeLesson("sync-invocation");
    const saved = JSON.parse(storage.getItem(KEY)!);
    expect(saved.version).toBe(1);
    expect(saved.state).toEqual({
      lastLessonSlug: "sync-invocation",
      lessons: { "sync-invocation": { firstVisitedAt: Date.UTC(2026, 10, 1), lastVisitedAt: Date.UTC(2026, 10, 1), completedAt: Date.UTC(2026, 10, 1) + 60_000 } },
    });

    // A new page load reads it back.
    const again = createProgressStore({ storage });
    await again.persist.rehydrate();
    expect(again.getState().lessons["sync-invocation"].completedAt).toBe(Date.UTC(2026, 10, 1) + 60_000);
  });

  test("does not touch storage before rehydration (skipHydration)", () => {
    const { storage } = setup({ [KEY]: "keep me" });
    expect(storage.getItem(KEY)).toBe("keep me");
  });

  test("unparsable data is kept aside, reported, and the store starts clean", async () => {
    const { storage, store, notices } = setup({ [KEY]: "{not json" });
    await store.persist.rehydrate();
    expect(store.getState().lessons).toEqual({});
    expect(notices).toHaveLength(1);
    expect(notices[0].reason).toBe("it is not valid JSON");
    expect(storage.getItem(notices[0].backupKey)).toBe("{not json");
    // Saving new progress never destroys the backup.
    store.getState().completeLesson("alb");
    expect(listQuarantined(storage).map((q) => q.value)).toEqual(["{not json"]);
  });

  test("data from a newer app version is kept aside rather than misread", async () => {
    const raw = JSON.stringify({ version: 9, state: { lessons: {}, lastLessonSlug: null } });
    const { storage, store, notices } = setup({ [KEY]: raw });
    await store.persist.rehydrate();
    expect(notices[0].reason).toMatch(/newer Lambda Lab \(data version 9\)/);
    expect(storage.getItem(notices[0].backupKey)).toBe(raw);
  });

  test("data of the right version but the wrong shape is kept aside", async () => {
    const raw = JSON.stringify({ version: 1, state: { lessons: { x: { completedAt: "yesterday" } }, lastLessonSlug: null } });
    const { store, notices } = setup({ [KEY]: raw });
    await store.persist.rehydrate();
    expect(store.getState().lessons).toEqual({});
    expect(notices[0].reason).toMatch(/does not match the expected shape \(lessons\.x\./);
  });

  test("an old version with no migration path is kept aside", async () => {
    const raw = JSON.stringify({ version: 0, state: { anything: true } });
    const { storage, store, notices } = setup({ [KEY]: raw });
    await store.persist.rehydrate();
    expect(notices[0].reason).toMatch(/could not be upgraded \(no migration from progress version 0\)/);
    expect(storage.getItem(notices[0].backupKey)).toBe(raw);
  });
});

describe("persisted store migrations", () => {
  // A store whose version 2 renamed `count` to `total`: the mechanism every store relies on.
  const spec: PersistedStoreSpec<{ total: number }> = {
    key: "test:counter",
    version: 2,
    schema: z.object({ total: z.number() }),
    migrate(persisted, from) {
      if (from === 1) return { total: z.object({ count: z.number() }).parse(persisted).count };
      throw new Error(`no migration from ${from}`);
    },
  };
  const make = (storage: ReturnType<typeof createMemoryStorage>) =>
    createStore<{ total: number }>()(
      persist(() => ({ total: 0 }), persistOptionsFor(spec, { storage, now: () => 0, partialize: (s) => ({ total: s.total }) })),
    );

  test("upgrades older data and saves it in the new version", async () => {
    const storage = createMemoryStorage({ "test:counter": JSON.stringify({ version: 1, state: { count: 41 } }) });
    const store = make(storage);
    await store.persist.rehydrate();
    expect(store.getState().total).toBe(41);
    expect(JSON.parse(storage.getItem("test:counter")!)).toEqual({ version: 2, state: { total: 41 } });
  });
});
