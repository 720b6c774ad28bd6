/** Interview reports (面经) and their items. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema, ReportItemsTable } from './schema.ts';

/** Question ids of a report's own questions (no bank question): `own:<report item id>`. */
export const OWN_PREFIX = 'own:';

export type ItemStatus = 'suggested' | 'confirmed' | 'own';

export interface ReportItem {
  id: string;
  position: number;
  text: string;
  questionId: string | null;
  status: ItemStatus;
  ownAnswer: string | null;
}

export interface Report {
  id: string;
  company: string;
  role: string | null;
  rawText: string;
  createdAt: string;
  items: ReportItem[];
}

const toItem = (r: ReportItemsTable): ReportItem => ({
  id: r.id,
  position: r.position,
  text: r.text,
  questionId: r.question_id,
  status: r.status as ItemStatus,
  ownAnswer: r.own_answer,
});

export async function createReport(
  db: Kysely<DatabaseSchema>,
  userId: string,
  input: {
    company: string;
    role: string | null;
    rawText: string;
    items: { position: number; text: string; questionId: string | null }[];
  },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('reports')
      .values({
        id,
        user_id: userId,
        company: input.company,
        role: input.role,
        raw_text: input.rawText,
        created_at: now.toISOString(),
      })
      .execute();
    if (input.items.length) {
      await trx
        .insertInto('report_items')
        .values(
          input.items.map((it) => ({
            id: randomUUID(),
            report_id: id,
            user_id: userId,
            position: it.position,
            text: it.text,
            question_id: it.questionId,
            status: it.questionId ? 'suggested' : 'own',
            own_answer: null,
          })),
        )
        .execute();
    }
  });
  return id;
}

export async function getReport(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
): Promise<Report | undefined> {
  const row = await db
    .selectFrom('reports')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const items = await db
    .selectFrom('report_items')
    .selectAll()
    .where('report_id', '=', id)
    .where('user_id', '=', userId)
    .orderBy('position')
    .execute();
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    rawText: row.raw_text,
    createdAt: row.created_at,
    items: items.map(toItem),
  };
}

export async function listReports(db: Kysely<DatabaseSchema>, userId: string): Promise<Report[]> {
  const rows = await db
    .selectFrom('reports')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  const items = await db
    .selectFrom('report_items')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    company: r.company,
    role: r.role,
    rawText: r.raw_text,
    createdAt: r.created_at,
    items: items.filter((i) => i.report_id === r.id).map(toItem),
  }));
}

export async function updateItem(
  db: Kysely<DatabaseSchema>,
  userId: string,
  reportId: string,
  itemId: string,
  patch: { questionId: string | null; status: ItemStatus; ownAnswer?: string | null },
): Promise<boolean> {
  const r = await db
    .updateTable('report_items')
    .set({
      question_id: patch.questionId,
      status: patch.status,
      ...(patch.ownAnswer !== undefined ? { own_answer: patch.ownAnswer } : {}),
    })
    .where('user_id', '=', userId)
    .where('report_id', '=', reportId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function getItem(
  db: Kysely<DatabaseSchema>,
  userId: string,
  itemId: string,
): Promise<(ReportItem & { company: string }) | undefined> {
  const row = await db
    .selectFrom('report_items')
    .innerJoin('reports', 'reports.id', 'report_items.report_id')
    .selectAll('report_items')
    .select('reports.company')
    .where('report_items.user_id', '=', userId)
    .where('report_items.id', '=', itemId)
    .executeTakeFirst();
  return row ? { ...toItem(row), company: row.company } : undefined;
}

export async function deleteReport(
  db: Kysely<DatabaseSchema>,
  userId: string,
  id: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('reports')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
