import { ASYNC_PAYLOAD_MAX_BYTES, SYNC_PAYLOAD_MAX_BYTES, TEST_EVENT_NAME_PATTERN } from "./limits";
import type { InvocationType } from "./actions";
import { jsonErrorOffset } from "./json-position";

// Checks the Test tab's JSON before it is sent, with the position of a syntax error so the
// editor can underline it, and the payload limits Lambda applies per invocation type.

export type EventCheck =
  | { ok: true; value: unknown; bytes: number; text: string }
  | { ok: false; message: string; line?: number; column?: number };

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

function formatBytes(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * Validates the JSON text of a test event. An empty editor sends `{}`, as the console and CLI do
 * when no payload is given.
 */
export function checkEventJson(text: string, invocationType: InvocationType = "RequestResponse"): EventCheck {
  const source = text.trim() === "" ? "{}" : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const offset = jsonErrorOffset(source);
    const at = offset < 0 ? undefined : lineColumn(source, offset);
    // Engines word JSON.parse errors differently; describe the spot ourselves.
    const detail =
      offset < 0 || offset >= source.length
        ? "the text ends too early (a closing bracket, quote or value is missing)"
        : `unexpected ${JSON.stringify(source[offset])}${source[offset] === "}" || source[offset] === "]" ? " (a value is missing, or there is a trailing comma)" : ""}`;
    return {
      ok: false,
      message: `The event is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ""}: ${detail}. Lambda would reject it with InvalidRequestContentException.`,
      ...(at ?? {}),
    };
  }
  const bytes = new TextEncoder().encode(source).length;
  const limit = invocationType === "Event" ? ASYNC_PAYLOAD_MAX_BYTES : SYNC_PAYLOAD_MAX_BYTES;
  if (bytes > limit) {
    return {
      ok: false,
      message: `RequestTooLargeException: the event is ${formatBytes(bytes)} bytes; ${invocationType === "Event" ? "asynchronous" : "synchronous"} invocations accept at most ${formatBytes(limit)} bytes (${invocationType === "Event" ? "1 MB" : "6 MB"}).`,
    };
  }
  return { ok: true, value, bytes, text: source };
}

/** The console's rule for test event names, with its message. */
export function checkEventName(name: string, existing: readonly string[] = []): string | null {
  if (!TEST_EVENT_NAME_PATTERN.test(name)) {
    return "Event names are 1-25 characters: letters, digits, dots (.), hyphens (-) and underscores (_).";
  }
  if (existing.includes(name)) return `An event called ${name} already exists: choose another name or overwrite it.`;
  return null;
}

/** Pretty-prints JSON text with two spaces, or returns it unchanged when it does not parse. */
export function formatEventJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2) + "\n";
  } catch {
    return text;
  }
}
