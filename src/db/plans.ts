/** The active study plan of a user. */
import type { Kysely } from 'kysely';
import type { PlanLength, PlanSpec } from '../core/practice/plan.ts';
import type { DatabaseSchema } from './schema.ts';

export async function getPlan(
  db: Kysely<DatabaseSchema>,
  userId: string,
): Promise<PlanSpec | undefined> {
  const row = await db
    .selectFrom('plans')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? { role: row.role, days: row.days as PlanLength, startDate: row.start_date }
    : undefined;
}

export async function savePlan(
  db: Kysely<DatabaseSchema>,
  userId: string,
  spec: PlanSpec,
  now: Date,
): Promise<void> {
  const values = {
    role: spec.role,
    days: spec.days,
    start_date: spec.startDate,
    created_at: now.toISOString(),
  };
  await db
    .insertInto('plans')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

export async function deletePlan(db: Kysely<DatabaseSchema>, userId: string): Promise<boolean> {
  const r = await db.deleteFrom('plans').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
