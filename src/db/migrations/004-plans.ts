import type { Kysely, Migration } from 'kysely';

/** The user's active study plan (one per user). */
export const plans: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('plans')
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.primaryKey().references('users.id').onDelete('cascade'),
      )
      .addColumn('role', 'varchar(32)', (c) => c.notNull())
      .addColumn('days', 'integer', (c) => c.notNull())
      .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('plans').execute();
  },
};
