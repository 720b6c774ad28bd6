/**
 * The web app in headless Chromium: first-contentful and largest-contentful paint of the home and
 * a question page, the JavaScript and CSS the first page loads (gzip sizes of the built files),
 * browser search latency, and whether typing in the search box waits on the network.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { startApp } from './servers.ts';
import { type Figure, figure } from './stats.ts';

export interface WebResults {
  firstPageJsGzipKb: number;
  firstPageCssGzipKb: number;
  firstPageFiles: string[];
  homeFcpMs: Figure;
  homeLcpMs: Figure;
  questionFcpMs: Figure;
  questionLcpMs: Figure;
  browserSearchP50Ms: Figure;
  browserSearchP99Ms: Figure;
  searchRequestsWhileTyping: number;
}

/** Paint timings of the page as loaded, read after the largest paint has settled. */
const PAINTS = `new Promise((resolve) => {
  let lcp = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    resolve({ fcp: fcp ? fcp.startTime : NaN, lcp });
  }, 600);
})`;

export async function benchWeb(
  root: string,
  questionId: string,
  queries: string[],
  { runs = 5 } = {},
): Promise<WebResults> {
  const browser = await launchBrowser();
  const { context } = browser;
  const app = await startApp(root);
  try {
    // The files the first page loads, and their gzip sizes as built.
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (/\.(js|css)$/.test(path)) loaded.add(path);
    });
    await page.goto(`${app.url}/`, { waitUntil: 'networkidle' });
    const gz = (path: string) => {
      const file = join(root, 'dist/web', path);
      return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : statSync(file).size;
    };
    const files = [...loaded].sort();
    const jsBytes = files.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
    const cssBytes = files.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0);

    // Typing in the search box: no request may go to the server's search route.
    let searchRequests = 0;
    page.on('request', (req) => {
      if (new URL(req.url()).pathname === '/api/search') searchRequests++;
    });
    await page.waitForTimeout(300); // the index loads after the first paint
    await page.getByTestId('search-input').pressSequentially('KV cache 显存 分页', { delay: 30 });
    await page.waitForTimeout(300);

    // Browser search latency: the app's search code on the app's index, in the page.
    const entry = readFileSync(join(root, '.tmp/bench/browser-search.js'), 'utf8');
    await page.evaluate(entry);
    const timings = (await page.evaluate(
      ([qs, n]) => window.__benchSearch(qs as string[], n as number),
      [queries, 7] as const,
    )) as { p50: number[]; p99: number[] };
    await page.close();

    // Paint timings, each load in a fresh page with the HTTP cache disabled.
    const paints = async (path: string) => {
      const fcp: number[] = [];
      const lcp: number[] = [];
      for (let i = 0; i < runs; i++) {
        const p = await context.newPage();
        const cdp = await context.newCDPSession(p);
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await p.goto(app.url + path, { waitUntil: 'load' });
        const t = (await p.evaluate(PAINTS)) as { fcp: number; lcp: number };
        fcp.push(t.fcp);
        lcp.push(t.lcp);
        await p.close();
      }
      return { fcp, lcp };
    };
    await paints('/'); // warm the server
    const home = await paints('/');
    const question = await paints(`/q/${questionId}`);
    return {
      firstPageJsGzipKb: Number((jsBytes / 1024).toFixed(1)),
      firstPageCssGzipKb: Number((cssBytes / 1024).toFixed(1)),
      firstPageFiles: files,
      homeFcpMs: figure(home.fcp, 'ms', 0),
      homeLcpMs: figure(home.lcp, 'ms', 0),
      questionFcpMs: figure(question.fcp, 'ms', 0),
      questionLcpMs: figure(question.lcp, 'ms', 0),
      browserSearchP50Ms: figure(timings.p50, 'ms', 3),
      browserSearchP99Ms: figure(timings.p99, 'ms', 3),
      searchRequestsWhileTyping: searchRequests,
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}
