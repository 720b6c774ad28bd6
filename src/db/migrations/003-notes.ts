import type { Kysely, Migration } from 'kysely';

/** Personal notes on questions and outline points, and STAR project stories linked to points. */
export const notes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('notes')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('target_type', 'varchar(16)')
      .addColumn('target_id', 'varchar(160)')
      .addColumn('title', 'varchar(200)')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('points', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('notes_user_target')
      .on('notes')
      .columns(['user_id', 'target_type', 'target_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('notes').execute();
  },
};
