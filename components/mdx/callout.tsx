import type { ReactNode } from "react";

const TITLES = { note: "Note", tip: "Tip", warning: "Watch out" } as const;

export function Callout({ kind = "note", title, children }: { kind?: keyof typeof TITLES; title?: string; children: ReactNode }) {
  return (
    <aside className={`callout callout--${kind}`} aria-label={title ?? TITLES[kind]}>
      <p className="callout__title">{title ?? TITLES[kind]}</p>
      <div className="callout__body">{children}</div>
    </aside>
  );
}
