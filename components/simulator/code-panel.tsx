"use client";

import { useState } from "react";
import { handlerFile, SOURCE_EXTENSIONS, sourceFileSchema } from "@/lib/workspace/scenario";
import { CodeEditor } from "./editor/code-editor";
import styles from "./simulator.module.css";
import { useWorkspace } from "./workspace-context";

/** The Code tab: files as editor tabs, plus adding, renaming and deleting files. */
export function CodePanel({ loadEditorOnMount = true, height }: { loadEditorOnMount?: boolean; height?: string }) {
  const files = useWorkspace((s) => s.scenario.files);
  const handler = useWorkspace((s) => s.scenario.config.Handler);
  const activeFile = useWorkspace((s) => s.activeFile);
  const markers = useWorkspace((s) => s.markers);
  const setFile = useWorkspace((s) => s.setFile);
  const setActiveFile = useWorkspace((s) => s.setActiveFile);
  const addFile = useWorkspace((s) => s.addFile);
  const renameFile = useWorkspace((s) => s.renameFile);
  const deleteFile = useWorkspace((s) => s.deleteFile);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState("");
  const entry = handlerFile(files, handler);

  const check = (path: string): string => {
    const parsed = sourceFileSchema.safeParse({ path, content: "" });
    if (!parsed.success) return parsed.error.issues[0]?.message ?? "Not a valid file name.";
    if (files.some((f) => f.path === path)) return `${path} already exists.`;
    return "";
  };

  return (
    <div className={styles.stack}>
      <p className={styles.hint}>
        Handler <code>{handler}</code>
        {entry ? (
          <>
            {" "}
            runs the <code>{handler.slice(handler.lastIndexOf(".") + 1)}</code> export of <code>{entry.path}</code>.
          </>
        ) : (
          <> points at no file: invoking would fail with Runtime.ImportModuleError.</>
        )}{" "}
        <code>.mjs</code> files are ES modules, <code>.cjs</code> and <code>.js</code> CommonJS, <code>.ts</code> TypeScript.
      </p>
      <CodeEditor
        files={files}
        activePath={activeFile}
        onActivePathChange={setActiveFile}
        onChange={setFile}
        markers={markers}
        label="Function code"
        loadOnMount={loadEditorOnMount}
        height={height}
      />
      <form
        className={styles.inlineForm}
        aria-label="Files"
        onSubmit={(e) => {
          e.preventDefault();
          const path = name.trim();
          const p = check(path);
          setProblem(p);
          if (!p) {
            addFile(path, path.endsWith(".json") ? "{}\n" : "");
            setName("");
          }
        }}
      >
        <label>
          New file
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="lib/db.mjs"
            aria-describedby="file-name-help"
            aria-invalid={problem ? true : undefined}
            className={styles.textInput}
          />
        </label>
        <button type="submit" className="button button--small">
          Add file
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const to = window.prompt(`Rename ${activeFile} to:`, activeFile)?.trim();
            if (!to || to === activeFile) return;
            const p = check(to);
            setProblem(p);
            if (!p) renameFile(activeFile, to);
          }}
        >
          Rename {activeFile}
        </button>
        <button type="button" className="button button--small" disabled={files.length <= 1} onClick={() => deleteFile(activeFile)}>
          Delete {activeFile}
        </button>
      </form>
      <p id="file-name-help" className={problem ? styles.errorText : styles.hint} role={problem ? "alert" : undefined}>
        {problem || `File names end in ${SOURCE_EXTENSIONS.join(", ")}. Import them with relative paths, like "./lib/db.mjs".`}
      </p>
    </div>
  );
}
