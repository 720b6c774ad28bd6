// Every API route, with its error cases, through app.request() (no socket), on SQLite and PostgreSQL.

import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { fixtureApp, fixtureBundle } from '../helpers/fixture-app.ts';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await fixtureBundle();
});

async function json(app: Hono<never> | Hono<any>, path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

describe.each(DIALECTS)('HTTP API on $name', ({ name, open }) => {
  let db: TestDatabase;
  let app: Awaited<ReturnType<typeof fixtureApp>>;
  beforeAll(async () => {
    db = await open();
    app = await fixtureApp(db, bundle);
  });
  afterAll(() => db.drop());

  it('GET /api/health', async () => {
    const { status, body } = await json(app, '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      questions: 3,
      contentHash: bundle.contentHash,
      database: name,
      grader: { kind: 'offline' },
    });
  });

  it('GET /api/outline has counts on every node and the roles', async () => {
    const { status, body } = await json(app, '/api/outline');
    expect(status).toBe(200);
    const track = body.tracks[0];
    expect(track).toMatchObject({ id: 'algorithm', count: 3 });
    expect(track.sections[0].topics[0].points.map((p: any) => [p.id, p.count])).toEqual([
      ['algorithm.fundamentals.attention', 2],
      ['algorithm.fundamentals.kv-cache', 1],
    ]);
    expect(body.roles[0].weights).toEqual({ 'algorithm.fundamentals': 3 });
  });

  it('GET /api/questions filters and paginates', async () => {
    const all = await json(app, '/api/questions');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(all.body.items.map((q: any) => q.id)).toEqual([
      'attn-basics',
      'attn-scaling',
      'kv-size',
    ]);
    expect(Object.keys(all.body.items[0]).sort()).toEqual(
      [
        'difficulty',
        'frequency',
        'id',
        'point',
        'section',
        'tags',
        'title',
        'track',
        'type',
      ].sort(),
    );
    const byType = await json(app, '/api/questions?type=derivation');
    expect(byType.body.items.map((q: any) => q.id)).toEqual(['attn-scaling']);
    const byPoint = await json(app, '/api/questions?point=algorithm.fundamentals.kv-cache');
    expect(byPoint.body.items.map((q: any) => q.id)).toEqual(['kv-size']);
    const byTag = await json(app, '/api/questions?tag=%E6%98%BE%E5%AD%98');
    expect(byTag.body.items.map((q: any) => q.id)).toEqual(['kv-size']);
    const byDifficulty = await json(
      app,
      '/api/questions?difficulty=2&track=algorithm&section=algorithm.fundamentals',
    );
    expect(byDifficulty.body.items.map((q: any) => q.id)).toEqual(['attn-basics']);
    const page2 = await json(app, '/api/questions?page=2&pageSize=2');
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.body.items.map((q: any) => q.id)).toEqual(['kv-size']);
  });

  it.each([
    [
      '/api/questions?difficulty=9',
      'invalid query parameter "difficulty": must be at most 5 (got "9")',
    ],
    [
      '/api/questions?difficulty=abc',
      'invalid query parameter "difficulty": must be a whole number (got "abc")',
    ],
    ['/api/questions?type=quiz', 'invalid query parameter "type"'],
    [
      '/api/questions?pageSize=0',
      'invalid query parameter "pageSize": must be at least 1 (got "0")',
    ],
    ['/api/questions?track=cooking', 'invalid query parameter "track": unknown track "cooking"'],
    ['/api/questions?section=x.y', 'invalid query parameter "section": unknown section "x.y"'],
    ['/api/questions?point=x.y.z', 'invalid query parameter "point": unknown point "x.y.z"'],
    ['/api/questions?trak=algorithm', 'unknown query parameter "trak"'],
    ['/api/search', 'invalid query parameter "q"'],
    [
      '/api/search?q=x&limit=1000',
      'invalid query parameter "limit": must be at most 100 (got "1000")',
    ],
  ])('400 for %s', async (path, message) => {
    const { status, body } = await json(app, path);
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_parameter');
    expect(body.error.message).toContain(message);
  });

  it('GET /api/questions/:id gives the whole question with navigation', async () => {
    const { status, body } = await json(app, '/api/questions/attn-basics');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'attn-basics',
      type: 'principle',
      bookmarked: false,
      prev: null,
      next: { id: 'attn-scaling' },
      related: [{ id: 'kv-size' }],
      breadcrumb: {
        track: { id: 'algorithm' },
        point: { id: 'algorithm.fundamentals.attention', title: '注意力机制' },
      },
      asOf: '2026-11',
    });
    expect(body.quickAnswerHtml).toContain('<p>');
    expect(body.bodyHtml).toContain('class="katex');
    expect(body.bodyHtml).toContain('class="shiki');
    expect(body.rubric).toHaveLength(2);
    expect(body.followUps[0].aHtml).toContain('katex');
    const second = await json(app, '/api/questions/attn-scaling');
    expect(second.body).toMatchObject({ prev: { id: 'attn-basics' }, next: null });
  });

  it('404 for an unknown question, route or page', async () => {
    const q = await json(app, '/api/questions/nope');
    expect(q.status).toBe(404);
    expect(q.body).toEqual({
      error: { id: 'question_not_found', message: 'no question with id "nope"' },
    });
    const r = await json(app, '/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error.id).toBe('route_not_found');
  });

  it('GET /api/search ranks mixed queries', async () => {
    const { status, body } = await json(
      app,
      `/api/search?q=${encodeURIComponent('KV cache 显存')}&limit=2`,
    );
    expect(status).toBe(200);
    expect(body.query).toBe('KV cache 显存');
    expect(body.results[0]).toMatchObject({ id: 'kv-size', type: 'calculation' });
    expect(body.results.length).toBeLessThanOrEqual(2);
    expect(typeof body.results[0].score).toBe('number');
    const empty = await json(app, '/api/search?q=');
    expect(empty.body.results).toEqual([]);
  });

  it('GET /api/search/index serves the browser index with an ETag', async () => {
    const res = await app.request('/api/search/index');
    expect(res.status).toBe(200);
    const etag = res.headers.get('ETag');
    expect(etag).toBe(`"${bundle.contentHash}"`);
    const index = (await res.json()) as any;
    expect(index.ids).toEqual(['attn-basics', 'attn-scaling', 'kv-size']);
    const again = await app.request('/api/search/index', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });

  it('GET /api/glossary and /api/stats', async () => {
    const g = await json(app, '/api/glossary');
    expect(g.body.terms.map((t: any) => t.id)).toEqual([
      'kv-cache',
      'gpu-memory',
      'paged-attention',
    ]);
    const s = await json(app, '/api/stats');
    expect(s.body).toEqual({
      questions: 3,
      points: 2,
      pointsCovered: 2,
      tracks: [
        {
          id: 'algorithm',
          title: '算法',
          questions: 3,
          points: 2,
          pointsCovered: 2,
          types: { principle: 1, derivation: 1, calculation: 1 },
          sections: [
            {
              id: 'algorithm.fundamentals',
              title: '基础',
              questions: 3,
              pointsUnder5: 2,
              types: { principle: 1, derivation: 1, calculation: 1 },
            },
          ],
        },
      ],
      byPoint: { 'algorithm.fundamentals.attention': 2, 'algorithm.fundamentals.kv-cache': 1 },
    });
  });

  it('bookmarks: PUT, GET, DELETE, and the question shows it', async () => {
    expect((await json(app, '/api/bookmarks')).body).toEqual({ items: [] });
    const put = await json(app, '/api/bookmarks/kv-size', { method: 'PUT' });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      questionId: 'kv-size',
      bookmarked: true,
      createdAt: '2026-11-30T12:00:00.000Z',
    });
    expect((await json(app, '/api/bookmarks/kv-size', { method: 'PUT' })).status).toBe(200);
    const list = await json(app, '/api/bookmarks');
    expect(list.body.items).toEqual([
      {
        questionId: 'kv-size',
        createdAt: '2026-11-30T12:00:00.000Z',
        question: expect.objectContaining({
          id: 'kv-size',
          title: '如何估算 LLaMA-2-7B 推理时 KV Cache 的显存占用？',
        }),
      },
    ]);
    expect((await json(app, '/api/questions/kv-size')).body.bookmarked).toBe(true);
    const del = await json(app, '/api/bookmarks/kv-size', { method: 'DELETE' });
    expect(del.body).toEqual({ questionId: 'kv-size', bookmarked: false, createdAt: null });
    expect((await json(app, '/api/bookmarks')).body.items).toEqual([]);
  });

  it('bookmarks: 404 for an unknown question changes nothing', async () => {
    const put = await json(app, '/api/bookmarks/nope', { method: 'PUT' });
    expect(put.status).toBe(404);
    expect(put.body.error).toEqual({
      id: 'question_not_found',
      message: 'no question with id "nope"',
    });
    expect((await json(app, '/api/bookmarks/nope', { method: 'DELETE' })).status).toBe(404);
    expect((await json(app, '/api/bookmarks')).body.items).toEqual([]);
    const wrongMethod = await json(app, '/api/bookmarks/kv-size', { method: 'POST' });
    expect(wrongMethod.status).toBe(404);
  });

  it('sends security headers', async () => {
    const res = await app.request('/api/health');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    // No inline <style> or <script>: only style attributes (KaTeX, Shiki) are inline.
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("style-src-elem 'self';");
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
