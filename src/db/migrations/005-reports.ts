import type { Kysely, Migration } from 'kysely';

/** Interview reports (面经) and their questions, each matched to the bank or kept as the user's own. */
export const reports: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('reports')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('company', 'varchar(80)', (c) => c.notNull())
      .addColumn('role', 'varchar(80)')
      .addColumn('raw_text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('report_items')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('report_id', 'varchar(40)', (c) =>
        c.notNull().references('reports.id').onDelete('cascade'),
      )
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)')
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('own_answer', 'text')
      .execute();
    await db.schema
      .createIndex('report_items_report')
      .on('report_items')
      .columns(['report_id', 'position'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('report_items').execute();
    await db.schema.dropTable('reports').execute();
  },
};
