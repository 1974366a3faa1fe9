// Kept apart from open-source.ts so the page's first chunk does not carry the scenario schema,
// the presets or the decompressor: it only needs to know where the page was opened from.

export type WorkspaceSource = { kind: "default" } | { kind: "preset"; id: string } | { kind: "share"; hash: string };

/** Where the page was opened from: a share link (`#v1/...`) wins over `?preset=`. */
export function sourceFromLocation(loc: { search: string; hash: string }): WorkspaceSource {
  if (/^#?v\d+\//.test(loc.hash)) return { kind: "share", hash: loc.hash };
  const preset = new URLSearchParams(loc.search).get("preset");
  return preset ? { kind: "preset", id: preset } : { kind: "default" };
}
