import type { Kysely, Migration } from 'kysely';

/** FSRS cards, the review log, per-user settings and the mistake book (错题本). */
export const practice: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('cards')
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('due', 'varchar(32)', (c) => c.notNull())
      .addColumn('stability', 'double precision', (c) => c.notNull())
      .addColumn('difficulty', 'double precision', (c) => c.notNull())
      .addColumn('elapsed_days', 'integer', (c) => c.notNull())
      .addColumn('scheduled_days', 'integer', (c) => c.notNull())
      .addColumn('learning_steps', 'integer', (c) => c.notNull())
      .addColumn('reps', 'integer', (c) => c.notNull())
      .addColumn('lapses', 'integer', (c) => c.notNull())
      .addColumn('state', 'integer', (c) => c.notNull())
      .addColumn('last_review', 'varchar(32)')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('cards_pk', ['user_id', 'question_id'])
      .execute();
    await db.schema.createIndex('cards_user_due').on('cards').columns(['user_id', 'due']).execute();
    await db.schema
      .createTable('review_logs')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('mode', 'varchar(16)', (c) => c.notNull())
      .addColumn('rating', 'integer', (c) => c.notNull())
      .addColumn('card_before', 'text')
      .addColumn('card_after', 'text')
      .addColumn('reviewed_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('answer', 'text')
      .addColumn('score', 'integer')
      .execute();
    await db.schema
      .createIndex('review_logs_user_time')
      .on('review_logs')
      .columns(['user_id', 'reviewed_at'])
      .execute();
    await db.schema
      .createTable('settings')
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.primaryKey().references('users.id').onDelete('cascade'),
      )
      .addColumn('desired_retention', 'double precision', (c) => c.notNull())
      .addColumn('interview_date', 'varchar(10)')
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('mistakes')
      .addColumn('user_id', 'varchar(64)', (c) =>
        c.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('reason', 'varchar(16)', (c) => c.notNull())
      .addColumn('score', 'integer')
      .addColumn('added_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('times', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('mistakes_pk', ['user_id', 'question_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['mistakes', 'settings', 'review_logs', 'cards'])
      await db.schema.dropTable(t).execute();
  },
};
