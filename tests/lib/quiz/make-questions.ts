import { DOMAINS, TOPIC_SLUGS, type Domain, type TopicSlug } from "@/lib/quiz/curriculum";
import { questionSchema, type Question } from "@/lib/quiz/schema";

// Synthetic, schema-valid questions for engine tests (the real bank changes under our feet).

export function makeQuestion(
  id: string,
  domain: Domain,
  topic: TopicSlug = "sync-invocation",
  type: Question["type"] = "single",
): Question {
  const options = type === "single" ? [true, false, false, false] : [true, false, true, false, false];
  return questionSchema.parse({
    id,
    topic,
    domain,
    type,
    prompt: type === "single" ? `Question ${id}?` : `Question ${id}? (Choose TWO.)`,
    options: options.map((correct, i) => ({
      text: `Option ${i + 1} of ${id}`,
      correct,
      why: `Because ${i}.`,
    })),
    explanation: "Explained.",
    references: ["https://docs.aws.amazon.com/lambda/latest/dg/welcome.html"],
  });
}

/** `perDomain[d]` questions in each domain, topics assigned round-robin. */
export function makeBank(perDomain: Partial<Record<Domain, number>>): Question[] {
  const out: Question[] = [];
  let n = 0;
  for (const domain of DOMAINS) {
    for (let i = 0; i < (perDomain[domain] ?? 0); i += 1) {
      const type = n % 4 === 3 ? "multiple" : "single";
      out.push(makeQuestion(`${domain}-${i + 1}`, domain, TOPIC_SLUGS[n % TOPIC_SLUGS.length], type));
      n += 1;
    }
  }
  return out;
}
