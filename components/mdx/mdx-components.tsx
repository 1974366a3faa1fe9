import { diagramsA } from "@/components/diagrams/set-a";
import { diagramsB } from "@/components/diagrams/set-b";
import { Simulator } from "@/components/simulator/simulator-embed";
import { widgets } from "@/components/widgets";
import { Callout } from "./callout";
import { ExamTip } from "./exam-tip";
import { Misconception } from "./misconception";

/**
 * The single registry of what lesson MDX may use. The build rejects any other component name
 * (lib/content/mdx-plugins.ts), naming the file and line.
 *
 * `Check` is listed by name only: the lesson page binds it to the question bank at build time,
 * since it needs the question's rendered text.
 */
export const mdxComponents = {
  Callout,
  ExamTip,
  Misconception,
  // A live scenario: <Simulator preset="async-retries-dlq" />. The build checks the preset id.
  Simulator,
  ...diagramsA,
  ...diagramsB,
  ...widgets,
};

export const mdxComponentNames: readonly string[] = [...Object.keys(mdxComponents), "Check"];
