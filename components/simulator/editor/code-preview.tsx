import { useMemo } from "react";
import { tokenize } from "@/lib/workspace/highlight";
import styles from "./editor.module.css";

/**
 * The code as highlighted static text: shown at once while Monaco loads (it takes a moment on a
 * slow connection), and in lesson embeds until the learner asks to edit.
 */
export function CodePreview({ code, label, minLines = 12 }: { code: string; label: string; minLines?: number }) {
  const tokens = useMemo(() => tokenize(code), [code]);
  const lines = Math.max(minLines, code.split("\n").length);
  return (
    <pre className={styles.preview} aria-label={label} tabIndex={0} style={{ minHeight: `${lines * 1.5 + 1.5}em` }}>
      <code>
        {tokens.map((t, i) =>
          t.type === "plain" ? (
            t.text
          ) : (
            <span key={i} className={styles[`tok_${t.type}`]}>
              {t.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
