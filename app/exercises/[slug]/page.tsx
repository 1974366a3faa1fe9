/* eslint-disable react-hooks/static-components -- the MDX component is built once per exercise in a server component at build time */
import type { Metadata } from "next";
import Link from "next/link";
import { getMDXComponent } from "mdx-bundler/client";
import { ExerciseHints } from "@/components/exercises/exercise-hints";
import { ExerciseSolution } from "@/components/exercises/exercise-solution";
import { ExerciseWorkbench } from "@/components/exercises/exercise-workbench";
import styles from "@/components/exercises/exercise.module.css";
import { mdxComponentNames, mdxComponents } from "@/components/mdx/mdx-components";
import { getLessons } from "@/lib/content/lessons.server";
import { getExercise, getExercises } from "@/lib/exercises/exercises.server";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getExercises()).map((e) => ({ slug: e.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const e = (await getExercises()).find((x) => x.slug === slug);
  return { title: e ? `Exercise: ${e.title}` : "Exercise", description: e?.summary };
}

// Exercise tasks may use the lesson components, but not inline quiz checks (those need a lesson).
const allowedComponents = mdxComponentNames.filter((n) => n !== "Check");

export default async function ExercisePage({ params }: Props) {
  const { slug } = await params;
  const [all, lessons, exercise] = await Promise.all([getExercises(), getLessons(), getExercise(slug, { allowedComponents })]);
  const index = all.findIndex((e) => e.slug === slug);
  const prev = all[index - 1];
  const next = all[index + 1];
  const lesson = lessons.find((l) => l.slug === exercise.topic);
  const Task = getMDXComponent(exercise.readmeCode);

  return (
    <article aria-labelledby="exercise-title">
      <p className="lesson__kicker">
        <Link href="/exercises/">Exercises</Link> · {String(exercise.order).padStart(2, "0")} · {exercise.difficulty} · about {exercise.minutes} min
      </p>
      <h1 id="exercise-title">{exercise.title}</h1>
      <p className={`lead ${styles.wrap}`}>{exercise.summary}</p>
      <div className={styles.layout}>
        <div className={styles.instructions}>
          <section className="card" aria-labelledby="objectives-title">
            <h2 id="objectives-title">You will practise</h2>
            <ul>
              {exercise.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
            {lesson ? (
              <p className="muted">
                Background: <Link href={`/lessons/${lesson.slug}/`}>{lesson.title}</Link>
              </p>
            ) : null}
          </section>
          <div className="prose">
            <Task components={mdxComponents} />
          </div>
          <ExerciseHints slug={slug} hintsHtml={exercise.hintsHtml} />
          <ExerciseSolution slug={slug} mainFile={exercise.mainFile} solution={exercise.solution} />
        </div>
        <ExerciseWorkbench
          exercise={{
            slug,
            title: exercise.title,
            mainFile: exercise.mainFile,
            starter: exercise.starter,
            supportFiles: exercise.supportFiles,
            checks: exercise.checks,
            checksVersion: exercise.checksVersion,
            reviewQuestions: exercise.reviewQuestions,
          }}
        />
      </div>
      <nav className="lesson-pager" aria-label="Other exercises">
        {prev ? (
          <Link className="lesson-pager__link" href={`/exercises/${prev.slug}/`}>
            ← {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="lesson-pager__link lesson-pager__link--next" href={`/exercises/${next.slug}/`}>
            {next.title} →
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
