/**
 * QuickJS's parser uses far more host stack per nesting level than QuickJS accounts for, so
 * deeply nested source could overflow the host stack before QuickJS's own check fires. The
 * simulator therefore refuses source that nests brackets more than MAX_SOURCE_NESTING levels
 * deep (real code rarely passes 30) with a SyntaxError, before QuickJS parses it: the handler's
 * files on the host, and code given to eval / new Function inside the sandbox. The scan skips
 * comments, strings, template text and regular expression literals (recognised by the token
 * before the slash).
 */
export const MAX_SOURCE_NESTING = 100;

export const NESTING_MESSAGE = `The Lambda Lab simulator's parser accepts code nested at most ${MAX_SOURCE_NESTING} levels deep; this code nests deeper.`;

const REGEX_AFTER = new Set(["(", ",", "=", ":", "[", "!", "&", "|", "?", "{", "}", ";", "+", "-", "*", "%", "<", ">", "~", "^"]);
const REGEX_AFTER_WORD = new Set(["return", "typeof", "case", "do", "else", "in", "of", "void", "yield", "await", "throw", "new", "delete", "instanceof"]);
const WORD = /[A-Za-z0-9_$]/;

/** True when `source` nests (, [, { or ${ more than `limit` levels deep. */
export function nestsDeeperThan(source: string, limit = MAX_SOURCE_NESTING): boolean {
  if (source.length <= limit) return false;
  let depth = 0;
  let last = "";
  let word = "";
  const templates: number[] = [];
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source[i];
    if (c === " " || c === "\n" || c === "\t" || c === "\r") continue;
    if (c === "/" && source[i + 1] === "/") {
      while (i < n && source[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && source[i + 1] === "*") {
      i = source.indexOf("*/", i + 2);
      if (i < 0) return false;
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      for (i++; i < n && source[i] !== c; i++) if (source[i] === "\\") i++;
      last = "a";
      word = "";
      continue;
    }
    if (c === "`" || (c === "}" && templates.length && templates[templates.length - 1] === depth)) {
      if (c === "}") {
        templates.pop();
        depth--;
      }
      // template text up to the closing backtick or the next ${
      for (i++; i < n; i++) {
        if (source[i] === "\\") i++;
        else if (source[i] === "`") break;
        else if (source[i] === "$" && source[i + 1] === "{") {
          i++;
          depth++;
          if (depth > limit) return true;
          templates.push(depth);
          break;
        }
      }
      last = "a";
      word = "";
      continue;
    }
    if (WORD.test(c)) {
      let j = i;
      while (j < n && WORD.test(source[j])) j++;
      word = source.slice(i, j);
      i = j - 1;
      last = "a";
      continue;
    }
    if (c === "/" && (last === "" || REGEX_AFTER.has(last) || (last === "a" && REGEX_AFTER_WORD.has(word)))) {
      let inClass = false;
      for (i++; i < n; i++) {
        const r = source[i];
        if (r === "\\") i++;
        else if (r === "[") inClass = true;
        else if (r === "]") inClass = false;
        else if (r === "/" && !inClass) break;
        else if (r === "\n") break;
      }
      last = "a";
      word = "";
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      if (++depth > limit) return true;
    } else if (c === ")" || c === "]" || c === "}") {
      if (depth > 0) depth--;
    }
    last = c;
  }
  return false;
}
