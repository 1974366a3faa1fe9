import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Processor } from "unified";
import { rehypeHighlight } from "./highlighter.server";

// Question prompts, options and explanations are Markdown in YAML. They are turned into HTML
// at build time (with the same code highlighting as lessons), so no Markdown parser ships to
// the browser. remark-rehype drops raw HTML, so the output is safe to inject.
let processor: Promise<Processor> | null = null;

async function getProcessor(): Promise<Processor> {
  const [plugin, highlighter, options] = await rehypeHighlight();
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(plugin, highlighter, options)
    .use(rehypeStringify) as unknown as Processor;
}

export async function markdownToHtml(markdown: string): Promise<string> {
  processor ??= getProcessor();
  return String(await (await processor).process(markdown));
}

/** Inline Markdown (an option's text): a single paragraph is unwrapped. */
export async function inlineMarkdownToHtml(markdown: string): Promise<string> {
  const html = (await markdownToHtml(markdown)).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1].includes("<p>") ? single[1] : html;
}
