"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { WorkspaceController } from "@/lib/workspace/controller";
import type { WorkspaceActions, WorkspaceState, WorkspaceStore } from "@/lib/workspace/workspace-store";

type Ctx = { store: WorkspaceStore; controller: WorkspaceController };
const WorkspaceContext = createContext<Ctx | null>(null);

export function WorkspaceProvider({ value, children }: { value: Ctx; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

function useCtx(): Ctx {
  const ctx = useContext(WorkspaceContext);
  if (!ctx) throw new Error("Simulator panels must be rendered inside <WorkspaceProvider>.");
  return ctx;
}

/** Selects a slice of the workspace state (select small: components re-render when it changes). */
export function useWorkspace<T>(selector: (s: WorkspaceState & WorkspaceActions) => T): T {
  return useStore(useCtx().store, selector);
}

export function useWorkspaceStore(): WorkspaceStore {
  return useCtx().store;
}

export function useController(): WorkspaceController {
  return useCtx().controller;
}
