/**
 * The bank in other shapes: an Anki deck (TSV in Anki's import format), a Markdown document, and
 * the data of a printable cheat sheet — for a track, a section or a role. Content only (public).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { CheatSheet } from '../../core/api.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { parseParams } from '../validate.ts';

export const ExportQuery = z.strictObject({
  track: z.string().min(1).max(64).optional(),
  section: z.string().min(1).max(128).optional(),
  role: z.string().min(1).max(32).optional(),
  body: z.enum(['0', '1']).optional().describe('Markdown: include the deep answers (1)'),
});

export function exportRoutes({ catalog }: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The exporters bring markdown-it: loaded at the first export, not at start.
  const load = async (query: unknown) => {
    const q = parseParams(ExportQuery, query, 'query');
    const select = await import('../../export/select.ts');
    try {
      return { q, select, questions: select.selectQuestions(catalog, q) };
    } catch (e) {
      if (e instanceof select.SelectionError)
        throw ApiError.badRequest(e.message, 'invalid_parameter');
      throw e;
    }
  };
  const titleOf = (q: z.infer<typeof ExportQuery>) => {
    const outline = catalog.bundle.outline;
    if (q.section)
      return outline.tracks.flatMap((t) => t.sections).find((s) => s.id === q.section)!.title;
    if (q.track) return outline.tracks.find((t) => t.id === q.track)!.title;
    if (q.role) return outline.roles.find((r) => r.id === q.role)!.title;
    return 'AIGC 面试训练营 · 全部题目';
  };
  const fileName = (q: z.infer<typeof ExportQuery>, ext: string) =>
    `aigc-interview-${q.section ?? q.track ?? q.role ?? 'all'}.${ext}`;

  app.get('/anki', async (c) => {
    const { q, questions } = await load(c.req.query());
    const { ankiTsv } = await import('../../export/anki.ts');
    return c.body(ankiTsv(catalog, questions), 200, {
      'content-type': 'text/tab-separated-values; charset=UTF-8',
      'content-disposition': `attachment; filename="${fileName(q, 'txt')}"`,
    });
  });

  app.get('/markdown', async (c) => {
    const { q, questions } = await load(c.req.query());
    const { markdownExport } = await import('../../export/markdown.ts');
    return c.body(
      markdownExport(catalog, questions, { title: titleOf(q), withBody: q.body === '1' }),
      200,
      {
        'content-type': 'text/markdown; charset=UTF-8',
        'content-disposition': `attachment; filename="${fileName(q, 'md')}"`,
      },
    );
  });

  app.get('/cheatsheet', async (c) => {
    const { q, questions, select } = await load(c.req.query());
    const groups: CheatSheet['groups'] = [];
    for (const question of questions) {
      const place = select.placeOf(catalog, question);
      let group = groups.at(-1);
      if (!group || group.point !== place.point) {
        group = { point: place.point, section: place.section, items: [] };
        groups.push(group);
      }
      group.items.push({
        id: question.id,
        title: question.title,
        quickAnswerHtml: question.quickAnswerHtml,
      });
    }
    return c.json<CheatSheet>({ title: titleOf(q), groups });
  });

  return app;
}
