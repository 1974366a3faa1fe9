import type { TocEntry } from "@/lib/content/lesson-schema";

export function LessonToc({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <nav className="lesson-toc" aria-label="On this page">
      <p className="lesson-toc__title">On this page</p>
      <ol>
        {toc.map((t) => (
          <li key={t.id} className={t.depth === 3 ? "lesson-toc__sub" : undefined}>
            <a href={`#${t.id}`}>{t.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
