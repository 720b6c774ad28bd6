/** Bookmarks (收藏) of the current user. */
import { Hono } from 'hono';
import type { BookmarkResponse, BookmarksResponse } from '../../core/api.ts';
import { addBookmark, listBookmarks, removeBookmark } from '../../db/bookmarks.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { requireQuestion } from '../errors.ts';
import { summaryOf } from '../presenters.ts';

export function bookmarkRoutes({
  catalog,
  database,
  now = () => new Date(),
}: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = database;

  app.get('/', async (c) => {
    const items = await listBookmarks(db, c.get('userId'));
    return c.json<BookmarksResponse>({
      items: items.map((b) => ({ ...b, question: summaryOf(catalog, b.questionId) })),
    });
  });

  app.put('/:questionId', async (c) => {
    const id = c.req.param('questionId');
    requireQuestion(catalog, id);
    const b = await addBookmark(db, c.get('userId'), id, now());
    return c.json<BookmarkResponse>({ questionId: id, bookmarked: true, createdAt: b.createdAt });
  });

  app.delete('/:questionId', async (c) => {
    const id = c.req.param('questionId');
    requireQuestion(catalog, id);
    await removeBookmark(db, c.get('userId'), id);
    return c.json<BookmarkResponse>({ questionId: id, bookmarked: false, createdAt: null });
  });

  return app;
}
