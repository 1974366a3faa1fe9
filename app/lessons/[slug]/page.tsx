/* eslint-disable react-hooks/static-components -- the MDX component is built once per lesson in a server component at build time */
import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { LessonFooter } from "@/components/lessons/lesson-footer";
import { LessonToc } from "@/components/lessons/lesson-toc";
import { LessonVisit } from "@/components/lessons/lesson-visit";
import { Check } from "@/components/mdx/check";
import { mdxComponentNames, mdxComponents } from "@/components/mdx/mdx-components";
import { questionsById, renderChecks } from "@/lib/content/lesson-checks.server";
import { getLesson, getLessons } from "@/lib/content/lessons.server";
import { DOMAIN_LABELS } from "@/lib/quiz/curriculum";
import { PRESET_TITLES } from "@/lib/workspace/presets/titles";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getLessons()).map((l) => ({ slug: l.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = (await getLessons()).find((l) => l.slug === slug);
  return { title: lesson?.title, description: lesson?.summary };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lessons = await getLessons();
  const index = lessons.findIndex((l) => l.slug === slug);
  const lesson = await getLesson(slug, {
    allowedComponents: mdxComponentNames,
    knownQuestionIds: new Set(questionsById().keys()),
    presetIds: new Set(Object.keys(PRESET_TITLES)),
  });
  const checks = await renderChecks(lesson.checkIds);
  // Evaluated here, at build time, in a server component that renders once per lesson: the page
  // ships as HTML plus the few interactive components. The client-side rule against creating
  // components during render (lost state on re-render) does not apply; see the file-level disable.
  const Content = getMDXComponent(lesson.code);
  const { meta, toc } = lesson;

  return (
    <div className="lesson-layout">
      <LessonVisit slug={slug} />
      <article className="lesson" aria-labelledby="lesson-title">
        <p className="lesson__kicker">
          Lesson {meta.order} · {meta.minutes} min · {DOMAIN_LABELS[meta.domain]}
        </p>
        <h1 id="lesson-title">{meta.title}</h1>
        <p className="lead">{meta.summary}</p>
        <section className="card lesson__objectives" aria-labelledby="objectives-title">
          <h2 id="objectives-title">You will be able to</h2>
          <ul>
            {meta.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        <div className="prose">
          <Content components={{ ...mdxComponents, Check: ({ id }: { id: string }) => <Check question={checks[id]} /> }} />
        </div>
        <LessonFooter slug={slug} prev={lessons[index - 1] ?? null} next={lessons[index + 1] ?? null} />
      </article>
      <LessonToc toc={toc} />
    </div>
  );
}
