"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { useHydrated, useQuiz } from "@/components/stores/app-stores";
import {
  DOMAIN_LABELS,
  DOMAIN_WEIGHTS,
  DOMAINS,
  TOPIC_SLUGS,
  type Domain,
  type TopicSlug,
} from "@/lib/quiz/curriculum";
import { buildPracticeSet, type PracticeFilter } from "@/lib/quiz/practice";
import type { QuizIndex } from "@/lib/quiz/quiz-index";
import { myMistakes } from "@/lib/quiz/deck";
import { PracticeSession } from "./practice-session";
import { lessonFor } from "./use-deck";
import { useNow } from "./use-now";
import { useRenderedBank, type RenderedBank } from "./use-rendered-bank";

const SIZES = ["10", "20", "all"] as const;
type Size = (typeof SIZES)[number];

type Chosen = { filter: PracticeFilter | { kind: "mistakes" }; title: string; size: Size };

function readChoice(params: URLSearchParams, index: QuizIndex): Chosen | { error: string } | null {
  const size: Size = (SIZES as readonly string[]).includes(params.get("size") ?? "")
    ? (params.get("size") as Size)
    : "10";
  const topic = params.get("topic");
  const domain = params.get("domain");
  if (topic !== null) {
    if (!(TOPIC_SLUGS as readonly string[]).includes(topic))
      return { error: `There is no topic "${topic}".` };
    const t = topic as TopicSlug;
    return { filter: { kind: "topic", topic: t }, title: lessonFor(index, t)?.title ?? t, size };
  }
  if (domain !== null) {
    if (!(DOMAINS as readonly string[]).includes(domain))
      return { error: `There is no exam domain "${domain}".` };
    const d = domain as Domain;
    return { filter: { kind: "domain", domain: d }, title: DOMAIN_LABELS[d], size };
  }
  if (params.get("mistakes") !== null) return { filter: { kind: "mistakes" }, title: "My mistakes", size };
  return null;
}

/** /quiz/practice/: choose a set (topic, domain or my mistakes), then work through it. */
export function PracticePage({ index }: { index: QuizIndex }) {
  const params = useSearchParams();
  const choice = readChoice(new URLSearchParams(params.toString()), index);
  if (choice === null || "error" in choice) {
    return (
      <>
        {choice ? (
          <p className="notice notice--error" role="alert">
            {choice.error} Choose a set below.
          </p>
        ) : null}
        <PracticePicker index={index} />
      </>
    );
  }
  return <PracticeLoader index={index} choice={choice} key={params.toString()} />;
}

function PracticeLoader({ index, choice }: { index: QuizIndex; choice: Chosen }) {
  const hydrated = useHydrated();
  const now = useNow(60_000);
  const { bank, error } = useRenderedBank(index.version);
  if (error) return <p className="notice notice--error">{error}</p>;
  if (!hydrated || !bank || now === 0) return <p className="muted">Loading questions…</p>;
  return <PracticeRun index={index} bank={bank} choice={choice} seed={String(now)} />;
}

function PracticeRun({
  index,
  bank,
  choice,
  seed,
}: {
  index: QuizIndex;
  bank: RenderedBank;
  choice: Chosen;
  seed: string;
}) {
  const log = useQuiz((s) => s.scheduler.log);
  // Drawn once when the set starts: answering must not reshuffle (or shrink "my mistakes") mid-set.
  const [set] = useState(() => {
    const questions = index.questions.flatMap((q) => bank[q.id] ?? []);
    const filter: PracticeFilter =
      choice.filter.kind === "mistakes"
        ? { kind: "mistakes", questionIds: myMistakes(log, Object.keys(bank)) }
        : choice.filter;
    return buildPracticeSet(questions, filter, {
      seed,
      size: choice.size === "all" ? undefined : Number(choice.size),
    });
  });
  if (set.items.length === 0) {
    return (
      <section className="quiz-panel">
        <h2>{choice.title}</h2>
        <p>
          {choice.filter.kind === "mistakes"
            ? "No mistakes to practise: every question you answered last time, you answered right."
            : "There are no questions in this set yet."}
        </p>
        <Link className="button" href="/quiz/practice/">
          Choose another set
        </Link>
      </section>
    );
  }
  return <PracticeSession index={index} bank={bank} items={set.items} title={choice.title} />;
}

function PracticePicker({ index }: { index: QuizIndex }) {
  const hydrated = useHydrated();
  const log = useQuiz((s) => s.scheduler.log);
  const [size, setSize] = useState<Size>("10");
  const sizeId = useId();
  const bankIds = useMemo(() => index.questions.map((q) => q.id), [index]);
  const mistakes = useMemo(() => (hydrated ? myMistakes(log, bankIds).length : 0), [hydrated, log, bankIds]);
  const byTopic = (t: TopicSlug) => index.questions.filter((q) => q.topic === t).length;
  const byDomain = (d: Domain) => index.questions.filter((q) => q.domain === d).length;
  const href = (key: string, value: string) =>
    `/quiz/practice/?${key}=${encodeURIComponent(value)}&size=${size}`;

  return (
    <div className="quiz-picker">
      <p className="quiz-picker__size">
        <label htmlFor={sizeId}>Questions per set</label>{" "}
        <select id={sizeId} value={size} onChange={(e) => setSize(e.target.value as Size)}>
          <option value="10">10</option>
          <option value="20">20</option>
          <option value="all">All that match</option>
        </select>
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="mistakes-title">
          <h2 id="mistakes-title">My mistakes</h2>
          <p>Questions whose most recent answer, in any mode, was wrong.</p>
          {!hydrated ? (
            <p className="muted">Loading…</p>
          ) : mistakes > 0 ? (
            <Link className="button button--primary" href={href("mistakes", "1")}>
              Practise {mistakes} mistake{mistakes === 1 ? "" : "s"}
            </Link>
          ) : (
            <p className="muted">No mistakes yet.</p>
          )}
        </section>
        <section className="card" aria-labelledby="domains-title">
          <h2 id="domains-title">By exam domain</h2>
          <ul className="link-list">
            {DOMAINS.map((d) => (
              <li key={d}>
                <Link href={href("domain", d)}>{DOMAIN_LABELS[d]}</Link>{" "}
                <span className="muted">
                  ({byDomain(d)} questions, {DOMAIN_WEIGHTS[d]}% of the exam)
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="card" aria-labelledby="topics-title">
        <h2 id="topics-title">By topic</h2>
        <ul className="link-list link-list--columns">
          {TOPIC_SLUGS.filter((t) => byTopic(t) > 0).map((t) => (
            <li key={t}>
              <Link href={href("topic", t)}>{lessonFor(index, t)?.title ?? t}</Link>{" "}
              <span className="muted">({byTopic(t)})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
