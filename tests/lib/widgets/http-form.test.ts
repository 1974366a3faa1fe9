import { describe, expect, test } from "vitest";
import { HeaderLineError, parseHeaderLines } from "@/lib/widgets/http-form";

describe("http-form header lines", () => {
  test("keep order and repeats, skip blank lines, allow colons in values", () => {
    expect(parseHeaderLines("A: 1\n\n  B:2:3  \r\nA: 4")).toEqual([
      ["A", "1"],
      ["B", "2:3"],
      ["A", "4"],
    ]);
    expect(parseHeaderLines("")).toEqual([]);
  });

  test("a line without a name before the colon names its line number", () => {
    expect(() => parseHeaderLines("A: 1\n: x")).toThrow(
      new HeaderLineError('Header line 2 (": x") needs the form Name: value.'),
    );
    expect(() => parseHeaderLines("no colon")).toThrow(HeaderLineError);
  });
});
