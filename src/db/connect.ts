/**
 * The database seam: one Kysely instance over SQLite (embedded, the default) or PostgreSQL,
 * chosen by a URL: `sqlite:PATH`, a bare path, or `postgres://…`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations/index.ts';
import type { DatabaseSchema } from './schema.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DatabaseSchema>;
  kind: DatabaseKind;
  /** The URL with any password removed, safe to log. */
  label: string;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/aigc-interview.db';

export class DatabaseUrlError extends Error {}

export function parseDatabaseUrl(url: string): { kind: DatabaseKind; target: string } {
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', target: url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path)
      throw new DatabaseUrlError(
        'DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/aigc-interview.db',
      );
    return { kind: 'sqlite', target: path };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new DatabaseUrlError(
      `DATABASE_URL "${url.split(':')[0]}:" is not supported: use sqlite:PATH or postgres://user@host:port/db`,
    );
  }
  return { kind: 'sqlite', target: url };
}

/**
 * better-sqlite3 behind Kysely prepares every query anew; preparing cost about a tenth of the CPU of
 * a question request. Statements are reusable (calls are synchronous), so keep the most recent ones
 * by their SQL text. Bounded, since `IN (…)` lists of different lengths are different texts.
 */
function withStatementCache(sqlite: SQLite.Database, size = 256) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

/** Open the database and apply every pending migration. */
export async function openDatabase(url = DEFAULT_DATABASE_URL): Promise<Database> {
  const { kind, target } = parseDatabaseUrl(url);
  let db: Kysely<DatabaseSchema>;
  if (kind === 'sqlite') {
    if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
    const sqlite = new SQLite(target);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<DatabaseSchema>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
  } else {
    // The PostgreSQL driver loads only when a postgres:// URL is given.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: target, max: 10 });
    db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrate(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return {
    db,
    kind,
    label:
      kind === 'sqlite' ? `sqlite:${target}` : target.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    close: () => db.destroy(),
  };
}

export async function migrate(db: Kysely<DatabaseSchema>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `database migration "${failed}" failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
