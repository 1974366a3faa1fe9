"use client";

import { useEffect, useState } from "react";
import type { RenderedQuestion } from "@/lib/content/rendered-question";
import { QUESTIONS_URL } from "@/lib/quiz/quiz-index";

export type RenderedBank = Readonly<Record<string, RenderedQuestion>>;

// One request per bank version per page load, shared by every component that asks.
const requests = new Map<string, Promise<RenderedBank>>();

export function fetchRenderedBank(version: string): Promise<RenderedBank> {
  let request = requests.get(version);
  if (!request) {
    request = fetch(`${QUESTIONS_URL}?v=${encodeURIComponent(version)}`).then(async (res) => {
      if (!res.ok) throw new Error(`the question file answered ${res.status}`);
      return (await res.json()) as RenderedBank;
    });
    // A failed request may be retried (the learner can reload, or come back online).
    request.catch(() => requests.delete(version));
    requests.set(version, request);
  }
  return request;
}

/** The rendered question bank, fetched lazily (it is a few hundred KB of HTML). */
export function useRenderedBank(version: string): { bank: RenderedBank | null; error: string | null } {
  const [state, setState] = useState<{ version: string; bank: RenderedBank | null; error: string | null }>({
    version,
    bank: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    fetchRenderedBank(version).then(
      (bank) => live && setState({ version, bank, error: null }),
      (e: unknown) =>
        live &&
        setState({
          version,
          bank: null,
          error: `The questions could not be loaded (${e instanceof Error ? e.message : String(e)}). Check your connection and reload the page.`,
        }),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return state.version === version ? { bank: state.bank, error: state.error } : { bank: null, error: null };
}
