// Lab routes over the real bank: the list, a lab's explanation and the questions that link to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/core/catalog.ts';
import { createApp } from '../../src/server/app.ts';
import { realBundle } from '../helpers/bundle.ts';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases.ts';

let db: TestDatabase;
let app: Awaited<ReturnType<typeof createApp>>;
beforeAll(async () => {
  db = await sqliteDatabase();
  app = await createApp({ catalog: new Catalog(realBundle()), database: db.database });
});
afterAll(() => db.drop());

describe('labs API', () => {
  it('lists every lab with its availability', async () => {
    const body = (await (await app.request('/api/labs')).json()) as any;
    expect(body.labs).toHaveLength(12);
    const available = body.labs.filter((l: any) => l.available).map((l: any) => l.id);
    expect(available).toEqual(
      expect.arrayContaining(['gpu-memory', 'kv-cache', 'flops-roofline', 'collectives']),
    );
    for (const l of body.labs.filter((x: any) => x.available))
      expect(l.questions, l.id).toBeGreaterThanOrEqual(3);
  });
  it('serves a lab with its rendered derivation and linked questions', async () => {
    const res = await app.request('/api/labs/kv-cache');
    expect(res.status).toBe(200);
    const lab = (await res.json()) as any;
    expect(lab.html).toContain('class="katex');
    expect(lab.calculators).toEqual(['kv-cache', 'paging']);
    expect(lab.linked.length).toBeGreaterThanOrEqual(3);
    expect((await app.request('/api/labs/nope')).status).toBe(404);
  });
});
