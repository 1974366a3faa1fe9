"use client";

import { useState } from "react";
import { action, type WorkspaceActionInput } from "@/lib/workspace/actions";
import { validateAlias } from "@/lib/workspace/config-validation";
import { FieldIssues } from "./fields";
import styles from "./simulator.module.css";
import { useController, useWorkspace } from "./workspace-context";

/** Versions and aliases: publish, point an alias (optionally weighted), invoke by qualifier. */
export function VersionsPanel() {
  const controller = useController();
  const versions = useWorkspace((s) => s.versions);
  const aliases = useWorkspace((s) => s.aliases);
  const busy = useWorkspace((s) => s.engine === "busy");
  const [description, setDescription] = useState("");
  const [alias, setAlias] = useState({ name: "live", functionVersion: "1", weighted: false, additionalVersion: "2", percent: 10 });
  const [qualifier, setQualifier] = useState("$LATEST");
  const [count, setCount] = useState(20);
  const run = (input: WorkspaceActionInput) => void controller.run(action(input));
  const aliasInput = {
    name: alias.name,
    functionVersion: alias.functionVersion,
    ...(alias.weighted ? { additionalVersion: alias.additionalVersion, additionalWeight: alias.percent / 100 } : {}),
  };
  const aliasIssues = validateAlias(aliasInput, versions);
  const exists = alias.name in aliases;
  const qualifiers = ["$LATEST", ...versions, ...Object.keys(aliases)];

  return (
    <div className={styles.stack}>
      <form className={styles.group} aria-label="Publish a version" onSubmit={(e) => (e.preventDefault(), run({ type: "publishVersion", description }))}>
        <h3 className={styles.smallHeading}>Versions</h3>
        <p className={styles.hint}>
          $LATEST is the only version you can change. Publishing snapshots its code and configuration as the next number (only if something changed since the last one).
        </p>
        <div className={styles.inlineForm}>
          <label>
            Description
            <input className={styles.textInput} value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          <button type="submit" className="button button--small" disabled={busy}>
            Publish new version
          </button>
        </div>
        <p data-testid="versions">Published: {versions.length ? versions.join(", ") : "none yet"}</p>
      </form>

      <form
        className={styles.group}
        aria-label="Alias"
        onSubmit={(e) => {
          e.preventDefault();
          if (aliasIssues.some((i) => i.exception !== "Advice")) return;
          run({ type: exists ? "updateAlias" : "createAlias", ...aliasInput });
        }}
      >
        <h3 className={styles.smallHeading}>Aliases</h3>
        {Object.keys(aliases).length ? (
          <ul>
            {Object.entries(aliases).map(([name, a]) => (
              <li key={name}>
                <code>{name}</code> → version {a.functionVersion}
                {a.additionalVersion ? `, ${Math.round((a.additionalWeight ?? 0) * 100)}% to version ${a.additionalVersion}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
        <div className={styles.inlineForm}>
          <label>
            Alias name
            <input className={styles.textInput} value={alias.name} onChange={(e) => setAlias({ ...alias, name: e.target.value })} />
          </label>
          <label>
            Version
            <input className={styles.numberInput} value={alias.functionVersion} onChange={(e) => setAlias({ ...alias, functionVersion: e.target.value.trim() })} />
          </label>
          <label>
            <input type="checkbox" checked={alias.weighted} onChange={(e) => setAlias({ ...alias, weighted: e.target.checked })} /> Weighted
          </label>
          {alias.weighted ? (
            <>
              <label>
                Send
                <input type="number" min={0} max={100} className={styles.numberInput} value={alias.percent} onChange={(e) => setAlias({ ...alias, percent: Number(e.target.value) })} />% to version
              </label>
              <label>
                <span className="visually-hidden">Additional version</span>
                <input className={styles.numberInput} value={alias.additionalVersion} onChange={(e) => setAlias({ ...alias, additionalVersion: e.target.value.trim() })} />
              </label>
            </>
          ) : null}
          <button type="submit" className="button button--small" disabled={busy || aliasIssues.some((i) => i.exception !== "Advice")}>
            {exists ? "Update alias" : "Create alias"}
          </button>
        </div>
        <FieldIssues id="alias-issues" issues={aliasIssues} />
      </form>

      <div className={styles.group} role="group" aria-label="Invoke by qualifier">
        <h3 className={styles.smallHeading}>Invoke a version or alias</h3>
        <div className={styles.inlineForm}>
          <label>
            Qualifier
            <select aria-label="Qualifier" value={qualifier} onChange={(e) => setQualifier(e.target.value)}>
              {qualifiers.map((q) => (
                <option key={q}>{q}</option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--small" disabled={busy} onClick={() => run({ type: "invoke", invocationType: "RequestResponse", ...(qualifier !== "$LATEST" ? { qualifier } : {}) })}>
            Invoke {qualifier}
          </button>
          <label>
            <input type="number" min={1} max={1000} className={styles.numberInput} value={count} onChange={(e) => setCount(Math.min(1000, Math.max(1, Number(e.target.value) || 1)))} />
            <span className="visually-hidden">calls</span>
          </label>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => run({ type: "burst", count, invocationType: "RequestResponse", spreadMs: count * 100, ...(qualifier !== "$LATEST" ? { qualifier } : {}) })}
          >
            Burst {count} calls to {qualifier}
          </button>
        </div>
        <p className={styles.hint}>Each response&apos;s ExecutedVersion says which version ran; a burst through a weighted alias shows the split.</p>
      </div>
    </div>
  );
}
