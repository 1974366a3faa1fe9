"use client";

import { useState } from "react";
import { action, type WorkspaceActionInput } from "@/lib/workspace/actions";
import { describeTrigger, TRIGGER_LABELS, TRIGGER_SERVICE, triggerSchema, type Trigger, type TriggerType } from "@/lib/workspace/triggers";
import styles from "./simulator.module.css";
import { useController, useWorkspace } from "./workspace-context";

const EXAMPLES: Record<TriggerType, Trigger> = {
  alb: { type: "alb", loadBalancerName: "my-alb", path: "/hello", priority: 1, multiValueHeaders: false },
  "http-api": { type: "http-api", apiName: "my-api", routeKey: "GET /items/{id}", payloadFormatVersion: "2.0" },
  sqs: { type: "sqs", queueName: "my-queue", batchSize: 10, maximumBatchingWindowInSeconds: 0, reportBatchItemFailures: false, visibilityTimeout: 30, maxReceiveCount: null, deadLetterQueueName: null },
  sns: { type: "sns", topicName: "my-topic" },
  s3: { type: "s3", bucket: "my-bucket-uploads", events: ["s3:ObjectCreated:*"], prefix: "", suffix: "" },
  schedule: { type: "schedule", ruleName: "every-five-minutes", expression: "rate(5 minutes)" },
  eventbridge: { type: "eventbridge", ruleName: "order-placed", pattern: '{\n  "source": ["com.example.orders"],\n  "detail-type": ["OrderPlaced"]\n}' },
};

/** Whether the connected engine can run a trigger type; unknown until it has started. */
function useAvailability() {
  const engine = useWorkspace((s) => s.engine);
  const caps = useWorkspace((s) => s.capabilities);
  return (type: TriggerType): "yes" | "no" | "unknown" => {
    if (engine === "unavailable") return "no";
    if (!caps.length && (engine === "idle" || engine === "starting")) return "unknown";
    return caps.includes(TRIGGER_SERVICE[type]) ? "yes" : "no";
  };
}

export function TriggersPanel() {
  const triggers = useWorkspace((s) => s.scenario.triggers);
  const skipped = useWorkspace((s) => s.skippedTriggers);
  const removeTrigger = useWorkspace((s) => s.removeTrigger);
  const available = useAvailability();
  return (
    <div className={styles.stack}>
      <p className={styles.hint}>
        Triggers send events the way real applications do: requests through a load balancer or an API, messages, objects and schedules. Each is created with its permission
        (or, for SQS, an event source mapping) when the function is first deployed. Removing one takes effect after Reset.
      </p>
      {triggers.length ? (
        <ul className={styles.triggerList}>
          {triggers.map((t, i) => {
            const state = skipped[i] ? "no" : available(t.type);
            return (
              <li key={i} className={styles.triggerItem}>
                <div className={styles.triggerHead}>
                  <strong>{describeTrigger(t)}</strong>
                  <span className={`badge ${state === "yes" ? "badge--ok" : ""}`}>
                    {state === "yes" ? "Available" : state === "no" ? "Not available yet" : "Checked when the simulator starts"}
                  </span>
                  <button type="button" className="button button--small" onClick={() => removeTrigger(i)}>
                    Remove<span className="visually-hidden"> {describeTrigger(t)}</span>
                  </button>
                </div>
                {state === "no" ? (
                  <p className={styles.advice} role="note">
                    {skipped[i] ??
                      `${TRIGGER_LABELS[t.type]} triggers are not available in this version of the simulator yet (they arrive with the event sources work). Test the function with a saved ${TRIGGER_LABELS[t.type]} event instead.`}
                  </p>
                ) : (
                  <TriggerSender trigger={t} index={i} />
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No triggers: the function is invoked directly (Test, Invoke async, Burst).</p>
      )}
      <AddTrigger />
    </div>
  );
}

function TriggerSender({ trigger, index }: { trigger: Trigger; index: number }) {
  const controller = useController();
  const busy = useWorkspace((s) => s.engine === "busy");
  const [path, setPath] = useState(trigger.type === "alb" ? trigger.path.replace("*", "x") : "/items/42");
  const [method, setMethod] = useState("GET");
  const [body, setBody] = useState(trigger.type === "sqs" ? '{"id": {n}}' : trigger.type === "eventbridge" ? '{"orderId": "42"}' : "hello");
  const [count, setCount] = useState(1);
  const [key, setKey] = useState("uploads/photo.jpg");
  const send = (input: WorkspaceActionInput) => void controller.run(action(input));
  switch (trigger.type) {
    case "alb":
    case "http-api":
      return (
        <form className={styles.inlineForm} aria-label={`Send a request to ${describeTrigger(trigger)}`} onSubmit={(e) => (e.preventDefault(), send({ type: "httpRequest", trigger: index, method, path, body: method === "GET" ? "" : body }))}>
          <label>
            Method
            <select aria-label="Method" value={method} onChange={(e) => setMethod(e.target.value)}>
              {["GET", "POST", "PUT", "DELETE"].map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label>
            Path and query
            <input className={styles.textInput} value={path} onChange={(e) => setPath(e.target.value)} />
          </label>
          {method !== "GET" ? (
            <label>
              Body
              <input className={styles.textInput} value={body} onChange={(e) => setBody(e.target.value)} />
            </label>
          ) : null}
          <button type="submit" className="button button--small" disabled={busy}>
            Send request
          </button>
        </form>
      );
    case "sqs":
      return (
        <form className={styles.inlineForm} aria-label={`Send messages to ${trigger.queueName}`} onSubmit={(e) => (e.preventDefault(), send({ type: "sqsSendMessage", queueName: trigger.queueName, body, count }))}>
          <label>
            Message body <span className="muted">({"{n}"} numbers the messages)</span>
            <input className={styles.textInput} value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <label>
            Count
            <input type="number" min={1} max={1000} className={styles.numberInput} value={count} onChange={(e) => setCount(Math.min(1000, Math.max(1, Number(e.target.value) || 1)))} />
          </label>
          <button type="submit" className="button button--small" disabled={busy}>
            Send
          </button>
        </form>
      );
    case "sns":
      return (
        <form className={styles.inlineForm} aria-label={`Publish to ${trigger.topicName}`} onSubmit={(e) => (e.preventDefault(), send({ type: "snsPublish", topicName: trigger.topicName, message: body }))}>
          <label>
            Message
            <input className={styles.textInput} value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <button type="submit" className="button button--small" disabled={busy}>
            Publish
          </button>
        </form>
      );
    case "s3":
      return (
        <form className={styles.inlineForm} aria-label={`Upload to ${trigger.bucket}`} onSubmit={(e) => (e.preventDefault(), send({ type: "s3PutObject", bucket: trigger.bucket, key, body }))}>
          <label>
            Key
            <input className={styles.textInput} value={key} onChange={(e) => setKey(e.target.value)} />
          </label>
          <label>
            Content
            <input className={styles.textInput} value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <button type="submit" className="button button--small" disabled={busy}>
            Put object
          </button>
        </form>
      );
    case "schedule":
      return <p className={styles.hint}>The rule fires on the virtual clock: use Advance time (or Run until idle, bounded) to let it run.</p>;
    case "eventbridge":
      return (
        <form className={styles.inlineForm} aria-label={`Send an event for ${trigger.ruleName}`} onSubmit={(e) => (e.preventDefault(), send({ type: "putEvents", source: "com.example.orders", detailType: "OrderPlaced", detail: body }))}>
          <label>
            Detail (source com.example.orders, detail-type OrderPlaced)
            <input className={styles.textInput} value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <button type="submit" className="button button--small" disabled={busy}>
            Put event
          </button>
        </form>
      );
  }
}

function AddTrigger() {
  const addTrigger = useWorkspace((s) => s.addTrigger);
  const [type, setType] = useState<TriggerType>("alb");
  const [text, setText] = useState(JSON.stringify(EXAMPLES.alb, null, 2));
  const [problem, setProblem] = useState("");
  return (
    <form
      className={styles.group}
      aria-label="Add a trigger"
      onSubmit={(e) => {
        e.preventDefault();
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          setProblem("The trigger settings are not valid JSON.");
          return;
        }
        const parsed = triggerSchema.safeParse(value);
        if (!parsed.success) {
          setProblem(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
          return;
        }
        setProblem("");
        addTrigger(parsed.data);
      }}
    >
      <h3 className={styles.smallHeading}>Add a trigger</h3>
      <div className={styles.inlineForm}>
        <label>
          Type
          <select
            aria-label="Trigger type"
            value={type}
            onChange={(e) => {
              const t = e.target.value as TriggerType;
              setType(t);
              setText(JSON.stringify(EXAMPLES[t], null, 2));
              setProblem("");
            }}
          >
            {(Object.keys(TRIGGER_LABELS) as TriggerType[]).map((t) => (
              <option key={t} value={t}>
                {TRIGGER_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className={styles.blockLabel} htmlFor="trigger-json">
        Settings
      </label>
      <textarea id="trigger-json" className={styles.jsonInput} rows={8} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} aria-describedby="trigger-problem" aria-invalid={problem ? true : undefined} />
      <p id="trigger-problem" className={problem ? styles.errorText : styles.hint} role={problem ? "alert" : undefined}>
        {problem || "Edit the settings, then add. Names follow AWS's rules."}
      </p>
      <button type="submit" className="button button--small">
        Add trigger
      </button>
    </form>
  );
}
