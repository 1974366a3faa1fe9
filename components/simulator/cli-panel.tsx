"use client";

import { useMemo, useState } from "react";
import { mirrorCreateFunction } from "@/lib/workspace/cli-mirror";
import { serverlessYml } from "@/lib/workspace/serverless-yml";
import { CopyButton } from "./copy-button";
import styles from "./simulator.module.css";
import { Tabs } from "./tabs";
import { useWorkspace } from "./workspace-context";

/** The CLI mirror (every action as `aws ...`), the whole setup as commands, and serverless.yml. */
export function CliPanel() {
  const [view, setView] = useState("history");
  return (
    <Tabs
      small
      label="Command views"
      selected={view}
      onSelect={setView}
      tabs={[
        { id: "history", label: "Your actions" },
        { id: "setup", label: "Create it all" },
        { id: "serverless", label: "serverless.yml" },
      ]}
      panels={{ history: <History />, setup: <Setup />, serverless: <Serverless /> }}
    />
  );
}

function History() {
  const history = useWorkspace((s) => s.history);
  if (!history.length) return <p className="muted">Every action you take appears here as the AWS CLI command that does the same in a real account.</p>;
  return (
    <ol className={styles.cliList} data-testid="cli-history" reversed>
      {[...history].reverse().map((h) => (
        <li key={h.id}>
          <div className={styles.cliHead}>
            <strong>{h.title}</strong>
            <CopyButton text={h.commands.join("\n\n")} label="Copy commands" />
          </div>
          <pre className={styles.codeBlock}>{h.commands.join("\n\n")}</pre>
        </li>
      ))}
    </ol>
  );
}

function Setup() {
  const scenario = useWorkspace((s) => s.scenario);
  const text = useMemo(() => mirrorCreateFunction(scenario).join("\n\n"), [scenario]);
  return (
    <div className={styles.stack}>
      <p className={styles.hint}>The commands that create this function, its settings and its triggers in an AWS account (AWS CLI v2).</p>
      <CopyButton text={text} />
      <pre className={styles.codeBlock}>{text}</pre>
    </div>
  );
}

function Serverless() {
  const scenario = useWorkspace((s) => s.scenario);
  const text = useMemo(() => serverlessYml(scenario), [scenario]);
  return (
    <div className={styles.stack}>
      <p className={styles.hint}>The same function as a Serverless Framework service. `serverless deploy` packages the code, uploads it to a deployment bucket and creates a CloudFormation stack.</p>
      <CopyButton text={text} />
      <pre className={styles.codeBlock} data-testid="serverless-yml">
        {text}
      </pre>
    </div>
  );
}
