/**
 * The databases every contract test runs against: a real SQLite file and the real PostgreSQL
 * server on this machine (a fresh database per use, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/connect.ts';
import { tempDir } from './paths.ts';

export const PG_ADMIN_URL =
  process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  database: Database;
  url: string;
  drop(): Promise<void>;
}

export async function sqliteDatabase(): Promise<TestDatabase> {
  const { dir, cleanup } = tempDir('aigc-sqlite-');
  const url = `sqlite:${join(dir, 'test.db')}`;
  const database = await openDatabase(url);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      cleanup();
    },
  };
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const name = `aigc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const database = await openDatabase(url);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      // The pool's end() resolves before its sockets have closed; forcing the drop while they
      // close makes the server kill them and the dying clients report it as an error. Wait for
      // the sessions to go first (briefly), then drop.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const DIALECTS = [
  { name: 'sqlite', open: sqliteDatabase },
  { name: 'postgres', open: postgresDatabase },
] as const;
