import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { ContentError } from "@/lib/content/content-error";
import { rehypeHighlight } from "@/lib/content/highlighter.server";
import { remarkCheckComponents, type ComponentProblem } from "@/lib/content/mdx-plugins";

type EsbuildFailure = { errors?: { text: string; location?: { line: number } | null }[] };

/**
 * Compiles an exercise's task (README.mdx without frontmatter) the way lessons are compiled:
 * GitHub-flavoured Markdown, highlighted code, only registered components. Fails with the file
 * and line (counted in the whole file, frontmatter included) instead of rendering nothing.
 */
export async function compileReadme(
  file: string,
  body: string,
  options: { allowedComponents: readonly string[]; bodyStartLine: number },
): Promise<string> {
  const problems: ComponentProblem[] = [];
  const highlight = await rehypeHighlight();
  const line = (l: number | undefined) => (l === undefined ? undefined : l + options.bodyStartLine - 1);
  try {
    const result = await bundleMDX({
      source: body,
      mdxOptions(mdx) {
        mdx.remarkPlugins = [
          ...(mdx.remarkPlugins ?? []),
          remarkGfm,
          remarkCheckComponents({ allowed: new Set(options.allowedComponents), problems, checkIds: [] }),
        ];
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- unified's plugin tuple typing
        mdx.rehypePlugins = [...(mdx.rehypePlugins ?? []), highlight as any];
        return mdx;
      },
      esbuildOptions(esbuild) {
        esbuild.logLevel = "silent";
        esbuild.minify = true;
        return esbuild;
      },
    });
    if (problems.length > 0) throw new ContentError(file, line(problems[0].line), problems[0].message);
    return result.code;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const first = (error as EsbuildFailure).errors?.[0];
    const detail = first
      ? first.text.replace(/^Cannot process MDX file with esbuild:\s*/, "").replace(/^\d+:\d+: /, "")
      : (error as Error).message;
    throw new ContentError(file, line(first?.location?.line ?? undefined), `MDX does not compile: ${detail}`);
  }
}
