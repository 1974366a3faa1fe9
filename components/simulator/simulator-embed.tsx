"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { PRESET_TITLES } from "@/lib/workspace/presets/titles";
import styles from "./embed.module.css";

// The lesson embed, `<Simulator preset="async-retries-dlq" />`. Closed, it is a few hundred bytes
// of markup and code: the workspace (and later the engine worker and Monaco) load only when the
// learner opens it, so lesson pages stay light.
const CompactWorkspace = dynamic(() => import("./simulator-workspace").then((m) => m.CompactWorkspace), {
  ssr: false,
  loading: () => (
    <p className="muted" role="status">
      Loading the simulator…
    </p>
  ),
});

export function Simulator({ preset, title }: { preset: string; title?: string }) {
  const [open, setOpen] = useState(false);
  const name = title ?? PRESET_TITLES[preset] ?? preset;
  const href = `/simulator/?preset=${encodeURIComponent(preset)}`;
  return (
    <section className={styles.embed} aria-label={`Simulator: ${name}`} data-preset={preset}>
      <header className={styles.header}>
        <p className={styles.kicker}>Simulator</p>
        <p className={styles.title}>{name}</p>
      </header>
      {open ? (
        <CompactWorkspace presetId={preset} />
      ) : (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
            Open here
          </button>
          <a className="button" href={href}>
            Open in the full simulator
          </a>
          <span className="muted">Nothing runs until you press a button.</span>
        </div>
      )}
      {open ? (
        <p className={styles.footer}>
          <a href={href}>Continue in the full simulator</a> (code changes made here are not carried over).
        </p>
      ) : null}
    </section>
  );
}

/** The same component under a descriptive name, for imports outside MDX. */
export const SimulatorEmbed = Simulator;
