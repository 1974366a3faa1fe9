import { permutation, createRng } from "./random";
import type { ReviewQueue } from "./scheduler";
import type { CardState } from "./scheduler-state";

// Choosing the next card inside a review session. reviewQueue() lists learning cards first,
// including ones due a few minutes ahead (so a session need not end one minute before a step);
// showing such a card before it is due, or right after it was answered, would test a memory
// seconds old. So cards that are due now come first, the card just answered goes last, and a
// not-yet-due learning card is shown only when nothing else is left.

export function nextCardId(
  queue: Pick<ReviewQueue, "ids">,
  cards: Readonly<Record<string, CardState>>,
  now: number,
  lastId: string | null = null,
): string | null {
  const others = queue.ids.filter((id) => id !== lastId);
  const dueNow = others.find((id) => {
    const card = cards[id];
    return !card || card.phase === "new" || card.phase === "review" || card.due <= now;
  });
  return dueNow ?? others[0] ?? queue.ids[0] ?? null;
}

/**
 * The display order of a card's options for one showing: shuffled so position is never the
 * cue, and different at each review (seeded by the review count, so it is stable while shown).
 */
export function reviewOptionOrder(questionId: string, optionCount: number, reps: number): number[] {
  return permutation(optionCount, createRng(`review:${questionId}:${reps}`));
}
