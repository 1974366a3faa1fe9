"use client";

import { useId, useMemo, useState } from "react";
import {
  describeDeployment,
  resolveServerlessConfig,
  sampleServerlessConfig,
  toYaml,
  type StageLine,
} from "@/lib/widgets/serverless-variable-resolver";
import { Field, kit, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./serverless-variable-resolver.module.css";

const STAGE_LINES: { value: StageLine; label: string }[] = [
  { value: "option", label: "stage: ${opt:stage, 'dev'}" },
  { value: "fixed", label: "stage: dev (hard-coded)" },
];

/** Type CLI options and an environment variable; watch serverless.yml resolve before deployment. */
export function ServerlessVariableResolver() {
  const [stage, setStage] = useState("");
  const [region, setRegion] = useState("");
  const [logLevel, setLogLevel] = useState("");
  const [stageLine, setStageLine] = useState<StageLine>("option");
  const radioName = useId();

  const view = useMemo(() => {
    const ctx = { options: { stage, region }, env: { LOG_LEVEL: logLevel } };
    const source = sampleServerlessConfig(stageLine);
    const result = resolveServerlessConfig(source, ctx);
    return { source, result, summary: describeDeployment(result.config, ctx, result.stage) };
  }, [stage, region, logLevel, stageLine]);

  const command = ["serverless deploy", stage.trim() && `--stage ${stage.trim()}`, region.trim() && `--region ${region.trim()}`].filter(Boolean).join(" ");
  const envPrefix = logLevel.trim() ? `LOG_LEVEL=${logLevel.trim()} ` : "";
  const { result, summary } = view;

  return (
    <WidgetFrame
      title="serverless.yml variable resolver"
      intro="The framework resolves every ${...} on the machine that deploys, before anything reaches AWS. Change the command line and the environment, and see what gets deployed."
    >
      <div className={kit.grid}>
        <Field label="--stage option" help="Blank = not given.">
          {({ id, describedBy }) => (
            <input id={id} aria-describedby={describedBy} className={`${kit.control} ${kit.code}`} value={stage} placeholder="(not given)" spellCheck={false} autoCapitalize="off" onChange={(e) => setStage(e.target.value)} />
          )}
        </Field>
        <Field label="--region option" help="Blank = not given.">
          {({ id, describedBy }) => (
            <input id={id} aria-describedby={describedBy} className={`${kit.control} ${kit.code}`} value={region} placeholder="(not given)" spellCheck={false} autoCapitalize="off" onChange={(e) => setRegion(e.target.value)} />
          )}
        </Field>
        <Field label="LOG_LEVEL on the deploying machine" help="An environment variable of your shell or CI job. Blank = unset.">
          {({ id, describedBy }) => (
            <input id={id} aria-describedby={describedBy} className={`${kit.control} ${kit.code}`} value={logLevel} placeholder="(unset)" spellCheck={false} autoCapitalize="off" onChange={(e) => setLogLevel(e.target.value)} />
          )}
        </Field>
      </div>
      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>provider.stage in the file</legend>
        <div className={kit.choices}>
          {STAGE_LINES.map((o) => (
            <label key={o.value} className={kit.choice}>
              <input type="radio" name={radioName} value={o.value} checked={stageLine === o.value} onChange={() => setStageLine(o.value)} />
              <code>{o.label}</code>
            </label>
          ))}
        </div>
      </fieldset>

      <p className={styles.command}>
        <span className="visually-hidden">Command: </span>
        <code>
          $ {envPrefix}
          {command}
        </code>
      </p>

      <div role="status" aria-live="polite" aria-atomic="true">
        {result.errors.length ? (
          <Verdict tone="err" title="The deployment stops: a variable cannot be resolved">
            <ul className={kit.steps}>
              {result.errors.map((e) => (
                <li key={e.message}>{e.message}</li>
              ))}
            </ul>
          </Verdict>
        ) : (
          <Verdict tone="ok" title={`Deploys stack ${summary.stackName} to ${summary.region}`}>
            <p className={styles.line}>
              Stage <strong>{summary.stage}</strong> (from {summary.stageFrom}); region from {summary.regionFrom}.
            </p>
          </Verdict>
        )}
      </div>

      <div className={styles.functions}>
        {summary.functions.map((f) => (
          <div key={f.key} className={styles.fn}>
            <p className={styles.fnName}>
              <span className="visually-hidden">Function name: </span>
              <code>{f.name}</code>
            </p>
            <dl className={styles.env}>
              {Object.entries(f.environment).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>

      <div className={styles.panes}>
        <div>
          <p className={kit.label}>serverless.yml as written</p>
          <pre className={styles.yaml} tabIndex={0} aria-label="serverless.yml as written">
            {toYaml(view.source)}
          </pre>
        </div>
        <div>
          <p className={kit.label}>After resolution (what CloudFormation receives)</p>
          <pre className={styles.yaml} tabIndex={0} aria-label="serverless.yml after resolution">
            {toYaml(result.config)}
          </pre>
        </div>
      </div>

      <details className={kit.details}>
        <summary>Each variable and where its value came from</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Property</th>
              <th scope="col">Variable</th>
              <th scope="col">Value</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {result.resolutions.map((r, i) => (
              <tr key={i}>
                <td className={kit.mono}>{r.path}</td>
                <td className={kit.mono}>{r.expression}</td>
                <td className={kit.mono}>{JSON.stringify(r.value)}</td>
                <td>{r.from}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className={kit.note}>
        A model of the framework&apos;s <code>opt</code>, <code>self</code>, <code>sls:stage</code> and <code>env</code> sources; <code>ssm</code>,{" "}
        <code>file</code> and others are read at deploy time in the same way. <code>{"${sls:stage}"}</code> is the stage actually deployed;{" "}
        <code>{"${self:provider.stage}"}</code> is only what the file says.
      </p>
    </WidgetFrame>
  );
}
