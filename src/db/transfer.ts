/**
 * A user's data out of the database as one document, and back in — into the same database or
 * another, under the same user or an account. Export orders every table by its key, so that
 * export → import → export gives the same document (apart from `exportedAt`).
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Transaction } from 'kysely';
import { USER_DATA_FORMAT, USER_DATA_VERSION, type UserData } from '../core/schema/user-data.ts';
import { OWN_PREFIX } from './reports.ts';
import type { DatabaseSchema } from './schema.ts';

export class ImportConflictError extends Error {}

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

function omitUser<T extends { user_id: string }>(row: T): Omit<T, 'user_id'> {
  const { user_id: _, ...rest } = row;
  return rest;
}

export async function exportUserData(db: Db, userId: string, now: Date): Promise<UserData> {
  const [
    settings,
    cards,
    reviewLogs,
    mistakes,
    bookmarks,
    notes,
    plan,
    reports,
    reportItems,
    interviews,
  ] = await Promise.all([
    db.selectFrom('settings').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    db
      .selectFrom('cards')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('question_id')
      .execute(),
    db.selectFrom('review_logs').selectAll().where('user_id', '=', userId).orderBy('id').execute(),
    db
      .selectFrom('mistakes')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('question_id')
      .execute(),
    db
      .selectFrom('bookmarks')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('question_id')
      .execute(),
    db.selectFrom('notes').selectAll().where('user_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('plans').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    db.selectFrom('reports').selectAll().where('user_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('report_items').selectAll().where('user_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('interviews').selectAll().where('user_id', '=', userId).orderBy('id').execute(),
  ]);
  const interviewTurns = interviews.length
    ? await db
        .selectFrom('interview_turns')
        .selectAll()
        .where(
          'interview_id',
          'in',
          interviews.map((i) => i.id),
        )
        .orderBy('id')
        .execute()
    : [];
  return {
    format: USER_DATA_FORMAT,
    version: USER_DATA_VERSION,
    exportedAt: now.toISOString(),
    settings: settings ? omitUser(settings) : null,
    cards: cards.map((r) => ({
      ...omitUser(r),
      stability: Number(r.stability),
      difficulty: Number(r.difficulty),
    })),
    reviewLogs: reviewLogs.map(omitUser) as UserData['reviewLogs'],
    mistakes: mistakes.map(omitUser) as UserData['mistakes'],
    bookmarks: bookmarks.map(omitUser),
    notes: notes.map(omitUser) as UserData['notes'],
    plan: plan ? omitUser(plan) : null,
    reports: reports.map(omitUser),
    reportItems: reportItems.map(omitUser) as UserData['reportItems'],
    interviews: interviews.map(omitUser) as UserData['interviews'],
    interviewTurns,
  };
}

async function userHasData(db: Db, userId: string): Promise<boolean> {
  for (const table of [
    'cards',
    'review_logs',
    'mistakes',
    'bookmarks',
    'notes',
    'plans',
    'reports',
    'interviews',
    'settings',
  ] as const) {
    const row = await db
      .selectFrom(table)
      .select('user_id')
      .where('user_id', '=', userId)
      .limit(1)
      .executeTakeFirst();
    if (row) return true;
  }
  return false;
}

async function deleteUserData(tx: Db, userId: string): Promise<void> {
  // Children first is not needed (ON DELETE CASCADE), but turns have no user_id of their own.
  await tx.deleteFrom('interviews').where('user_id', '=', userId).execute();
  await tx.deleteFrom('report_items').where('user_id', '=', userId).execute();
  for (const table of [
    'reports',
    'cards',
    'review_logs',
    'mistakes',
    'bookmarks',
    'notes',
    'plans',
    'settings',
  ] as const) {
    await tx.deleteFrom(table).where('user_id', '=', userId).execute();
  }
}

/** Ids already used in a table (by anyone): imported rows with these get fresh ids. */
async function takenIds(
  tx: Db,
  table: 'review_logs' | 'notes' | 'reports' | 'report_items' | 'interviews' | 'interview_turns',
  ids: string[],
): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await tx.selectFrom(table).select('id').where('id', 'in', chunk).execute();
    for (const r of rows) taken.add(r.id);
  }
  return taken;
}

export interface ImportCounts {
  cards: number;
  reviewLogs: number;
  mistakes: number;
  bookmarks: number;
  notes: number;
  reports: number;
  interviews: number;
}

/**
 * Write the document into the user's rows, in one transaction. An account that already has data
 * is refused unless `replace` is set (then its data is replaced, not merged).
 */
export async function importUserData(
  db: Kysely<DatabaseSchema>,
  userId: string,
  data: UserData,
  options: { replace: boolean },
): Promise<ImportCounts> {
  return db.transaction().execute(async (tx) => {
    if (await userHasData(tx, userId)) {
      if (!options.replace)
        throw new ImportConflictError(
          'this account already has data: import with ?replace=true to replace it (export it first to keep a copy)',
        );
      await deleteUserData(tx, userId);
    }
    // Ids already used in this database (by anyone) get fresh ones; references follow.
    const remap = async (
      table: Parameters<typeof takenIds>[1],
      rows: { id: string }[],
    ): Promise<Map<string, string>> => {
      const ids = rows.map((r) => r.id);
      const taken = await takenIds(tx, table, ids);
      return new Map(ids.map((id) => [id, taken.has(id) ? randomUUID() : id]));
    };
    // PostgreSQL allows 65,535 bind parameters a statement, SQLite 32,766: 200 rows at a time.
    const insert = async <T extends keyof DatabaseSchema>(
      table: T,
      rows: Insertable<DatabaseSchema[T]>[],
    ) => {
      for (let i = 0; i < rows.length; i += 200)
        await tx
          .insertInto(table)
          .values(rows.slice(i, i + 200) as never)
          .execute();
    };
    const logIds = await remap('review_logs', data.reviewLogs);
    const noteIds = await remap('notes', data.notes);
    const reportIds = await remap('reports', data.reports);
    const itemIds = await remap('report_items', data.reportItems);
    const interviewIds = await remap('interviews', data.interviews);
    const turnIds = await remap('interview_turns', data.interviewTurns);
    // Cards, logs and mistakes on a report's own question ("own:<item id>") follow its item.
    const qid = (id: string) =>
      id.startsWith(OWN_PREFIX)
        ? `${OWN_PREFIX}${itemIds.get(id.slice(OWN_PREFIX.length)) ?? id.slice(OWN_PREFIX.length)}`
        : id;
    const u = { user_id: userId };
    if (data.settings) await insert('settings', [{ ...data.settings, ...u }]);
    if (data.plan) await insert('plans', [{ ...data.plan, ...u }]);
    await insert(
      'reports',
      data.reports.map((r) => ({ ...r, ...u, id: reportIds.get(r.id)! })),
    );
    await insert(
      'report_items',
      data.reportItems.map((r) => ({
        ...r,
        ...u,
        id: itemIds.get(r.id)!,
        report_id: reportIds.get(r.report_id)!,
      })),
    );
    await insert(
      'cards',
      data.cards.map((r) => ({ ...r, ...u, question_id: qid(r.question_id) })),
    );
    await insert(
      'mistakes',
      data.mistakes.map((r) => ({ ...r, ...u, question_id: qid(r.question_id) })),
    );
    await insert(
      'bookmarks',
      data.bookmarks.map((r) => ({ ...r, ...u })),
    );
    await insert(
      'review_logs',
      data.reviewLogs.map((r) => ({
        ...r,
        ...u,
        id: logIds.get(r.id)!,
        question_id: qid(r.question_id),
      })),
    );
    await insert(
      'notes',
      data.notes.map((r) => ({ ...r, ...u, id: noteIds.get(r.id)! })),
    );
    await insert(
      'interviews',
      data.interviews.map((r) => ({ ...r, ...u, id: interviewIds.get(r.id)! })),
    );
    await insert(
      'interview_turns',
      data.interviewTurns.map((r) => ({
        ...r,
        id: turnIds.get(r.id)!,
        interview_id: interviewIds.get(r.interview_id)!,
      })),
    );
    return {
      cards: data.cards.length,
      reviewLogs: data.reviewLogs.length,
      mistakes: data.mistakes.length,
      bookmarks: data.bookmarks.length,
      notes: data.notes.length,
      reports: data.reports.length,
      interviews: data.interviews.length,
    };
  });
}
