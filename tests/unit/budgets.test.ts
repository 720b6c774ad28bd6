// Size budgets of the built web app (timings are reported by `npm run bench`, not tested).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const WEB = join(ROOT, 'dist/web');
const KB = 1024;

/** The files the first page loads before any route code: entry script, preloads, stylesheets. */
function firstPageFiles(): string[] {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

const gzipSize = (path: string) => statSync(join(WEB, `${path}.gz`)).size;

describe('web size budgets', () => {
  it('ships under 200 KB of JavaScript (gzip) to the first page', () => {
    const js = firstPageFiles().filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const total = js
      .filter((f) => existsSync(join(WEB, `${f}.gz`)))
      .reduce((n, f) => n + gzipSize(f), 0);
    expect(total).toBeLessThan(200 * KB);
  });

  it('keeps the first-page CSS under 40 KB (gzip)', () => {
    const css = firstPageFiles().filter((f) => f.endsWith('.css'));
    expect(css.reduce((n, f) => n + gzipSize(f), 0)).toBeLessThan(40 * KB);
  });

  it('renders math and code at build time and loads charts only where used', () => {
    const js = firstPageFiles()
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(WEB, f), 'utf8'))
      .join('\n');
    expect(js).not.toContain('KaTeX parse error'); // no KaTeX in the browser
    expect(js).not.toContain('vscode-textmate'); // no Shiki
    expect(js).not.toMatch(/echarts|zrender/i); // charts are a lazy chunk
  });
});
