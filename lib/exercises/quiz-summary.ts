import type { TopicSlug } from "@/lib/quiz/curriculum";
import type { QuizIndexEntry } from "@/lib/quiz/quiz-index";
import { topicMastery } from "@/lib/quiz/review-stats";
import type { SchedulerSettings, SchedulerState } from "@/lib/quiz/scheduler-state";
import type { TopicStats } from "./report";

// Quiz statistics for a report: per assigned topic, how many questions the bank has, how many
// the student has studied, their answers (reviews, practice and exams) and FSRS mastery. Loads
// ts-fsrs, so pages import this module only when a report is being made.

export function quizTopicStats(
  state: SchedulerState,
  settings: SchedulerSettings,
  questions: readonly QuizIndexEntry[],
  topics: readonly TopicSlug[],
  now: number,
): TopicStats[] {
  const mastery = new Map(topicMastery(state, questions, now, settings).map((m) => [m.topic, m]));
  return topics.map((topic) => {
    const ids = new Set(questions.filter((q) => q.topic === topic).map((q) => q.id));
    const answers = state.log.filter((e) => ids.has(e.questionId));
    const m = mastery.get(topic);
    return {
      topic,
      questions: ids.size,
      studied: m?.studied ?? 0,
      answers: answers.length,
      correct: answers.filter((e) => e.correct).length,
      mastery: Math.min(1, Math.max(0, m?.mastery ?? 0)),
    };
  });
}
