/** Per-user practice settings. */
import type { Kysely } from 'kysely';
import { RETENTION_RANGE } from '../core/practice/scheduler.ts';
import type { DatabaseSchema } from './schema.ts';

export interface Settings {
  desiredRetention: number;
  /** YYYY-MM-DD or null. */
  interviewDate: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  desiredRetention: RETENTION_RANGE.default,
  interviewDate: null,
};

export async function getSettings(db: Kysely<DatabaseSchema>, userId: string): Promise<Settings> {
  const row = await db
    .selectFrom('settings')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? { desiredRetention: row.desired_retention, interviewDate: row.interview_date }
    : { ...DEFAULT_SETTINGS };
}

export async function saveSettings(
  db: Kysely<DatabaseSchema>,
  userId: string,
  patch: Partial<Settings>,
  now: Date,
): Promise<Settings> {
  const next = { ...(await getSettings(db, userId)), ...patch };
  const values = {
    desired_retention: next.desiredRetention,
    interview_date: next.interviewDate,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('settings')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  return next;
}
