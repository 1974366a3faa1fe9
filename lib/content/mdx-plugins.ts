import GithubSlugger from "github-slugger";
import type { Element, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import { visit } from "unist-util-visit";
import type { TocEntry } from "./lesson-schema";

export type ComponentProblem = { line: number | undefined; message: string };
type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxNode = {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number } };
};

/**
 * Remark plugin: every JSX element that names a component (capitalised or dotted) must be in the
 * registry; otherwise MDX would only fail when the page renders, or not at all. Also collects the
 * ids of inline `<Check id="..."/>` questions so the build can resolve them against the bank.
 */
export function remarkCheckComponents(options: {
  allowed: ReadonlySet<string>;
  problems: ComponentProblem[];
  checkIds: { id: string; line: number | undefined }[];
  /** Simulator presets a `<Simulator preset="..."/>` embed may name; unchecked when absent. */
  presetIds?: ReadonlySet<string>;
}) {
  return () => (tree: MdastRoot) => {
    visit(tree, (node) => {
      const type = (node as { type: string }).type;
      if (type !== "mdxJsxFlowElement" && type !== "mdxJsxTextElement") return;
      const jsx = node as unknown as JsxNode;
      const name = jsx.name;
      const line = jsx.position?.start.line;
      if (!name || !/^[A-Z]|\./.test(name)) return;
      if (!options.allowed.has(name)) {
        options.problems.push({
          line,
          message: `unknown component <${name}>. Use one registered in components/mdx/mdx-components.tsx (${[...options.allowed].sort().join(", ")}).`,
        });
        return;
      }
      if (name === "Simulator" && options.presetIds) {
        const preset = jsx.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "preset");
        if (!preset || typeof preset.value !== "string") {
          options.problems.push({ line, message: `<Simulator> needs a literal preset="preset-id" attribute.` });
        } else if (!options.presetIds.has(preset.value)) {
          options.problems.push({
            line,
            message: `<Simulator preset="${preset.value}"> names no simulator preset (${[...options.presetIds].sort().join(", ")}).`,
          });
        }
        return;
      }
      if (name === "Check") {
        const idAttr = jsx.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id");
        if (!idAttr || typeof idAttr.value !== "string" || idAttr.value.trim() === "") {
          options.problems.push({ line, message: `<Check> needs a literal id="question-id" attribute.` });
        } else {
          options.checkIds.push({ id: idAttr.value, line });
        }
      }
    });
  };
}

/** Rehype plugin: gives h2/h3 stable ids and records them as the table of contents. */
export function rehypeToc(toc: TocEntry[]) {
  return () => (tree: HastRoot) => {
    const slugger = new GithubSlugger();
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "h2" && node.tagName !== "h3") return;
      const text = hastToString(node).trim();
      const id = slugger.slug(text);
      node.properties = { ...node.properties, id };
      toc.push({ depth: node.tagName === "h2" ? 2 : 3, text, id });
    });
  };
}
