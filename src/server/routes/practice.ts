/**
 * Practice: settings, FSRS review cards, the offline grader and the mistake book (错题本).
 * Every write validates its body first; a review of an unknown question or an out-of-range rating
 * changes nothing.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type {
  AddCardsResponse,
  CardView,
  GradeResponse,
  IntervalButton,
  MistakesResponse,
  PracticeSetResponse,
  ReviewNextResponse,
  ReviewResponse,
  ReviewSummary,
  SettingsResponse,
} from '../../core/api.ts';
import type { Catalog } from '../../core/catalog.ts';
import { gradableOf, gradeAnswer } from '../../core/grading/grade.ts';
import { dailyLoad, orderForInterview } from '../../core/practice/priority.ts';
import { computeDashboard, type Dashboard } from '../../core/practice/progress.ts';
import {
  type CardState,
  formatInterval,
  newCard,
  preview,
  RATING_LABELS,
  RETENTION_RANGE,
  retrievability,
} from '../../core/practice/scheduler.ts';
import { isBookmarked, listBookmarks } from '../../db/bookmarks.ts';
import {
  addCards,
  applyReview,
  listCards,
  listMistakes,
  listReviews,
  NotACardError,
  removeCard,
  removeMistake,
  type StoredCard,
} from '../../db/cards.ts';
import { getItem, getReport, OWN_PREFIX } from '../../db/reports.ts';
import { getSettings, saveSettings } from '../../db/settings.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError, requireQuestion } from '../errors.ts';
import { presentDetail, summaryOf } from '../presenters.ts';
import { parseParams, readJson } from '../validate.ts';

const QuestionId = z.string().min(1).max(128);

export const SettingsBody = z.strictObject({
  desiredRetention: z
    .number()
    .min(RETENTION_RANGE.min, `must be at least ${RETENTION_RANGE.min}`)
    .max(RETENTION_RANGE.max, `must be at most ${RETENTION_RANGE.max}`)
    .optional(),
  interviewDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'is not a real date')
    .nullable()
    .optional(),
});

export const AddCardsBody = z
  .strictObject({
    questionIds: z.array(QuestionId).min(1).max(2000).optional(),
    point: z.string().min(1).optional(),
    section: z.string().min(1).optional(),
    track: z.string().min(1).optional(),
  })
  .refine((b) => [b.questionIds, b.point, b.section, b.track].filter(Boolean).length === 1, {
    message: 'give exactly one of questionIds, point, section or track',
  });

export const ReviewBody = z.strictObject({
  questionId: QuestionId,
  rating: z
    .number()
    .int()
    .min(1, 'must be 1 (Again) to 4 (Easy)')
    .max(4, 'must be 1 (Again) to 4 (Easy)'),
  mode: z.enum(['review', 'fresh']).default('review'),
  durationMs: z.number().int().min(0).max(86_400_000).default(0),
  answer: z.string().max(20_000).nullable().optional(),
});

export const GradeBody = z.strictObject({
  questionId: QuestionId,
  answer: z.string().min(1, 'write an answer first').max(20_000),
});

export const DashboardQuery = z.strictObject({
  tz: z
    .string()
    .regex(/^-?\d{1,4}$/, 'must be minutes ahead of UTC, e.g. 480 for UTC+8')
    .transform(Number)
    .pipe(z.number().min(-840).max(840))
    .default(0),
});

export const PracticeSetQuery = z.strictObject({
  source: z.enum(['point', 'section', 'track', 'bookmarks', 'mistakes', 'cards', 'report']),
  id: z.string().min(1).optional(),
});

export function summarize(cards: StoredCard[], now: Date): ReviewSummary {
  const at = now.toISOString();
  return {
    total: cards.length,
    due: cards.filter((c) => c.due <= at).length,
    new: cards.filter((c) => c.state === 0).length,
    learning: cards.filter((c) => c.state === 1 || c.state === 3).length,
    review: cards.filter((c) => c.state === 2).length,
  };
}

function cardView(
  c: StoredCard | (CardState & { questionId: string }),
  now: Date,
  retention: number,
): CardView {
  return {
    questionId: c.questionId,
    due: c.due,
    state: c.state,
    reps: c.reps,
    lapses: c.lapses,
    retrievability: Math.round(retrievability(c, now, retention) * 1000) / 1000,
  };
}

function buttons(card: CardState, now: Date, retention: number): IntervalButton[] {
  return preview(card, now, retention).map((p) => ({
    rating: p.rating,
    label: RATING_LABELS[p.rating],
    due: p.due,
    interval: formatInterval(p.intervalMs),
  }));
}

function selectQuestions(catalog: Catalog, b: z.infer<typeof AddCardsBody>): string[] {
  if (b.questionIds) {
    const unknown = b.questionIds.filter((id) => !catalog.byId.has(id));
    if (unknown.length) {
      throw ApiError.notFound(
        `no question with id "${unknown[0]}"${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''}`,
        'question_not_found',
      );
    }
    return b.questionIds;
  }
  if (b.point && !catalog.outline.points.has(b.point))
    throw ApiError.badRequest(`unknown point "${b.point}"`, 'invalid_parameter');
  if (b.section && !catalog.outline.sections.has(b.section))
    throw ApiError.badRequest(`unknown section "${b.section}"`, 'invalid_parameter');
  if (b.track && !catalog.outline.tracks.has(b.track))
    throw ApiError.badRequest(`unknown track "${b.track}"`, 'invalid_parameter');
  return catalog.list({ point: b.point, section: b.section, track: b.track }).map((q) => q.id);
}

export function practiceRoutes({
  catalog,
  database,
  now = () => new Date(),
}: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = database;

  app.get('/settings', async (c) =>
    c.json<SettingsResponse>(await getSettings(db, c.get('userId'))),
  );

  app.put('/settings', async (c) => {
    const patch = parseParams(SettingsBody, await readJson(c), 'body');
    const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    return c.json<SettingsResponse>(await saveSettings(db, c.get('userId'), clean, now()));
  });

  app.get('/cards', async (c) => {
    const userId = c.get('userId');
    const [cards, settings] = await Promise.all([listCards(db, userId), getSettings(db, userId)]);
    const t = now();
    return c.json({
      summary: summarize(cards, t),
      items: cards.map((card) => ({
        ...cardView(card, t, settings.desiredRetention),
        question: summaryOf(catalog, card.questionId),
      })),
    });
  });

  app.post('/cards', async (c) => {
    const b = parseParams(AddCardsBody, await readJson(c), 'body');
    const ids = selectQuestions(catalog, b);
    const t = now();
    const added = await addCards(db, c.get('userId'), ids, newCard(t), t);
    const total = (await listCards(db, c.get('userId'))).length;
    return c.json<AddCardsResponse>({ added, total });
  });

  app.delete('/cards/:questionId', async (c) => {
    const removed = await removeCard(db, c.get('userId'), c.req.param('questionId'));
    if (!removed)
      throw ApiError.notFound(
        `no review card for question "${c.req.param('questionId')}"`,
        'card_not_found',
      );
    return c.json({ removed });
  });

  app.get('/review/next', async (c) => {
    const userId = c.get('userId');
    const [cards, settings] = await Promise.all([listCards(db, userId), getSettings(db, userId)]);
    const t = now();
    const at = t.toISOString();
    let due = cards.filter(
      (card) =>
        card.due <= at &&
        (catalog.byId.has(card.questionId) || card.questionId.startsWith(OWN_PREFIX)),
    );
    const interviewAt = settings.interviewDate
      ? new Date(`${settings.interviewDate}T09:00:00Z`)
      : undefined;
    const interview =
      interviewAt && interviewAt > t
        ? { date: settings.interviewDate!, ...dailyLoad(cards, t, interviewAt) }
        : null;
    if (interview && interviewAt) {
      due = orderForInterview(
        due,
        (id) => catalog.byId.get(id)?.frequency ?? 3,
        interviewAt,
        settings.desiredRetention,
      );
    }
    const next = due[0];
    const summary = summarize(cards, t);
    if (!next) {
      return c.json<ReviewNextResponse>({
        summary,
        card: null,
        question: null,
        own: null,
        buttons: [],
        interview,
      });
    }
    if (next.questionId.startsWith(OWN_PREFIX)) {
      const item = await getItem(db, userId, next.questionId.slice(OWN_PREFIX.length));
      return c.json<ReviewNextResponse>({
        summary,
        card: cardView(next, t, settings.desiredRetention),
        question: null,
        own: item
          ? { itemId: item.id, text: item.text, company: item.company, ownAnswer: item.ownAnswer }
          : null,
        buttons: buttons(next, t, settings.desiredRetention),
        interview,
      });
    }
    const q = catalog.byId.get(next.questionId)!;
    const marked = await isBookmarked(db, userId, q.id);
    return c.json<ReviewNextResponse>({
      summary,
      card: cardView(next, t, settings.desiredRetention),
      question: presentDetail(catalog, q, { bookmarked: marked, inReview: true }),
      own: null,
      buttons: buttons(next, t, settings.desiredRetention),
      interview,
    });
  });

  app.post('/review', async (c) => {
    const b = parseParams(ReviewBody, await readJson(c), 'body');
    const userId = c.get('userId');
    const q = catalog.byId.get(b.questionId);
    const own = b.questionId.startsWith(OWN_PREFIX)
      ? await getItem(db, userId, b.questionId.slice(OWN_PREFIX.length))
      : undefined;
    if (!q && !own) throw ApiError.noQuestion(b.questionId);
    const settings = await getSettings(db, userId);
    const t = now();
    const answer = b.answer?.trim() ? b.answer : null;
    const score = answer && q ? gradeAnswer(gradableOf(q), answer).score : null;
    let log: Awaited<ReturnType<typeof applyReview>>;
    try {
      log = await applyReview(db, {
        userId,
        questionId: b.questionId,
        mode: b.mode,
        rating: b.rating,
        reviewedAt: t,
        durationMs: b.durationMs,
        answer,
        score,
        desiredRetention: settings.desiredRetention,
      });
    } catch (e) {
      if (!(e instanceof NotACardError)) throw e;
      throw ApiError.badRequest(
        `question "${b.questionId}" is not a review card: add it first, or use mode "fresh"`,
        'not_a_card',
      );
    }
    const after = log.after;
    const cards = await listCards(db, userId);
    return c.json<ReviewResponse>({
      logId: log.id,
      card: after
        ? cardView({ ...after, questionId: b.questionId }, t, settings.desiredRetention)
        : null,
      mistake: b.rating === 1 || (score !== null && score < 60),
      summary: summarize(cards, t),
    });
  });

  app.post('/grade', async (c) => {
    const b = parseParams(GradeBody, await readJson(c), 'body');
    const g = gradeAnswer(gradableOf(requireQuestion(catalog, b.questionId)), b.answer);
    return c.json<GradeResponse>(g);
  });

  app.get('/mistakes', async (c) => {
    const items = await listMistakes(db, c.get('userId'));
    return c.json<MistakesResponse>({
      items: items.map((m) => ({ ...m, question: summaryOf(catalog, m.questionId) })),
    });
  });

  app.delete('/mistakes/:questionId', async (c) => {
    const removed = await removeMistake(db, c.get('userId'), c.req.param('questionId'));
    if (!removed)
      throw ApiError.notFound(
        `question "${c.req.param('questionId')}" is not in the mistake book`,
        'mistake_not_found',
      );
    return c.json({ removed });
  });

  /** Question ids for fresh practice of a set: a point, section, track, bookmarks, mistakes or all cards. */
  app.get('/practice/set', async (c) => {
    const query = parseParams(PracticeSetQuery, c.req.query(), 'query');
    const userId = c.get('userId');
    let ids: string[];
    if (query.source === 'bookmarks')
      ids = (await listBookmarks(db, userId)).map((b) => b.questionId);
    else if (query.source === 'mistakes')
      ids = (await listMistakes(db, userId)).map((m) => m.questionId);
    else if (query.source === 'cards') ids = (await listCards(db, userId)).map((m) => m.questionId);
    else if (query.source === 'report') {
      const report = query.id ? await getReport(db, userId, query.id) : undefined;
      if (!report)
        throw ApiError.notFound(
          `no interview report with id "${query.id ?? ''}"`,
          'report_not_found',
        );
      ids = report.items.flatMap((i) => (i.status !== 'own' && i.questionId ? [i.questionId] : []));
    } else {
      if (!query.id)
        throw ApiError.badRequest(
          `invalid query parameter "id": required for source "${query.source}"`,
          'invalid_parameter',
        );
      ids = selectQuestions(catalog, { [query.source]: query.id });
    }
    return c.json<PracticeSetResponse>({ questionIds: ids.filter((id) => catalog.byId.has(id)) });
  });

  /** Coverage, mastery, calendar, forecast, streaks and weakest points. tz: minutes ahead of UTC. */
  app.get('/dashboard', async (c) => {
    const { tz } = parseParams(DashboardQuery, c.req.query(), 'query');
    const userId = c.get('userId');
    const [cards, logs, settings] = await Promise.all([
      listCards(db, userId),
      listReviews(db, userId, { limit: 100_000 }),
      getSettings(db, userId),
    ]);
    return c.json<Dashboard>(
      computeDashboard({
        catalog,
        cards,
        logs,
        now: now(),
        offsetMinutes: tz,
        retention: settings.desiredRetention,
      }),
    );
  });

  return app;
}
