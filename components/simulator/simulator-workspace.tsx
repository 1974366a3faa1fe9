"use client";

import { useEffect, useMemo, useState } from "react";
import { WorkspaceController } from "@/lib/workspace/controller";
import { listPresets, PRESET_IDS } from "@/lib/workspace/presets";
import { isShareHash } from "@/lib/workspace/share";
import { createWorkspaceStore, type WorkspaceStore } from "@/lib/workspace/workspace-store";
import { ActionBar } from "./action-bar";
import { CliPanel } from "./cli-panel";
import { CodePanel } from "./code-panel";
import { ConfigPanel } from "./config-panel";
import { connectEngine } from "./engine-connection";
import { MonitorPanel } from "./monitor-panel";
import type { WorkspaceSource } from "./location-source";
import { openSource, type Opened } from "./open-source";
import { ResultsPanel } from "./results-panel";
import { ScenarioSteps } from "./scenario-steps";
import { ShareButton } from "./share-button";
import styles from "./simulator.module.css";
import { Tabs } from "./tabs";
import { TestPanel } from "./test-panel";
import { TimelineView } from "./timeline-view";
import { TriggersPanel } from "./triggers-panel";
import { VersionsPanel } from "./versions-panel";
import { useWorkspace, WorkspaceProvider } from "./workspace-context";

function useWorkspaceInstance(opened: Opened) {
  const [instance] = useState(() => {
    const store: WorkspaceStore = createWorkspaceStore(opened.scenario, { selectedEvent: opened.selectedEvent, activeFile: opened.activeFile });
    const controller = new WorkspaceController(store, connectEngine);
    return { store, controller };
  });
  useEffect(() => () => instance.controller.dispose(), [instance]);
  return instance;
}

/** The full simulator page. */
export function SimulatorWorkspace({ source }: { source: WorkspaceSource }) {
  const opened = useMemo(() => openSource(source), [source]);
  const instance = useWorkspaceInstance(opened);
  const [problem, setProblem] = useState(opened.problem);

  useEffect(() => {
    // Pasting another share link into the address bar of an open page.
    const onHash = () => {
      if (!isShareHash(window.location.hash)) return;
      const next = openSource({ kind: "share", hash: window.location.hash });
      void instance.controller.reset();
      instance.store.getState().load(next.scenario, next);
      setProblem(next.problem);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [instance]);

  return (
    <WorkspaceProvider value={instance}>
      <div className={styles.workspace}>
        <Toolbar
          initialPreset={opened.presetId}
          onOpenPreset={(id) => {
            const next = openSource({ kind: "preset", id });
            void instance.controller.reset();
            instance.store.getState().load(next.scenario);
            setProblem(next.problem);
            window.history.replaceState(null, "", `?preset=${encodeURIComponent(id)}`);
          }}
        />
        {problem ? (
          <div className="notice notice--error" role="alert">
            <p>{problem} A blank function was opened instead.</p>
            <button type="button" className="button button--small" onClick={() => setProblem(undefined)}>
              Dismiss
            </button>
          </div>
        ) : null}
        <EngineNotice />
        <ScenarioHeader />
        <ScenarioSteps />
        <div className={styles.layout}>
          <div className={styles.main}>
            <FunctionTabs />
          </div>
          <aside className={styles.side} aria-label="Run">
            <ActionBar />
            <ResultsPanel />
          </aside>
        </div>
        <ObserveTabs />
      </div>
    </WorkspaceProvider>
  );
}

function Toolbar({ initialPreset, onOpenPreset }: { initialPreset?: string; onOpenPreset: (id: string) => void }) {
  const presets = useMemo(() => listPresets(), []);
  const [choice, setChoice] = useState(initialPreset ?? PRESET_IDS[0]);
  return (
    <div className={styles.toolbar}>
      <form
        className={styles.inlineForm}
        aria-label="Presets"
        onSubmit={(e) => {
          e.preventDefault();
          onOpenPreset(choice);
        }}
      >
        <label>
          Preset
          <select aria-label="Preset" value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="preset-select">
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.scenario.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--small">
          Open preset
        </button>
      </form>
      <ShareButton />
    </div>
  );
}

function EngineNotice() {
  const engine = useWorkspace((s) => s.engine);
  if (engine !== "unavailable") return null;
  return (
    <div className="notice notice--warning" role="note" data-testid="engine-unavailable">
      <p>
        <strong>The simulator engine is not part of this build yet.</strong> You can write and edit code, configure the function, prepare test events and triggers, share the
        scenario, and see the AWS CLI command for every action, but nothing runs until the engine arrives.
      </p>
    </div>
  );
}

function ScenarioHeader() {
  const title = useWorkspace((s) => s.scenario.title);
  const summary = useWorkspace((s) => s.scenario.summary);
  return (
    <header className={styles.scenarioHeader}>
      <h2 className={styles.scenarioTitle}>{title}</h2>
      {summary ? <p className={styles.summary}>{summary}</p> : null}
    </header>
  );
}

function FunctionTabs() {
  const [tab, setTab] = useState("code");
  const markers = useWorkspace((s) => s.markers.length);
  const triggers = useWorkspace((s) => s.scenario.triggers.length);
  const events = useWorkspace((s) => s.scenario.testEvents.length);
  return (
    <Tabs
      label="Function"
      selected={tab}
      onSelect={setTab}
      tabs={[
        { id: "code", label: "Code", badge: markers ? `${markers} problem${markers === 1 ? "" : "s"}` : undefined },
        { id: "test", label: "Test", badge: events || undefined },
        { id: "config", label: "Configuration" },
        { id: "triggers", label: "Triggers", badge: triggers || undefined },
        { id: "versions", label: "Versions and aliases" },
      ]}
      panels={{ code: <CodePanel />, test: <TestPanel />, config: <ConfigPanel />, triggers: <TriggersPanel />, versions: <VersionsPanel /> }}
    />
  );
}

function ObserveTabs() {
  const [tab, setTab] = useState("monitor");
  const history = useWorkspace((s) => s.history.length);
  return (
    <section className={styles.observe} aria-label="Observe">
      <Tabs
        label="Observe"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: "monitor", label: "Monitor" },
          { id: "cli", label: "CLI mirror", badge: history || undefined },
        ]}
        panels={{ monitor: <MonitorPanel />, cli: <CliPanel /> }}
      />
    </section>
  );
}

/** The compact workspace for lesson embeds: steps, code preview, run buttons, result, timeline. */
export function CompactWorkspace({ presetId }: { presetId: string }) {
  const opened = useMemo(() => openSource({ kind: "preset", id: presetId }), [presetId]);
  const instance = useWorkspaceInstance(opened);
  return (
    <WorkspaceProvider value={instance}>
      <div className={styles.compact}>
        {opened.problem ? <p className="notice notice--error">{opened.problem}</p> : null}
        <EngineNotice />
        <ScenarioSteps />
        <CodePanel loadEditorOnMount={false} height="16rem" />
        <ActionBar compact />
        <ResultsPanel />
        <TimelineView />
      </div>
    </WorkspaceProvider>
  );
}
