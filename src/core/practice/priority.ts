/**
 * Interview-date aware ordering of due cards: the ones most likely to be forgotten by the interview,
 * weighted by how often interviews ask them, come first.
 *
 * priority = (1 − R(interview)) × (0.5 + frequency / 10), where R is FSRS's recall probability at the
 * interview date; a new card counts as R = 0.
 */
import { type CardState, retrievability } from './scheduler.ts';

export function interviewPriority(
  card: CardState,
  frequency: number,
  interview: Date,
  retention: number,
): number {
  const recall = card.state === 0 ? 0 : retrievability(card, interview, retention);
  return (1 - recall) * (0.5 + frequency / 10);
}

export function orderForInterview<T extends CardState & { questionId: string }>(
  due: T[],
  frequencyOf: (questionId: string) => number,
  interview: Date,
  retention: number,
): T[] {
  const score = new Map(
    due.map((c) => [
      c.questionId,
      interviewPriority(c, frequencyOf(c.questionId), interview, retention),
    ]),
  );
  return [...due].sort(
    (a, b) => score.get(b.questionId)! - score.get(a.questionId)! || (a.due < b.due ? -1 : 1),
  );
}

/** Cards that will need a review before the interview, per day left (rounded up). */
export function dailyLoad(
  cards: CardState[],
  now: Date,
  interview: Date,
): { daysLeft: number; perDay: number } {
  const daysLeft = Math.max(1, Math.ceil((interview.getTime() - now.getTime()) / 86_400_000));
  const before = cards.filter((c) => Date.parse(c.due) <= interview.getTime()).length;
  return { daysLeft, perDay: Math.ceil(before / daysLeft) };
}
