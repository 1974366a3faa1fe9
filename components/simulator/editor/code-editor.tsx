"use client";

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { EditorMarker } from "@/lib/workspace/markers";
import type { SourceFile } from "@/lib/workspace/scenario";
import { CodePreview } from "./code-preview";
import styles from "./editor.module.css";
import type * as MonacoSetup from "./monaco-setup";

type MonacoNs = MonacoSetup.Monaco;
type StandaloneEditor = ReturnType<MonacoNs["editor"]["create"]>;
type Model = ReturnType<MonacoNs["editor"]["createModel"]>;

export type CodeEditorProps = {
  files: readonly SourceFile[];
  activePath: string;
  onActivePathChange: (path: string) => void;
  onChange: (path: string, content: string) => void;
  markers?: readonly EditorMarker[];
  /** Accessible name of the editing surface ("Function code"). */
  label: string;
  /** Load Monaco straight away (the simulator page) or only when asked (lesson embeds). */
  loadOnMount?: boolean;
  height?: string;
  readOnly?: boolean;
};

type Status = "idle" | "loading" | "ready" | "failed";

function currentTheme(): "vs" | "vs-dark" {
  const forced = document.documentElement.dataset.theme;
  const dark = forced ? forced === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
  return dark ? "vs-dark" : "vs";
}

/**
 * Monaco with one model per file and a tab per file. A static highlighted preview stands in until
 * Monaco has loaded; a plain textarea is always available (and used if Monaco fails to load).
 */
export function CodeEditor({
  files,
  activePath,
  onActivePathChange,
  onChange,
  markers = [],
  label,
  loadOnMount = true,
  height = "22rem",
  readOnly = false,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const monacoRef = useRef<MonacoNs | null>(null);
  const editorRef = useRef<StandaloneEditor | null>(null);
  const models = useRef(new Map<string, Model>());
  const onChangeRef = useRef(onChange);
  const [status, setStatus] = useState<Status>("idle");
  const [plain, setPlain] = useState(false);
  const active = files.find((f) => f.path === activePath) ?? files[0];

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const load = useCallback(() => {
    if (status !== "idle") return;
    setStatus("loading");
    import("./monaco-setup")
      .then((mod) => {
        monacoRef.current = mod.setupMonaco();
        setStatus("ready");
      })
      .catch(() => setStatus("failed"));
  }, [status]);

  useEffect(() => {
    if (!loadOnMount || status !== "idle") return;
    // After first paint: the page is usable (preview, buttons) before the editor arrives.
    const id = window.setTimeout(load, 0);
    return () => window.clearTimeout(id);
  }, [loadOnMount, load, status]);

  // Create the editor once Monaco is ready and the surface is shown.
  useEffect(() => {
    const m = monacoRef.current;
    if (status !== "ready" || plain || !m || !host.current) return;
    const editor = m.editor.create(host.current, {
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      tabSize: 2,
      theme: currentTheme(),
      ariaLabel: label,
      readOnly,
      accessibilitySupport: "auto",
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    const sub = editor.onDidChangeModelContent(() => {
      const model = editor.getModel();
      if (!model) return;
      const path = [...models.current].find(([, mm]) => mm === model)?.[0];
      if (path) onChangeRef.current(path, model.getValue());
    });
    const themeObserver = new MutationObserver(() => m.editor.setTheme(currentTheme()));
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const onMedia = () => m.editor.setTheme(currentTheme());
    media.addEventListener("change", onMedia);
    return () => {
      sub.dispose();
      themeObserver.disconnect();
      media.removeEventListener("change", onMedia);
      editor.dispose();
      editorRef.current = null;
    };
  }, [status, plain, label, readOnly]);

  // Keep models in step with the files (new, renamed, removed, or changed from outside).
  useEffect(() => {
    const m = monacoRef.current;
    if (status !== "ready" || !m) return;
    const { languageOf, modelUri } = monacoHelpers;
    const wanted = new Set(files.map((f) => f.path));
    for (const [path, model] of models.current) {
      if (!wanted.has(path)) {
        model.dispose();
        models.current.delete(path);
      }
    }
    for (const f of files) {
      const existing = models.current.get(f.path);
      if (!existing) models.current.set(f.path, m.editor.createModel(f.content, languageOf(f.path), modelUri(m, f.path)));
      else if (existing.getValue() !== f.content) existing.setValue(f.content);
    }
  }, [files, status]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = active ? models.current.get(active.path) : undefined;
    if (editor && model && editor.getModel() !== model) editor.setModel(model);
  }, [active, status, plain, files]);

  useEffect(() => {
    const m = monacoRef.current;
    if (status !== "ready" || !m) return;
    for (const [path, model] of models.current) {
      m.editor.setModelMarkers(
        model,
        "lambda-lab",
        markers
          .filter((mk) => mk.path === path)
          .map((mk) => ({
            startLineNumber: mk.line,
            startColumn: mk.column,
            endLineNumber: mk.line,
            endColumn: mk.endColumn ?? model.getLineMaxColumn(Math.min(mk.line, model.getLineCount())),
            message: mk.message,
            severity: mk.severity === "error" ? m.MarkerSeverity.Error : m.MarkerSeverity.Warning,
          })),
      );
    }
  }, [markers, status, files]);

  useEffect(() => {
    const current = models.current;
    return () => {
      for (const model of current.values()) model.dispose();
      current.clear();
    };
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    e.preventDefault();
    const next = files[(index + (e.key === "ArrowRight" ? 1 : files.length - 1)) % files.length];
    onActivePathChange(next.path);
    document.getElementById(`file-tab-${next.path}`)?.focus();
  };

  const revealMarker = (mk: EditorMarker) => {
    onActivePathChange(mk.path);
    requestAnimationFrame(() => {
      const editor = editorRef.current;
      if (editor) {
        editor.revealLineInCenter(mk.line);
        editor.setPosition({ lineNumber: mk.line, column: mk.column });
        editor.focus();
      }
    });
  };

  const fileHasError = (path: string) => markers.some((m) => m.path === path && m.severity === "error");
  const showMonaco = status === "ready" && !plain;

  return (
    <div className={styles.editor} style={{ ["--editor-height" as string]: height }}>
      <div className={styles.tabs} role="tablist" aria-label="Files">
        {files.map((f, i) => (
          <button
            key={f.path}
            id={`file-tab-${f.path}`}
            type="button"
            role="tab"
            aria-selected={f.path === active?.path}
            aria-controls="code-surface"
            tabIndex={f.path === active?.path ? 0 : -1}
            className={`${styles.tab} ${fileHasError(f.path) ? styles.tabError : ""}`}
            onClick={() => onActivePathChange(f.path)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {f.path}
            {fileHasError(f.path) ? <span className="visually-hidden"> (has errors)</span> : null}
          </button>
        ))}
      </div>
      <div id="code-surface" role="tabpanel" aria-labelledby={active ? `file-tab-${active.path}` : undefined} className={styles.surface}>
        {plain || status === "failed" ? (
          <textarea
            className={styles.textarea}
            aria-label={`${label}: ${active?.path ?? ""}`}
            value={active?.content ?? ""}
            readOnly={readOnly}
            spellCheck={false}
            onChange={(e) => active && onChange(active.path, e.target.value)}
          />
        ) : (
          <>
            <div ref={host} className={styles.monaco} hidden={!showMonaco} data-testid="monaco-host" />
            {!showMonaco ? <CodePreview code={active?.content ?? ""} label={`${label} (preview while the editor loads)`} /> : null}
          </>
        )}
      </div>
      {markers.length ? (
        <ul className={styles.markers} aria-label="Problems">
          {markers.map((mk, i) => (
            <li key={i}>
              <button type="button" onClick={() => revealMarker(mk)}>
                {mk.path}:{mk.line}:{mk.column}
              </button>{" "}
              {mk.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.status}>
        <span role="status" aria-live="polite">
          {status === "loading" ? "Loading the editor…" : null}
          {status === "failed" ? "The code editor could not load; a plain text box is shown instead." : null}
          {status === "idle" && !loadOnMount ? (
            <button type="button" className="button button--small" onClick={load}>
              Edit code
            </button>
          ) : null}
          {showMonaco ? "In the editor, Tab indents; press Ctrl+M to let Tab move focus instead." : null}
        </span>
        <label>
          <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} /> Plain text editor
        </label>
      </div>
    </div>
  );
}

// Small helpers duplicated from monaco-setup so this file does not import it statically (which
// would pull Monaco into the page's first bundle).
const monacoHelpers = {
  languageOf(path: string): string {
    if (/\.(ts|mts|cts)$/.test(path)) return "typescript";
    if (/\.json$/.test(path)) return "json";
    return "javascript";
  },
  modelUri(m: MonacoNs, path: string) {
    return m.Uri.parse(`file:///${path}`);
  },
};
