import { LineCounter, parseDocument } from "yaml";
import { ContentError } from "./content-error";
import { lessonFrontmatterSchema, type LessonFrontmatter } from "./lesson-schema";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Parses and validates a lesson's YAML frontmatter, reporting problems at the line of the
 * offending key (line numbers count from the top of the .mdx file).
 */
export function readLessonFrontmatter(file: string, source: string): LessonFrontmatter {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    throw new ContentError(file, 1, "missing frontmatter: start the file with a --- block (title, summary, objectives, minutes, domain).");
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  // The YAML text starts on line 2 of the file, after the opening ---.
  const fileLine = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line + 1);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new ContentError(file, fileLine(error.pos[0]), `frontmatter is not valid YAML: ${error.message.split("\n")[0]}`);
  }
  const parsed = lessonFrontmatterSchema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;

  const issue = parsed.error.issues[0];
  const key = issue.path[0];
  let line = 1;
  if (typeof key === "string") {
    const node = doc.getIn([key], true) as { range?: [number, number, number] } | undefined;
    const pair = node?.range ? node.range[0] : findKeyOffset(match[1], key);
    line = fileLine(pair);
  }
  const where = issue.path.length > 0 ? `field "${issue.path.join(".")}"` : "frontmatter";
  throw new ContentError(file, line, `${where}: ${issue.message}`);
}

function findKeyOffset(yamlText: string, key: string): number | undefined {
  const index = yamlText.search(new RegExp(`^${key}\\s*:`, "m"));
  return index >= 0 ? index : undefined;
}
