"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import styles from "./simulator.module.css";

export type TabDef = { id: string; label: ReactNode; badge?: ReactNode };

/**
 * WAI-ARIA tabs with manual activation: arrow keys move between tabs, Home/End jump, Enter or
 * Space (a click) selects. A panel mounts the first time it is shown and then stays mounted,
 * hidden: switching back to the Code tab must not rebuild the editor (a long main-thread task).
 */
export function Tabs({
  tabs,
  selected,
  onSelect,
  label,
  panels,
  small = false,
}: {
  tabs: readonly TabDef[];
  selected: string;
  onSelect: (id: string) => void;
  label: string;
  panels: Readonly<Record<string, ReactNode>>;
  small?: boolean;
}) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([selected]));
  if (!visited.has(selected)) setVisited(new Set([...visited, selected]));
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const to =
      e.key === "ArrowRight" ? (index === last ? 0 : index + 1) : e.key === "ArrowLeft" ? (index === 0 ? last : index - 1) : e.key === "Home" ? 0 : e.key === "End" ? last : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(tabs[to].id);
    list.current?.querySelectorAll<HTMLButtonElement>("[role=tab]")[to]?.focus();
  };
  return (
    <div className={styles.tabsBox}>
      <div ref={list} role="tablist" aria-label={label} className={small ? styles.tabListSmall : styles.tabList}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            id={`${base}-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === selected}
            aria-controls={visited.has(t.id) ? `${base}-panel-${t.id}` : undefined}
            tabIndex={t.id === selected ? 0 : -1}
            className={styles.tab}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t.label}
            {t.badge ? <span className={styles.tabBadge}>{t.badge}</span> : null}
          </button>
        ))}
      </div>
      {tabs.map((t) =>
        visited.has(t.id) ? (
          <div
            key={t.id}
            id={`${base}-panel-${t.id}`}
            role="tabpanel"
            aria-labelledby={`${base}-tab-${t.id}`}
            className={styles.tabPanel}
            tabIndex={-1}
            hidden={t.id !== selected}
          >
            {panels[t.id]}
          </div>
        ) : null,
      )}
    </div>
  );
}
