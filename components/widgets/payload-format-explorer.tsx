"use client";

import { useId, useMemo, useState, type ReactNode } from "react";
import {
  API_EXAMPLE,
  buildPayloadEvents,
  mapReturnValue,
  RETURN_EXAMPLES,
  type ApiRequestForm,
  type ResponseView,
} from "@/lib/widgets/payload-format-explorer";
import { Field, kit, MethodField, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./payload-format-explorer.module.css";

const codeInput = { spellCheck: false, autoCapitalize: "off", autoCorrect: "off" } as const;

const TEXT_FIELDS: {
  key: Exclude<keyof ApiRequestForm, "method" | "headers">;
  label: string;
  help?: string;
}[] = [
  { key: "path", label: "Path" },
  { key: "query", label: "Query string", help: "Without the ?; repeat a key to send it twice." },
  { key: "cookies", label: "Cookies", help: "As in a Cookie header: a=1; b=2" },
  { key: "routeKey", label: "Route key", help: "GET /orders/{id}, ANY /{proxy+} or $default" },
];

/** One request, both Lambda proxy payload formats side by side, and a return value mapped by each. */
export function PayloadFormatExplorer() {
  const [form, setForm] = useState<ApiRequestForm>(API_EXAMPLE);
  const [returned, setReturned] = useState(RETURN_EXAMPLES[0].value);
  const events = useMemo(() => buildPayloadEvents(form), [form]);
  const mapping = useMemo(() => mapReturnValue(returned), [returned]);
  const set = (key: keyof ApiRequestForm, value: string) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <WidgetFrame
      title="Payload format explorer"
      intro="One request to an HTTP API route, as the 1.0 and the 2.0 event. Repeat a query key or header, add cookies, or change the route key."
    >
      <div className={styles.request}>
        <MethodField value={form.method} onChange={(m) => set("method", m)} />
        {TEXT_FIELDS.map((f) => (
          <Field key={f.key} label={f.label} help={f.help}>
            {({ id, describedBy }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                className={`${kit.control} ${kit.code}`}
                {...codeInput}
                value={form[f.key]}
                onChange={(e) => set(f.key, e.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
      <div className={styles.stack}>
        <Field label="Headers" help="One Name: value per line. Repeat a name to send that header twice.">
          {({ id, describedBy }) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              className={`${kit.control} ${kit.code}`}
              rows={4}
              {...codeInput}
              value={form.headers}
              onChange={(e) => set("headers", e.target.value)}
            />
          )}
        </Field>
      </div>

      <div role="status" aria-live="polite" aria-atomic="true">
        {events.ok ? (
          <Verdict tone="info" title="The function is invoked">
            <p className={styles.line}>{events.summary}</p>
          </Verdict>
        ) : (
          <Verdict tone="warn" title={events.title}>
            <p className={styles.line}>{events.message}</p>
          </Verdict>
        )}
      </div>
      {events.ok ? (
        <>
          {events.notes.length > 0 ? (
            <>
              <p className={kit.label}>How the formats differ for this request</p>
              <ul className={styles.notes}>
                {events.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className={styles.pair}>
            <Code title="Payload format 1.0 (REST APIs; HTTP APIs on request)">
              {JSON.stringify(events.v1, null, 2)}
            </Code>
            <Code title="Payload format 2.0 (HTTP API default)">{JSON.stringify(events.v2, null, 2)}</Code>
          </div>
        </>
      ) : null}

      <div className={styles.returned} />
      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>What the handler returns</legend>
        <div className={kit.presets} role="group" aria-label="Return value examples">
          {RETURN_EXAMPLES.map((e) => (
            <button
              key={e.id}
              type="button"
              className={`button button--small ${kit.preset}`}
              aria-pressed={returned === e.value}
              onClick={() => setReturned(e.value)}
            >
              {e.label}
            </button>
          ))}
        </div>
        <Field label="Return value (JSON)" help="What the handler returns, after the runtime serialises it.">
          {({ id, describedBy }) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              className={`${kit.control} ${kit.code}`}
              rows={6}
              {...codeInput}
              value={returned}
              onChange={(e) => setReturned(e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <div role="status" aria-live="polite" aria-atomic="true">
        {mapping.ok ? (
          <Verdict
            tone={mapping.v1.status >= 500 || mapping.v2.status >= 500 ? "warn" : "ok"}
            title={`Format 1.0: ${outcome(mapping.v1)}. Format 2.0: ${outcome(mapping.v2)}.`}
          />
        ) : (
          <Verdict tone="err" title="Not a JSON value">
            <p className={styles.line}>{mapping.message}</p>
          </Verdict>
        )}
      </div>
      {mapping.ok ? (
        <div className={styles.pair}>
          <Code title="HTTP response under format 1.0">{mapping.v1.text}</Code>
          <Code title="HTTP response under format 2.0">{mapping.v2.text}</Code>
        </div>
      ) : null}
      <p className={kit.note}>
        Events, route matching and responses come from the simulator&apos;s own API Gateway code. The API id,
        request id, trace id and time are fixed examples.
      </p>
    </WidgetFrame>
  );
}

function outcome(view: ResponseView): string {
  return view.errorReason ? `${view.status}, malformed proxy response` : String(view.status);
}

function Code({ title, children }: { title: string; children: ReactNode }) {
  const labelId = useId();
  return (
    <div className={styles.column}>
      <p id={labelId} className={kit.label}>
        {title}
      </p>
      <pre className={styles.code} tabIndex={0} aria-labelledby={labelId}>
        {children}
      </pre>
    </div>
  );
}
