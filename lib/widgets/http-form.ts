/**
 * Form-field helpers shared by the HTTP widgets (ALB converter, payload format explorer). Kept
 * apart from either widget's logic so that neither widget's chunk carries the other's code.
 */

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

/** Thrown for a header line that is not `Name: value`; the message names the line. */
export class HeaderLineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HeaderLineError";
  }
}

/** `Name: value` lines to header pairs in order; blank lines are skipped, repeats kept. */
export function parseHeaderLines(text: string): [string, string][] {
  const out: [string, string][] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const colon = line.indexOf(":");
    if (colon <= 0 || line.slice(0, colon).trim() === "") {
      throw new HeaderLineError(`Header line ${index + 1} ("${line.trim()}") needs the form Name: value.`);
    }
    out.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return out;
}
