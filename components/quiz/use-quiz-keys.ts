"use client";

import { useEffect, useRef } from "react";

export type QuizKeyHandlers = {
  /** 1-9: choose an option (or a grade once the answer is shown). */
  onNumber?: (n: number) => void;
  /** Enter: submit the answer. */
  onEnter?: () => void;
  /** Space: continue. */
  onSpace?: () => void;
};

function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement)
    return !["radio", "checkbox", "button", "submit", "reset"].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

// Buttons, links and summaries already act on Enter/Space; radios and checkboxes toggle on
// Space. Leaving those to the browser keeps one key press from doing two things.
function activatesNatively(el: Element | null, key: "Enter" | " "): boolean {
  if (!el) return false;
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el.tagName === "SUMMARY")
    return true;
  return key === " " && el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox");
}

/**
 * Page-wide quiz shortcuts: number keys choose, Enter submits, Space continues. Ignored while
 * typing in a field, with a modifier held, or when `enabled` is false.
 */
export function useQuizKeys(handlers: QuizKeyHandlers, enabled = true): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      if (isTextEntry(target)) return;
      const h = latest.current;
      if (/^[1-9]$/.test(e.key) && h.onNumber) {
        e.preventDefault();
        h.onNumber(Number(e.key));
      } else if (e.key === "Enter" && h.onEnter && !activatesNatively(target, "Enter")) {
        e.preventDefault();
        h.onEnter();
      } else if (e.key === " " && h.onSpace && !activatesNatively(target, " ")) {
        e.preventDefault();
        h.onSpace();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
