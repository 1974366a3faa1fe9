import { parseScenario, type Scenario } from "../scenario";
import { TRIGGER_SERVICE, type TriggerType } from "../triggers";
import { albHelloWorld } from "./alb-hello-world";
import { asyncRetriesDlq } from "./async-retries-dlq";
import { coldWarmClient } from "./cold-warm-client";
import type { PresetDefinition } from "./preset";
import { reservedConcurrencyThrottling } from "./reserved-concurrency-throttling";
import { sqsPartialBatch } from "./sqs-partial-batch";
import { weightedAliasCanary } from "./weighted-alias-canary";

export type Preset = {
  id: string;
  scenario: Scenario;
  /** Simulator services the preset's triggers need (issue 4's event sources). */
  needs: string[];
};

const DEFINITIONS: readonly PresetDefinition[] = [
  asyncRetriesDlq,
  reservedConcurrencyThrottling,
  coldWarmClient,
  albHelloWorld,
  weightedAliasCanary,
  sqsPartialBatch,
];

export const PRESET_IDS = DEFINITIONS.map((d) => d.id);

export class UnknownPresetError extends Error {
  constructor(id: string) {
    super(`There is no preset called "${id}". Known presets: ${PRESET_IDS.join(", ")}.`);
    this.name = "UnknownPresetError";
  }
}

function build(d: PresetDefinition): Preset {
  const scenario = parseScenario(d.scenario);
  const needs = [...new Set(scenario.triggers.map((t) => TRIGGER_SERVICE[t.type as TriggerType]))];
  return { id: d.id, scenario, needs };
}

/** A fresh copy of a preset (callers may edit it freely). */
export function getPreset(id: string): Preset {
  const d = DEFINITIONS.find((p) => p.id === id);
  if (!d) throw new UnknownPresetError(id);
  return build(d);
}

export function listPresets(): Preset[] {
  return DEFINITIONS.map(build);
}
