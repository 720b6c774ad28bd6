// Hostile input at every API route, found from the app's own route table: malformed JSON, huge
// strings, wrong types, unicode edge cases and injection strings in path, query and body, from a
// logged-in user and from nobody. Always a 4xx with a clear message (never a 500), and a refused
// request never changes a row.

import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { Catalog } from '../../src/core/catalog.ts';
import { createApp } from '../../src/server/app.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { fixtureBundle } from '../helpers/fixture-app.ts';
import { SessionClient } from '../helpers/session-client.ts';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await fixtureBundle();
});

const INJECTIONS = [
  "' OR 1=1 --",
  '"; DROP TABLE cards; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '$' + '{7*7}',
  '{{constructor.constructor("x")()}}',
  '__proto__',
  'constructor',
  '\uD800',
  '\u202E\u0645',
  '👩‍👩‍👧‍👦'.repeat(50),
  'ｱ'.repeat(3),
  'x'.repeat(300_000),
];

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer().map(String),
);

const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'questionId',
      'rating',
      'text',
      'body',
      'kind',
      'username',
      'password',
      'role',
      'days',
      'company',
      'questionIds',
      '__proto__',
      'format',
      'version',
    ),
    fc.oneof(
      hostileString,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(hostileString, { maxLength: 3 }),
    ),
  ),
);

/** A raw body: JSON of a hostile value, or text that is not JSON at all. */
const hostileBody = fc.oneof(
  hostileJson.map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{',
    '{"a":',
    '[1,2',
    'null',
    '"',
    '\u0000',
    'undefined',
    '{"__proto__":{"x":1}}',
  ),
  hostileString,
);

interface Route {
  method: string;
  path: string;
}

function apiRoutes(app: Hono<any>): Route[] {
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const r of app.routes) {
    if (!r.path.startsWith('/api/') || r.method === 'ALL' || r.path.includes('*')) continue;
    const key = `${r.method} ${r.path}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ method: r.method, path: r.path });
    }
  }
  return out;
}

function fillPath(path: string, values: string[]): string {
  let i = 0;
  return path.replace(/:[A-Za-z]+/g, () => encodeURIComponent(values[i++ % values.length]!));
}

/** Everything a refused request must leave alone: the user's data and the users table. */
async function snapshot(db: TestDatabase, u: SessionClient): Promise<string> {
  const data = (await u.send('GET', '/api/me/export')).body;
  const users = await db.database.db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash'])
    .orderBy('id')
    .execute();
  return JSON.stringify({ ...data, exportedAt: null, users });
}

describe.each(DIALECTS)('hostile input on $name', ({ open }) => {
  let db: TestDatabase;
  let app: Hono<any>;
  let user: SessionClient;
  let nobody: SessionClient;
  beforeAll(async () => {
    db = await open();
    const generous = { max: 1_000_000, windowMs: 60_000 };
    app = await createApp({
      catalog: new Catalog(bundle),
      database: db.database,
      now: () => new Date('2026-11-30T12:00:00Z'),
      auth: { enabled: true, limits: { login: generous, register: generous } },
    });
    user = new SessionClient(app);
    nobody = new SessionClient(app);
    await user.send('POST', '/api/auth/register', {
      username: 'target',
      password: 'a good password',
    });
    // Something to lose: a card, a bookmark, a note.
    await user.send('POST', '/api/cards', { questionIds: ['kv-size'] });
    await user.send('PUT', '/api/bookmarks/attn-basics');
    await user.send('POST', '/api/notes', {
      kind: 'note',
      targetType: 'question',
      targetId: 'kv-size',
      body: 'keep me',
    });
  });
  afterAll(() => db.drop());

  it('finds the routes to attack', () => {
    const routes = apiRoutes(app);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes).toContainEqual({ method: 'POST', path: '/api/review' });
    expect(routes).toContainEqual({ method: 'POST', path: '/api/auth/login' });
  });

  it('answers every hostile request with a 4xx that explains, and changes nothing it refused', async () => {
    const routes = apiRoutes(app).filter(
      (r) => r.method !== 'DELETE' || !r.path.startsWith('/api/me'),
    );
    const failures: string[] = [];
    let requests = 0;
    const statuses = new Map<number, number>();
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileString, { minLength: 1, maxLength: 3 }),
          fc.dictionary(
            fc.constantFrom('q', 'tz', 'page', 'pageSize', 'limit', 'source', 'id', 'kind', 'x'),
            hostileString,
            {
              maxKeys: 2,
            },
          ),
          hostileBody,
          fc.boolean(),
          async (params, query, body, anonymous) => {
            const client = anonymous ? nobody : user;
            const before = await snapshot(db, user);
            const qs = new URLSearchParams(query).toString();
            const path = `${fillPath(route.path, params)}${qs ? `?${qs}` : ''}`;
            const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
            const r = await client.send(route.method, path, hasBody ? body : undefined);
            requests++;
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
            const what = `${route.method} ${path.slice(0, 120)} body ${String(body).slice(0, 80)} → ${r.status}`;
            if (r.status >= 500) failures.push(what);
            if (r.status >= 400) {
              if (typeof r.body?.error?.message !== 'string' || r.body.error.message.length < 5)
                failures.push(`${what}: no clear message`);
              if ((await snapshot(db, user)) !== before) failures.push(`${what}: changed data`);
            }
          },
        ),
        { numRuns: 12, seed: 20261130 },
      );
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(500);
    // The attack reached the validators, the auth guard and the lookups, not one door only.
    for (const status of [400, 401, 404])
      expect(statuses.get(status), `HTTP ${status}`).toBeGreaterThan(10);
  }, 120_000);

  it('rejects oversized bodies with 413 before parsing', async () => {
    const r = await user.send(
      'POST',
      '/api/notes',
      JSON.stringify({ kind: 'note', body: 'x'.repeat(400_000) }),
    );
    expect(r.status).toBe(413);
    expect(r.body.error.id).toBe('body_too_large');
  });
});
