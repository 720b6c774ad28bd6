/** The labs: which exist, their explanations, and the questions that use them. */
import { Hono } from 'hono';
import type { LabDetail, LabListItem } from '../../core/api.ts';
import { calculatorsOf } from '../../core/labs/calculators.ts';
import { LABS } from '../../core/labs/registry.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { presentSummary } from '../presenters.ts';

export function labRoutes({ catalog }: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const item = (id: string): LabListItem => {
    const reg = LABS.find((l) => l.id === id)!;
    const doc = catalog.bundle.labs.find((l) => l.id === id);
    const calculators = calculatorsOf(id).map((c) => c.id);
    return {
      id,
      title: reg.title,
      title_en: reg.title_en,
      summary: doc?.summary ?? null,
      // The model-file inspector is a page of its own rather than a calculator.
      available: Boolean(doc) && (calculators.length > 0 || id === 'model-files'),
      calculators,
      questions: catalog.questions.filter((q) => q.labs.includes(id)).length,
    };
  };
  app.get('/', (c) => c.json({ labs: LABS.map((l) => item(l.id)) }));
  app.get('/:id', (c) => {
    const id = c.req.param('id');
    if (!LABS.some((l) => l.id === id)) throw ApiError.notFound(`no lab "${id}"`, 'lab_not_found');
    const doc = catalog.bundle.labs.find((l) => l.id === id);
    return c.json<LabDetail>({
      ...item(id),
      html: doc?.html ?? '',
      linked: catalog.questions.filter((q) => q.labs.includes(id)).map(presentSummary),
    });
  });
  return app;
}
