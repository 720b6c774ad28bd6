/**
 * The database from the command line: apply migrations, back up a SQLite file online, and export
 * the local user's data (to import into an account on a server).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL, openDatabase, parseDatabaseUrl } from '../../db/connect.ts';
import { exportUserData } from '../../db/transfer.ts';
import { LOCAL_USER_ID } from '../../db/users.ts';
import { fail, green } from '../output.ts';

function urlOf(opts: { database?: string }): string {
  return opts.database ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export async function migrateCommand(opts: { database?: string }): Promise<void> {
  const database = await openDatabase(urlOf(opts)).catch((e: Error) => fail(e.message));
  process.stdout.write(`${green('✓')} ${database.label}: schema up to date\n`);
  await database.close();
}

export async function backupCommand(file: string, opts: { database?: string }): Promise<void> {
  const { kind, target } = parseDatabaseUrl(urlOf(opts));
  if (kind === 'postgres')
    fail(
      'backups of PostgreSQL are made with pg_dump, e.g. pg_dump -Fc "$DATABASE_URL" > aigc.dump (see docs/deployment.md)',
    );
  if (!existsSync(target)) fail(`no database at ${target}: nothing to back up`);
  const out = resolve(file);
  if (existsSync(out)) fail(`${out} exists: choose a new file name (a backup never overwrites)`);
  const { default: SQLite } = await import('better-sqlite3');
  const db = new SQLite(target, { readonly: true, fileMustExist: true });
  try {
    // SQLite's online backup API: a consistent copy while the server keeps writing.
    await db.backup(out);
  } finally {
    db.close();
  }
  process.stdout.write(`${green('✓')} ${target} → ${out}\n`);
}

export async function exportDataCommand(opts: { database?: string; out?: string }): Promise<void> {
  const database = await openDatabase(urlOf(opts)).catch((e: Error) => fail(e.message));
  try {
    const data = await exportUserData(database.db, LOCAL_USER_ID, new Date());
    const text = `${JSON.stringify(data, null, 2)}\n`;
    if (opts.out) {
      writeFileSync(opts.out, text);
      process.stderr.write(
        `${green('✓')} ${data.cards.length} cards, ${data.reviewLogs.length} reviews, ${data.notes.length} notes → ${opts.out}\n`,
      );
    } else process.stdout.write(text);
  } finally {
    await database.close();
  }
}
