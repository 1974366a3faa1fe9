import type { ScenarioInput } from "../scenario";

/** A named scenario that lessons link to (/simulator/?preset=id) and embed. */
export type PresetDefinition = {
  id: string;
  scenario: ScenarioInput;
};
