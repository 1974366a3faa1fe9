// CloudWatch Logs as the Monitor tab shows them: lines grouped per request (START ... REPORT),
// the REPORT line read into fields, and a filter with CloudWatch's filter-pattern basics.

export type LogLine = { text: string; requestId?: string; timestamp?: number; stream?: string };

export type Report = {
  requestId: string;
  durationMs: number;
  billedMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
  initDurationMs?: number;
  status?: string;
};

export type LogGroup = {
  /** The request id, or `init-<n>` for lines written outside any request (Init phase). */
  id: string;
  requestId?: string;
  version?: string;
  lines: LogLine[];
  report?: Report;
  /** True once END (or REPORT) was seen. */
  complete: boolean;
};

const REQUEST_LINE = /^(START|END|REPORT) RequestId: ([0-9a-zA-Z-]+)/;
const CONSOLE_LINE = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z\t([0-9a-zA-Z-]+|undefined)\t/;

/** The request a CloudWatch line belongs to, if it names one. */
export function requestIdOf(text: string): string | undefined {
  const r = REQUEST_LINE.exec(text);
  if (r) return r[2];
  const c = CONSOLE_LINE.exec(text);
  return c && c[1] !== "undefined" ? c[1] : undefined;
}

function numberField(text: string, name: string): number | undefined {
  const m = new RegExp(`${name}: ([\\d.]+) `).exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Reads a REPORT line's tab-separated fields; null for any other line. */
export function parseReport(text: string): Report | null {
  const m = /^REPORT RequestId: ([0-9a-zA-Z-]+)/.exec(text);
  if (!m) return null;
  const status = /Status: ([A-Za-z.]+)/.exec(text)?.[1];
  const init = numberField(text, "Init Duration");
  return {
    requestId: m[1],
    durationMs: numberField(text, "(?<!Billed |Init )Duration") ?? 0,
    billedMs: numberField(text, "Billed Duration") ?? 0,
    memorySizeMb: numberField(text, "Memory Size") ?? 0,
    maxMemoryUsedMb: numberField(text, "Max Memory Used") ?? 0,
    ...(init !== undefined ? { initDurationMs: init } : {}),
    ...(status ? { status } : {}),
  };
}

/** Accepts the engine's lines as strings or as objects with a `message`/`text`. */
export function toLogLine(raw: unknown): LogLine {
  if (typeof raw === "string") return { text: raw, requestId: requestIdOf(raw) };
  if (raw && typeof raw === "object") {
    const o = raw as Record<string, unknown>;
    const text = String(o.message ?? o.text ?? "");
    const requestId = typeof o.requestId === "string" ? o.requestId : requestIdOf(text);
    return {
      text,
      ...(requestId ? { requestId } : {}),
      ...(typeof o.timestamp === "number" ? { timestamp: o.timestamp } : {}),
      ...(typeof o.logStreamName === "string" ? { stream: o.logStreamName } : typeof o.stream === "string" ? { stream: o.stream } : {}),
    };
  }
  return { text: String(raw) };
}

/**
 * Groups lines per request. Lines without a request id (module-scope console output during Init)
 * form their own group, placed where they occurred, so the reader sees Init before the request
 * that triggered it.
 */
export function groupLogs(lines: readonly LogLine[]): LogGroup[] {
  const groups: LogGroup[] = [];
  const byId = new Map<string, LogGroup>();
  let initGroup: LogGroup | null = null;
  let initCount = 0;
  for (const line of lines) {
    const id = line.requestId;
    if (!id) {
      if (!initGroup) {
        initGroup = { id: `init-${++initCount}`, lines: [], complete: true };
        groups.push(initGroup);
      }
      initGroup.lines.push(line);
      continue;
    }
    initGroup = null;
    let g = byId.get(id);
    if (!g) {
      g = { id, requestId: id, lines: [], complete: false };
      byId.set(id, g);
      groups.push(g);
    }
    g.lines.push(line);
    const version = /^START RequestId: \S+ Version: (\S+)/.exec(line.text);
    if (version) g.version = version[1];
    if (line.text.startsWith("END ")) g.complete = true;
    const report = parseReport(line.text);
    if (report) {
      g.report = report;
      g.complete = true;
    }
  }
  return groups;
}

type Term = { text: string; mode: "all" | "any" | "none" };

/**
 * CloudWatch Logs filter pattern basics: every plain term must appear, `?term` means at least
 * one of the ?-terms, `-term` excludes, "double quotes" keep a phrase together. Like
 * CloudWatch, matching is case-sensitive.
 */
export function parseFilter(pattern: string): Term[] {
  const terms: Term[] = [];
  const re = /([?-]?)(?:"([^"]*)"|(\S+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(pattern))) {
    const text = m[2] ?? m[3];
    if (!text) continue;
    terms.push({ text, mode: m[1] === "?" ? "any" : m[1] === "-" ? "none" : "all" });
  }
  return terms;
}

export function matchesFilter(text: string, terms: readonly Term[]): boolean {
  if (!terms.length) return true;
  const any = terms.filter((t) => t.mode === "any");
  return (
    terms.every((t) => (t.mode === "all" ? text.includes(t.text) : t.mode === "none" ? !text.includes(t.text) : true)) &&
    (any.length === 0 || any.some((t) => text.includes(t.text)))
  );
}

/** Groups keeping only matching lines; groups with no match disappear. */
export function filterGroups(groups: readonly LogGroup[], pattern: string): LogGroup[] {
  const terms = parseFilter(pattern);
  if (!terms.length) return [...groups];
  return groups
    .map((g) => ({ ...g, lines: g.lines.filter((l) => matchesFilter(l.text, terms)) }))
    .filter((g) => g.lines.length > 0);
}
