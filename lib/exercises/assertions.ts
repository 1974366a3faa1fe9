// How a check says "no": it throws CheckFailure with a message written for the learner (what
// happened, what was expected, and where to look). Anything else thrown from a check is a bug
// in the check or the engine and is reported as such, never blamed on the learner's code.

export class CheckFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckFailure";
  }
}

/** Fails the check with `message` unless `condition` holds. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

export function fail(message: string): never {
  throw new CheckFailure(message);
}

/** Short, readable rendering of a value for messages: JSON, cut at `max` characters. */
export function show(value: unknown, max = 160): string {
  let text: string;
  if (value === undefined) text = "undefined";
  else if (typeof value === "string") text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Fails unless `actual` deep-equals `expected`. `what` names the value for the learner
 * ("the status code of GET /hello"); the message adds what was expected and what came back.
 */
export function expectEqual(actual: unknown, expected: unknown, what: string, hint?: string): void {
  if (!deepEqual(actual, expected)) {
    throw new CheckFailure(
      `Expected ${what} to be ${show(expected)}, but it was ${show(actual)}.${hint ? ` ${hint}` : ""}`,
    );
  }
}

/**
 * The simulator in this build lacks a service a check needs (an event source not wired yet).
 * Reported as "cannot run here", never as the learner's mistake.
 */
export class MissingFeatureError extends Error {
  constructor(readonly feature: string) {
    super(
      `This check needs ${feature}, which the simulator in this version of Lambda Lab does not offer yet.`,
    );
    this.name = "MissingFeatureError";
  }
}
