import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { inspectBankFile, parseBankFile, QuestionBankError } from "@/lib/quiz/bank";
import { loadQuestionBank } from "@/lib/quiz/bank.server";
import { TOPIC_SLUGS } from "@/lib/quiz/curriculum";

const FIXTURES = "tests/fixtures/questions";
const validText = readFileSync(`${FIXTURES}/valid/sync.yaml`, "utf8");

function bankError(run: () => unknown): QuestionBankError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(QuestionBankError);
    return error as QuestionBankError;
  }
  throw new Error("expected a QuestionBankError, but nothing was thrown");
}

function parseFixture(name: string) {
  const file = `${FIXTURES}/${name}`;
  return bankError(() => parseBankFile(file, readFileSync(file, "utf8")));
}

/** The valid fixture with one textual edit, checked that the edit really applied. */
function edited(from: string, to: string): string {
  expect(validText).toContain(from);
  return validText.replace(from, to);
}

describe("valid bank", () => {
  test("loads a directory and counts questions by topic, domain and type", () => {
    const bank = loadQuestionBank({ dir: `${FIXTURES}/valid` });
    expect(bank.questions.map((q) => q.id)).toEqual(["sync-no-retries", "async-retry-facts"]);
    expect(bank.sources["async-retry-facts"]).toEqual({ file: `${FIXTURES}/valid/sync.yaml`, line: 25 });
    expect(bank.stats.total).toBe(2);
    expect(bank.stats.byType).toEqual({ single: 1, multiple: 1 });
    expect(bank.stats.byDomain).toEqual({ development: 1, security: 0, deployment: 0, troubleshooting: 1 });
    expect(bank.stats.byTopic["sync-invocation"]).toBe(1);
    expect(bank.stats.byTopic.alb).toBe(0);
    expect(Object.keys(bank.stats.byTopic)).toEqual([...TOPIC_SLUGS]);
    expect(bank.stats.withScenario).toBe(1);
  });

  test("keeps Markdown block scalars as text", () => {
    const [first] = parseBankFile("x.yaml", validText);
    expect(first.question.prompt).toContain("`InvocationType: RequestResponse`");
    expect(first.question.prompt.split("\n").length).toBeGreaterThan(1);
  });
});

describe("broken fixtures name the file, the question id and the line", () => {
  const cases = [
    { name: "bad-topic.yaml", id: "async-retry-facts", line: 26, says: "topic must be one of" },
    {
      name: "single-two-correct.yaml",
      id: "sync-no-retries",
      line: 9,
      says: "exactly 1 option with correct: true; it has 2",
    },
    {
      name: "multiple-without-choose.yaml",
      id: "async-retry-facts",
      line: 29,
      says: 'must say how many to pick, e.g. "Choose TWO."',
    },
    { name: "missing-why.yaml", id: "async-retry-facts", line: 42, says: '"options[3].why" is missing' },
    { name: "yaml-syntax-error.yaml", id: "async-retry-facts", line: 44, says: "YAML syntax error" },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const error = parseFixture(c.name);
      expect(error.problems).toHaveLength(1);
      expect(error.message).toContain(`${FIXTURES}/${c.name}:${c.line} question "${c.id}"`);
      expect(error.message).toContain(c.says);
    });
  }

  test("duplicate id across files names both places", () => {
    const error = bankError(() => loadQuestionBank({ dir: `${FIXTURES}/duplicate-id` }));
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain(`${FIXTURES}/duplicate-id/b-second.yaml:25 question "sync-no-retries"`);
    expect(error.message).toContain(`already used at ${FIXTURES}/duplicate-id/a-first.yaml:1`);
  });

  test("duplicate id within one file is caught by parseBankFile", () => {
    const twice = validText + validText.split("- id: async-retry-facts")[0];
    const error = bankError(() => parseBankFile("twice.yaml", twice));
    expect(error.message).toContain('twice.yaml:53 question "sync-no-retries": duplicate id');
  });

  test("the loader reports every broken file in one error", () => {
    const error = bankError(() => loadQuestionBank({ dir: FIXTURES }));
    const files = new Set(error.problems.map((p) => p.file));
    expect([...files].sort()).toEqual(
      ["bad-topic", "missing-why", "multiple-without-choose", "single-two-correct", "yaml-syntax-error"].map(
        (n) => `${FIXTURES}/${n}.yaml`,
      ),
    );
  });
});

describe("schema rules", () => {
  const problemsOf = (text: string) =>
    inspectBankFile("q.yaml", text).problems.map((p) => `${p.line}: ${p.message}`);

  test("a stated count must match the number of correct options", () => {
    expect(problemsOf(edited("(Choose TWO.)", "(Choose THREE.)"))).toEqual([
      expect.stringMatching(/^29: prompt: the prompt says "Choose 3" but 2 options are marked correct/),
    ]);
    expect(problemsOf(edited("(Choose TWO.)", "(choose 2)"))).toEqual([]);
  });

  test("a single-answer prompt may not ask for several", () => {
    expect(problemsOf(edited("What does Lambda do?", "What does Lambda do? (Choose TWO.)"))).toEqual([
      expect.stringContaining('the prompt says "Choose 2" but type is single'),
    ]);
  });

  test("single needs four options and multiple needs five", () => {
    const threeOptions = edited(
      `    - text: It puts the event on the dead-letter queue.
      correct: false
      why: Dead-letter queues apply to asynchronous invocation only.
`,
      "",
    );
    expect(problemsOf(threeOptions)).toEqual([expect.stringContaining("at least 4 options; it has 3")]);
    const fourOptions = edited(
      `    - text: The event is lost silently after the first failure.
      correct: false
      why: Lambda retries, then sends it to a DLQ or on-failure destination if configured.
`,
      "",
    );
    expect(problemsOf(fourOptions)).toEqual([expect.stringContaining("at least 5 options; it has 4")]);
  });

  test("references must be AWS documentation over https", () => {
    const url = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html";
    expect(problemsOf(edited(url, "https://example.com/lambda"))).toEqual([
      expect.stringMatching(/^24: references\[0\]: .*docs\.aws\.amazon\.com or aws\.amazon\.com/),
    ]);
    expect(problemsOf(edited(url, "http://docs.aws.amazon.com/lambda/"))).toHaveLength(1);
    expect(problemsOf(edited(url, "https://aws.amazon.com/lambda/faqs/"))).toEqual([]);
  });

  test("Serverless Framework docs may add to AWS references but not replace them", () => {
    const url = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html";
    const serverless = "https://www.serverless.com/framework/docs/providers/aws/guide/variables";
    expect(problemsOf(edited(url, `${url}\n    - ${serverless}`))).toEqual([]);
    expect(problemsOf(edited(url, serverless))).toEqual([
      expect.stringMatching(/^24: references: add at least one AWS documentation URL/),
    ]);
  });

  test("unknown fields, bad ids and unknown scenarios are named", () => {
    expect(
      problemsOf(edited("  explanation: |\n    Synchronous", "  explaination: |\n    Synchronous")),
    ).toEqual([
      expect.stringMatching(/^1: "explanation" is missing/),
      expect.stringMatching(/^21: .*unknown field "explaination"/),
    ]);
    expect(problemsOf(edited("- id: sync-no-retries", "- id: Sync_No_Retries"))).toEqual([
      expect.stringMatching(/^1: id: id must be kebab-case/),
    ]);
    expect(problemsOf(edited("scenario: async-retries-dlq", "scenario: retries"))).toEqual([
      expect.stringMatching(/^52: scenario: scenario must be one of/),
    ]);
  });

  test("a file that is not a list says how to start a question", () => {
    expect(problemsOf("id: lonely\ntopic: alb\n")).toEqual([
      expect.stringContaining('start each question with "- id: ..."'),
    ]);
    expect(problemsOf("")).toEqual([expect.stringContaining("the file is empty")]);
  });
});

test("the real content/questions bank validates", () => {
  // Writers fill content/questions in parallel; until the directory exists the loader must
  // say so plainly rather than return an empty bank.
  if (!existsSync("content/questions")) {
    expect(() => loadQuestionBank()).toThrow(/cannot read the question directory/);
    return;
  }
  const bank = loadQuestionBank();
  expect(bank.questions.length).toBeGreaterThan(0);
  expect(bank.stats.total).toBe(bank.questions.length);
});
