"use client";

import { useStore } from "zustand";
import { createNoticeStore } from "@/lib/stores/notice-store";
import { useNotices } from "@/components/stores/app-stores";

const fallback = createNoticeStore();

/** Shows app-wide notices (corrupt saved data, storage unavailable) until dismissed. */
export function NoticeBanner() {
  const store = useNotices();
  const notices = useStore(store ?? fallback, (s) => s.notices);
  const dismiss = useStore(store ?? fallback, (s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.tone}`} role={n.tone === "info" ? "status" : "alert"}>
          <p>{n.message}</p>
          <button type="button" className="button button--small" onClick={() => dismiss(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
