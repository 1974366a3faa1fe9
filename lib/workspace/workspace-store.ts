import { createStore, type StoreApi } from "zustand/vanilla";
import type { WorkspaceAction } from "./actions";
import type { LogLine } from "./logs";
import type { EditorMarker } from "./markers";
import type { AsyncConfig, FunctionConfig, Scenario, TestEvent } from "./scenario";
import type { ActionOutcome } from "./session";
import type { TimelineEvent } from "./timeline-events";
import type { Trigger } from "./triggers";

// The simulator page's state as a vanilla zustand store (architecture.md: vanilla factories,
// State & Actions, components select small slices). It holds the scenario being edited and what
// the engine reported; the controller (controller.ts) is what talks to the engine.

export type EngineStatus =
  /** lib/simulator is not part of this build yet. */
  | "unavailable"
  | "idle"
  | "starting"
  | "ready"
  | "busy"
  /** The worker stopped answering and was terminated; it is being rebuilt. */
  | "restarting"
  | "failed";

export type HistoryEntry = {
  id: number;
  /** Virtual time (ms since the simulator's epoch) when the action finished. */
  at: number | null;
  title: string;
  outcome: ActionOutcome | null;
  /** The equivalent AWS CLI commands, setup first. */
  commands: string[];
  /** Requests that first appeared in the trace during this action. */
  requestIds?: string[];
};

export type WorkspaceState = {
  scenario: Scenario;
  selectedEvent: string;
  activeFile: string;
  /** Set once the learner changes anything after opening a preset or a link. */
  edited: boolean;
  engine: EngineStatus;
  engineMessage: string;
  history: HistoryEntry[];
  timeline: TimelineEvent[];
  logs: LogLine[];
  metrics: unknown;
  /** Virtual epoch of the simulator (t = 0 on the axis) and its current time. */
  epoch: number;
  now: number;
  versions: string[];
  aliases: Record<string, { functionVersion: string; additionalVersion?: string; additionalWeight?: number }>;
  markers: EditorMarker[];
  hosts: Record<number, string>;
  skippedTriggers: Record<number, string>;
  /** Services the connected engine offers (for trigger availability). */
  capabilities: string[];
};

export type WorkspaceActions = {
  load: (scenario: Scenario, options?: { selectedEvent?: string; activeFile?: string }) => void;
  setFile: (path: string, content: string) => void;
  addFile: (path: string, content?: string) => void;
  renameFile: (from: string, to: string) => void;
  deleteFile: (path: string) => void;
  setActiveFile: (path: string) => void;
  setConfig: (patch: Partial<FunctionConfig>) => void;
  setAsyncConfig: (patch: Partial<AsyncConfig>) => void;
  setAccountConcurrency: (n: number) => void;
  selectEvent: (name: string) => void;
  saveEvent: (event: TestEvent, replacing?: string) => void;
  deleteEvent: (name: string) => void;
  addTrigger: (t: Trigger) => void;
  removeTrigger: (index: number) => void;
  /** Mirrors an action's effect on the scenario (a scripted edit, a concurrency change ...). */
  applyToScenario: (action: WorkspaceAction) => void;
  setEngine: (status: EngineStatus, message?: string) => void;
  pushHistory: (entry: Omit<HistoryEntry, "id">) => void;
  setObservations: (o: Partial<Pick<WorkspaceState, "timeline" | "logs" | "metrics" | "now" | "epoch" | "versions" | "aliases" | "markers" | "hosts" | "skippedTriggers" | "capabilities">>) => void;
  clearRun: () => void;
};

export type WorkspaceStore = StoreApi<WorkspaceState & WorkspaceActions>;

const emptyRun = {
  history: [] as HistoryEntry[],
  timeline: [] as TimelineEvent[],
  logs: [] as LogLine[],
  metrics: null as unknown,
  now: 0,
  versions: [] as string[],
  aliases: {},
  markers: [] as EditorMarker[],
  hosts: {},
  skippedTriggers: {},
};

export function createWorkspaceStore(initial: Scenario, options: { selectedEvent?: string; activeFile?: string; engine?: EngineStatus } = {}): WorkspaceStore {
  let nextId = 1;
  return createStore<WorkspaceState & WorkspaceActions>()((set, get) => {
    const edit = (fn: (s: Scenario) => Scenario) => set((st) => ({ scenario: fn(st.scenario), edited: true }));
    return {
      scenario: initial,
      selectedEvent: options.selectedEvent ?? initial.testEvents[0]?.name ?? "",
      activeFile: options.activeFile ?? initial.files[0].path,
      edited: false,
      engine: options.engine ?? "idle",
      engineMessage: "",
      epoch: 0,
      capabilities: [],
      ...emptyRun,

      load: (scenario, o = {}) =>
        set({
          scenario,
          selectedEvent: o.selectedEvent && scenario.testEvents.some((e) => e.name === o.selectedEvent) ? o.selectedEvent : scenario.testEvents[0]?.name ?? "",
          activeFile: o.activeFile && scenario.files.some((f) => f.path === o.activeFile) ? o.activeFile : scenario.files[0].path,
          edited: false,
          ...emptyRun,
        }),
      setFile: (path, content) => edit((s) => ({ ...s, files: s.files.map((f) => (f.path === path ? { ...f, content } : f)) })),
      addFile: (path, content = "") => {
        if (get().scenario.files.some((f) => f.path === path)) return;
        edit((s) => ({ ...s, files: [...s.files, { path, content }] }));
        set({ activeFile: path });
      },
      renameFile: (from, to) => {
        if (from === to || get().scenario.files.some((f) => f.path === to)) return;
        edit((s) => ({ ...s, files: s.files.map((f) => (f.path === from ? { ...f, path: to } : f)) }));
        if (get().activeFile === from) set({ activeFile: to });
      },
      deleteFile: (path) => {
        const files = get().scenario.files;
        if (files.length <= 1) return;
        edit((s) => ({ ...s, files: s.files.filter((f) => f.path !== path) }));
        if (get().activeFile === path) set({ activeFile: get().scenario.files[0].path });
      },
      setActiveFile: (path) => set({ activeFile: path }),
      setConfig: (patch) => edit((s) => ({ ...s, config: { ...s.config, ...patch } })),
      setAsyncConfig: (patch) => edit((s) => ({ ...s, asyncConfig: { ...s.asyncConfig, ...patch } })),
      setAccountConcurrency: (n) => edit((s) => ({ ...s, accountConcurrency: n })),
      selectEvent: (name) => set({ selectedEvent: name }),
      saveEvent: (event, replacing) => {
        edit((s) => {
          const others = s.testEvents.filter((e) => e.name !== event.name && e.name !== replacing);
          const at = s.testEvents.findIndex((e) => e.name === (replacing ?? event.name));
          const next = [...others];
          next.splice(at < 0 ? next.length : Math.min(at, next.length), 0, event);
          return { ...s, testEvents: next };
        });
        set({ selectedEvent: event.name });
      },
      deleteEvent: (name) => {
        edit((s) => ({ ...s, testEvents: s.testEvents.filter((e) => e.name !== name) }));
        if (get().selectedEvent === name) set({ selectedEvent: get().scenario.testEvents[0]?.name ?? "" });
      },
      addTrigger: (t) => edit((s) => ({ ...s, triggers: [...s.triggers, t] })),
      removeTrigger: (index) => edit((s) => ({ ...s, triggers: s.triggers.filter((_, i) => i !== index) })),
      applyToScenario: (action) => {
        switch (action.type) {
          case "editFile":
            if (get().scenario.files.some((f) => f.path === action.path)) get().setFile(action.path, action.content);
            else get().addFile(action.path, action.content);
            set({ activeFile: action.path });
            break;
          case "putFunctionConcurrency":
            get().setConfig({ ReservedConcurrentExecutions: action.reserved });
            break;
          case "deleteFunctionConcurrency":
            get().setConfig({ ReservedConcurrentExecutions: null });
            break;
          case "putFunctionEventInvokeConfig":
            if (!action.qualifier) {
              get().setAsyncConfig({
                MaximumRetryAttempts: action.maximumRetryAttempts,
                MaximumEventAgeInSeconds: action.maximumEventAgeInSeconds,
                OnSuccess: action.onSuccess,
                OnFailure: action.onFailure,
              });
            }
            break;
          default:
            break;
        }
      },
      setEngine: (engine, engineMessage = "") => set({ engine, engineMessage }),
      pushHistory: (entry) => set((st) => ({ history: [...st.history, { ...entry, id: nextId++ }].slice(-200) })),
      setObservations: (o) => set(o),
      clearRun: () => set({ ...emptyRun }),
    };
  });
}
