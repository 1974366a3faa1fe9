"use client";

import { useSyncExternalStore } from "react";
import { applyThemeChoice, readThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from "./theme";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };
const ICON: Record<ThemeChoice, string> = { system: "◐", light: "☀", dark: "☾" };
const CHANGE_EVENT = "lambda-lab-theme-change";

function subscribe(onChange: () => void) {
  const onStorage = (e: StorageEvent) => e.key === THEME_STORAGE_KEY && onChange();
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** Cycles system → light → dark. The label says the current theme and what a press does. */
export function ThemeToggle() {
  const current = useSyncExternalStore(subscribe, readThemeChoice, () => "system" as ThemeChoice);
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={`Theme: ${LABEL[current]}. Switch to ${LABEL[NEXT[current]]}.`}
      title={`Theme: ${LABEL[current]}`}
      onClick={() => {
        applyThemeChoice(NEXT[current]);
        window.dispatchEvent(new Event(CHANGE_EVENT));
      }}
    >
      <span aria-hidden="true">{ICON[current]}</span>
      <span>{LABEL[current]}</span>
    </button>
  );
}
