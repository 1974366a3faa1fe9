import { check, defineExercise, describeInvocation, expect, show, type Lab } from "@/lib/exercises/check-api";

const THUMBNAILS = `// Rendering one thumbnail takes about 900 ms.
export async function render(id) {
  await new Promise((resolve) => setTimeout(resolve, 900));
  console.log(\`rendered \${id}\`);
  return \`thumb-\${id}.jpg\`;
}
`;

const IMAGES = Array.from({ length: 12 }, (_, i) => `img-${String(i + 1).padStart(2, "0")}`);

type Answer = { thumbnails?: unknown; next?: unknown };

function readAnswer(payload: unknown, what: string): { thumbnails: unknown[]; next: number | null } {
  const a = payload as Answer | null;
  expect(
    a && Array.isArray(a.thumbnails),
    `${what} returned ${show(payload)}; expected { thumbnails: [...], next: ... }.`,
  );
  expect(
    a.next === null || (typeof a.next === "number" && Number.isInteger(a.next)),
    `${what} returned next ${show(a.next)}; it must be the index of the next image, or null.`,
  );
  return { thumbnails: a.thumbnails as unknown[], next: a.next as number | null };
}

async function deploy(lab: Lab, timeout: number) {
  return lab.deploy({ FunctionName: "thumbnails", Timeout: timeout });
}

export const exercise = defineExercise({
  supportFiles: { "thumbnails.mjs": THUMBNAILS },
  checks: [
    check("never-times-out", "Finishes within a 5 s timeout with 12 images to do", async (lab) => {
      const fn = await deploy(lab, 5);
      const inv = await fn.invoke({ images: IMAGES });
      expect(
        !inv.functionError,
        `With a 5 s timeout the invocation ${describeInvocation(inv)}. Check context.getRemainingTimeInMillis() before each render and return before the timeout.`,
      );
      const { next } = readAnswer(inv.payload, "The first invocation");
      return `Returned before the timeout with next = ${next}.`;
    }),
    check("uses-the-time", "Renders at least 3 images per 5-second invocation", async (lab) => {
      const fn = await deploy(lab, 5);
      const inv = await fn.invokeOk({ images: IMAGES }, "The first invocation");
      const { thumbnails, next } = readAnswer(inv.payload, "The first invocation");
      expect(
        thumbnails.length >= 3,
        `Only ${thumbnails.length} images were rendered in 5 s, though one takes 900 ms. Keep a margin of about one render, not more.`,
      );
      expect(
        next === thumbnails.length,
        `${thumbnails.length} thumbnails were rendered but next is ${show(next)}; next should be ${thumbnails.length}.`,
      );
    }),
    check(
      "resumes-from-next",
      "Calling again with startAt = next renders every image exactly once",
      async (lab) => {
        const fn = await deploy(lab, 5);
        let startAt: number | null = 0;
        let calls = 0;
        while (startAt !== null) {
          calls += 1;
          expect(
            calls <= 8,
            "After 8 calls the images are still not all rendered; each call should move next forward.",
          );
          const inv = await fn.invokeOk({ images: IMAGES, startAt }, `Call ${calls} (startAt ${startAt})`);
          const { next } = readAnswer(inv.payload, `Call ${calls}`);
          expect(
            next === null || next > startAt,
            `Call ${calls} started at ${startAt} and returned next ${show(next)}: it made no progress.`,
          );
          startAt = next;
        }
        const rendered = (await fn.messages()).map((m) => m.message).filter((m) => m.startsWith("rendered "));
        for (const id of IMAGES) {
          const n = rendered.filter((m) => m === `rendered ${id}`).length;
          expect(
            n === 1,
            `${id} was rendered ${n} times over ${calls} calls; each image should be rendered exactly once (start at event.startAt).`,
          );
        }
        return `All 12 images rendered once, in ${calls} calls.`;
      },
    ),
    check("adapts-to-the-timeout", "With a 30 s timeout, one call does all 12 images", async (lab) => {
      const fn = await deploy(lab, 30);
      const inv = await fn.invokeOk({ images: IMAGES }, "With a 30 s timeout the invocation");
      const { thumbnails, next } = readAnswer(inv.payload, "The invocation");
      expect(
        thumbnails.length === 12 && next === null,
        `With a 30 s timeout one call rendered ${thumbnails.length} images and returned next ${show(next)}. Decide from the remaining time, not from a fixed count.`,
      );
    }),
  ],
});
