import { examFormatById, type ExamFormat } from "@/lib/quiz/exam";

/** The format an exam was taken in, or null if this version of the app no longer offers it. */
export function formatOf(formatId: string): ExamFormat | null {
  try {
    return examFormatById(formatId);
  } catch {
    return null;
  }
}

/** "Quick set (10 questions, 20 minutes)", or the raw id for a format that no longer exists. */
export function formatLabel(formatId: string): string {
  return formatOf(formatId)?.label ?? formatId;
}
