/** Study plans per role and length; today's share is recomputed from the cards every time. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Catalog } from '../../core/catalog.ts';
import {
  PLAN_LENGTHS,
  type PlanSpec,
  type PlanView,
  planQuestions,
  viewPlan,
} from '../../core/practice/plan.ts';
import { localDate } from '../../core/practice/progress.ts';
import { listCards } from '../../db/cards.ts';
import type { Database } from '../../db/connect.ts';
import { deletePlan, getPlan, savePlan } from '../../db/plans.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { parseParams, readJson } from '../validate.ts';

const Tz = z
  .string()
  .regex(/^-?\d{1,4}$/, 'must be minutes ahead of UTC, e.g. 480 for UTC+8')
  .transform(Number)
  .pipe(z.number().min(-840).max(840))
  .default(0);

export const PlanQuery = z.strictObject({ tz: Tz });

export const PlanBody = z.strictObject({
  role: z.string().min(1),
  days: z.union(
    PLAN_LENGTHS.map((n) => z.literal(n)) as [z.ZodLiteral<7>, z.ZodLiteral<14>, z.ZodLiteral<30>],
    {
      error: 'must be 7, 14 or 30',
    },
  ),
  startDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .optional(),
});

export interface PlanResponse {
  plan: PlanView | null;
}

async function present(
  catalog: Catalog,
  database: Database,
  userId: string,
  spec: PlanSpec,
  now: Date,
  tz: number,
): Promise<PlanView> {
  const cards = await listCards(database.db, userId);
  const today = localDate(now, tz);
  const dueByDate = new Map<string, number>();
  for (const c of cards) {
    const d = localDate(c.due, tz);
    // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; Math.max would make numbers
    const key = d < today ? today : d;
    dueByDate.set(key, (dueByDate.get(key) ?? 0) + 1);
  }
  const planned = new Set(planQuestions(catalog, spec.role).map((q) => q.id));
  return viewPlan({
    catalog,
    spec,
    today,
    carded: new Set(cards.map((c) => c.questionId)),
    startedToday: cards.filter(
      (c) => planned.has(c.questionId) && localDate(c.createdAt, tz) === today,
    ).length,
    dueByDate,
  });
}

export function planRoutes({
  catalog,
  database,
  now = () => new Date(),
}: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const { tz } = parseParams(PlanQuery, c.req.query(), 'query');
    const spec = await getPlan(database.db, c.get('userId'));
    if (!spec) return c.json<PlanResponse>({ plan: null });
    return c.json<PlanResponse>({
      plan: await present(catalog, database, c.get('userId'), spec, now(), tz),
    });
  });

  app.put('/', async (c) => {
    const { tz } = parseParams(PlanQuery, c.req.query(), 'query');
    const b = parseParams(PlanBody, await readJson(c), 'body');
    if (!catalog.bundle.outline.roles.some((r) => r.id === b.role)) {
      throw ApiError.badRequest(
        `invalid body parameter "role": unknown role "${b.role}" (use ${catalog.bundle.outline.roles.map((r) => r.id).join(', ')})`,
        'invalid_parameter',
      );
    }
    const spec: PlanSpec = {
      role: b.role,
      days: b.days,
      startDate: b.startDate ?? localDate(now(), tz),
    };
    await savePlan(database.db, c.get('userId'), spec, now());
    return c.json<PlanResponse>({
      plan: await present(catalog, database, c.get('userId'), spec, now(), tz),
    });
  });

  app.delete('/', async (c) => {
    if (!(await deletePlan(database.db, c.get('userId'))))
      throw ApiError.notFound('there is no study plan', 'plan_not_found');
    return c.json({ removed: true });
  });

  return app;
}
