/** Interview reports (面经): paste, extract, match to the bank, confirm, and practise as a company list. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ReportSummary, ReportView } from '../../core/api.ts';
import type { Catalog } from '../../core/catalog.ts';
import { extractQuestions, matchQuestion } from '../../core/practice/reports.ts';
import { newCard } from '../../core/practice/scheduler.ts';
import { addCards } from '../../db/cards.ts';
import {
  createReport,
  deleteReport,
  getReport,
  listReports,
  OWN_PREFIX,
  type Report,
  updateItem,
} from '../../db/reports.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { summaryOf } from '../presenters.ts';
import { parseParams, readJson } from '../validate.ts';

/** Card ids of a user's own questions. */

export const ReportCreate = z.strictObject({
  company: z.string().trim().min(1, 'name the company').max(80),
  role: z.string().trim().max(80).nullable().optional(),
  text: z.string().min(1, 'paste the report text').max(20_000, 'must be at most 20,000 characters'),
});

export const ItemUpdate = z
  .strictObject({
    status: z.enum(['confirmed', 'own']),
    questionId: z.string().min(1).nullable().optional(),
    ownAnswer: z.string().max(20_000).nullable().optional(),
  })
  .refine((b) => (b.status === 'confirmed' ? Boolean(b.questionId) : !b.questionId), {
    message: 'a confirmed item needs a questionId; an own item has none',
  });

function present(catalog: Catalog, r: Report): ReportView {
  return {
    id: r.id,
    company: r.company,
    role: r.role,
    createdAt: r.createdAt,
    items: r.items.map((it) => ({
      ...it,
      question: summaryOf(catalog, it.questionId),
      candidates: matchQuestion(catalog, it.text).candidates,
    })),
  };
}

export function reportRoutes({
  catalog,
  database,
  now = () => new Date(),
}: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = database;

  app.get('/', async (c) => {
    const all = await listReports(db, c.get('userId'));
    return c.json<{ items: ReportSummary[] }>({
      items: all.map((r) => ({
        id: r.id,
        company: r.company,
        role: r.role,
        createdAt: r.createdAt,
        total: r.items.length,
        matched: r.items.filter((i) => i.status !== 'own').length,
        own: r.items.filter((i) => i.status === 'own').length,
      })),
    });
  });

  app.post('/', async (c) => {
    const b = parseParams(ReportCreate, await readJson(c), 'body');
    const extracted = extractQuestions(b.text);
    if (!extracted.length)
      throw ApiError.badRequest(
        'no questions found in the text: put one question per line',
        'no_questions',
      );
    const items = extracted.map((q) => ({
      ...q,
      questionId: matchQuestion(catalog, q.text).suggested,
    }));
    const id = await createReport(
      db,
      c.get('userId'),
      { company: b.company, role: b.role ?? null, rawText: b.text, items },
      now(),
    );
    return c.json<ReportView>(present(catalog, (await getReport(db, c.get('userId'), id))!), 201);
  });

  app.get('/:id', async (c) => {
    const r = await getReport(db, c.get('userId'), c.req.param('id'));
    if (!r)
      throw ApiError.notFound(
        `no interview report with id "${c.req.param('id')}"`,
        'report_not_found',
      );
    return c.json<ReportView>(present(catalog, r));
  });

  app.put('/:id/items/:itemId', async (c) => {
    const b = parseParams(ItemUpdate, await readJson(c), 'body');
    if (b.questionId && !catalog.byId.has(b.questionId)) {
      throw ApiError.noQuestion(b.questionId);
    }
    const ok = await updateItem(db, c.get('userId'), c.req.param('id'), c.req.param('itemId'), {
      status: b.status,
      questionId: b.questionId ?? null,
      ...(b.ownAnswer !== undefined ? { ownAnswer: b.ownAnswer } : {}),
    });
    if (!ok)
      throw ApiError.notFound(
        `no item "${c.req.param('itemId')}" in report "${c.req.param('id')}"`,
        'item_not_found',
      );
    return c.json<ReportView>(
      present(catalog, (await getReport(db, c.get('userId'), c.req.param('id')))!),
    );
  });

  /** Review cards for every matched question and every own question of the report. */
  app.post('/:id/cards', async (c) => {
    const r = await getReport(db, c.get('userId'), c.req.param('id'));
    if (!r)
      throw ApiError.notFound(
        `no interview report with id "${c.req.param('id')}"`,
        'report_not_found',
      );
    const ids = r.items
      .map((i) => (i.status === 'own' ? `${OWN_PREFIX}${i.id}` : i.questionId!))
      .filter(Boolean);
    const t = now();
    const added = await addCards(db, c.get('userId'), [...new Set(ids)], newCard(t), t);
    return c.json({ added });
  });

  app.delete('/:id', async (c) => {
    if (!(await deleteReport(db, c.get('userId'), c.req.param('id')))) {
      throw ApiError.notFound(
        `no interview report with id "${c.req.param('id')}"`,
        'report_not_found',
      );
    }
    return c.json({ removed: true });
  });

  return app;
}
