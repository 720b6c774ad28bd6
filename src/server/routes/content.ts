/** Read-only content routes: health, outline, questions, search, glossary, stats. */
import { Hono } from 'hono';
import { z } from 'zod';
import type {
  GlossaryResponse,
  HealthResponse,
  OutlineResponse,
  QuestionListResponse,
  SearchResponse,
  StatsResponse,
} from '../../core/api.ts';
import { QuestionType } from '../../core/schema/question.ts';
import { questionFlags } from '../../db/bookmarks.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError, requireQuestion } from '../errors.ts';
import { presentDetailJson, presentSummary } from '../presenters.ts';
import { parseParams } from '../validate.ts';

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const QuestionsQuery = z.strictObject({
  track: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  type: QuestionType.optional(),
  difficulty: int(1, 5).optional(),
  tag: z.string().min(1).optional(),
  page: int(1, 100000).default(1),
  pageSize: int(1, 200).default(50),
});

export const SearchQuery = z.strictObject({
  q: z.string().max(200, 'must be at most 200 characters'),
  limit: int(1, 100).default(10),
});

export function contentRoutes({ catalog, database, llm }: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/health', (c) =>
    c.json<HealthResponse>({
      status: 'ok',
      questions: catalog.questions.length,
      contentHash: catalog.bundle.contentHash,
      database: database.kind,
      grader: llm ? { kind: 'llm', model: llm.model } : { kind: 'offline' },
    }),
  );

  app.get('/outline', (c) =>
    c.json<OutlineResponse>({
      tracks: catalog.countedOutline(),
      roles: catalog.bundle.outline.roles,
    }),
  );

  app.get('/questions', (c) => {
    const query = parseParams(QuestionsQuery, c.req.query(), 'query');
    if (query.track && !catalog.outline.tracks.has(query.track)) {
      throw ApiError.badRequest(
        `invalid query parameter "track": unknown track "${query.track}"`,
        'invalid_parameter',
      );
    }
    if (query.section && !catalog.outline.sections.has(query.section)) {
      throw ApiError.badRequest(
        `invalid query parameter "section": unknown section "${query.section}"`,
        'invalid_parameter',
      );
    }
    if (query.point && !catalog.outline.points.has(query.point)) {
      throw ApiError.badRequest(
        `invalid query parameter "point": unknown point "${query.point}"`,
        'invalid_parameter',
      );
    }
    const all = catalog.list(query);
    const start = (query.page - 1) * query.pageSize;
    return c.json<QuestionListResponse>({
      items: all.slice(start, start + query.pageSize).map(presentSummary),
      total: all.length,
      page: query.page,
      pageSize: query.pageSize,
    });
  });

  app.get('/questions/:id', async (c) => {
    const id = c.req.param('id');
    const q = requireQuestion(catalog, id);
    const userId = c.get('userId');
    const flags = await questionFlags(database.db, userId, id);
    c.header('Content-Type', 'application/json');
    return c.body(presentDetailJson(catalog, q, flags));
  });

  app.get('/search', (c) => {
    const { q, limit } = parseParams(SearchQuery, c.req.query(), 'query');
    const results = catalog.find(q, limit).map((hit) => ({
      ...presentSummary(catalog.byId.get(hit.id)!),
      score: hit.score,
    }));
    return c.json<SearchResponse>({ query: q, results });
  });

  /** The serialized search index, for instant search in the browser; cached by content hash. */
  app.get('/search/index', (c) => {
    const etag = `"${catalog.bundle.contentHash}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=0, must-revalidate');
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
    return c.json(catalog.bundle.search);
  });

  app.get('/glossary', (c) => c.json<GlossaryResponse>({ terms: catalog.bundle.glossary }));

  app.get('/stats', (c) => c.json<StatsResponse>(catalog.stats()));

  return app;
}
