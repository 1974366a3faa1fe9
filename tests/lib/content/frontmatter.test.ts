import { describe, expect, test } from "vitest";
import { readLessonFrontmatter } from "@/lib/content/frontmatter";

const valid = `---
title: Synchronous invocation
summary: What happens when a caller waits for the result.
objectives:
  - Explain the status code
  - Explain retries
minutes: 12
domain: development
---
Body`;

describe("lesson frontmatter", () => {
  test("parses valid frontmatter", () => {
    expect(readLessonFrontmatter("a.mdx", valid)).toEqual({
      title: "Synchronous invocation",
      summary: "What happens when a caller waits for the result.",
      objectives: ["Explain the status code", "Explain retries"],
      minutes: 12,
      domain: "development",
    });
  });

  test("a missing block is reported at line 1", () => {
    expect(() => readLessonFrontmatter("a.mdx", "# Hello")).toThrow(/^a\.mdx:1: missing frontmatter/);
  });

  test("an unknown domain is reported at its line", () => {
    expect(() => readLessonFrontmatter("a.mdx", valid.replace("domain: development", "domain: networking"))).toThrow(/^a\.mdx:8: field "domain"/);
  });

  test("a misspelt key is rejected rather than ignored", () => {
    expect(() => readLessonFrontmatter("a.mdx", valid.replace("minutes: 12", "minutes: 12\nminuts: 3"))).toThrow(/^a\.mdx:1: frontmatter: Unrecognized key/);
  });

  test("invalid YAML is reported at its line", () => {
    expect(() => readLessonFrontmatter("a.mdx", valid.replace("minutes: 12", "minutes: [12"))).toThrow(/^a\.mdx:\d+: frontmatter is not valid YAML/);
  });

  test("too few objectives are rejected with a message that says what to do", () => {
    expect(() => readLessonFrontmatter("a.mdx", valid.replace("  - Explain retries\n", ""))).toThrow(/list at least 2 learning objectives/);
  });
});
