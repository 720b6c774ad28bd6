// Accounts in the server mode, on SQLite and PostgreSQL: register, log in and out, sessions
// (cookie flags, expiry, renewal), password change, account deletion, rate limits, the Origin
// check, isolation between users on every user-data route, and export → import round trips.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { Catalog } from '../../src/core/catalog.ts';
import { createApp } from '../../src/server/app.ts';
import type { AuthOptions } from '../../src/server/auth.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { fixtureBundle } from '../helpers/fixture-app.ts';
import { SessionClient } from '../helpers/session-client.ts';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await fixtureBundle();
});

const PASSWORD = 'correct horse battery';

/** A clock the test moves. */
function clock(start = '2026-11-30T12:00:00Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

async function appOn(
  db: TestDatabase,
  auth: AuthOptions,
  now = () => new Date('2026-11-30T12:00:00Z'),
) {
  // Every test shares one client address and clock window: generous limits unless a test sets them.
  const generous = { max: 1000, windowMs: 60_000 };
  const limits = { login: generous, register: generous, ...auth.limits };
  return createApp({
    catalog: new Catalog(bundle),
    database: db.database,
    now,
    auth: { ...auth, limits },
  });
}

/** Give a user one of everything: settings, plan, card + review, bookmark, note, report, interview. */
async function fill(u: SessionClient) {
  expect((await u.send('PUT', '/api/settings', { desiredRetention: 0.85 })).status).toBe(200);
  expect((await u.send('PUT', '/api/plan', { role: 'algorithm', days: 7 })).status).toBe(200);
  expect(
    (await u.send('POST', '/api/cards', { questionIds: ['kv-size', 'attn-basics'] })).status,
  ).toBe(200);
  expect((await u.send('POST', '/api/review', { questionId: 'kv-size', rating: 1 })).status).toBe(
    200,
  );
  expect((await u.send('PUT', '/api/bookmarks/attn-basics')).status).toBe(200);
  const note = await u.send('POST', '/api/notes', {
    kind: 'note',
    targetType: 'question',
    targetId: 'attn-basics',
    body: '我的笔记 $x^2$',
  });
  expect(note.status).toBe(201);
  const report = await u.send('POST', '/api/reports', {
    company: '字节',
    text: '1. 注意力为什么要除以根号 d_k？\n2. 讲一个你做过的最难的项目',
  });
  expect(report.status).toBe(201);
  const interview = await u.send('POST', '/api/interviews', {
    role: 'algorithm',
    minutes: 20,
    level: 'social',
    seed: 5,
  });
  expect(interview.status).toBe(201);
  expect(
    (
      await u.send('POST', `/api/interviews/${interview.body.id}/answer`, {
        text: '缩放防止 softmax 饱和',
      })
    ).status,
  ).toBe(200);
  return {
    noteId: note.body.id as string,
    reportId: report.body.id as string,
    itemId: report.body.items[0].id as string,
    interviewId: interview.body.id as string,
  };
}

describe.each(DIALECTS)('accounts on $name', ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.drop());

  it('the local mode has no login and refuses the account routes', async () => {
    const app = await appOn(db, { enabled: false });
    const u = new SessionClient(app);
    expect((await u.send('GET', '/api/me')).body.user).toEqual({
      id: 'local',
      username: null,
      mode: 'local',
    });
    const r = await u.send('POST', '/api/auth/register', { username: 'alice', password: PASSWORD });
    expect(r.status).toBe(404);
    expect(r.body.error.id).toBe('auth_disabled');
  });

  it('registers, logs in and out, with a hashed token in an HttpOnly SameSite=Lax cookie', async () => {
    const app = await appOn(db, { enabled: true });
    const u = new SessionClient(app);
    const anon = await u.send('GET', '/api/me');
    expect(anon.status).toBe(401);
    expect(anon.body.error.id).toBe('unauthenticated');
    // Content stays public; user data does not.
    expect((await u.send('GET', '/api/questions/kv-size')).status).toBe(200);
    expect((await u.send('GET', '/api/cards')).status).toBe(401);

    const reg = await u.send('POST', '/api/auth/register', {
      username: 'Alice',
      password: PASSWORD,
    });
    expect(reg.status).toBe(201);
    expect(reg.body.user).toMatchObject({ username: 'alice', mode: 'account' });
    const cookie = reg.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^aigc_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).toMatch(/Expires=/);
    const token = u.cookie!.split('=')[1]!;
    const row = await db.database.db.selectFrom('sessions').selectAll().execute();
    expect(row.map((r) => r.id)).not.toContain(token);
    expect(row.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
    const stored = await db.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'alice')
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$/);

    const me = await u.send('GET', '/api/me');
    expect(me.body.user).toMatchObject({ username: 'alice' });
    // No secret ever leaves the server: not the password, its hash, or the token in a body.
    for (const body of [reg.body, me.body, (await u.send('GET', '/api/me/export')).body]) {
      const text = JSON.stringify(body);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('argon2');
      expect(text).not.toContain(token);
    }
    // A Bearer header works for scripts.
    const bearer = await new SessionClient(app).send('GET', '/api/me', undefined, {
      authorization: `Bearer ${token}`,
    });
    expect(bearer.body.user.username).toBe('alice');

    const dup = await u.send('POST', '/api/auth/register', {
      username: 'ALICE',
      password: PASSWORD,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toMatch(/taken/);

    expect((await u.send('POST', '/api/auth/logout')).status).toBe(204);
    expect(u.cookie).toBeNull();
    // The old token is dead on the server, not only forgotten by the client.
    const replay = await new SessionClient(app).send('GET', '/api/me', undefined, {
      cookie: `aigc_session=${token}`,
    });
    expect(replay.status).toBe(401);

    const wrong = await u.send('POST', '/api/auth/login', {
      username: 'alice',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.id).toBe('bad_credentials');
    const nobody = await u.send('POST', '/api/auth/login', {
      username: 'nobody',
      password: PASSWORD,
    });
    expect(nobody.body.error.message).toBe(wrong.body.error.message);
    expect(
      (await u.send('POST', '/api/auth/login', { username: 'alice', password: PASSWORD })).status,
    ).toBe(200);
    expect((await u.send('GET', '/api/me')).status).toBe(200);
  });

  it('says what is wrong with bad credentials input', async () => {
    const app = await appOn(db, { enabled: true });
    const u = new SessionClient(app);
    const cases: [unknown, RegExp][] = [
      [{ username: 'ab', password: PASSWORD }, /"username".*at least 3/],
      [{ username: 'a b c', password: PASSWORD }, /"username".*letters/],
      [{ username: 'bob', password: 'short' }, /"password".*at least 8/],
      [{ username: 'bob' }, /"password"/],
      [{ username: 'bob', password: PASSWORD, admin: true }, /unknown body parameter "admin"/],
    ];
    for (const [body, message] of cases) {
      const r = await u.send('POST', '/api/auth/register', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.message).toMatch(message);
    }
    const notJson = await u.send('POST', '/api/auth/login', '{"username":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.id).toBe('invalid_json');
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const direct = new SessionClient(await appOn(db, { enabled: true }), 'https://aigc.example');
    const r = await direct.send('POST', '/api/auth/register', {
      username: 'sec1',
      password: PASSWORD,
    });
    expect(r.headers.get('set-cookie')).toMatch(/Secure/);
    const proxied = new SessionClient(await appOn(db, { enabled: true, trustProxy: true }));
    const p = await proxied.send(
      'POST',
      '/api/auth/register',
      { username: 'sec2', password: PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(p.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('expires sessions, and renews one used in the second half of its term', async () => {
    const c = clock();
    const day = 24 * 3600_000;
    const app = await appOn(db, { enabled: true, sessionTtlMs: 10 * day }, c.now);
    const u = new SessionClient(app);
    await u.send('POST', '/api/auth/register', { username: 'carol', password: PASSWORD });
    c.advance(6 * day);
    const renewed = await u.send('GET', '/api/me');
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('set-cookie')).toMatch(/aigc_session=/);
    c.advance(9 * day); // 15 days after login, 9 after renewal: still alive
    expect((await u.send('GET', '/api/me')).status).toBe(200);
    c.advance(11 * day);
    expect((await u.send('GET', '/api/me')).status).toBe(401);
    // A later login sweeps expired sessions out of the table.
    const old = new SessionClient(app);
    await old.send('POST', '/api/auth/login', { username: 'carol', password: PASSWORD });
    c.advance(11 * day);
    await new SessionClient(app).send('POST', '/api/auth/login', {
      username: 'carol',
      password: PASSWORD,
    });
    const carol = await db.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'carol')
      .executeTakeFirstOrThrow();
    const rows = await db.database.db
      .selectFrom('sessions')
      .select('expires_at')
      .where('user_id', '=', carol.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('changes the password and logs out every other session', async () => {
    const app = await appOn(db, { enabled: true });
    const a = new SessionClient(app);
    const b = new SessionClient(app);
    await a.send('POST', '/api/auth/register', { username: 'dave', password: PASSWORD });
    await b.send('POST', '/api/auth/login', { username: 'dave', password: PASSWORD });
    const wrong = await a.send('POST', '/api/auth/password', {
      currentPassword: 'nope nope',
      newPassword: 'a brand new secret',
    });
    expect(wrong.status).toBe(403);
    expect(
      (
        await a.send('POST', '/api/auth/password', {
          currentPassword: PASSWORD,
          newPassword: 'a brand new secret',
        })
      ).status,
    ).toBe(204);
    expect((await a.send('GET', '/api/me')).status).toBe(200);
    expect((await b.send('GET', '/api/me')).status).toBe(401);
    const c = new SessionClient(app);
    expect(
      (await c.send('POST', '/api/auth/login', { username: 'dave', password: PASSWORD })).status,
    ).toBe(401);
    expect(
      (
        await c.send('POST', '/api/auth/login', {
          username: 'dave',
          password: 'a brand new secret',
        })
      ).status,
    ).toBe(200);
  });

  it('deletes an account with all of its data, and only with the password', async () => {
    const app = await appOn(db, { enabled: true });
    const u = new SessionClient(app);
    const reg = await u.send('POST', '/api/auth/register', {
      username: 'erin',
      password: PASSWORD,
    });
    const id = reg.body.user.id;
    await fill(u);
    const wrong = await u.send('DELETE', '/api/me', { password: 'wrong password' });
    expect(wrong.status).toBe(403);
    expect((await u.send('GET', '/api/cards')).body.items).toHaveLength(2);
    expect((await u.send('DELETE', '/api/me', { password: PASSWORD })).status).toBe(204);
    expect(u.cookie).toBeNull();
    const d = db.database.db;
    for (const table of [
      'users',
      'sessions',
      'cards',
      'review_logs',
      'settings',
      'mistakes',
      'bookmarks',
      'notes',
      'plans',
      'reports',
      'report_items',
      'interviews',
    ] as const) {
      const col = table === 'users' ? 'id' : 'user_id';
      const rows = await d.selectFrom(table).select(col).where(col, '=', id).execute();
      expect(rows, table).toHaveLength(0);
    }
    expect(
      (await u.send('POST', '/api/auth/login', { username: 'erin', password: PASSWORD })).status,
    ).toBe(401);
  });

  it('rate-limits logins and registrations, counted in the database', async () => {
    const app = await appOn(db, {
      enabled: true,
      limits: { login: { max: 3, windowMs: 60_000 }, register: { max: 2, windowMs: 60_000 } },
    });
    const u = new SessionClient(app);
    await u.send('POST', '/api/auth/register', { username: 'frank', password: PASSWORD });
    await u.send('POST', '/api/auth/register', { username: 'frank2', password: PASSWORD });
    const third = await u.send('POST', '/api/auth/register', {
      username: 'frank3',
      password: PASSWORD,
    });
    expect(third.status).toBe(429);
    expect(third.body.error.message).toMatch(/at most 2 per 1 min; try again in \d+ s/);
    for (let i = 0; i < 3; i++)
      expect(
        (await u.send('POST', '/api/auth/login', { username: 'frank', password: 'wrong one!' }))
          .status,
      ).toBe(401);
    const limited = await u.send('POST', '/api/auth/login', {
      username: 'frank',
      password: PASSWORD,
    });
    expect(limited.status).toBe(429);
    // Another app instance on the same database sees the same count.
    const other = new SessionClient(
      await appOn(db, { enabled: true, limits: { login: { max: 3, windowMs: 60_000 } } }),
    );
    expect(
      (await other.send('POST', '/api/auth/login', { username: 'frank', password: PASSWORD }))
        .status,
    ).toBe(429);
  });

  it('refuses state-changing requests from another origin', async () => {
    const app = await appOn(db, { enabled: true });
    const u = new SessionClient(app);
    const evil = await u.send(
      'POST',
      '/api/auth/register',
      { username: 'mallory', password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(evil.status).toBe(403);
    expect(evil.body.error.id).toBe('cross_origin');
    const site = await u.send(
      'POST',
      '/api/auth/register',
      { username: 'mallory', password: PASSWORD },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(site.status).toBe(403);
    const same = await u.send(
      'POST',
      '/api/auth/register',
      { username: 'mallory', password: PASSWORD },
      { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    );
    expect(same.status).toBe(201);
    // The local mode is protected the same way (a web page cannot post to the local app).
    const local = new SessionClient(await appOn(db, { enabled: false }));
    const r = await local.send('PUT', '/api/bookmarks/kv-size', undefined, {
      origin: 'https://evil.example',
    });
    expect(r.status).toBe(403);
  });

  it('keeps users apart on every user-data route', async () => {
    const app = await appOn(db, { enabled: true });
    const a = new SessionClient(app);
    const b = new SessionClient(app);
    await a.send('POST', '/api/auth/register', { username: 'iso_a', password: PASSWORD });
    await b.send('POST', '/api/auth/register', { username: 'iso_b', password: PASSWORD });
    const ids = await fill(a);
    const before = (await a.send('GET', '/api/me/export')).body;

    // B sees none of A's data…
    const lists = [
      '/api/cards',
      '/api/bookmarks',
      '/api/notes',
      '/api/mistakes',
      '/api/reports',
      '/api/interviews',
    ];
    for (const path of lists) {
      const r = await b.send('GET', path);
      expect(r.status, path).toBe(200);
      expect(r.body.items, path).toEqual([]);
    }
    expect((await b.send('GET', '/api/plan')).body.plan).toBeNull();
    expect((await b.send('GET', '/api/settings')).body.desiredRetention).toBe(0.9);
    expect((await b.send('GET', '/api/questions/attn-basics')).body).toMatchObject({
      bookmarked: false,
    });
    const dash = (await b.send('GET', '/api/dashboard')).body;
    expect(JSON.stringify(dash)).not.toMatch(/kv-size.*lapses|"reviews":[1-9]/);
    expect((await b.send('GET', '/api/me/export')).body).toMatchObject({
      cards: [],
      notes: [],
      reports: [],
    });

    // …and can neither read nor change any of it by id.
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/notes/${ids.noteId}`],
      ['PUT', `/api/notes/${ids.noteId}`, { body: '改掉' }],
      ['DELETE', `/api/notes/${ids.noteId}`],
      ['GET', `/api/reports/${ids.reportId}`],
      ['PUT', `/api/reports/${ids.reportId}/items/${ids.itemId}`, { status: 'own' }],
      ['POST', `/api/reports/${ids.reportId}/cards`],
      ['DELETE', `/api/reports/${ids.reportId}`],
      ['GET', `/api/interviews/${ids.interviewId}`],
      ['PUT', `/api/interviews/${ids.interviewId}/draft`, { text: 'x' }],
      ['POST', `/api/interviews/${ids.interviewId}/answer`, { text: 'x' }],
      ['POST', `/api/interviews/${ids.interviewId}/pause`],
      ['POST', `/api/interviews/${ids.interviewId}/abandon`],
      ['GET', `/api/interviews/${ids.interviewId}/report`],
      ['POST', `/api/interviews/${ids.interviewId}/cards`],
      ['DELETE', '/api/cards/kv-size'],
      ['DELETE', '/api/bookmarks/attn-basics'],
      ['DELETE', '/api/mistakes/kv-size'],
      ['GET', `/api/practice/set?source=report&id=${ids.reportId}`],
    ];
    for (const [method, path, body] of attempts) {
      const r = await b.send(method, path, body);
      expect([200, 204, 400, 404], `${method} ${path}`).toContain(r.status);
      if (r.status === 200 && method === 'GET') {
        expect(JSON.stringify(r.body), `${method} ${path}`).not.toMatch(/我的笔记|缩放防止/);
      }
    }
    const after = (await a.send('GET', '/api/me/export')).body;
    expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
  });

  it('moves local data into an account: export → import → export is exact', async () => {
    // The local user fills a SQLite-backed laptop app…
    const local = await DIALECTS[0].open();
    try {
      const laptop = new SessionClient(
        await createApp({
          catalog: new Catalog(bundle),
          database: local.database,
          auth: { enabled: false },
        }),
      );
      await fill(laptop);
      // An own report question in practice, so that card ids refer to report items.
      const report = (await laptop.send('GET', '/api/reports')).body.items[0];
      const detail = (await laptop.send('GET', `/api/reports/${report.id}`)).body;
      const own = detail.items.find((i: any) => !i.questionId) ?? detail.items[1];
      await laptop.send('PUT', `/api/reports/${report.id}/items/${own.id}`, {
        status: 'own',
        ownAnswer: '我的项目',
      });
      await laptop.send('POST', `/api/reports/${report.id}/cards`);
      const exported = (await laptop.send('GET', '/api/me/export')).body;
      expect(exported).toMatchObject({ format: 'aigc-interview-user-data', version: 1 });
      expect(exported.cards.map((c: any) => c.question_id)).toContain(`own:${own.id}`);

      // …and imports it into an account on this database.
      const app = await appOn(db, { enabled: true });
      const u = new SessionClient(app);
      await u.send('POST', '/api/auth/register', { username: 'mover', password: PASSWORD });
      const imported = await u.send('POST', '/api/me/import', exported);
      expect(imported.status).toBe(200);
      expect(imported.body.imported).toMatchObject({
        cards: exported.cards.length,
        notes: 1,
        reports: 1,
        interviews: 1,
      });
      const again = (await u.send('GET', '/api/me/export')).body;
      expect({ ...again, exportedAt: null }).toEqual({ ...exported, exportedAt: null });

      // A second import would mix data: refused unless asked to replace.
      const conflict = await u.send('POST', '/api/me/import', exported);
      expect(conflict.status).toBe(409);
      expect(conflict.body.error.message).toMatch(/replace=true/);
      const replaced = await u.send('POST', '/api/me/import?replace=true', exported);
      expect(replaced.status).toBe(200);
      const third = (await u.send('GET', '/api/me/export')).body;
      expect({ ...third, exportedAt: null }).toEqual({ ...exported, exportedAt: null });

      // The same document imported by a second account on the same database: ids that are taken
      // get fresh ones, and references follow.
      const v = new SessionClient(app);
      await v.send('POST', '/api/auth/register', { username: 'mover2', password: PASSWORD });
      expect((await v.send('POST', '/api/me/import', exported)).status).toBe(200);
      const copy = (await v.send('GET', '/api/me/export')).body;
      expect(copy.cards).toHaveLength(exported.cards.length);
      const ownCard = copy.cards.find((c: any) => c.question_id.startsWith('own:'));
      expect(copy.reportItems.map((i: any) => `own:${i.id}`)).toContain(ownCard.question_id);
      expect((await v.send('GET', '/api/review/next')).status).toBe(200);
    } finally {
      await local.drop();
    }
  });

  it('rejects a broken import document, saying where, and changes nothing', async () => {
    const app = await appOn(db, { enabled: true });
    const u = new SessionClient(app);
    await u.send('POST', '/api/auth/register', { username: 'broken', password: PASSWORD });
    const good = (await u.send('GET', '/api/me/export')).body;
    const cases: [unknown, RegExp][] = [
      [{ ...good, version: 2 }, /"version"/],
      [{ ...good, format: 'anki' }, /"format"/],
      [{ ...good, cards: [{ question_id: 'x' }] }, /"cards\.0\.due"/],
      [
        {
          ...good,
          reportItems: [
            {
              id: 'i1',
              report_id: 'nope',
              position: 0,
              text: 't',
              question_id: null,
              status: 'own',
              own_answer: null,
            },
          ],
        },
        /reportItems\.0\.report_id.*not in the document/,
      ],
      [{ ...good, extra: 1 }, /unknown body parameter "extra"/],
    ];
    for (const [body, message] of cases) {
      const r = await u.send('POST', '/api/me/import', body);
      expect(r.status).toBe(400);
      expect(r.body.error.message).toMatch(message);
    }
    expect((await u.send('GET', '/api/me/export')).body.cards).toEqual([]);
  });
});
