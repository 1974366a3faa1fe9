"use client";

import { useMemo, useState } from "react";
import { EVENT_TEMPLATES, templateJson } from "@/lib/workspace/event-templates";
import { checkEventJson, checkEventName, formatEventJson } from "@/lib/workspace/event-validation";
import styles from "./simulator.module.css";
import { useWorkspace } from "./workspace-context";

function uniqueName(base: string, taken: readonly string[]): string {
  const stem = base.replace(/[^a-zA-Z0-9._-]/g, "-").slice(0, 22) || "event";
  if (!taken.includes(stem)) return stem;
  for (let i = 2; ; i++) if (!taken.includes(`${stem}-${i}`)) return `${stem}-${i}`;
}

/** The Test tab: saved test events, templates for every source, JSON editing with validation. */
export function TestPanel() {
  const events = useWorkspace((s) => s.scenario.testEvents);
  const selected = useWorkspace((s) => s.selectedEvent);
  const selectEvent = useWorkspace((s) => s.selectEvent);
  const saveEvent = useWorkspace((s) => s.saveEvent);
  const deleteEvent = useWorkspace((s) => s.deleteEvent);
  const [template, setTemplate] = useState(EVENT_TEMPLATES[0].id);
  const [rename, setRename] = useState<string | null>(null);
  const current = events.find((e) => e.name === selected) ?? events[0];
  const check = useMemo(() => (current ? checkEventJson(current.payload) : null), [current]);
  const names = events.map((e) => e.name);
  const renameProblem = rename !== null ? checkEventName(rename, names.filter((n) => n !== current?.name)) : null;
  const sources = [...new Set(EVENT_TEMPLATES.map((t) => t.source))];

  return (
    <div className={styles.stack}>
      <div className={styles.inlineForm}>
        <label>
          Test event
          <select aria-label="Test event" value={current?.name ?? ""} onChange={(e) => selectEvent(e.target.value)} data-testid="event-select">
            {events.map((e) => (
              <option key={e.name} value={e.name}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" disabled={!current} onClick={() => current && setRename(current.name)}>
          Rename
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!current}
          onClick={() => current && saveEvent({ name: uniqueName(`${current.name}-copy`, names), payload: current.payload })}
        >
          Duplicate
        </button>
        <button type="button" className="button button--small" disabled={!current || events.length <= 1} onClick={() => current && deleteEvent(current.name)}>
          Delete
        </button>
      </div>
      {rename !== null && current ? (
        <form
          className={styles.inlineForm}
          aria-label="Rename test event"
          onSubmit={(e) => {
            e.preventDefault();
            if (renameProblem) return;
            saveEvent({ name: rename, payload: current.payload }, current.name);
            setRename(null);
          }}
        >
          <label>
            New name
            <input
              value={rename}
              onChange={(e) => setRename(e.target.value)}
              aria-invalid={renameProblem ? true : undefined}
              aria-describedby="event-name-problem"
              className={styles.textInput}
              autoFocus
            />
          </label>
          <button type="submit" className="button button--small" disabled={!!renameProblem}>
            Save name
          </button>
          <button type="button" className="button button--small" onClick={() => setRename(null)}>
            Cancel
          </button>
          <span id="event-name-problem" className={styles.errorText}>
            {renameProblem}
          </span>
        </form>
      ) : null}
      <div className={styles.inlineForm}>
        <label>
          Template
          <select aria-label="Template" value={template} onChange={(e) => setTemplate(e.target.value)}>
            {sources.map((source) => (
              <optgroup key={source} label={source}>
                {EVENT_TEMPLATES.filter((t) => t.source === source).map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const t = EVENT_TEMPLATES.find((x) => x.id === template) ?? EVENT_TEMPLATES[0];
            saveEvent({ name: uniqueName(t.id, names), payload: templateJson(t) });
          }}
        >
          New event from template
        </button>
      </div>
      {current ? (
        <>
          <label className={styles.blockLabel} htmlFor="event-json">
            Event JSON <span className="muted">({current.name}; changes are saved as you type)</span>
          </label>
          <textarea
            id="event-json"
            className={styles.jsonInput}
            value={current.payload}
            spellCheck={false}
            rows={Math.min(24, Math.max(8, current.payload.split("\n").length + 1))}
            aria-invalid={check && !check.ok ? true : undefined}
            aria-describedby="event-json-status"
            onChange={(e) => saveEvent({ name: current.name, payload: e.target.value })}
          />
          <div className={styles.inlineForm}>
            <p id="event-json-status" className={check && !check.ok ? styles.errorText : styles.hint} role={check && !check.ok ? "alert" : undefined}>
              {check && !check.ok ? check.message : check?.ok ? `Valid JSON, ${check.bytes.toLocaleString("en-US")} bytes.` : ""}
            </p>
            <button type="button" className="button button--small" onClick={() => saveEvent({ name: current.name, payload: formatEventJson(current.payload) })}>
              Format
            </button>
          </div>
        </>
      ) : (
        <p className="muted">No saved events: create one from a template.</p>
      )}
    </div>
  );
}
