// One contract suite for the data layer, run on SQLite and on PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addBookmark,
  isBookmarked,
  listBookmarks,
  removeBookmark,
} from '../../src/db/bookmarks.ts';
import { migrate, openDatabase, parseDatabaseUrl } from '../../src/db/connect.ts';
import { ensureUser } from '../../src/db/users.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';

const t0 = new Date('2026-11-01T08:00:00.000Z');
const t1 = new Date('2026-11-02T08:00:00.000Z');

describe.each(DIALECTS)('data layer on $name', ({ name, open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await ensureUser(t.database.db, 'alice', t0);
    await ensureUser(t.database.db, 'bob', t0);
  });
  afterAll(() => t.drop());

  it('reports its kind', () => {
    expect(t.database.kind).toBe(name);
  });

  it('migrations are idempotent', async () => {
    await migrate(t.database.db);
    await migrate(t.database.db);
    const tables = await t.database.db.introspection.getTables();
    expect(tables.map((x) => x.name)).toEqual(expect.arrayContaining(['users', 'bookmarks']));
  });

  it('ensureUser twice keeps one row', async () => {
    await ensureUser(t.database.db, 'alice', t1);
    const rows = await t.database.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', 'alice')
      .execute();
    expect(rows).toEqual([
      { id: 'alice', username: null, created_at: t0.toISOString(), password_hash: null },
    ]);
  });

  it('adds, lists newest first, and removes bookmarks', async () => {
    const db = t.database.db;
    expect(await listBookmarks(db, 'alice')).toEqual([]);
    await addBookmark(db, 'alice', 'q-one', t0);
    await addBookmark(db, 'alice', 'q-two', t1);
    expect(await listBookmarks(db, 'alice')).toEqual([
      { questionId: 'q-two', createdAt: t1.toISOString() },
      { questionId: 'q-one', createdAt: t0.toISOString() },
    ]);
    expect(await isBookmarked(db, 'alice', 'q-one')).toBe(true);
    expect(await removeBookmark(db, 'alice', 'q-one')).toBe(true);
    expect(await removeBookmark(db, 'alice', 'q-one')).toBe(false);
    expect(await isBookmarked(db, 'alice', 'q-one')).toBe(false);
  });

  it('adding a bookmark twice keeps the first time', async () => {
    const db = t.database.db;
    const first = await addBookmark(db, 'alice', 'q-three', t0);
    const second = await addBookmark(db, 'alice', 'q-three', t1);
    expect(second).toEqual(first);
    expect(
      (await listBookmarks(db, 'alice')).filter((b) => b.questionId === 'q-three'),
    ).toHaveLength(1);
  });

  it("keeps users' bookmarks apart", async () => {
    const db = t.database.db;
    await addBookmark(db, 'bob', 'q-bob', t0);
    expect((await listBookmarks(db, 'alice')).map((b) => b.questionId)).not.toContain('q-bob');
    expect(await removeBookmark(db, 'alice', 'q-bob')).toBe(false);
    expect(await isBookmarked(db, 'bob', 'q-bob')).toBe(true);
  });

  it('rejects a bookmark for a user that does not exist', async () => {
    await expect(addBookmark(t.database.db, 'nobody', 'q-one', t0)).rejects.toThrow();
  });
});

describe('DATABASE_URL parsing', () => {
  it('accepts sqlite:PATH, bare paths and postgres URLs', () => {
    expect(parseDatabaseUrl('sqlite:./data/x.db')).toEqual({
      kind: 'sqlite',
      target: './data/x.db',
    });
    expect(parseDatabaseUrl('/tmp/x.db')).toEqual({ kind: 'sqlite', target: '/tmp/x.db' });
    expect(parseDatabaseUrl('postgres://u@h:5432/db').kind).toBe('postgres');
    expect(parseDatabaseUrl('postgresql://u@h/db').kind).toBe('postgres');
  });

  it('explains unsupported and empty URLs', async () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(
      /"mysql:" is not supported: use sqlite:PATH or postgres:\/\//,
    );
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/needs a file path/);
    await expect(openDatabase('mysql://x')).rejects.toThrow(/not supported/);
  });
});
