"use client";

import { useId, useState } from "react";
import { checkPackage, PACKAGE_LIMITS, type PackageInput } from "@/lib/widgets/package-size-checker";
import { Field, kit, Mark, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./package-size-checker.module.css";

type Layer = { id: number; zipped: string; unzipped: string };
type Form = { packageType: PackageInput["packageType"]; upload: PackageInput["upload"]; zipped: string; unzipped: string; imageGb: string; layers: Layer[] };

const MAX_ROWS = PACKAGE_LIMITS.layers + 2; // room to see the five-layer limit fail

const PRESETS: { title: string; form: Omit<Form, "layers"> & { layers: [string, string][] } }[] = [
  { title: "Small API function", form: { packageType: "zip", upload: "direct", zipped: "2", unzipped: "6", imageGb: "1", layers: [] } },
  {
    title: "Big dependencies in layers",
    form: { packageType: "zip", upload: "s3", zipped: "40", unzipped: "110", imageGb: "1", layers: [["30", "90"], ["25", "70"]] },
  },
  { title: "Machine-learning image", form: { packageType: "image", upload: "direct", zipped: "0", unzipped: "0", imageGb: "6.5", layers: [] } },
];

let nextLayerId = 1;
const toForm = (p: (typeof PRESETS)[number]["form"]): Form => ({ ...p, layers: p.layers.map(([zipped, unzipped]) => ({ id: nextLayerId++, zipped, unzipped })) });
const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));

/** Enter package sizes; see which Lambda limits pass and what to do about the ones that fail. */
export function PackageSizeChecker() {
  const [form, setForm] = useState<Form>(() => toForm(PRESETS[1].form));
  const [presetIndex, setPresetIndex] = useState<number | null>(1);
  const typeName = useId();
  const uploadName = useId();
  const update = (change: Partial<Form>) => {
    setForm((f) => ({ ...f, ...change }));
    setPresetIndex(null);
  };
  const updateLayer = (id: number, change: Partial<Layer>) => update({ layers: form.layers.map((l) => (l.id === id ? { ...l, ...change } : l)) });

  const report = checkPackage({
    packageType: form.packageType,
    upload: form.upload,
    functionZippedMb: form.packageType === "zip" ? num(form.zipped) : 0,
    functionUnzippedMb: form.packageType === "zip" ? num(form.unzipped) : 0,
    imageGb: form.packageType === "image" ? num(form.imageGb) : 0,
    layers: form.layers.map((l) => ({ zippedMb: num(l.zipped), unzippedMb: num(l.unzipped) })),
  });
  const failures = report.checks.filter((c) => c.status === "fail").length;
  const isZip = form.packageType === "zip";

  return (
    <WidgetFrame title="Package size checker" intro="Enter the sizes of your code, layers or image. Each Lambda limit is checked, with what to do when one is exceeded.">
      <div className={kit.presets} role="group" aria-label="Examples">
        {PRESETS.map((p, i) => (
          <button
            key={p.title}
            type="button"
            className={`button button--small ${kit.preset}`}
            aria-pressed={presetIndex === i}
            onClick={() => {
              setForm(toForm(p.form));
              setPresetIndex(i);
            }}
          >
            {p.title}
          </button>
        ))}
      </div>

      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>Package type</legend>
        <div className={kit.choices}>
          {(
            [
              ["zip", ".zip archive"],
              ["image", "Container image"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className={kit.choice}>
              <input type="radio" name={typeName} checked={form.packageType === value} onChange={() => update({ packageType: value })} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      {isZip ? (
        <>
          <fieldset className={kit.fieldset}>
            <legend className={kit.legend}>How the .zip reaches Lambda</legend>
            <div className={kit.choices}>
              {(
                [
                  ["direct", "Uploaded directly (in the API call)"],
                  ["s3", "From an S3 bucket"],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className={kit.choice}>
                  <input type="radio" name={uploadName} checked={form.upload === value} onChange={() => update({ upload: value })} />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <div className={kit.grid}>
            <Field label="Function code, zipped (MB)">
              {({ id }) => <input id={id} className={kit.control} type="number" inputMode="decimal" min={0} step="any" value={form.zipped} onChange={(e) => update({ zipped: e.target.value })} />}
            </Field>
            <Field label="Function code, unzipped (MB)">
              {({ id }) => <input id={id} className={kit.control} type="number" inputMode="decimal" min={0} step="any" value={form.unzipped} onChange={(e) => update({ unzipped: e.target.value })} />}
            </Field>
          </div>
        </>
      ) : (
        <div className={kit.grid}>
          <Field label="Image size, uncompressed (GB)" help="All image layers included.">
            {({ id, describedBy }) => (
              <input id={id} aria-describedby={describedBy} className={kit.control} type="number" inputMode="decimal" min={0} step="any" value={form.imageGb} onChange={(e) => update({ imageGb: e.target.value })} />
            )}
          </Field>
        </div>
      )}

      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>Lambda layers ({form.layers.length})</legend>
        {form.layers.length === 0 ? <p className={kit.help}>No layers.</p> : null}
        <ol className={styles.layers}>
          {form.layers.map((l, i) => (
            <li key={l.id} className={styles.layer}>
              <Field label={`Layer ${i + 1}, zipped (MB)`}>
                {({ id }) => <input id={id} className={kit.control} type="number" inputMode="decimal" min={0} step="any" value={l.zipped} onChange={(e) => updateLayer(l.id, { zipped: e.target.value })} />}
              </Field>
              <Field label={`Layer ${i + 1}, unzipped (MB)`}>
                {({ id }) => <input id={id} className={kit.control} type="number" inputMode="decimal" min={0} step="any" value={l.unzipped} onChange={(e) => updateLayer(l.id, { unzipped: e.target.value })} />}
              </Field>
              <button type="button" className={`button button--small ${styles.remove}`} onClick={() => update({ layers: form.layers.filter((x) => x.id !== l.id) })}>
                Remove<span className="visually-hidden"> layer {i + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--small"
          disabled={form.layers.length >= MAX_ROWS}
          onClick={() => update({ layers: [...form.layers, { id: nextLayerId++, zipped: "5", unzipped: "20" }] })}
        >
          Add a layer
        </button>
      </fieldset>

      <div role="status" aria-live="polite" aria-atomic="true">
        <Verdict
          tone={report.deployable ? "ok" : "err"}
          title={report.deployable ? "Deployable as it is" : `Not deployable: ${failures} limit${failures === 1 ? "" : "s"} exceeded`}
        >
          {isZip && report.totalUnzippedMb > 0 ? (
            <p className={styles.total}>
              Unzipped total: {Number(report.totalUnzippedMb.toFixed(1))} MB of {PACKAGE_LIMITS.unzippedMb} MB
            </p>
          ) : null}
        </Verdict>
      </div>
      <ul className={styles.checks}>
        {report.checks.map((c) => (
          <li key={c.id} className={styles.check}>
            <p className={styles.checkTitle}>
              {c.status === "n/a" ? <span className={styles.na}>–</span> : <Mark ok={c.status === "pass"} warn={c.status === "warn"} />} {c.label}
              {c.status === "n/a" ? <span className="visually-hidden"> (does not apply)</span> : null}
            </p>
            <p className={styles.checkLine}>
              Limit: {c.limit}. Yours: {c.actual}.
            </p>
            {c.advice ? <p className={styles.advice}>{c.advice}</p> : null}
          </li>
        ))}
      </ul>
    </WidgetFrame>
  );
}
