// Notes and STAR stories on SQLite and PostgreSQL, with hostile input rendered inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { fixtureApp, fixtureBundle, requestJson } from '../helpers/fixture-app.ts';
import { HOSTILE } from '../helpers/hostile.ts';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await fixtureBundle();
});

describe.each(DIALECTS)('notes API on $name', ({ open }) => {
  let db: TestDatabase;
  let app: Awaited<ReturnType<typeof fixtureApp>>;
  const send = (method: string, path: string, payload?: unknown) =>
    requestJson(app, method, path, payload);
  beforeAll(async () => {
    db = await open();
    app = await fixtureApp(db, bundle);
  });
  afterAll(() => db.drop());

  it('creates, lists, updates and deletes a note on a question, with math rendered', async () => {
    const created = await send('POST', '/api/notes', {
      kind: 'note',
      targetType: 'question',
      targetId: 'kv-size',
      body: '每 token：$2 L H d$ 字节',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'note',
      targetId: 'kv-size',
      targetTitle: '如何估算 LLaMA-2-7B 推理时 KV Cache 的显存占用？',
    });
    expect(created.body.html).toContain('class="katex"');
    const list = await send('GET', '/api/notes?targetType=question&targetId=kv-size');
    expect(list.body.items.map((n: any) => n.id)).toEqual([created.body.id]);
    const updated = await send('PUT', `/api/notes/${created.body.id}`, { body: '改过了' });
    expect(updated.body.body).toBe('改过了');
    expect((await send('DELETE', `/api/notes/${created.body.id}`)).body).toEqual({ removed: true });
    expect((await send('GET', `/api/notes/${created.body.id}`)).status).toBe(404);
  });

  it('creates a STAR story linked to points', async () => {
    const s = await send('POST', '/api/notes', {
      kind: 'story',
      title: '把推理服务的 P99 降了一半',
      body: '**S** 线上…\n\n**T** …\n\n**A** …\n\n**R** …',
      points: ['algorithm.fundamentals.kv-cache'],
    });
    expect(s.status).toBe(201);
    expect((await send('GET', '/api/notes?kind=story')).body.items[0].points).toEqual([
      'algorithm.fundamentals.kv-cache',
    ]);
  });

  it.each([
    [{ kind: 'note', body: 'x' }, 400, 'a note needs targetType and targetId'],
    [{ kind: 'story', body: 'x' }, 400, 'a story needs a title'],
    [
      { kind: 'note', targetType: 'question', targetId: 'nope', body: 'x' },
      404,
      'no question with id "nope"',
    ],
    [
      { kind: 'note', targetType: 'point', targetId: 'x.y.z', body: 'x' },
      404,
      'no outline point "x.y.z"',
    ],
    [
      { kind: 'story', title: 't', body: 'x', points: ['x.y.z'] },
      400,
      'unknown outline point "x.y.z"',
    ],
    [
      { kind: 'note', targetType: 'question', targetId: 'kv-size', body: 'x'.repeat(50_001) },
      400,
      'at most 50,000 characters',
    ],
  ])('rejects %j', async (payload, status, message) => {
    const before = (await send('GET', '/api/notes')).body.items.length;
    const r = await send('POST', '/api/notes', payload);
    expect(r.status).toBe(status);
    expect(r.body.error.message).toContain(message);
    expect((await send('GET', '/api/notes')).body.items.length).toBe(before);
  });

  it('renders hostile input inert', async () => {
    const r = await send('POST', '/api/notes', {
      kind: 'note',
      targetType: 'point',
      targetId: 'algorithm.fundamentals.attention',
      body: HOSTILE,
    });
    const html: string = r.body.html;
    // Text that mentions tags is fine; real tags and event-handler attributes are not.
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(r.body.body).toBe(HOSTILE);
  });
});
