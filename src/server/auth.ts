/**
 * Who is asking. In the local mode every request is the local user and nothing here applies
 * but the Origin check. In the server mode (AUTH=on, or a PostgreSQL database) a request carries
 * a session token in an HttpOnly cookie (or an `Authorization: Bearer` header for scripts); the
 * token's SHA-256 finds the session row, so any instance behind a proxy can answer.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { extendSession, findSession, hit } from '../db/accounts.ts';
import type { Database } from '../db/connect.ts';
import { LOCAL_USER_ID } from '../db/users.ts';
import type { AppEnv } from './context.ts';
import { ApiError } from './errors.ts';

export const SESSION_COOKIE = 'aigc_session';

export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface AuthOptions {
  /** Accounts on: login required for every user-data route. */
  enabled: boolean;
  /** Session lifetime; a session used in its second half is renewed for another full term. */
  sessionTtlMs?: number;
  /** Trust X-Forwarded-For/-Proto/-Host from a reverse proxy in front of the app. */
  trustProxy?: boolean;
  /** Mark the cookie Secure even on plain HTTP requests (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  limits?: Partial<RateLimits>;
}

export interface RateLimits {
  /** Failed and successful logins per client address and username. */
  login: RateLimit;
  /** Registrations per client address. */
  register: RateLimit;
  /** Answers graded by the LLM, per user. */
  llm: RateLimit;
}

export const DEFAULT_LIMITS: RateLimits = {
  login: { max: 10, windowMs: 15 * 60_000 },
  register: { max: 10, windowMs: 60 * 60_000 },
  llm: { max: 120, windowMs: 60 * 60_000 },
};

export const DEFAULT_SESSION_TTL_MS = 30 * 24 * 3600_000;

/** The user id of a request without a session in the server mode. */
export const ANONYMOUS = '';

/**
 * Routes anyone may call in the server mode: reading the bank, the labs and the interviewer
 * sheet (all content, no user data), and the account doors themselves.
 */
const PUBLIC_GET =
  /^\/api\/(health|outline|questions(\/[^/]+)?|search(\/index)?|glossary|stats|labs(\/[^/]+)?|interviews\/sheet|openapi\.json|export\/(anki|markdown|cheatsheet))$/;
const PUBLIC_POST = /^\/api\/auth\/(register|login|logout)$/;

export function isPublic(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD') return PUBLIC_GET.test(path);
  return method === 'POST' && PUBLIC_POST.test(path);
}

/** The client's address, for rate limits: the socket's, or the proxy's X-Forwarded-For. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for');
    if (fwd) return fwd.split(',')[0]!.trim();
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

function isHttps(c: Context, options: AuthOptions): boolean {
  if (options.secureCookies) return true;
  if (options.trustProxy && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

export function setSessionCookie(
  c: Context,
  options: AuthOptions,
  token: string,
  expiresAt: string,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, options),
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** The token a request presents: the cookie, or a Bearer header. */
export function sessionToken(c: Context): string | null {
  const auth = c.req.header('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return getCookie(c, SESSION_COOKIE) ?? null;
}

/**
 * CSRF defence: a state-changing request that a browser marks as coming from another site is
 * refused. Browsers send Origin on every cross-origin POST/PUT/DELETE (and Sec-Fetch-Site), which
 * a page on another site cannot forge; clients that are not browsers send neither and pass.
 */
export function originCheck(trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    const m = c.req.method;
    if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS') return next();
    if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw new ApiError(
        403,
        'cross_origin',
        'cross-site requests may not change data: open the app at its own address',
      );
    }
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      const host =
        (trustProxy ? c.req.header('x-forwarded-host') : undefined) ??
        c.req.header('host') ??
        new URL(c.req.url).host;
      let originHost: string;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = '';
      }
      if (originHost !== host) {
        throw new ApiError(
          403,
          'cross_origin',
          `requests from ${origin} may not change data here: open the app at its own address`,
        );
      }
    } else if (origin === 'null') {
      throw new ApiError(403, 'cross_origin', 'requests from an opaque origin may not change data');
    }
    return next();
  };
}

/** Resolve the session (server mode) and refuse user-data routes without one. */
export function sessionMiddleware(
  database: Database,
  options: AuthOptions,
  now: () => Date,
): MiddlewareHandler<AppEnv> {
  const ttl = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  return async (c, next) => {
    if (!options.enabled) {
      c.set('userId', LOCAL_USER_ID);
      return next();
    }
    let userId = ANONYMOUS;
    const token = sessionToken(c);
    if (token && token.length <= 200) {
      const t = now();
      const session = await findSession(database.db, token, t);
      if (session) {
        userId = session.userId;
        const left = Date.parse(session.expiresAt) - t.getTime();
        if (left < ttl / 2) {
          const expiresAt = new Date(t.getTime() + ttl).toISOString();
          await extendSession(database.db, token, expiresAt);
          if (getCookie(c, SESSION_COOKIE) === token)
            setSessionCookie(c, options, token, expiresAt);
        }
      }
    }
    c.set('userId', userId);
    if (userId === ANONYMOUS && !isPublic(c.req.method, c.req.path)) {
      throw new ApiError(
        401,
        'unauthenticated',
        'log in first: POST /api/auth/login with {"username", "password"} (or register at /api/auth/register)',
      );
    }
    return next();
  };
}

/** Count an attempt; false once the window's limit is passed. */
export async function withinLimit(
  database: Database,
  key: string,
  limit: RateLimit,
  now: Date,
): Promise<boolean> {
  return (await hit(database.db, key, limit.windowMs, now)) <= limit.max;
}

/** Count an attempt; past the limit, a 429 that says when to try again. */
export async function enforceLimit(
  database: Database,
  key: string,
  limit: RateLimit,
  now: Date,
  what: string,
): Promise<void> {
  if (!(await withinLimit(database, key, limit, now))) {
    const windowEnd = (Math.floor(now.getTime() / limit.windowMs) + 1) * limit.windowMs;
    const seconds = Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000));
    throw new ApiError(
      429,
      'rate_limited',
      `too many ${what}: at most ${limit.max} per ${Math.round(limit.windowMs / 60_000)} min; try again in ${seconds} s`,
    );
  }
}

export function limitsOf(options: AuthOptions | undefined): RateLimits {
  return { ...DEFAULT_LIMITS, ...options?.limits };
}
