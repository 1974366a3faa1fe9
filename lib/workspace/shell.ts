// Just enough POSIX shell quoting for the CLI mirror: commands a learner can paste into bash.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** The value that marks a flag as a switch, written without a value (`--no-cli-pager`). */
export const SWITCH = "";

/** Quotes one argument for bash: bare when safe, otherwise in single quotes ('\'' for a quote). */
export function shellQuote(arg: string): string {
  if (arg !== "" && SAFE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Splits a bash command line produced by shellQuote back into arguments (used by tests). */
export function shellSplit(line: string): string[] {
  const out: string[] = [];
  let current = "";
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated quote in: ${line}`);
      current += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === "\\" && line[i + 1] === "\n") {
      i++;
    } else if (c === "\\") {
      current += line[i + 1] ?? "";
      i++;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(current);
      current = "";
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) out.push(current);
  return out;
}

/** A value written exactly as given: shell variables in double quotes, several words. */
export type Raw = { readonly raw: string };
export const raw = (text: string): Raw => ({ raw: text });

export type Flag = readonly [flag: string, value?: string | Raw | null | undefined | false];

/**
 * One command, one flag per line, the way AWS documents them. Flags with a null, undefined or
 * false value are left out; a flag with no value (a switch) is written alone.
 */
export function command(program: string, flags: readonly Flag[], trailing: readonly string[] = []): string {
  const parts = flags
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([f, v]) => (v === SWITCH ? f : typeof v === "object" && v !== null ? `${f} ${v.raw}` : `${f} ${shellQuote(String(v))}`));
  const lines = [program, ...parts, ...trailing.map(shellQuote)];
  return lines.join(" \\\n  ");
}

