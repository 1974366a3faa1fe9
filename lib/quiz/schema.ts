import { z } from "zod";
import { DOMAINS, SCENARIO_IDS, TOPIC_SLUGS } from "./curriculum";

// The question bank schema (format fixed by .helpers/CURRICULUM.md). Messages are written for
// the author of a YAML file: each one says what to change, because bank.server.ts prints them
// next to the file, question id and line.

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Every question cites AWS documentation; serverless.yml questions may add the Serverless
// Framework's own docs, which are the authority on that file, but never instead of AWS.
const AWS_REFERENCE_HOSTS = new Set(["docs.aws.amazon.com", "aws.amazon.com"]);
const EXTRA_REFERENCE_HOSTS = new Set(["www.serverless.com"]);

function referenceHost(s: string): string | null {
  try {
    const url = new URL(s);
    return url.protocol === "https:" ? url.hostname : null;
  } catch {
    return null;
  }
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

// Exam items say "(Choose TWO.)"; accept the word or the digit, any case.
const CHOOSE_N = /\bchoose\s+(one|two|three|four|five|six|\d+)\b/gi;

/** Every "Choose N" count stated in a prompt, in order of appearance. */
export function statedChoiceCounts(prompt: string): number[] {
  return [...prompt.matchAll(CHOOSE_N)].map((m) => {
    const word = m[1].toLowerCase();
    return NUMBER_WORDS[word] ?? Number(word);
  });
}

const text = (field: string) =>
  z
    .string({ error: `${field} must be a string (use a YAML block scalar "|" for Markdown)` })
    .refine((s) => s.trim().length > 0, { message: `${field} must not be empty` });

function isAllowedReference(s: string): boolean {
  const host = referenceHost(s);
  return host !== null && (AWS_REFERENCE_HOSTS.has(host) || EXTRA_REFERENCE_HOSTS.has(host));
}

const referenceUrl = z.string({ error: "each reference must be a URL string" }).refine(isAllowedReference, {
  message: "references must be https URLs on docs.aws.amazon.com or aws.amazon.com (or www.serverless.com)",
});

const QUESTION_FIELDS = [
  "id",
  "topic",
  "domain",
  "type",
  "prompt",
  "options",
  "explanation",
  "references",
  "scenario",
] as const;

// Unknown keys are usually typos ("explaination"); name them and the allowed ones.
function objectError(notAnObject: string, allowed: readonly string[]) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys"
      ? `unknown field ${(issue.keys ?? []).map((k) => `"${k}"`).join(", ")}: fix the spelling or remove it (allowed: ${allowed.join(", ")})`
      : notAnObject;
}

export const optionSchema = z.strictObject(
  {
    text: text("option text"),
    correct: z.boolean({ error: "option correct must be true or false" }),
    why: text("option why (explain why this option is right or wrong)"),
  },
  {
    error: objectError("each option must be a mapping with text, correct and why", [
      "text",
      "correct",
      "why",
    ]),
  },
);

export const questionSchema = z
  .strictObject(
    {
      id: z.string({ error: "id must be a string" }).regex(KEBAB_CASE, {
        message: "id must be kebab-case: lowercase letters, digits and single hyphens",
      }),
      topic: z.enum(TOPIC_SLUGS, { error: `topic must be one of: ${TOPIC_SLUGS.join(", ")}` }),
      domain: z.enum(DOMAINS, { error: `domain must be one of: ${DOMAINS.join(", ")}` }),
      type: z.enum(["single", "multiple"], { error: 'type must be "single" or "multiple"' }),
      prompt: text("prompt"),
      options: z.array(optionSchema, { error: "options must be a list of options" }),
      explanation: text("explanation"),
      references: z
        .array(referenceUrl, { error: "references must be a list of AWS documentation URLs" })
        // Only judged once every URL is acceptable, so a bad URL is reported once, not twice.
        .refine(
          (urls) =>
            urls.some((u) => AWS_REFERENCE_HOSTS.has(referenceHost(u) ?? "")) ||
            urls.some((u) => !isAllowedReference(u)),
          {
            message:
              "add at least one AWS documentation URL (docs.aws.amazon.com or aws.amazon.com) under references",
          },
        ),
      scenario: z
        .enum(SCENARIO_IDS, {
          error: `scenario must be one of: ${SCENARIO_IDS.join(", ")} (or leave it out)`,
        })
        .optional(),
    },
    { error: objectError("each question must be a mapping of fields", QUESTION_FIELDS) },
  )
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    const stated = statedChoiceCounts(q.prompt);
    if (q.type === "single") {
      if (q.options.length < 4) {
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `a single-answer question needs at least 4 options; it has ${q.options.length}`,
        });
      }
      if (correct !== 1) {
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `a single-answer question needs exactly 1 option with correct: true; it has ${correct} (use type: multiple for more)`,
        });
      }
      if (stated.some((n) => n > 1)) {
        ctx.addIssue({
          code: "custom",
          path: ["prompt"],
          message: `the prompt says "Choose ${stated.find((n) => n > 1)}" but type is single; use type: multiple or remove it`,
        });
      }
    } else {
      if (q.options.length < 5) {
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `a multiple-response question needs at least 5 options; it has ${q.options.length}`,
        });
      }
      if (correct < 2) {
        ctx.addIssue({
          code: "custom",
          path: ["options"],
          message: `a multiple-response question needs at least 2 options with correct: true; it has ${correct}`,
        });
      }
      if (stated.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["prompt"],
          message: `a multiple-response prompt must say how many to pick, e.g. "Choose ${numberWord(correct)}."`,
        });
      } else if (stated.some((n) => n !== correct)) {
        ctx.addIssue({
          code: "custom",
          path: ["prompt"],
          message: `the prompt says "Choose ${stated.find((n) => n !== correct)}" but ${correct} options are marked correct; make them agree`,
        });
      }
    }
    const seen = new Map<string, number>();
    q.options.forEach((o, i) => {
      const key = o.text.trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["options", i, "text"],
          message: `option ${i + 1} repeats the text of option ${first + 1}; every option must be distinct`,
        });
      } else {
        seen.set(key, i);
      }
    });
  });

function numberWord(n: number): string {
  const word = Object.entries(NUMBER_WORDS).find(([, v]) => v === n)?.[0];
  return word ? word.toUpperCase() : String(n);
}

export type QuestionOption = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];

// Re-exported from a zod-free module so browser code can use them without the bank schema.
export { correctOptionIndices, type QuestionShape } from "./question-shape";
