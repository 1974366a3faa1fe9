// A tiny JavaScript/TypeScript/JSON tokenizer for the static code preview shown while Monaco
// loads (a few KB instead of an editor). It only has to look right, not parse: comments,
// strings, numbers, keywords and everything else.

export type TokenType = "comment" | "string" | "number" | "keyword" | "plain";
export type Token = { type: TokenType; text: string };

const KEYWORDS = new Set(
  (
    "async await break case catch class const continue debugger default delete do else export extends false finally for " +
    "from function if import in instanceof interface let new null of return static super switch this throw true try type " +
    "typeof undefined var void while yield as implements readonly enum declare"
  ).split(" "),
);

const PATTERN =
  /(\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|("(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\[\s\S])*`?)|(\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_$][\w$]*)/g;

export function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const push = (type: TokenType, text: string) => {
    if (!text) return;
    const prev = tokens[tokens.length - 1];
    if (prev && prev.type === type) prev.text += text;
    else tokens.push({ type, text });
  };
  for (const m of code.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    push("plain", code.slice(last, at));
    if (m[1]) push("comment", m[1]);
    else if (m[2]) push("string", m[2]);
    else if (m[3]) push("number", m[3]);
    else push(KEYWORDS.has(m[4]) ? "keyword" : "plain", m[4]);
    last = at + m[0].length;
  }
  push("plain", code.slice(last));
  return tokens;
}
