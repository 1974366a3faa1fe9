import Link from "next/link";
import type { RenderedQuestion } from "@/lib/content/rendered-question";

function referenceLabel(url: string): string {
  try {
    return (
      new URL(url).pathname
        .split("/")
        .filter(Boolean)
        .pop()
        ?.replace(/\.html$/, "") ?? url
    );
  } catch {
    return url;
  }
}

/**
 * After an answer: right or wrong, the explanation, its sources, a way to watch a "predict the
 * outcome" scenario run in the simulator, and the lesson that teaches it.
 */
export function AnswerFeedback({
  question,
  correct,
  lesson,
  verdict,
}: {
  question: RenderedQuestion;
  /** null: not answered (an exam question left blank). */
  correct: boolean | null;
  /** The lesson to link to, when it exists and the reader is not already in it. */
  lesson?: { slug: string; title: string } | null;
  /** Overrides the "Right." / "Not quite." headline. */
  verdict?: string;
}) {
  const tone = correct ? "is-right" : "is-wrong";
  return (
    <div className={`question__result ${tone}`}>
      <p>
        <strong>{verdict ?? (correct === null ? "Not answered." : correct ? "Right." : "Not quite.")}</strong>
      </p>
      <div className="question__explanation" dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
      {question.references.length > 0 ? (
        <p className="question__refs">
          Source:{" "}
          {question.references.map((r, i) => (
            <span key={r}>
              {i > 0 ? ", " : ""}
              <a href={r} rel="noreferrer" target="_blank">
                {referenceLabel(r)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {question.scenario || lesson ? (
        <p className="question__links">
          {question.scenario ? (
            <Link
              className="button button--small"
              href={`/simulator/?preset=${encodeURIComponent(question.scenario)}`}
            >
              Run it in the simulator
            </Link>
          ) : null}
          {lesson ? (
            <Link className="button button--small" href={`/lessons/${lesson.slug}/`}>
              Read the lesson: {lesson.title}
            </Link>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
