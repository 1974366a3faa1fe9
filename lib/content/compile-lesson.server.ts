import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { ContentError } from "./content-error";
import { rehypeHighlight } from "./highlighter.server";
import type { LessonMeta, TocEntry } from "./lesson-schema";
import { rehypeToc, remarkCheckComponents, type ComponentProblem } from "./mdx-plugins";

export type CompiledLesson = {
  meta: LessonMeta;
  /** mdx-bundler output: evaluated by getMDXComponent at build time, never shipped as a string to run. */
  code: string;
  toc: TocEntry[];
  checkIds: string[];
};

type EsbuildFailure = { errors?: { text: string; location?: { line: number } | null }[] };

/**
 * Compiles one lesson. Fails (never degrades to empty content) on MDX syntax errors, unknown
 * components and inline checks that name no question, always naming the file and line.
 */
export async function compileLessonSource(
  meta: LessonMeta,
  source: string,
  options: { allowedComponents: readonly string[]; knownQuestionIds?: ReadonlySet<string>; presetIds?: ReadonlySet<string> },
): Promise<CompiledLesson> {
  const problems: ComponentProblem[] = [];
  const checks: { id: string; line: number | undefined }[] = [];
  const toc: TocEntry[] = [];
  const highlight = await rehypeHighlight();
  let result;
  try {
    result = await bundleMDX({
      source,
      mdxOptions(mdx) {
        mdx.remarkPlugins = [
          ...(mdx.remarkPlugins ?? []),
          remarkGfm, // tables, strikethrough, autolinks: lessons are written in GitHub-flavoured Markdown
          remarkCheckComponents({ allowed: new Set(options.allowedComponents), problems, checkIds: checks, presetIds: options.presetIds }),
        ];
        mdx.rehypePlugins = [
          ...(mdx.rehypePlugins ?? []),
          rehypeToc(toc),
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- unified's plugin tuple typing
          highlight as any,
        ];
        return mdx;
      },
      esbuildOptions(esbuild) {
        esbuild.logLevel = "silent";
        esbuild.minify = true;
        return esbuild;
      },
    });
  } catch (error) {
    const first = (error as EsbuildFailure).errors?.[0];
    if (first) {
      const detail = first.text.replace(/^Cannot process MDX file with esbuild:\s*/, "").replace(/^\d+:\d+: /, "");
      throw new ContentError(meta.file, first.location?.line, `MDX does not compile: ${detail}`);
    }
    throw new ContentError(meta.file, undefined, `MDX does not compile: ${(error as Error).message}`);
  }
  if (problems.length > 0) throw new ContentError(meta.file, problems[0].line, problems[0].message);
  if (options.knownQuestionIds) {
    const missing = checks.find((c) => !options.knownQuestionIds!.has(c.id));
    if (missing) {
      throw new ContentError(
        meta.file,
        missing.line,
        `<Check id="${missing.id}"> names no question: add it to content/questions/${meta.slug}-checks.yaml.`,
      );
    }
  }
  return { meta, code: result.code, toc, checkIds: checks.map((c) => c.id) };
}
