/** Mock interviews and their turns. An answer and the move to the next prompt are one transaction. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Grade } from '../core/grading/grade.ts';
import type { PlannedQuestion } from '../core/interview/planner.ts';
import type { Turn } from '../core/interview/report.ts';
import type { DatabaseSchema, InterviewsTable } from './schema.ts';

export type InterviewStatus = 'active' | 'paused' | 'finished' | 'abandoned';

export interface Interview {
  id: string;
  role: string;
  minutes: number;
  level: string;
  seed: number;
  plan: PlannedQuestion[];
  status: InterviewStatus;
  position: number;
  stage: number;
  draft: string;
  createdAt: string;
  updatedAt: string;
  total: number | null;
}

const toInterview = (r: InterviewsTable): Interview => ({
  id: r.id,
  role: r.role,
  minutes: r.minutes,
  level: r.level,
  seed: r.seed,
  plan: JSON.parse(r.plan) as PlannedQuestion[],
  status: r.status as InterviewStatus,
  position: r.position,
  stage: r.stage,
  draft: r.draft,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  total: r.total,
});

export async function createInterview(
  db: Kysely<DatabaseSchema>,
  userId: string,
  input: { role: string; minutes: number; level: string; seed: number; plan: PlannedQuestion[] },
  now: Date,
): Promise<Interview> {
  const id = randomUUID();
  const at = now.toISOString();
  await db
    .insertInto('interviews')
    .values({
      id,
      user_id: userId,
      ...input,
      plan: JSON.stringify(input.plan),
      status: 'active',
      position: 0,
      stage: 0,
      draft: '',
      created_at: at,
      updated_at: at,
      total: null,
    })
    .execute();
  return (await getInterview(db, userId, id))!;
}

export async function getInterview(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
): Promise<Interview | undefined> {
  const row = await db
    .selectFrom('interviews')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toInterview(row) : undefined;
}

export async function listInterviews(
  db: Kysely<DatabaseSchema>,
  userId: string,
): Promise<Interview[]> {
  const rows = await db
    .selectFrom('interviews')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toInterview);
}

export async function saveDraft(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
  draft: string,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('interviews')
    .set({ draft, updated_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setStatus(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
  status: InterviewStatus,
  now: Date,
  total?: number,
): Promise<void> {
  await db
    .updateTable('interviews')
    .set({ status, updated_at: now.toISOString(), ...(total !== undefined ? { total } : {}) })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .execute();
}

/** Record a turn and move to the next prompt, clearing the draft. */
export async function recordTurn(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
  turn: Omit<Turn, 'grade'> & { grade: Grade | null },
  next: { position: number; stage: number; status: InterviewStatus; total?: number },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('interview_turns')
      .values({
        id: randomUUID(),
        interview_id: id,
        position: turn.position,
        stage: turn.stage,
        question_id: turn.questionId,
        prompt: turn.prompt,
        answer: turn.answer,
        score: turn.score,
        grade: turn.grade ? JSON.stringify(turn.grade) : null,
        duration_ms: Math.round(turn.durationMs),
        answered_at: at,
      })
      .execute();
    await trx
      .updateTable('interviews')
      .set({
        position: next.position,
        stage: next.stage,
        status: next.status,
        draft: '',
        updated_at: at,
        ...(next.total !== undefined ? { total: next.total } : {}),
      })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .execute();
  });
}

export async function listTurns(db: Kysely<DatabaseSchema>, id: string): Promise<Turn[]> {
  const rows = await db
    .selectFrom('interview_turns')
    .selectAll()
    .where('interview_id', '=', id)
    .orderBy('position')
    .orderBy('stage')
    .execute();
  return rows.map((r) => ({
    position: r.position,
    stage: r.stage,
    questionId: r.question_id,
    prompt: r.prompt,
    answer: r.answer,
    score: r.score,
    grade: r.grade ? (JSON.parse(r.grade) as Grade) : null,
    durationMs: r.duration_ms,
  }));
}
