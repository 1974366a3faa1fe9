/**
 * The six fields of an EventBridge cron expression, parsed into sets the scheduler can test.
 *
 * EventBridge's dialect is not Unix cron: six fields (no seconds, a year at the end), `?` in one
 * of day-of-month / day-of-week, day-of-week numbered 1-7 from Sunday, and the Quartz-style
 * `L`, `W` and `#` wildcards. Common npm cron libraries accept Unix five-field expressions and
 * silently misread these, so the parser is written here against the EventBridge reference
 * (eb-cron-expressions): Minutes 0-59 `, - * /`; Hours 0-23 `, - * /`; Day-of-month 1-31
 * `, - * ? / L W`; Month 1-12 or JAN-DEC `, - * /`; Day-of-week 1-7 or SUN-SAT `, - * ? L #`;
 * Year 1970-2199 `, - * /`.
 */

export class CronSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CronSyntaxError";
  }
}

type FieldName = "minutes" | "hours" | "dayOfMonth" | "month" | "dayOfWeek" | "year";

interface FieldSpec {
  name: FieldName;
  label: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Characters beyond digits and names that this field accepts. */
  wildcards: string;
}

const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] as const;
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;

const FIELDS: readonly FieldSpec[] = [
  { name: "minutes", label: "Minutes", min: 0, max: 59, wildcards: ",-*/" },
  { name: "hours", label: "Hours", min: 0, max: 23, wildcards: ",-*/" },
  { name: "dayOfMonth", label: "Day-of-month", min: 1, max: 31, wildcards: ",-*?/LW" },
  { name: "month", label: "Month", min: 1, max: 12, names: MONTH_NAMES, wildcards: ",-*/" },
  { name: "dayOfWeek", label: "Day-of-week", min: 1, max: 7, names: DAY_NAMES, wildcards: ",-*?L#" },
  { name: "year", label: "Year", min: 1970, max: 2199, wildcards: ",-*/" },
];

/** Day-of-month: a plain set of days, or one of the special forms. */
export type DayOfMonthSpec =
  | { kind: "any" } // "?"
  | { kind: "set"; days: ReadonlySet<number> }
  | { kind: "last" } // "L": last day of the month
  | { kind: "lastWeekday" } // "LW": last Monday-Friday of the month
  | { kind: "nearestWeekday"; day: number }; // "15W": Monday-Friday nearest the 15th, same month

/** Day-of-week, 1 = Sunday ... 7 = Saturday. */
export type DayOfWeekSpec =
  | { kind: "any" }
  | { kind: "set"; days: ReadonlySet<number> }
  | { kind: "lastOfMonth"; day: number } // "6L": last Friday of the month
  | { kind: "nth"; day: number; nth: number }; // "3#2": second Tuesday of the month

export interface CronFields {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  dayOfMonth: DayOfMonthSpec;
  months: ReadonlySet<number>;
  dayOfWeek: DayOfWeekSpec;
  years: ReadonlySet<number>;
}

/** Parses the six whitespace-separated fields inside `cron(...)`. */
export function parseCronFields(body: string): CronFields {
  const parts = body.trim().split(/\s+/).filter((p) => p !== "");
  if (parts.length !== 6) {
    throw new CronSyntaxError(
      `cron() needs exactly six fields (Minutes Hours Day-of-month Month Day-of-week Year), found ${parts.length}.`,
    );
  }
  const [minutes, hours, dom, month, dow, year] = parts;
  for (let i = 0; i < 6; i++) checkCharacters(FIELDS[i], parts[i]);

  const domIsAny = dom === "?";
  const dowIsAny = dow === "?";
  if (domIsAny === dowIsAny) {
    throw new CronSyntaxError(
      domIsAny
        ? "Only one of Day-of-month and Day-of-week may be '?': give a value or '*' in the other."
        : "Use '?' in either Day-of-month or Day-of-week: EventBridge does not allow values (or '*') in both.",
    );
  }

  return {
    minutes: parseSetField(FIELDS[0], minutes),
    hours: parseSetField(FIELDS[1], hours),
    dayOfMonth: domIsAny ? { kind: "any" } : parseDayOfMonth(dom),
    months: parseSetField(FIELDS[3], month),
    dayOfWeek: dowIsAny ? { kind: "any" } : parseDayOfWeek(dow),
    years: parseSetField(FIELDS[5], year),
  };
}

function checkCharacters(spec: FieldSpec, text: string): void {
  const letters = text.toUpperCase().replace(/[A-Z]{3}/g, (m) => (spec.names?.includes(m) ? "" : m));
  for (const ch of letters) {
    if (ch >= "0" && ch <= "9") continue;
    if (spec.wildcards.includes(ch)) continue;
    throw new CronSyntaxError(
      `${spec.label} field '${text}': '${ch}' is not allowed here (allowed: digits${spec.names ? ", names" : ""} and ${spec.wildcards.split("").join(" ")}).`,
    );
  }
  if (text.includes("?") && text !== "?") {
    throw new CronSyntaxError(`${spec.label} field '${text}': '?' must stand alone.`);
  }
}

function parseValue(spec: FieldSpec, token: string, whole: string): number {
  const upper = token.toUpperCase();
  if (spec.names) {
    const index = spec.names.indexOf(upper);
    if (index >= 0) return index + 1;
  }
  if (!/^\d+$/.test(token)) {
    throw new CronSyntaxError(`${spec.label} field '${whole}': '${token}' is not a number${spec.names ? " or name" : ""}.`);
  }
  const value = Number(token);
  if (value < spec.min || value > spec.max) {
    throw new CronSyntaxError(`${spec.label} field '${whole}': ${value} is outside ${spec.min}-${spec.max}.`);
  }
  return value;
}

/** Comma lists of `*`, `a`, `a-b`, with an optional `/step`. */
function parseSetField(spec: FieldSpec, text: string): Set<number> {
  const out = new Set<number>();
  for (const item of text.split(",")) {
    if (item === "") throw new CronSyntaxError(`${spec.label} field '${text}': empty list item.`);
    addItem(spec, item, text, out);
  }
  return out;
}

function addItem(spec: FieldSpec, item: string, whole: string, out: Set<number>): void {
  const [rangePart, stepPart, extra] = item.split("/");
  if (extra !== undefined) throw new CronSyntaxError(`${spec.label} field '${whole}': more than one '/'.`);
  let step = 1;
  if (stepPart !== undefined) {
    if (!/^\d+$/.test(stepPart) || Number(stepPart) < 1) {
      throw new CronSyntaxError(`${spec.label} field '${whole}': the increment after '/' must be a positive number.`);
    }
    step = Number(stepPart);
    if (step > spec.max - spec.min + 1) {
      throw new CronSyntaxError(`${spec.label} field '${whole}': increment ${step} is larger than the field's range.`);
    }
  }
  let start: number;
  let end: number;
  if (rangePart === "*") {
    start = spec.min;
    end = spec.max;
  } else if (rangePart.includes("-")) {
    const [a, b, more] = rangePart.split("-");
    if (more !== undefined || a === "" || b === "") {
      throw new CronSyntaxError(`${spec.label} field '${whole}': a range is written 'from-to'.`);
    }
    start = parseValue(spec, a, whole);
    end = parseValue(spec, b, whole);
  } else {
    start = parseValue(spec, rangePart, whole);
    // "5/15" means 5, 20, 35, 50: a start with an increment runs to the end of the field.
    end = stepPart !== undefined ? spec.max : start;
  }
  if (start <= end) {
    for (let v = start; v <= end; v += step) out.add(v);
    return;
  }
  if (spec.name === "year") {
    throw new CronSyntaxError(`${spec.label} field '${whole}': the range runs backwards.`);
  }
  // A range such as FRI-MON or 22-2 wraps around the end of the field.
  const size = spec.max - spec.min + 1;
  const length = end - start + size;
  for (let offset = 0; offset <= length; offset += step) out.add(((start - spec.min + offset) % size) + spec.min);
}

function parseDayOfMonth(text: string): DayOfMonthSpec {
  const spec = FIELDS[2];
  const upper = text.toUpperCase();
  if (upper === "L") return { kind: "last" };
  if (upper === "LW") return { kind: "lastWeekday" };
  if (upper.includes("L") || upper.includes("W")) {
    const match = /^(\d+)W$/.exec(upper);
    if (!match) {
      throw new CronSyntaxError(
        `Day-of-month field '${text}': use 'L', 'LW' or a single day followed by W (such as 15W), not in a list or range.`,
      );
    }
    return { kind: "nearestWeekday", day: parseValue(spec, match[1], text) };
  }
  return { kind: "set", days: parseSetField(spec, text) };
}

function parseDayOfWeek(text: string): DayOfWeekSpec {
  const spec = FIELDS[4];
  const upper = text.toUpperCase();
  if (upper === "L") return { kind: "set", days: new Set([7]) }; // "L" alone: the last day of the week, Saturday
  if (upper.includes("#")) {
    const match = /^([A-Z]{3}|\d+)#(\d+)$/.exec(upper);
    if (!match) {
      throw new CronSyntaxError(
        `Day-of-week field '${text}': '#' takes one day and an occurrence, such as 3#2 (second Tuesday); only one such expression is allowed.`,
      );
    }
    const nth = Number(match[2]);
    if (nth < 1 || nth > 5) throw new CronSyntaxError(`Day-of-week field '${text}': the occurrence after '#' must be 1-5.`);
    return { kind: "nth", day: parseValue(spec, match[1], text), nth };
  }
  if (upper.includes("L")) {
    const match = /^([A-Z]{3}|\d+)L$/.exec(upper);
    if (!match) {
      throw new CronSyntaxError(`Day-of-week field '${text}': 'L' follows a single day (6L = last Friday), not a list or range.`);
    }
    return { kind: "lastOfMonth", day: parseValue(spec, match[1], text) };
  }
  return { kind: "set", days: parseSetField(spec, text) };
}
