"use client";

import Link from "next/link";
import { useAppStores, useHydrated, useProgress } from "@/components/stores/app-stores";

type Neighbour = { slug: string; title: string } | null;

export function LessonFooter({ slug, prev, next }: { slug: string; prev: Neighbour; next: Neighbour }) {
  const stores = useAppStores();
  const hydrated = useHydrated();
  const completedAt = useProgress((s) => s.lessons[slug]?.completedAt ?? null);
  const done = completedAt !== null;

  return (
    <footer className="lesson-footer">
      <div className="lesson-complete card" aria-live="polite">
        {done ? (
          <>
            <p>
              <span className="badge badge--ok">Completed</span> You finished this lesson on{" "}
              {new Date(completedAt).toLocaleDateString()}.
            </p>
            <button type="button" className="button button--small" onClick={() => stores?.progress.getState().uncompleteLesson(slug)}>
              Mark as not done
            </button>
          </>
        ) : (
          <>
            <p>Read it all and tried the checks? Record it in your progress.</p>
            <button
              type="button"
              className="button button--primary"
              disabled={!hydrated}
              onClick={() => stores?.progress.getState().completeLesson(slug)}
            >
              Mark lesson complete
            </button>
          </>
        )}
      </div>
      <nav className="lesson-pager" aria-label="Lessons">
        {prev ? (
          <Link href={`/lessons/${prev.slug}/`} rel="prev" className="lesson-pager__link">
            <span className="muted">← Previous</span>
            <span>{prev.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/lessons/${next.slug}/`} rel="next" className="lesson-pager__link lesson-pager__link--next">
            <span className="muted">Next →</span>
            <span>{next.title}</span>
          </Link>
        ) : (
          <Link href="/lessons/" className="lesson-pager__link lesson-pager__link--next">
            <span className="muted">All lessons</span>
            <span>Back to the index</span>
          </Link>
        )}
      </nav>
    </footer>
  );
}
