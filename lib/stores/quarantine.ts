import type { StateStorage } from "zustand/middleware";

/** Where a store's unreadable data is set aside. Never deleted by the app. */
export const QUARANTINE_PREFIX = "lambda-lab:quarantine:";

export type QuarantineNotice = { storeKey: string; backupKey: string; reason: string };

/**
 * Copies the raw stored text for `storeKey` to a backup key before anything can overwrite it,
 * and reports it. Returns the notice (also passed to `onQuarantine`).
 */
export function quarantine(
  backing: StateStorage,
  storeKey: string,
  raw: string,
  reason: string,
  now: number,
  onQuarantine?: (notice: QuarantineNotice) => void,
): QuarantineNotice {
  let backupKey = `${QUARANTINE_PREFIX}${storeKey}:${new Date(now).toISOString()}`;
  // Two problems in the same millisecond must not overwrite each other's backup.
  for (let i = 2; backing.getItem(backupKey) !== null; i++) backupKey = `${backupKey.replace(/#\d+$/, "")}#${i}`;
  backing.setItem(backupKey, raw);
  const notice = { storeKey, backupKey, reason };
  onQuarantine?.(notice);
  return notice;
}

export function listQuarantined(backing: Storage): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (let i = 0; i < backing.length; i++) {
    const key = backing.key(i);
    if (key?.startsWith(QUARANTINE_PREFIX)) out.push({ key, value: backing.getItem(key) ?? "" });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
