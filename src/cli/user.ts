/** The database a command works on and whose data: the local user, or an account by name. */
import { findAccount } from '../db/accounts.ts';
import { type Database, DEFAULT_DATABASE_URL, openDatabase } from '../db/connect.ts';
import { ensureUser, LOCAL_USER_ID } from '../db/users.ts';
import { fail } from './output.ts';

export async function openUserDatabase(opts: {
  database?: string;
  user?: string;
}): Promise<{ database: Database; userId: string }> {
  const url = opts.database ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const database = await openDatabase(url).catch((e: Error) => fail(e.message));
  if (opts.user) {
    const account = await findAccount(database.db, opts.user);
    if (!account) {
      await database.close();
      fail(`no account "${opts.user}" in ${database.label}: register it in the web app first`);
    }
    return { database, userId: account.id };
  }
  if (database.kind === 'postgres') {
    await database.close();
    fail('on PostgreSQL the data belongs to an account: add --user <username>');
  }
  await ensureUser(database.db, LOCAL_USER_ID, new Date());
  return { database, userId: LOCAL_USER_ID };
}
