// Export routes over HTTP: Anki TSV, Markdown and the cheat sheet for a section, track or role,
// public in the server mode, with a 400 that lists what exists for a bad selection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { Catalog } from '../../src/core/catalog.ts';
import { createApp } from '../../src/server/app.ts';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases.ts';
import { fixtureBundle } from '../helpers/fixture-app.ts';

let bundle: Bundle;
let db: TestDatabase;
let app: Awaited<ReturnType<typeof createApp>>;
beforeAll(async () => {
  bundle = await fixtureBundle();
  db = await sqliteDatabase();
  // Server mode: exports are content and need no session.
  app = await createApp({
    catalog: new Catalog(bundle),
    database: db.database,
    auth: { enabled: true },
  });
});
afterAll(() => db.drop());

describe('GET /api/export/*', () => {
  it('anki: a TSV download with one note per question', async () => {
    const res = await app.request('/api/export/anki?section=algorithm.fundamentals');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/tab-separated-values; charset=UTF-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="aigc-interview-algorithm.fundamentals.txt"',
    );
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toContain('#guid column:1');
    expect(lines.filter((l) => !l.startsWith('#'))).toHaveLength(3);
  });

  it('markdown: with and without the deep answers', async () => {
    const res = await app.request('/api/export/markdown?track=algorithm&body=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=UTF-8');
    const text = await res.text();
    expect(text).toContain('#### 注意力机制的计算流程是什么？');
    expect(text).toContain('<details>');
  });

  it('cheatsheet: quick answers grouped by point, for a role', async () => {
    const res = await app.request('/api/export/cheatsheet?role=algorithm');
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.title).toBe('算法岗');
    expect(body.groups.flatMap((g: any) => g.items.map((i: any) => i.id)).sort()).toEqual([
      'attn-basics',
      'attn-scaling',
      'kv-size',
    ]);
    expect(body.groups[0].items[0].quickAnswerHtml).toMatch(/^<p>/);
  });

  it('explains a bad selection', async () => {
    const bad = await app.request('/api/export/anki?section=cooking');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.message).toMatch(
      /unknown section "cooking".*algorithm\.fundamentals/,
    );
    const two = await app.request('/api/export/markdown?track=algorithm&role=algorithm');
    expect(two.status).toBe(400);
    const extra = await app.request('/api/export/anki?deck=x');
    expect(((await extra.json()) as any).error.message).toMatch(/unknown query parameter "deck"/);
  });
});
