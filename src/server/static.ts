/** The built web app: hashed assets cached for a year, and index.html for every app route. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './context.ts';

export function staticRoutes(webDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8');
  app.use(
    '/*',
    serveStatic({
      root: webDir,
      precompressed: true,
      onFound: (path, c) => {
        c.header(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  // Client-side routes (/q/…, /outline, …) all get the app shell.
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
