"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useAppStores, useHydrated, useProgress } from "@/components/stores/app-stores";
import { applyImport, buildExport, ImportError, parseImport } from "@/lib/stores/export-import";
import { persistedStoreSpecs } from "@/lib/stores/persisted-stores";
import { listQuarantined } from "@/lib/stores/quarantine";

type LessonLink = { slug: string; order: number; title: string };
type Status = { tone: "success" | "error"; message: string } | null;

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ProgressPanel({ lessons }: { lessons: LessonLink[] }) {
  const stores = useAppStores();
  const hydrated = useHydrated();
  const records = useProgress((s) => s.lessons);
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const quarantined = hydrated && stores ? listQuarantined(stores.storage) : [];

  const exportAll = () => {
    if (!stores) return;
    const data = buildExport(persistedStoreSpecs, stores.storage, Date.now());
    const day = new Date().toISOString().slice(0, 10);
    download(`lambda-lab-progress-${day}.json`, JSON.stringify(data, null, 2));
    setStatus({ tone: "success", message: "Progress exported. Keep the file somewhere safe." });
  };

  const importFile = async (file: File) => {
    if (!stores) return;
    setStatus(null);
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new ImportError("This file is too large to be a Lambda Lab progress export (over 5 MB).");
      const data = parseImport(persistedStoreSpecs, await file.text());
      applyImport(stores.storage, data);
      await stores.rehydrateAll();
      setStatus({ tone: "success", message: `Imported progress from ${file.name}.` });
    } catch (error) {
      const message = error instanceof ImportError ? error.message : `The file could not be read: ${(error as Error).message}`;
      setStatus({ tone: "error", message: `Import failed, nothing was changed. ${message}` });
    } finally {
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  return (
    <div className="stack">
      <section className="card" aria-labelledby="lessons-progress">
        <h2 id="lessons-progress">Lessons</h2>
        {!hydrated ? (
          <p className="muted">Loading…</p>
        ) : (
          <ul className="progress-list">
            {lessons.map((l) => {
              const r = records[l.slug];
              return (
                <li key={l.slug}>
                  <Link href={`/lessons/${l.slug}/`}>
                    {l.order}. {l.title}
                  </Link>{" "}
                  {r?.completedAt != null ? (
                    <span className="badge badge--ok">Completed {new Date(r.completedAt).toLocaleDateString()}</span>
                  ) : r ? (
                    <span className="badge badge--accent">Started</span>
                  ) : (
                    <span className="badge">Not started</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="backup-title">
        <h2 id="backup-title">Export and import</h2>
        <p>An export is one JSON file with all your progress. Importing a file replaces the progress it contains.</p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={exportAll} disabled={!hydrated}>
            Export progress
          </button>
          <label className="button">
            Import progress…
            <input
              ref={fileInput}
              className="visually-hidden"
              type="file"
              accept="application/json,.json"
              disabled={!hydrated}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void importFile(file);
              }}
            />
          </label>
        </div>
        <div aria-live="polite">{status ? <p className={`notice notice--${status.tone}`} role={status.tone === "error" ? "alert" : "status"}>{status.message}</p> : null}</div>
      </section>

      {quarantined.length > 0 ? (
        <section className="card" aria-labelledby="kept-title">
          <h2 id="kept-title">Data kept aside</h2>
          <p>These saves could not be read, so Lambda Lab set them aside instead of deleting them. Download one to inspect or repair it.</p>
          <ul>
            {quarantined.map((q) => (
              <li key={q.key}>
                <code>{q.key}</code>{" "}
                <button type="button" className="button button--small" onClick={() => download(`${q.key.replace(/[^a-z0-9-]+/gi, "_")}.json`, q.value)}>
                  Download
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
