/** A real server on loopback with the real bank, a temporary SQLite file and a Chromium to drive it. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/server/start.ts';
import { launchBrowser } from './browser.ts';
import { ROOT, tempDir } from './paths.ts';

export const SHOTS = join(ROOT, 'screenshots');

export interface WebSession {
  server: RunningServer;
  context: BrowserContext;
  /** Errors and console errors seen on any page. */
  errors: string[];
  open(path: string): Promise<Page>;
  /** Screenshots of the top of the page on a desktop and a phone viewport, into screenshots/. */
  shoot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** `env` as the server would read it (e.g. `{ AUTH: 'on' }` for accounts). */
export async function startWebSession(env: NodeJS.ProcessEnv = {}): Promise<WebSession> {
  const t = tempDir('aigc-web-');
  const server = await startServer({
    root: ROOT,
    port: 0,
    databaseUrl: `sqlite:${join(t.dir, 'web.db')}`,
    env,
  });
  const { context, close } = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  const errors: string[] = [];
  return {
    server,
    context,
    errors,
    async open(path) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${path}: console: ${m.text()}`);
      });
      await page.goto(`${server.url}${path}`);
      return page;
    },
    async shoot(page, name) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`) });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(SHOTS, `${name}-phone.png`) });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
    async close() {
      await close();
      await server.close();
      t.cleanup();
    },
  };
}
