import { z } from "zod/mini";
import type { StateStorage } from "zustand/middleware";
import { upgradePersisted, type PersistedStoreSpec } from "./persisted-store";

export const EXPORT_FORMAT = 1;

const exportFileSchema = z.object({
  app: z.literal("lambda-lab"),
  kind: z.literal("progress-export"),
  format: z.int(),
  exportedAt: z.string(),
  stores: z.record(z.string(), z.object({ version: z.int(), state: z.unknown() })),
});

export type ProgressExport = z.infer<typeof exportFileSchema>;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

/** Everything the learner has, as one JSON document. Reads storage, so it includes unsaved-yet-hydrated data only once persisted. */
export function buildExport(specs: readonly PersistedStoreSpec<unknown>[], storage: StateStorage, now: number): ProgressExport {
  const stores: ProgressExport["stores"] = {};
  for (const spec of specs) {
    const raw = storage.getItem(spec.key);
    if (typeof raw !== "string") continue;
    try {
      const { state, version } = JSON.parse(raw) as { state: unknown; version: number };
      stores[spec.key] = { version, state };
    } catch {
      // Unreadable data is already set aside by the store; the export carries what is valid.
    }
  }
  return { app: "lambda-lab", kind: "progress-export", format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), stores };
}

/**
 * Validates a whole export file and returns what to write, or throws ImportError naming the
 * first problem. Nothing is written here: the caller applies the result only when all is valid.
 */
export function parseImport(specs: readonly PersistedStoreSpec<unknown>[], text: string): Map<string, { version: number; state: unknown }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError("This file is not JSON. Choose a file exported from Lambda Lab's Progress page.");
  }
  const file = exportFileSchema.safeParse(json);
  if (!file.success) {
    throw new ImportError("This JSON file is not a Lambda Lab progress export (it lacks app, kind, format or stores).");
  }
  if (file.data.format > EXPORT_FORMAT) {
    throw new ImportError(`This export uses format ${file.data.format}, newer than this app reads (${EXPORT_FORMAT}). Update Lambda Lab and try again.`);
  }
  const known = new Map(specs.map((s) => [s.key, s]));
  const unknown = Object.keys(file.data.stores).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new ImportError(`This export contains data this app does not know (${unknown.join(", ")}); it may come from a newer Lambda Lab.`);
  }
  if (Object.keys(file.data.stores).length === 0) throw new ImportError("This export contains no progress.");
  const result = new Map<string, { version: number; state: unknown }>();
  for (const [key, entry] of Object.entries(file.data.stores)) {
    const spec = known.get(key)!;
    try {
      result.set(key, { version: spec.version, state: upgradePersisted(spec, entry.state, entry.version) });
    } catch (error) {
      throw new ImportError(`The ${key.replace("lambda-lab:", "")} data in this file cannot be used: ${(error as Error).message}.`);
    }
  }
  return result;
}

/** Writes validated import data. Stores must be rehydrated afterwards. */
export function applyImport(storage: StateStorage, data: Map<string, { version: number; state: unknown }>): void {
  for (const [key, value] of data) storage.setItem(key, JSON.stringify(value));
}
