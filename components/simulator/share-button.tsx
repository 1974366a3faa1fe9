"use client";

import { useState } from "react";
import { encodeShare } from "@/lib/workspace/share";
import { CopyButton } from "./copy-button";
import styles from "./simulator.module.css";
import { useWorkspaceStore } from "./workspace-context";

/** Puts the whole scenario in a link (nothing is uploaded: it lives in the URL fragment). */
export function ShareButton() {
  const store = useWorkspaceStore();
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className={styles.share}>
      <button
        type="button"
        className="button"
        onClick={() => {
          const st = store.getState();
          const hash = encodeShare({ scenario: st.scenario, selectedEvent: st.selectedEvent, activeFile: st.activeFile });
          const url = `${window.location.origin}${window.location.pathname}${hash}`;
          window.history.replaceState(null, "", hash);
          setLink(url);
        }}
      >
        Share
      </button>
      {link ? (
        <div className={styles.shareBox} role="group" aria-label="Share link">
          <label>
            Link to this scenario <span className="muted">({link.length.toLocaleString("en-US")} characters; it opens without running anything)</span>
            <input className={styles.textInput} readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
          </label>
          <CopyButton text={link} label="Copy link" />
        </div>
      ) : null}
    </div>
  );
}
