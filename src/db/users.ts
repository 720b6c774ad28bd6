/** Users. Until accounts exist (server mode) every request acts as the local user. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

export const LOCAL_USER_ID = 'local';

/** Create the user row if it does not exist yet. */
export async function ensureUser(db: Kysely<DatabaseSchema>, id: string, now: Date): Promise<void> {
  await db
    .insertInto('users')
    .values({ id, username: null, created_at: now.toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
