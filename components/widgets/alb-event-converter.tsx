"use client";

import { useId, useMemo, useState } from "react";
import {
  ALB_BODY_TYPES,
  ALB_EXAMPLE,
  convertAlbRequest,
  type AlbRequestForm,
} from "@/lib/widgets/alb-event-converter";
import { Field, kit, MethodField, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./alb-event-converter.module.css";

const codeInput = { spellCheck: false, autoCapitalize: "off", autoCorrect: "off" } as const;

/** Describe an HTTP request and see the event an ALB target group sends to its Lambda function. */
export function AlbEventConverter() {
  const [form, setForm] = useState<AlbRequestForm>(ALB_EXAMPLE);
  const result = useMemo(() => convertAlbRequest(form), [form]);
  const set = <K extends keyof AlbRequestForm>(key: K, value: AlbRequestForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const bodyType = ALB_BODY_TYPES.find((b) => b.id === form.bodyType) ?? ALB_BODY_TYPES[0];
  const radioName = useId();
  const eventLabel = useId();

  return (
    <WidgetFrame
      title="ALB request-to-event converter"
      intro="Change the request and watch the event your function receives. Repeat a query key or a header line, then flip the multi-value setting."
    >
      <div className={styles.request}>
        <MethodField value={form.method} onChange={(m) => set("method", m)} />
        <Field
          label="URL"
          help="Keep escapes such as %20 as the client sends them; a bare /path goes to shop.example.com."
        >
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              className={`${kit.control} ${kit.code}`}
              {...codeInput}
              value={form.url}
              onChange={(e) => set("url", e.target.value)}
            />
          )}
        </Field>
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
      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>Body</legend>
        <div className={kit.choices}>
          {ALB_BODY_TYPES.map((b) => (
            <label key={b.id} className={kit.choice}>
              <input
                type="radio"
                name={radioName}
                checked={form.bodyType === b.id}
                onChange={() => setForm((f) => ({ ...f, bodyType: b.id, body: b.sample }))}
              />
              {b.label}
            </label>
          ))}
        </div>
      </fieldset>
      {bodyType.contentType ? (
        <div className={styles.stack}>
          <Field label={`Body text (sent as Content-Type: ${bodyType.contentType})`}>
            {({ id }) => (
              <textarea
                id={id}
                className={`${kit.control} ${kit.code}`}
                rows={2}
                {...codeInput}
                value={form.body}
                onChange={(e) => set("body", e.target.value)}
              />
            )}
          </Field>
        </div>
      ) : null}
      <label className={kit.check}>
        <input
          type="checkbox"
          checked={form.multiValueHeaders}
          onChange={(e) => set("multiValueHeaders", e.target.checked)}
        />
        <span>
          Multi-value headers (target group attribute <code>lambda.multi_value_headers.enabled</code>)
        </span>
      </label>

      <div role="status" aria-live="polite" aria-atomic="true" className={styles.result}>
        {result.ok ? (
          <Verdict
            tone="info"
            title={
              form.multiValueHeaders
                ? "Event with multi-value fields"
                : "Event with single values (last one wins)"
            }
          >
            <p className={styles.line}>{result.summary}</p>
          </Verdict>
        ) : (
          <Verdict tone="err" title="The client cannot send this request">
            <p className={styles.line}>{result.message}</p>
          </Verdict>
        )}
      </div>
      {result.ok ? (
        <>
          <p className={kit.label}>What happened on the way</p>
          <ul className={styles.notes}>
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <p id={eventLabel} className={kit.label}>
            The event your handler receives
          </p>
          <pre className={styles.event} tabIndex={0} aria-labelledby={eventLabel}>
            {result.json}
          </pre>
        </>
      ) : null}
      <p className={kit.note}>
        Built by the simulator&apos;s own ALB conversion, so it matches what the simulated load balancer
        sends. The trace id and target group ARN are fixed examples, and the client address is from the
        documentation range.
      </p>
    </WidgetFrame>
  );
}
