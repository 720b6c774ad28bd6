// The web app in a real Chromium against the real server on loopback, with the real bank.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realBundle } from '../helpers/bundle.ts';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
let server: WebSession['server'];
beforeAll(async () => {
  web = await startWebSession();
  server = web.server;
});
afterAll(() => web?.close());
const open = (path: string) => web.open(path);
const shoot = (page: Page, name: string) => web.shoot(page, name);

describe('web app', () => {
  const first = () => realBundle().questions[0]!;

  it('home shows the four tracks with their sections and counts', async () => {
    const page = await open('/');
    for (const id of ['algorithm', 'backend', 'vision', 'multimodal']) {
      await expect.poll(() => page.locator(`[data-testid="track-${id}"]`).count()).toBe(1);
    }
    const total = await page.getByTestId('total-count').textContent();
    expect(Number(total)).toBe(realBundle().questions.length);
    await expect
      .poll(() => page.locator('[data-testid="track-backend"] .sections li').count())
      .toBe(7);
    await shoot(page, 'home');
    await page.close();
  });

  it('walks the outline to a question, reveals the answer and a follow-up', async () => {
    const q = first();
    const page = await open('/');
    await page.getByRole('link', { name: '大纲' }).click();
    await page.getByRole('heading', { name: '面试大纲' }).waitFor();
    await shoot(page, 'outline');
    await page.getByTestId(`point-${q.point}`).click();
    await page.getByRole('link', { name: q.title }).click();
    await page.getByRole('heading', { name: q.title }).waitFor();
    expect(await page.locator('.quick .prose').textContent()).toContain(
      q.quickAnswer.trim().slice(0, 10),
    );
    // The deep answer is revealed on demand.
    expect(await page.locator('.card .prose').count()).toBe(1);
    await page.getByTestId('reveal-answer').click();
    await expect.poll(() => page.locator('.card .prose').count()).toBe(2);
    // Follow-ups: one answer at a time.
    expect(await page.locator('.followups .fa').count()).toBe(0);
    await page.getByTestId('reveal-follow-up').click();
    await expect.poll(() => page.locator('.followups .fa').count()).toBe(1);
    expect(await page.locator('.followups .fa').first().textContent()).toContain(
      q.followUps[0]!.a.trim().slice(0, 6).replace(/\$.*$/, ''),
    );
    await shoot(page, 'question');
    await page.close();
  });

  it('searches as you type and opens a result', async () => {
    const q = first();
    const page = await open('/glossary');
    const input = page.getByTestId('search-input');
    await input.click();
    await input.pressSequentially(q.title.slice(0, 12), { delay: 20 });
    const results = page.getByTestId('search-results');
    await results.locator('a', { hasText: q.title }).first().waitFor();
    await shoot(page, 'search-dropdown');
    await results.locator('a', { hasText: q.title }).first().click();
    await page.getByRole('heading', { name: q.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/q/${q.id}`);
    // Enter on the dropdown's last row opens the full results page.
    await input.fill('KV cache 显存');
    await input.press('Escape');
    await input.press('Enter');
    await page.getByRole('heading', { name: '搜索：KV cache 显存' }).waitFor();
    await shoot(page, 'search-page');
    await page.close();
  });

  it('bookmarks a question and lists it', async () => {
    const q = first();
    const page = await open(`/q/${q.id}`);
    const button = page.getByTestId('bookmark');
    await button.waitFor();
    expect(await button.textContent()).toContain('收藏');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('link', { name: '收藏', exact: true }).click();
    await page.getByTestId('bookmark-list').locator('a', { hasText: q.title }).waitFor();
    await shoot(page, 'bookmarks');
    // Persisted: a fresh page still shows it.
    const again = await open('/bookmarks');
    await again.getByTestId('bookmark-list').locator('a', { hasText: q.title }).waitFor();
    await again.close();
    await page.close();
  });

  it('shows and filters the glossary', async () => {
    const page = await open('/glossary');
    await page.locator('.glossary .term').first().waitFor();
    expect(await page.locator('.glossary .term').count()).toBe(realBundle().glossary.length);
    await page.getByTestId('glossary-filter').fill('显存');
    await expect
      .poll(() => page.locator('.glossary .term').count())
      .toBeLessThan(realBundle().glossary.length);
    expect(await page.locator('.glossary .term').first().textContent()).toContain('显存');
    await shoot(page, 'glossary');
    await page.close();
  });

  it('switches between light and dark theme and remembers it', async () => {
    const page = await open('/');
    await page.locator('[data-testid="track-algorithm"]').waitFor();
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const before = await theme();
    await page.getByTestId('theme-toggle').click();
    const after = await theme();
    expect(after).not.toBe(before);
    expect(after === 'dark' || after === 'light').toBe(true);
    await page.reload();
    await page.locator('[data-testid="track-algorithm"]').waitFor();
    expect(await theme()).toBe(after);
    if (after !== 'dark') await page.getByTestId('theme-toggle').click();
    await shoot(page, 'home-dark');
    await page.goto(`${server.url}/q/${first().id}`);
    await page.getByTestId('reveal-answer').click();
    await shoot(page, 'question-dark');
    await page.getByTestId('theme-toggle').click();
    await page.close();
  });

  it('shows a not-found page for unknown routes and questions', async () => {
    const page = await open('/no/such/page');
    await page.getByRole('heading', { name: '页面不存在' }).waitFor();
    await page.goto(`${server.url}/q/no-such-question`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'no question with id "no-such-question"',
    );
    await page.close();
  });

  it('raised no page errors', () => {
    // The 404 of the unknown question is expected; nothing else may fail.
    expect(web.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
