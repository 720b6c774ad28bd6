// The API page renders the OpenAPI document: every group, every route, a body schema on demand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

describe('API page', () => {
  it('lists every documented route by group and opens a request schema', async () => {
    const doc = await (await fetch(`${web.server.url}/api/openapi.json`)).json();
    const count = Object.values<any>(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    const page = await web.open('/api-docs');
    await page.getByTestId('api-tag').first().waitFor();
    expect(await page.locator('.api-route').count()).toBe(count);
    const review = page
      .locator('.api-route', { hasText: '/api/review' })
      .filter({ hasText: 'POST' })
      .first();
    await review.locator('summary').click();
    expect(await review.locator('.api-schema').textContent()).toContain('"rating"');
    await web.shoot(page, 'api-docs');
    await page.close();
    expect(web.errors).toEqual([]);
  });
});
