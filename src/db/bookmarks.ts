/** Bookmarks (收藏): a user's saved questions. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

export interface Bookmark {
  questionId: string;
  createdAt: string;
}

export async function listBookmarks(
  db: Kysely<DatabaseSchema>,
  userId: string,
): Promise<Bookmark[]> {
  const rows = await db
    .selectFrom('bookmarks')
    .select(['question_id', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('question_id')
    .execute();
  return rows.map((r) => ({ questionId: r.question_id, createdAt: r.created_at }));
}

export async function isBookmarked(
  db: Kysely<DatabaseSchema>,
  userId: string,
  questionId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('bookmarks')
    .select('question_id')
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Whether the user bookmarked the question and has it in review, in one query (the question
 * page asks for both on every view). SQLite answers 0/1, PostgreSQL true/false.
 */
export async function questionFlags(
  db: Kysely<DatabaseSchema>,
  userId: string,
  questionId: string,
): Promise<{ bookmarked: boolean; inReview: boolean }> {
  const row = await db
    .selectNoFrom((eb) => {
      const hasRow = (table: 'bookmarks' | 'cards') =>
        eb.exists(
          eb
            .selectFrom(table)
            .select('question_id')
            .where('user_id', '=', userId)
            .where('question_id', '=', questionId),
        );
      return [hasRow('bookmarks').as('bookmarked'), hasRow('cards').as('in_review')];
    })
    .executeTakeFirstOrThrow();
  const yes = (v: unknown) => v === true || v === 1 || v === '1';
  return { bookmarked: yes(row.bookmarked), inReview: yes(row.in_review) };
}

/** Idempotent: bookmarking twice keeps the first time. */
export async function addBookmark(
  db: Kysely<DatabaseSchema>,
  userId: string,
  questionId: string,
  now: Date,
): Promise<Bookmark> {
  await db
    .insertInto('bookmarks')
    .values({ user_id: userId, question_id: questionId, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['user_id', 'question_id']).doNothing())
    .execute();
  const row = await db
    .selectFrom('bookmarks')
    .select(['question_id', 'created_at'])
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirstOrThrow();
  return { questionId: row.question_id, createdAt: row.created_at };
}

/** Returns whether a bookmark was removed. */
export async function removeBookmark(
  db: Kysely<DatabaseSchema>,
  userId: string,
  questionId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('bookmarks')
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
