import { createStore } from "zustand/vanilla";

export type Notice = { id: number; tone: "info" | "warning" | "error"; message: string };

type NoticeState = { notices: Notice[]; push: (tone: Notice["tone"], message: string) => void; dismiss: (id: number) => void };

/** App-wide, non-persisted messages (e.g. "your saved progress could not be read"). */
export function createNoticeStore() {
  let nextId = 1;
  return createStore<NoticeState>()((set) => ({
    notices: [],
    push: (tone, message) =>
      set((s) => (s.notices.some((n) => n.message === message) ? s : { notices: [...s.notices, { id: nextId++, tone, message }] })),
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}

export type NoticeStore = ReturnType<typeof createNoticeStore>;
