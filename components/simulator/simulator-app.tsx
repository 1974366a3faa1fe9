"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { sourceFromLocation, type WorkspaceSource } from "./location-source";

// The workspace is its own chunk: the page's first load stays small and interactive while it
// arrives (Monaco is a further chunk, loaded by the editor).
const SimulatorWorkspace = dynamic(() => import("./simulator-workspace").then((m) => m.SimulatorWorkspace), {
  ssr: false,
  loading: () => (
    <p className="muted" role="status">
      Loading the workspace…
    </p>
  ),
});

/**
 * Reads the preset (?preset=...) or share link (#v1/...) once the page is in the browser (a
 * static export has no server to read them), then shows the workspace. Nothing runs on opening.
 */
export function SimulatorApp() {
  const [source, setSource] = useState<WorkspaceSource | null>(null);
  useEffect(() => {
    // The address is only known in the browser; read it once, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSource(sourceFromLocation(window.location));
  }, []);
  if (!source) {
    return (
      <p className="muted" role="status">
        Opening the workspace…
      </p>
    );
  }
  return <SimulatorWorkspace source={source} />;
}
