import type { ReactNode } from "react";

export function ExamTip({ children }: { children: ReactNode }) {
  return (
    <aside className="callout callout--exam" aria-label="Exam tip">
      <p className="callout__title">
        <span aria-hidden="true">🎯 </span>Exam tip
      </p>
      <div className="callout__body">{children}</div>
    </aside>
  );
}
