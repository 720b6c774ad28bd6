/**
 * Accounts, sessions and rate-limit counters. Passwords are hashed by the caller (argon2id in
 * the server); this module stores what it is given. Session rows hold the SHA-256 of the token,
 * never the token.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

export interface Account {
  id: string;
  username: string;
  createdAt: string;
}

export interface AccountWithHash extends Account {
  passwordHash: string;
}

export class UsernameTakenError extends Error {}

/** Usernames are stored and compared in lower case: "Alice" and "alice" are one account. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}

export async function createAccount(
  db: Kysely<DatabaseSchema>,
  username: string,
  passwordHash: string,
  now: Date,
): Promise<Account> {
  const account = { id: `u_${randomUUID()}`, username: normalizeUsername(username) };
  const createdAt = now.toISOString();
  try {
    await db
      .insertInto('users')
      .values({ ...account, created_at: createdAt, password_hash: passwordHash })
      .execute();
  } catch (e) {
    // The unique index on username is the only arbiter across instances.
    if (await findAccount(db, account.username)) throw new UsernameTakenError(account.username);
    throw e;
  }
  return { ...account, createdAt };
}

/** The account whose `column` equals `value`; null for none, or for the local user (no login). */
async function accountWhere(
  db: Kysely<DatabaseSchema>,
  column: 'id' | 'username',
  value: string,
): Promise<AccountWithHash | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'created_at', 'password_hash'])
    .where(column, '=', value)
    .executeTakeFirst();
  if (!row?.username || !row.password_hash) return null;
  return {
    id: row.id,
    username: row.username,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

export function findAccount(
  db: Kysely<DatabaseSchema>,
  username: string,
): Promise<AccountWithHash | null> {
  return accountWhere(db, 'username', normalizeUsername(username));
}

export function getAccountById(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<AccountWithHash | null> {
  return accountWhere(db, 'id', id);
}

export async function setPasswordHash(
  db: Kysely<DatabaseSchema>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash })
    .where('id', '=', userId)
    .execute();
}

/** Delete the user; every table of theirs references users.id with ON DELETE CASCADE. */
export async function deleteAccount(db: Kysely<DatabaseSchema>, userId: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', userId).execute();
}

// --- sessions ---------------------------------------------------------------------------------

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionRow {
  userId: string;
  expiresAt: string;
}

/** A new session; returns the token (shown to the client once, in a cookie). */
export async function createSession(
  db: Kysely<DatabaseSchema>,
  userId: string,
  now: Date,
  ttlMs: number,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

/** The live session for a token, or null (an expired one is deleted on the way). */
export async function findSession(
  db: Kysely<DatabaseSchema>,
  token: string,
  now: Date,
): Promise<SessionRow | null> {
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'expires_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  if (row.expires_at <= now.toISOString()) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  return { userId: row.user_id, expiresAt: row.expires_at };
}

export async function extendSession(
  db: Kysely<DatabaseSchema>,
  token: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt })
    .where('id', '=', hashToken(token))
    .execute();
}

export async function deleteSession(db: Kysely<DatabaseSchema>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}

/** Log the user out everywhere except (optionally) the session with this token. */
export async function deleteOtherSessions(
  db: Kysely<DatabaseSchema>,
  userId: string,
  keepToken?: string,
): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepToken) q = q.where('id', '!=', hashToken(keepToken));
  await q.execute();
}

export async function deleteExpiredSessions(
  db: Kysely<DatabaseSchema>,
  now: Date,
): Promise<number> {
  const r = await db
    .deleteFrom('sessions')
    .where('expires_at', '<=', now.toISOString())
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

// --- rate limits ------------------------------------------------------------------------------

/**
 * Count one attempt against `key` in the fixed window that contains `now`, and return the count
 * in that window including this attempt. One upsert, atomic on both databases.
 */
export async function hit(
  db: Kysely<DatabaseSchema>,
  key: string,
  windowMs: number,
  now: Date,
): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        count: eb
          .case()
          .when('rate_limits.window_start', '=', windowStart)
          .then(eb('rate_limits.count', '+', 1))
          .else(1)
          .end(),
        window_start: windowStart,
      })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Forget counters of windows that ended long ago (they can no longer limit anything). */
export async function deleteOldRateLimits(db: Kysely<DatabaseSchema>, before: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before.toISOString()).execute();
}
