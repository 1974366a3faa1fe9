import type { z } from "zod/mini";
import { createJSONStorage, type PersistOptions, type StateStorage } from "zustand/middleware";
import { quarantine, type QuarantineNotice } from "./quarantine";

/**
 * What every persisted store declares: its storage key, current version, the schema of its
 * persisted slice, and how to migrate older versions. Export, import and corruption handling
 * work from this description alone.
 */
export type PersistedStoreSpec<P> = {
  key: string;
  version: number;
  schema: z.ZodMiniType<P>;
  /** Upgrade data written by version `from` (< version). Throw if it cannot be upgraded. */
  migrate: (persisted: unknown, from: number) => P;
};

/** Runs the spec's migration if needed and validates. Used by rehydration and by import. */
export function upgradePersisted<P>(spec: PersistedStoreSpec<P>, state: unknown, version: number): P {
  if (!Number.isInteger(version) || version < 0) throw new Error(`version ${String(version)} is not a valid version number`);
  if (version > spec.version) {
    throw new Error(`it was written by a newer Lambda Lab (data version ${version}, this app reads up to ${spec.version})`);
  }
  const upgraded = version < spec.version ? spec.migrate(state, version) : state;
  const parsed = spec.schema.safeParse(upgraded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`it does not match the expected shape (${issue.path.join(".") || "root"}: ${issue.message})`);
  }
  return parsed.data;
}

/**
 * zustand `persist` options for a spec. Data that cannot be parsed, comes from an unknown
 * version, fails migration or validation is copied aside (never wiped) and the store starts
 * clean; `onQuarantine` lets the app show a notice.
 */
export function persistOptionsFor<S, P>(
  spec: PersistedStoreSpec<P>,
  options: {
    storage: StateStorage;
    partialize: (state: S) => P;
    now: () => number;
    onQuarantine?: (notice: QuarantineNotice) => void;
  },
): PersistOptions<S, P> {
  const { storage: backing, now, onQuarantine } = options;
  const setAside = (reason: string) => {
    const raw = backing.getItem(spec.key);
    if (typeof raw === "string") quarantine(backing, spec.key, raw, reason, now(), onQuarantine);
  };
  const guarded: StateStorage = {
    getItem(name) {
      const raw = backing.getItem(name);
      if (typeof raw !== "string") return raw;
      try {
        const value = JSON.parse(raw) as unknown;
        const version = (value as { version?: unknown } | null)?.version;
        if (typeof value !== "object" || value === null || !("state" in value) || typeof version !== "number") {
          throw new Error("it is not a Lambda Lab save");
        }
        if (version > spec.version) throw new Error(`it was written by a newer Lambda Lab (data version ${version})`);
        return raw;
      } catch (error) {
        setAside(error instanceof SyntaxError ? "it is not valid JSON" : (error as Error).message);
        return null;
      }
    },
    setItem: (name, value) => backing.setItem(name, value),
    removeItem: (name) => backing.removeItem(name),
  };
  return {
    name: spec.key,
    version: spec.version,
    storage: createJSONStorage<P>(() => guarded),
    partialize: options.partialize,
    skipHydration: true,
    migrate: (persisted, from) => spec.migrate(persisted, from),
    merge(persisted, current) {
      if (persisted === undefined) return current; // nothing stored yet
      const parsed = spec.schema.safeParse(persisted);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        setAside(`it does not match the expected shape (${issue.path.join(".") || "root"}: ${issue.message})`);
        return current;
      }
      return { ...current, ...parsed.data };
    },
    onRehydrateStorage: () => (_state, error) => {
      if (error) setAside(`it could not be upgraded (${(error as Error).message})`);
    },
  };
}

/** In-memory StateStorage for tests and for browsers with storage disabled. */
export function createMemoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => (map.has(k) ? map.get(k)! : null),
    setItem: (k: string, v: string) => void map.set(k, String(v)),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
