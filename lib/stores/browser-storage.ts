import { createMemoryStorage } from "./persisted-store";

/**
 * localStorage when the browser allows it; otherwise (private modes, disabled storage) an
 * in-memory stand-in so the app still works for the session, and `persistent: false` so the UI
 * can say progress will not be kept.
 */
export function openBrowserStorage(): { storage: Storage; persistent: boolean } {
  try {
    const probe = "lambda-lab:probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return { storage: window.localStorage, persistent: true };
  } catch {
    return { storage: createMemoryStorage(), persistent: false };
  }
}
