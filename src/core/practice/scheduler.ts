/**
 * Spaced repetition with FSRS (ts-fsrs). Cards are plain JSON-friendly records; time is always an
 * argument, so a schedule can be replayed from its review log.
 *
 * FSRS models recall probability as R(t) = (1 + F·t/S)^(−w20) (power forgetting curve, FSRS-6),
 * and picks the next interval where R falls to the desired retention. Reference:
 * open-spaced-repetition, "The Algorithm" (FSRS-6), https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm
 */
import { type Card, createEmptyCard, fsrs, type Grade, generatorParameters, Rating } from 'ts-fsrs';

export const RATINGS = [1, 2, 3, 4] as const;
export type RatingValue = (typeof RATINGS)[number];
export const RATING_LABELS: Record<RatingValue, string> = {
  1: '重来',
  2: '困难',
  3: '良好',
  4: '简单',
};

export const RETENTION_RANGE = { min: 0.8, max: 0.97, default: 0.9 } as const;

/** FSRS state of one card, as stored. */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview: string | null;
}

function toFsrs(c: CardState): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview ? { last_review: new Date(c.lastReview) } : {}),
  };
}

function fromFsrs(c: Card): CardState {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as CardState['state'],
    lastReview: c.last_review ? c.last_review.toISOString() : null,
  };
}

function scheduler(retention: number) {
  // Fuzz spreads due dates; ts-fsrs seeds it from the card and the time, so results are repeatable.
  return fsrs(generatorParameters({ request_retention: retention, enable_fuzz: true }));
}

export function newCard(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

/** The card after a rating. */
export function review(
  card: CardState,
  rating: RatingValue,
  now: Date,
  retention: number,
): CardState {
  return fromFsrs(scheduler(retention).next(toFsrs(card), now, rating as Grade).card);
}

export interface IntervalPreview {
  rating: RatingValue;
  due: string;
  /** Milliseconds from now to the due time. */
  intervalMs: number;
}

/** What each of the four buttons would do. */
export function preview(card: CardState, now: Date, retention: number): IntervalPreview[] {
  const f = scheduler(retention);
  const items = f.repeat(toFsrs(card), now);
  return RATINGS.map((rating) => {
    const due = items[rating as Grade].card.due;
    return { rating, due: due.toISOString(), intervalMs: due.getTime() - now.getTime() };
  });
}

/** Probability of recall at `at` (0 for a new card). */
export function retrievability(
  card: CardState,
  at: Date,
  retention: number = RETENTION_RANGE.default,
): number {
  if (card.state === 0) return 0;
  return scheduler(retention).get_retrievability(toFsrs(card), at, false);
}

/** Human interval: 10分钟, 3小时, 4天, 2个月. */
export function formatInterval(ms: number): string {
  const min = Math.max(1, Math.round(ms / 60000));
  if (min < 60) return `${min}分钟`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h}小时`;
  const d = Math.round(h / 24);
  if (d < 31) return `${d}天`;
  const mo = Math.round(d / 30);
  if (mo < 12) return `${mo}个月`;
  return `${(d / 365).toFixed(1)}年`;
}

export { Rating };
