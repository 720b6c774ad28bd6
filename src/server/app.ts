/**
 * The HTTP application: JSON API under /api, the built web app everywhere else.
 * Tests call `app.request()` directly; `start.ts` puts it on a socket.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { ensureUser, LOCAL_USER_ID } from '../db/users.ts';
import { originCheck, sessionMiddleware } from './auth.ts';
import type { AppEnv, ServerDeps } from './context.ts';
import { ApiError, errorBody, onError } from './errors.ts';
import { authRoutes, meRoutes } from './routes/account.ts';
import { bookmarkRoutes } from './routes/bookmarks.ts';
import { contentRoutes } from './routes/content.ts';
import { exportRoutes } from './routes/exports.ts';
import { interviewRoutes } from './routes/interviews.ts';
import { labRoutes } from './routes/labs.ts';
import { noteRoutes } from './routes/notes.ts';
import { planRoutes } from './routes/plans.ts';
import { practiceRoutes } from './routes/practice.ts';
import { reportRoutes } from './routes/reports.ts';
import { staticRoutes } from './static.ts';

/** The version of the HTTP API in its OpenAPI document. */
export const API_VERSION = '1.0.0';

export interface AppOptions extends ServerDeps {
  /** Directory of the built web app; omitted in API-only tests. */
  webDir?: string;
}

export async function createApp(options: AppOptions): Promise<Hono<AppEnv>> {
  const now = options.now ?? (() => new Date());
  await ensureUser(options.database.db, LOCAL_USER_ID, now());
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Style sheets only from the app; inline style attributes stay allowed because KaTeX and
        // Shiki output (rendered at build time) positions glyphs and colours tokens with them.
        styleSrc: ["'self'"],
        styleSrcElem: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const limitBody = bodyLimit({
    maxSize: 256 * 1024,
    onError: (c) =>
      c.json(errorBody('body_too_large', 'the request body is larger than 256 KB'), 413),
  });
  const auth = options.auth ?? { enabled: false };
  const checkOrigin = originCheck(!!auth.trustProxy);
  const session = sessionMiddleware(options.database, auth, now);
  // One gate for every API request (each middleware layer costs on the hottest routes): reads in
  // the local mode only learn the user; writes also pass the Origin check and the body limit
  // (reading `body` of a GET makes the Node adapter build a full Request, so reads skip it).
  app.use('/api/*', (c, next) => {
    const m = c.req.method;
    if (m === 'GET' || m === 'HEAD') {
      if (auth.enabled) return session(c, next);
      c.set('userId', LOCAL_USER_ID);
      return next();
    }
    return checkOrigin(c, async () => {
      const refused = await limitBody(c, async () => {
        await session(c, next);
      });
      if (refused instanceof Response) c.res = refused;
    });
  });
  app.route('/api/auth', authRoutes({ ...options, auth }));
  app.route('/api/me', meRoutes({ ...options, auth }));
  app.route('/api', contentRoutes(options));
  app.route('/api/bookmarks', bookmarkRoutes(options));
  app.route('/api', practiceRoutes(options));
  app.route('/api/notes', noteRoutes(options));
  app.route('/api/plan', planRoutes(options));
  app.route('/api/labs', labRoutes(options));
  app.route('/api/interviews', interviewRoutes(options));
  app.route('/api/reports', reportRoutes(options));
  app.route('/api/export', exportRoutes(options));
  // Built at the first request (converting every schema costs a few milliseconds), then kept.
  let openapi: string | null = null;
  app.get('/api/openapi.json', async (c) => {
    openapi ??= JSON.stringify((await import('./openapi.ts')).openApiDocument(API_VERSION));
    return c.body(openapi, 200, { 'content-type': 'application/json; charset=UTF-8' });
  });
  app.all('/api/*', (c) => {
    throw ApiError.notFound(`no API route ${c.req.method} ${c.req.path}`, 'route_not_found');
  });
  if (options.webDir) app.route('/', staticRoutes(options.webDir));
  app.notFound((c) => c.json(errorBody('not_found', `nothing at ${c.req.path}`), 404));
  return app;
}
