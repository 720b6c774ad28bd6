import type { Kysely, Migration } from 'kysely';

/** Mock interviews: the plan, where the user is, the draft being typed, and every graded turn. */
export const interviews: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('interviews')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('role', 'varchar(16)', (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('level', 'varchar(16)', (c) => c.notNull())
      .addColumn('seed', 'integer', (c) => c.notNull())
      .addColumn('plan', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('stage', 'integer', (c) => c.notNull())
      .addColumn('draft', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('total', 'integer')
      .execute();
    await db.schema
      .createIndex('interviews_user')
      .on('interviews')
      .columns(['user_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('interview_turns')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('interview_id', 'varchar(40)', (c) =>
        c.notNull().references('interviews.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('stage', 'integer', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('prompt', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('grade', 'text')
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('answered_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('interview_turns_interview')
      .on('interview_turns')
      .columns(['interview_id', 'position', 'stage'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('interview_turns').execute();
    await db.schema.dropTable('interviews').execute();
  },
};
