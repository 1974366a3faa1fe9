import { encodeShare } from "@/lib/workspace/share";
import { defaultScenario, parseScenario } from "@/lib/workspace/scenario";

// "Open in the simulator": the learner's code (with the exercise's provided files) as a
// simulator share link, so they can poke at it with the full workspace: test events, logs,
// timeline, metrics. Nothing runs until they press a button there.

export function simulatorLink(input: { title: string; slug: string; files: Record<string, string>; mainFile: string }): string {
  const base = defaultScenario();
  const scenario = parseScenario({
    ...base,
    title: `Exercise: ${input.title}`.slice(0, 120),
    summary: "Opened from an exercise. The exercise's checks do more than a single test: run them on the exercise page.",
    files: [
      { path: input.mainFile, content: input.files[input.mainFile] ?? "" },
      ...Object.entries(input.files)
        .filter(([path]) => path !== input.mainFile)
        .map(([path, content]) => ({ path, content })),
    ],
    config: { ...base.config, FunctionName: input.slug.slice(0, 64) },
  });
  return `/simulator/${encodeShare({ scenario, activeFile: input.mainFile })}`;
}
