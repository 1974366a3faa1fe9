import { TEST_EVENT_TEMPLATES } from "@/lib/simulator/sources/test-events";

// Test-event templates for the Test tab's picker, like the Lambda console's: the engine's own
// factories (built with the code the simulated services use, so a sample never disagrees with a
// real delivery), plus the console's "hello world" for a function invoked directly.

export type EventTemplate = { id: string; label: string; source: string; build: () => unknown };

const HELLO_WORLD: EventTemplate = {
  id: "hello-world",
  label: "Hello world",
  source: "Direct invoke",
  build: () => ({ key1: "value1", key2: "value2", key3: "value3" }),
};

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  HELLO_WORLD,
  ...TEST_EVENT_TEMPLATES.map((t) => ({ id: t.id, label: t.label, source: t.source, build: () => t.create() })),
];

/** A template's JSON as the editor shows it (a fresh copy each time). */
export function templateJson(t: EventTemplate): string {
  return JSON.stringify(t.build(), null, 2) + "\n";
}
