"use client";

import { useState, type FormEvent } from "react";
import { useHydrated, useQuiz, useQuizStore } from "@/components/stores/app-stores";
import type { SchedulerSettings } from "@/lib/quiz/scheduler-state";

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, "0")}` : ""}`;
}

/** /quiz/settings/: the spaced-repetition knobs, validated by the scheduler's own schema. */
export function QuizSettings() {
  const hydrated = useHydrated();
  const settings = useQuiz((s) => s.settings);
  const [message, setMessage] = useState<Message | null>(null);
  if (!hydrated) return <p className="muted">Loading your settings…</p>;
  // Keyed by the saved values, so the form restarts from them after a save or an import.
  return (
    <SettingsForm
      key={JSON.stringify(settings)}
      settings={settings}
      message={message}
      onMessage={setMessage}
    />
  );
}

type Message = { tone: "error" | "success"; text: string };

function SettingsForm({
  settings,
  message,
  onMessage,
}: {
  settings: SchedulerSettings;
  message: Message | null;
  onMessage: (m: Message) => void;
}) {
  const quiz = useQuizStore()!;
  const [form, setForm] = useState({
    newCardsPerDay: String(settings.newCardsPerDay),
    desiredRetention: String(Math.round(settings.desiredRetention * 100)),
    learningSteps: settings.learningSteps.join(" "),
    relearningSteps: settings.relearningSteps.join(" "),
    utcOffsetMinutes: String(settings.utcOffsetMinutes),
    dayStartHour: String(settings.dayStartHour),
  });
  const field = (name: keyof typeof form) => ({
    name,
    id: `setting-${name}`,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
  });
  const deviceOffset = typeof window === "undefined" ? 0 : -new Date().getTimezoneOffset();

  const save = (e: FormEvent) => {
    e.preventDefault();
    const steps = (s: string) => s.split(/[\s,]+/).filter(Boolean) as SchedulerSettings["learningSteps"];
    const error = quiz.getState().updateSettings({
      newCardsPerDay: Number(form.newCardsPerDay),
      desiredRetention: Number(form.desiredRetention) / 100,
      learningSteps: steps(form.learningSteps),
      relearningSteps: steps(form.relearningSteps),
      utcOffsetMinutes: Number(form.utcOffsetMinutes),
      dayStartHour: Number(form.dayStartHour),
    });
    onMessage(error ? { tone: "error", text: error } : { tone: "success", text: "Settings saved." });
  };

  return (
    <form className="card settings-form" onSubmit={save} noValidate>
      {message ? (
        <p className={`notice notice--${message.tone}`} role={message.tone === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      <div className="settings-form__field">
        <label htmlFor="setting-newCardsPerDay">New cards per day</label>
        <input
          type="number"
          min={0}
          max={9999}
          step={1}
          inputMode="numeric"
          aria-describedby="help-new"
          {...field("newCardsPerDay")}
        />
        <p id="help-new" className="muted">
          How many unseen questions a day&apos;s reviews may introduce. Lesson checks you answer count towards
          it.
        </p>
      </div>
      <div className="settings-form__field">
        <label htmlFor="setting-desiredRetention">Desired retention (%)</label>
        <input
          type="number"
          min={70}
          max={99}
          step={1}
          inputMode="numeric"
          aria-describedby="help-retention"
          {...field("desiredRetention")}
        />
        <p id="help-retention" className="muted">
          The chance of remembering a card when it comes due (70–99). Higher means more reviews; 90 is a good
          default.
        </p>
      </div>
      <div className="settings-form__field">
        <label htmlFor="setting-learningSteps">Learning steps</label>
        <input type="text" aria-describedby="help-steps" autoComplete="off" {...field("learningSteps")} />
        <p id="help-steps" className="muted">
          Short intervals a new card goes through before spaced reviews, e.g. <code>1m 10m</code> (units m, h,
          d).
        </p>
      </div>
      <div className="settings-form__field">
        <label htmlFor="setting-relearningSteps">Relearning steps</label>
        <input type="text" aria-describedby="help-relearn" autoComplete="off" {...field("relearningSteps")} />
        <p id="help-relearn" className="muted">
          Steps for a card you forgot, e.g. <code>10m</code>.
        </p>
      </div>
      <div className="settings-form__field">
        <label htmlFor="setting-utcOffsetMinutes">Time zone offset from UTC (minutes)</label>
        <div className="button-row">
          <input
            type="number"
            min={-840}
            max={840}
            step={15}
            inputMode="numeric"
            aria-describedby="help-offset"
            {...field("utcOffsetMinutes")}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => setForm((f) => ({ ...f, utcOffsetMinutes: String(deviceOffset) }))}
          >
            Use this device&apos;s ({offsetLabel(deviceOffset)})
          </button>
        </div>
        <p id="help-offset" className="muted">
          Decides when your study day starts. Now {offsetLabel(Number(form.utcOffsetMinutes) || 0)}.
        </p>
      </div>
      <div className="settings-form__field">
        <label htmlFor="setting-dayStartHour">A new study day starts at (hour, 0–23)</label>
        <input
          type="number"
          min={0}
          max={23}
          step={1}
          inputMode="numeric"
          aria-describedby="help-hour"
          {...field("dayStartHour")}
        />
        <p id="help-hour" className="muted">
          Late-night reviews before this hour still count as the previous day.
        </p>
      </div>
      <button type="submit" className="button button--primary">
        Save settings
      </button>
    </form>
  );
}
