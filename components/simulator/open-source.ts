import { getPreset, UnknownPresetError } from "@/lib/workspace/presets";
import { defaultScenario, type Scenario } from "@/lib/workspace/scenario";
import { decodeShare, ShareLinkError } from "@/lib/workspace/share";
import type { WorkspaceSource } from "./location-source";

// Where a workspace's scenario comes from: a share link, a preset, or a blank function. Opening
// never runs anything: the learner presses a button for that.

export type Opened = { scenario: Scenario; selectedEvent?: string; activeFile?: string; presetId?: string; problem?: string };

export function openSource(source: WorkspaceSource): Opened {
  try {
    if (source.kind === "preset") return { scenario: getPreset(source.id).scenario, presetId: source.id };
    if (source.kind === "share") return decodeShare(source.hash);
  } catch (error) {
    const problem = error instanceof ShareLinkError || error instanceof UnknownPresetError ? error.message : `This scenario could not be opened: ${String(error)}`;
    return { scenario: defaultScenario(), problem };
  }
  return { scenario: defaultScenario() };
}
