// The OpenAPI 3.1 document: valid against the official 3.1 schema, every route the app serves is
// in it (and nothing else), and its request schemas are the ones the routes validate with.
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases.ts';
import { fixtureApp, fixtureBundle } from '../helpers/fixture-app.ts';

let bundle: Bundle;
let db: TestDatabase;
let app: Awaited<ReturnType<typeof fixtureApp>>;
let doc: any;
beforeAll(async () => {
  bundle = await fixtureBundle();
  db = await sqliteDatabase();
  app = await fixtureApp(db, bundle);
  const res = await app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  doc = await res.json();
});
afterAll(() => db.drop());

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route the app serves, and only those', () => {
    const served = new Set<string>();
    for (const r of app.routes) {
      if (!r.path.startsWith('/api/') || r.method === 'ALL' || r.path.includes('*')) continue;
      served.add(`${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    }
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries<any>(doc.paths))
      for (const method of Object.keys(ops)) documented.add(`${method} ${path}`);
    expect([...served].filter((x) => !documented.has(x))).toEqual([]);
    expect([...documented].filter((x) => !served.has(x))).toEqual([]);
    expect(served.size).toBeGreaterThan(55);
  });

  it('takes its request schemas from the routes: limits and enums match what is enforced', async () => {
    const review = doc.paths['/api/review'].post.requestBody.content['application/json'].schema;
    expect(review.properties.rating).toMatchObject({ type: 'integer', minimum: 1, maximum: 4 });
    expect(review.required).toEqual(['questionId', 'rating']);
    expect(review.additionalProperties).toBe(false);
    // What the schema says is what the route does.
    const res = await app.request('/api/review', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ questionId: 'kv-size', rating: 5 }),
    });
    expect(res.status).toBe(400);
    const search = doc.paths['/api/search'].get.parameters.find((p: any) => p.name === 'q');
    expect(search).toMatchObject({ in: 'query', required: true });
    const note = doc.paths['/api/notes/{id}'].put.parameters[0];
    expect(note).toMatchObject({ name: 'id', in: 'path', required: true });
    const register = doc.paths['/api/auth/register'].post;
    expect(register.security).toEqual([]);
    expect(
      register.requestBody.content['application/json'].schema.properties.password.minLength,
    ).toBe(8);
    expect(doc.paths['/api/cards'].get.security).toEqual([{ sessionCookie: [] }, { bearer: [] }]);
  });
});
