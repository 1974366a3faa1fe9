import rehypeShikiFromHighlighter, { type RehypeShikiCoreOptions } from "@shikijs/rehype/core";
import { createHighlighterCore, type HighlighterCore } from "shiki/core";
import { createOnigurumaEngine } from "shiki/engine/oniguruma";

// Only the languages lessons and questions use. Loading shiki's full bundle costs ~20 s per
// process; this costs well under a second. An unlisted language fails the build by name.
const LANGS = [
  import("@shikijs/langs/javascript"),
  import("@shikijs/langs/typescript"),
  import("@shikijs/langs/jsx"),
  import("@shikijs/langs/tsx"),
  import("@shikijs/langs/json"),
  import("@shikijs/langs/yaml"),
  import("@shikijs/langs/shellscript"),
  import("@shikijs/langs/ini"),
];

let highlighter: Promise<HighlighterCore> | null = null;

function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import("@shikijs/themes/github-light"), import("@shikijs/themes/github-dark")],
    langs: LANGS,
    engine: createOnigurumaEngine(import("shiki/wasm")),
  });
  return highlighter;
}

/** The rehype plugin tuple for code highlighting, with both themes emitted as CSS variables. */
type ShikiHighlighter = Parameters<typeof rehypeShikiFromHighlighter>[0];

export async function rehypeHighlight(): Promise<[typeof rehypeShikiFromHighlighter, ShikiHighlighter, RehypeShikiCoreOptions]> {
  const options: RehypeShikiCoreOptions = {
    themes: { light: "github-light", dark: "github-dark" },
    defaultColor: "light",
  };
  // HighlighterCore is the same object as the full highlighter, minus bundled-language typing.
  return [rehypeShikiFromHighlighter, (await getHighlighter()) as unknown as ShikiHighlighter, options];
}
