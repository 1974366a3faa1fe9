/** A content file is invalid. The message starts with `path:line` so editors and CI logs link to it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${detail}`);
    this.name = "ContentError";
  }
}
