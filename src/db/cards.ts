/** FSRS cards and the review log. A review updates the card and appends the log in one transaction. */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { type CardState, review } from '../core/practice/scheduler.ts';
import type { CardsTable, DatabaseSchema } from './schema.ts';

export interface StoredCard extends CardState {
  questionId: string;
  createdAt: string;
}

function toCard(r: CardsTable): StoredCard {
  return {
    questionId: r.question_id,
    createdAt: r.created_at,
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsed_days,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state as CardState['state'],
    lastReview: r.last_review,
  };
}

function toRow(c: CardState) {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.lastReview,
  };
}

/** Add new cards for the questions that have none yet; returns how many were added. */
export async function addCards(
  db: Kysely<DatabaseSchema>,
  userId: string,
  questionIds: string[],
  fresh: CardState,
  now: Date,
): Promise<number> {
  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < questionIds.length; i += 200) {
      const chunk = questionIds.slice(i, i + 200);
      const result = await trx
        .insertInto('cards')
        .values(
          chunk.map((q) => ({
            user_id: userId,
            question_id: q,
            created_at: now.toISOString(),
            ...toRow(fresh),
          })),
        )
        .onConflict((oc) => oc.columns(['user_id', 'question_id']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
  });
  return added;
}

export async function removeCard(
  db: Kysely<DatabaseSchema>,
  userId: string,
  questionId: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('cards')
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function listCards(db: Kysely<DatabaseSchema>, userId: string): Promise<StoredCard[]> {
  const rows = await db
    .selectFrom('cards')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('due')
    .orderBy('question_id')
    .execute();
  return rows.map(toCard);
}

export async function getCard(
  db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>,
  userId: string,
  questionId: string,
): Promise<StoredCard | undefined> {
  const row = await db
    .selectFrom('cards')
    .selectAll()
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return row ? toCard(row) : undefined;
}

export interface ReviewInput {
  userId: string;
  questionId: string;
  mode: 'review' | 'fresh';
  rating: number;
  /** The card before; null in fresh practice of a question without a card. */
  before: CardState | null;
  /** The card after; null in fresh practice (the schedule is not touched). */
  after: CardState | null;
  reviewedAt: Date;
  durationMs: number;
  answer: string | null;
  score: number | null;
}

export interface ReviewLogEntry {
  id: string;
  questionId: string;
  mode: 'review' | 'fresh';
  rating: number;
  before: CardState | null;
  after: CardState | null;
  reviewedAt: string;
  durationMs: number;
  answer: string | null;
  score: number | null;
}

/** The card changed between reading it and writing the review: read it again and retry. */
export class ReviewConflictError extends Error {}

/** Mistakes: a written answer under this score, or a rating of Again, enters the 错题本. */
export const MISTAKE_SCORE = 60;

/** Apply a review: card update (review mode), log entry and mistake book, all or nothing. */
export async function recordReview(
  db: Kysely<DatabaseSchema>,
  input: ReviewInput,
): Promise<ReviewLogEntry> {
  const id = randomUUID();
  const at = input.reviewedAt.toISOString();
  await db.transaction().execute(async (trx) => {
    if (input.mode === 'review' && input.after) {
      // Compare-and-set on the repetition count (it grows with every review): a concurrent
      // review of the same card in between makes this one retry instead of overwriting it.
      let update = trx
        .updateTable('cards')
        .set(toRow(input.after))
        .where('user_id', '=', input.userId)
        .where('question_id', '=', input.questionId);
      if (input.before) update = update.where('reps', '=', input.before.reps);
      const r = await update.executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new ReviewConflictError(input.questionId);
    }
    await trx
      .insertInto('review_logs')
      .values({
        id,
        user_id: input.userId,
        question_id: input.questionId,
        mode: input.mode,
        rating: input.rating,
        card_before: input.before ? JSON.stringify(input.before) : null,
        card_after: input.after ? JSON.stringify(input.after) : null,
        reviewed_at: at,
        duration_ms: Math.round(input.durationMs),
        answer: input.answer,
        score: input.score,
      })
      .execute();
    const wrong = input.rating === 1 || (input.score !== null && input.score < MISTAKE_SCORE);
    if (wrong) {
      const reason = input.rating === 1 ? 'again' : 'low_score';
      // One upsert: two wrong answers at once count twice and never collide on the key.
      await trx
        .insertInto('mistakes')
        .values({
          user_id: input.userId,
          question_id: input.questionId,
          reason,
          score: input.score,
          added_at: at,
          times: 1,
        })
        .onConflict((oc) =>
          oc.columns(['user_id', 'question_id']).doUpdateSet((eb) => ({
            times: eb('mistakes.times', '+', 1),
            reason,
            score: input.score,
            added_at: at,
          })),
        )
        .execute();
    }
  });
  return {
    id,
    questionId: input.questionId,
    mode: input.mode,
    rating: input.rating,
    before: input.before,
    after: input.after,
    reviewedAt: at,
    durationMs: Math.round(input.durationMs),
    answer: input.answer,
    score: input.score,
  };
}

export async function listReviews(
  db: Kysely<DatabaseSchema>,
  userId: string,
  range: { from?: string; to?: string; limit?: number } = {},
): Promise<ReviewLogEntry[]> {
  let q = db.selectFrom('review_logs').selectAll().where('user_id', '=', userId);
  if (range.from) q = q.where('reviewed_at', '>=', range.from);
  if (range.to) q = q.where('reviewed_at', '<', range.to);
  const rows = await q
    .orderBy('reviewed_at', 'desc')
    .orderBy('id')
    .limit(range.limit ?? 1000)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    questionId: r.question_id,
    mode: r.mode as 'review' | 'fresh',
    rating: r.rating,
    before: r.card_before ? (JSON.parse(r.card_before) as CardState) : null,
    after: r.card_after ? (JSON.parse(r.card_after) as CardState) : null,
    reviewedAt: r.reviewed_at,
    durationMs: r.duration_ms,
    answer: r.answer,
    score: r.score,
  }));
}

export interface Mistake {
  questionId: string;
  reason: 'again' | 'low_score';
  score: number | null;
  addedAt: string;
  times: number;
}

export async function listMistakes(db: Kysely<DatabaseSchema>, userId: string): Promise<Mistake[]> {
  const rows = await db
    .selectFrom('mistakes')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('added_at', 'desc')
    .orderBy('question_id')
    .execute();
  return rows.map((r) => ({
    questionId: r.question_id,
    reason: r.reason as Mistake['reason'],
    score: r.score,
    addedAt: r.added_at,
    times: r.times,
  }));
}

export async function removeMistake(
  db: Kysely<DatabaseSchema>,
  userId: string,
  questionId: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('mistakes')
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** A review of a question that has no card (review mode needs one). */
export class NotACardError extends Error {}

/**
 * Read the card, schedule it with FSRS and record the review: retried when another review of the
 * same card (another tab, another instance) lands in between, so that neither is lost.
 */
export async function applyReview(
  db: Kysely<DatabaseSchema>,
  input: Omit<ReviewInput, 'before' | 'after'> & { desiredRetention: number },
): Promise<ReviewLogEntry> {
  for (let attempt = 0; ; attempt++) {
    const card = await getCard(db, input.userId, input.questionId);
    if (input.mode === 'review' && !card) throw new NotACardError(input.questionId);
    const before: CardState | null = card ?? null;
    const after =
      input.mode === 'review' && card
        ? review(card, input.rating as 1 | 2 | 3 | 4, input.reviewedAt, input.desiredRetention)
        : null;
    try {
      return await recordReview(db, { ...input, before, after });
    } catch (e) {
      if (!(e instanceof ReviewConflictError) || attempt >= 20) throw e;
    }
  }
}
