/**
 * Accounts: register, log in and out, who am I, change the password, delete the account (and all
 * of its data), and move a user's data in and out as versioned JSON.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { UserDataSchema } from '../../core/schema/user-data.ts';
import {
  type AccountWithHash,
  createAccount,
  createSession,
  deleteAccount,
  deleteExpiredSessions,
  deleteOldRateLimits,
  deleteOtherSessions,
  deleteSession,
  findAccount,
  getAccountById,
  setPasswordHash,
  UsernameTakenError,
} from '../../db/accounts.ts';
import type { Database } from '../../db/connect.ts';
import { OWN_PREFIX } from '../../db/reports.ts';
import { exportUserData, ImportConflictError, importUserData } from '../../db/transfer.ts';
import {
  type AuthOptions,
  clearSessionCookie,
  clientAddress,
  DEFAULT_SESSION_TTL_MS,
  enforceLimit,
  limitsOf,
  sessionToken,
  setSessionCookie,
} from '../auth.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { parseParams, readJson } from '../validate.ts';

const Username = z
  .string()
  .min(3, 'must be at least 3 characters')
  .max(32, 'must be at most 32 characters')
  .regex(/^[A-Za-z0-9_.-]+$/, 'may use only letters A-Z, digits, "_", "." and "-"');
const Password = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(256, 'must be at most 256 characters');

export const Credentials = z.strictObject({ username: Username, password: Password });
export const PasswordChange = z.strictObject({
  currentPassword: z.string().max(256),
  newPassword: Password,
});
export const Deletion = z.strictObject({ password: z.string().max(256) });
export const ImportQuery = z.strictObject({ replace: z.enum(['true', 'false']).optional() });

/** A hash to verify against when the username does not exist, so timing does not tell. */
let dummyHash: Promise<string> | null = null;

async function argon2() {
  return import('@node-rs/argon2');
}

/** The session's account (the gate has let a user through; a deleted one gets a 401). */
async function sessionAccount(db: Database['db'], userId: string): Promise<AccountWithHash> {
  const account = await getAccountById(db, userId);
  if (!account) throw new ApiError(401, 'unauthenticated', 'log in first');
  return account;
}

/** A 403 saying `message` unless `password` is the account's. */
async function requirePassword(account: AccountWithHash, password: string, message: string) {
  const { verify } = await argon2();
  if (!(await verify(account.passwordHash, password)))
    throw new ApiError(403, 'bad_credentials', message);
}

export interface AccountRouteOptions extends ServerDeps {
  auth: AuthOptions;
}

export function authRoutes(options: AccountRouteOptions): Hono<AppEnv> {
  const { database, auth } = options;
  const db = database.db;
  const now = options.now ?? (() => new Date());
  const ttl = auth.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  const limits = limitsOf(auth);
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    if (!auth.enabled && c.req.path !== '/api/auth/logout') {
      throw new ApiError(
        404,
        'auth_disabled',
        'accounts are off in the local mode: start the server with AUTH=on (or on PostgreSQL) to use them',
      );
    }
    return next();
  });

  async function startSession(c: Parameters<typeof setSessionCookie>[0], userId: string) {
    const s = await createSession(db, userId, now(), ttl);
    setSessionCookie(c, auth, s.token, s.expiresAt);
  }

  app.post('/register', async (c) => {
    const body = parseParams(Credentials, await readJson(c), 'body');
    await enforceLimit(
      database,
      `register:${clientAddress(c, !!auth.trustProxy)}`,
      limits.register,
      now(),
      'registrations from this address',
    );
    const { hash } = await argon2();
    let account: Awaited<ReturnType<typeof createAccount>>;
    try {
      account = await createAccount(db, body.username, await hash(body.password), now());
    } catch (e) {
      if (e instanceof UsernameTakenError)
        throw new ApiError(
          409,
          'username_taken',
          `the username "${e.message}" is taken: choose another`,
        );
      throw e;
    }
    await startSession(c, account.id);
    return c.json({ user: { id: account.id, username: account.username, mode: 'account' } }, 201);
  });

  app.post('/login', async (c) => {
    const body = parseParams(Credentials, await readJson(c), 'body');
    await enforceLimit(
      database,
      `login:${clientAddress(c, !!auth.trustProxy)}:${body.username.toLowerCase()}`,
      limits.login,
      now(),
      'login attempts for this username from this address',
    );
    const { hash, verify } = await argon2();
    const account = await findAccount(db, body.username);
    // No such user: verify against a dummy hash anyway, so the time taken does not tell.
    dummyHash ??= hash('not a password of anyone');
    const ok = await verify(account?.passwordHash ?? (await dummyHash), body.password);
    if (!account || !ok)
      throw new ApiError(401, 'bad_credentials', 'the username or the password is wrong');
    await startSession(c, account.id);
    // Housekeeping rides on logins: expired sessions and stale rate-limit windows go.
    const t = now();
    await deleteExpiredSessions(db, t);
    await deleteOldRateLimits(db, new Date(t.getTime() - 24 * 3600_000));
    return c.json({ user: { id: account.id, username: account.username, mode: 'account' } });
  });

  app.post('/logout', async (c) => {
    const token = sessionToken(c);
    if (token && auth.enabled) await deleteSession(db, token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.post('/password', async (c) => {
    const body = parseParams(PasswordChange, await readJson(c), 'body');
    const userId = c.get('userId');
    const account = await sessionAccount(db, userId);
    await requirePassword(account, body.currentPassword, 'the current password is wrong');
    const { hash } = await argon2();
    await setPasswordHash(db, userId, await hash(body.newPassword));
    // Every other session ends: whoever knew the old password is logged out.
    await deleteOtherSessions(db, userId, sessionToken(c) ?? undefined);
    return c.body(null, 204);
  });

  return app;
}

export function meRoutes(options: AccountRouteOptions): Hono<AppEnv> {
  const { database, auth, catalog } = options;
  const db = database.db;
  const now = options.now ?? (() => new Date());
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    if (!auth.enabled)
      return c.json({ user: { id: c.get('userId'), username: null, mode: 'local' } });
    const account = await sessionAccount(db, c.get('userId'));
    return c.json({
      user: {
        id: account.id,
        username: account.username,
        mode: 'account',
        createdAt: account.createdAt,
      },
    });
  });

  app.delete('/', async (c) => {
    if (!auth.enabled)
      throw new ApiError(
        404,
        'auth_disabled',
        'the local user cannot be deleted: there is no account',
      );
    const body = parseParams(Deletion, await readJson(c), 'body');
    const userId = c.get('userId');
    const account = await sessionAccount(db, userId);
    await requirePassword(
      account,
      body.password,
      'the password is wrong: the account was not deleted',
    );
    await deleteAccount(db, userId);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.get('/export', async (c) => {
    const data = await exportUserData(db, c.get('userId'), now());
    c.header('content-disposition', 'attachment; filename="aigc-interview-data.json"');
    return c.json(data);
  });

  app.post('/import', async (c) => {
    const q = parseParams(ImportQuery, c.req.query(), 'query');
    const data = parseParams(UserDataSchema, await readJson(c), 'body');
    const userId = c.get('userId');
    const unknown = data.cards
      .map((r) => r.question_id)
      .concat(data.bookmarks.map((b) => b.question_id))
      .filter((id) => !id.startsWith(OWN_PREFIX) && !catalog.byId.has(id));
    try {
      const counts = await importUserData(db, userId, data, { replace: q.replace === 'true' });
      return c.json({ imported: counts, unknownQuestions: [...new Set(unknown)].slice(0, 50) });
    } catch (e) {
      if (e instanceof ImportConflictError) throw new ApiError(409, 'account_not_empty', e.message);
      throw e;
    }
  });

  return app;
}
