"use client";

import { forwardRef } from "react";
import { GRADES, type Grade } from "@/lib/quiz/scheduler-state";
import { describeInterval, formatInterval } from "./format";

const LABELS: Record<Grade, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };

/**
 * Again / Hard / Good / Easy with when each would bring the card back. After a wrong answer only
 * Again is offered: a miss is a miss, whatever the learner thinks of it.
 * The forwarded ref is the default button (Good, or Again after a miss), focused on reveal.
 */
export const GradeButtons = forwardRef<
  HTMLButtonElement,
  {
    correct: boolean;
    intervals: Record<Grade, number>;
    onGrade: (grade: Grade) => void;
  }
>(function GradeButtons({ correct, intervals, onGrade }, defaultRef) {
  if (!correct) {
    return (
      <div className="grade-buttons grade-buttons--single" role="group" aria-label="Grade">
        <button
          ref={defaultRef}
          type="button"
          className="button button--primary grade grade--again"
          onClick={() => onGrade("again")}
        >
          <span>Continue: Again</span>
          <span className="grade__interval">{formatInterval(intervals.again)}</span>
        </button>
        <p className="muted grade-buttons__note">
          A wrong answer is always graded Again; you will see it again in {describeInterval(intervals.again)}.
        </p>
      </div>
    );
  }
  return (
    <div className="grade-buttons" role="group" aria-label="How well did you know it?">
      {GRADES.map((g, i) => (
        <button
          key={g}
          ref={g === "good" ? defaultRef : undefined}
          type="button"
          className={`button grade grade--${g}${g === "good" ? " button--primary" : ""}`}
          onClick={() => onGrade(g)}
          aria-label={`${LABELS[g]}: next review in ${describeInterval(intervals[g])} (key ${i + 1})`}
        >
          <span>
            <kbd aria-hidden="true">{i + 1}</kbd> {LABELS[g]}
          </span>
          <span className="grade__interval" aria-hidden="true">
            {formatInterval(intervals[g])}
          </span>
        </button>
      ))}
    </div>
  );
});
