import type { Kysely, Migration } from 'kysely';

/**
 * Accounts for the server mode: a password hash on the user, sessions stored by the hash of their
 * token, and fixed-window counters for rate limits (in the database, so that every instance
 * behind a proxy counts the same attempts).
 */
export const accounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('password_hash', 'text').execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
      .addColumn('window_start', 'varchar(32)', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
  },
};
