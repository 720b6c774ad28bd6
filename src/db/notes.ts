/** Notes and STAR project stories. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema, NotesTable } from './schema.ts';

export interface Note {
  id: string;
  kind: 'note' | 'story';
  targetType: 'question' | 'point' | null;
  targetId: string | null;
  title: string | null;
  body: string;
  points: string[];
  createdAt: string;
  updatedAt: string;
}

export type NoteInput = Pick<
  Note,
  'kind' | 'targetType' | 'targetId' | 'title' | 'body' | 'points'
>;

function toNote(r: NotesTable): Note {
  return {
    id: r.id,
    kind: r.kind as Note['kind'],
    targetType: r.target_type as Note['targetType'],
    targetId: r.target_id,
    title: r.title,
    body: r.body,
    points: JSON.parse(r.points) as string[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listNotes(
  db: Kysely<DatabaseSchema>,
  userId: string,
  filter: { kind?: string; targetType?: string; targetId?: string } = {},
): Promise<Note[]> {
  let q = db.selectFrom('notes').selectAll().where('user_id', '=', userId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.targetType) q = q.where('target_type', '=', filter.targetType);
  if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
  return (await q.orderBy('updated_at', 'desc').orderBy('id').execute()).map(toNote);
}

export async function getNote(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
): Promise<Note | undefined> {
  const row = await db
    .selectFrom('notes')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toNote(row) : undefined;
}

export async function createNote(
  db: Kysely<DatabaseSchema>,
  userId: string,
  input: NoteInput,
  now: Date,
): Promise<Note> {
  const id = randomUUID();
  const at = now.toISOString();
  await db
    .insertInto('notes')
    .values({
      id,
      user_id: userId,
      kind: input.kind,
      target_type: input.targetType,
      target_id: input.targetId,
      title: input.title,
      body: input.body,
      points: JSON.stringify(input.points),
      created_at: at,
      updated_at: at,
    })
    .execute();
  return (await getNote(db, userId, id))!;
}

export async function updateNote(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
  patch: { title?: string | null; body?: string; points?: string[] },
  now: Date,
): Promise<Note | undefined> {
  const result = await db
    .updateTable('notes')
    .set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.body !== undefined ? { body: patch.body } : {}),
      ...(patch.points !== undefined ? { points: JSON.stringify(patch.points) } : {}),
      updated_at: now.toISOString(),
    })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0 ? getNote(db, userId, id) : undefined;
}

export async function deleteNote(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('notes')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
