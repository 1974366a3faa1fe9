"use client";

import { useMemo, useState } from "react";
import { evaluateIamRequest, type Evaluation, type IamRequest } from "@/lib/widgets/iam-policy-evaluator";
import { IAM_PRESETS, type IamPreset } from "@/lib/widgets/iam-policy-presets";
import { Field, kit, Mark, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./iam-policy-evaluator.module.css";

type State = { presetId: string | null; identityPolicy: string; resourcePolicy: string; request: Required<IamRequest> };

const fromPreset = (p: IamPreset): State => ({ presetId: p.id, identityPolicy: p.identityPolicy, resourcePolicy: p.resourcePolicy, request: { ...p.request } });

const DECISION_TITLE = { allow: "Allow", "explicit-deny": "Deny (explicit)", "implicit-deny": "Deny (implicit)" } as const;
const DECISION_TONE = { allow: "ok", "explicit-deny": "err", "implicit-deny": "warn" } as const;

const REQUEST_FIELDS: { key: keyof IamRequest; label: string; help?: string }[] = [
  { key: "principal", label: "Principal (who calls)", help: "A service such as s3.amazonaws.com, or an IAM role, role session or user ARN." },
  { key: "action", label: "Action" },
  { key: "resource", label: "Resource ARN" },
  { key: "sourceArn", label: "aws:SourceArn", help: "Set by a service acting for a resource, e.g. the bucket's ARN. Leave blank if absent." },
  { key: "sourceAccount", label: "aws:SourceAccount", help: "The account that owns that source resource. Leave blank if absent." },
];

/** Paste two policies, describe a request, and see IAM's decision with the statement that made it. */
export function IamPolicyEvaluator() {
  const [state, setState] = useState<State>(() => fromPreset(IAM_PRESETS[0]));
  const preset = IAM_PRESETS.find((p) => p.id === state.presetId);
  const result = useMemo((): { ok: true; evaluation: Evaluation } | { ok: false; message: string } => {
    try {
      return { ok: true, evaluation: evaluateIamRequest(state) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [state]);

  const edit = (change: Partial<State>) => setState((s) => ({ ...s, ...change, presetId: s.presetId }));
  const editRequest = (key: keyof IamRequest, value: string) => setState((s) => ({ ...s, request: { ...s.request, [key]: value } }));

  return (
    <WidgetFrame
      title="IAM policy evaluator"
      intro="Pick a scenario or paste your own policies, then change the request. The decision follows IAM's order: explicit deny, then allow, else the implicit deny."
    >
      <div className={kit.presets} role="group" aria-label="Scenarios">
        {IAM_PRESETS.map((p) => (
          <button key={p.id} type="button" className={`button button--small ${kit.preset}`} aria-pressed={state.presetId === p.id} onClick={() => setState(fromPreset(p))}>
            {p.title}
          </button>
        ))}
      </div>
      {preset ? <p className={kit.help}>{preset.hint}</p> : null}

      <div className={styles.policies}>
        <Field label="Identity-based policy (attached to the caller, e.g. an execution role)" help="Blank = none. Not used when the caller is an AWS service.">
          {({ id, describedBy }) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              className={`${kit.control} ${kit.code}`}
              rows={12}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              placeholder="No identity-based policy"
              value={state.identityPolicy}
              onChange={(e) => edit({ identityPolicy: e.target.value })}
            />
          )}
        </Field>
        <Field label="Resource-based policy (attached to the function or other resource)" help="Blank = none. Each statement needs a Principal.">
          {({ id, describedBy }) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              className={`${kit.control} ${kit.code}`}
              rows={12}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              placeholder="No resource-based policy"
              value={state.resourcePolicy}
              onChange={(e) => edit({ resourcePolicy: e.target.value })}
            />
          )}
        </Field>
      </div>

      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>The request</legend>
        <div className={kit.grid}>
          {REQUEST_FIELDS.map((f) => (
            <Field key={f.key} label={f.label} help={f.help}>
              {({ id, describedBy }) => (
                <input
                  id={id}
                  aria-describedby={describedBy}
                  className={`${kit.control} ${kit.code}`}
                  spellCheck={false}
                  autoCapitalize="off"
                  autoCorrect="off"
                  value={state.request[f.key] ?? ""}
                  onChange={(e) => editRequest(f.key, e.target.value)}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <div role="status" aria-live="polite" aria-atomic="true">
        {result.ok ? (
          <Verdict tone={DECISION_TONE[result.evaluation.decision]} title={`Decision: ${DECISION_TITLE[result.evaluation.decision]}`}>
            <p className={styles.summary}>{result.evaluation.summary}</p>
          </Verdict>
        ) : (
          <Verdict tone="warn" title="Cannot evaluate yet">
            <p className={styles.summary}>{result.message}</p>
          </Verdict>
        )}
      </div>
      {result.ok ? <EvaluationDetails evaluation={result.evaluation} /> : null}
      <p className={kit.note}>
        A teaching model: it evaluates one identity-based and one resource-based policy, not permission boundaries, session policies or
        organization policies (SCPs), which can only restrict further.
      </p>
    </WidgetFrame>
  );
}

function EvaluationDetails({ evaluation }: { evaluation: Evaluation }) {
  return (
    <>
      <p className={kit.label}>How IAM got there</p>
      <ol className={kit.steps}>
        {evaluation.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {evaluation.traces.length > 0 ? (
        <details className={kit.details}>
          <summary>Statement by statement</summary>
          <ul className={styles.traces}>
            {evaluation.traces.map((t) => (
              <li key={`${t.statement.kind}-${t.statement.index}`} className={styles.trace}>
                <p className={styles.traceTitle}>
                  <Mark ok={t.matches} /> {t.label}: {t.statement.effect}, {t.matches ? "matches" : "does not match"}
                </p>
                <ul className={styles.checks}>
                  {t.checks.map((c, i) => (
                    <li key={i}>
                      <Mark ok={c.ok} /> <strong>{c.element}</strong> <span className={kit.mono}>{c.detail}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
