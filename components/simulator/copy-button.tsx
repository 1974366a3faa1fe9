"use client";

import { useState } from "react";

/** Copies text to the clipboard and says so (in a live region) for a moment. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <button
      type="button"
      className="button button--small"
      onClick={() => {
        navigator.clipboard
          ?.writeText(text)
          .then(() => setState("copied"))
          .catch(() => setState("failed"))
          .finally(() => window.setTimeout(() => setState("idle"), 2000));
      }}
    >
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the text" : label}</span>
    </button>
  );
}
