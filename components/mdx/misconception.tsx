import type { ReactNode } from "react";

/** Names a common wrong belief (often from old course notes) and teaches what is true. */
export function Misconception({ claim, children }: { claim: string; children: ReactNode }) {
  return (
    <aside className="callout callout--misconception" aria-label="Common misconception">
      <p className="callout__title">Common misconception</p>
      <p className="misconception__claim">
        <s>{claim}</s>
      </p>
      <div className="callout__body">{children}</div>
    </aside>
  );
}
