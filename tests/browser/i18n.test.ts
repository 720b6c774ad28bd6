// The English interface: after the switch, no page shows Chinese outside content marked
// lang="zh-CN" (question text, rubrics, glossary, notes); the choice survives a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realBundle } from '../helpers/bundle.ts';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

/** Text nodes and labelling attributes with Chinese outside any [lang^="zh"] element. */
function strayChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
    const marked = (el: Element) => el.closest('[lang^="zh"]') !== null;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || parent.closest('script, style') || !CJK.test(text) || marked(parent)) continue;
      found.push(`<${parent.tagName.toLowerCase()}> ${text.trim().slice(0, 80)}`);
    }
    for (const el of document.body.querySelectorAll(
      '[placeholder], [aria-label], [title], [label]',
    )) {
      // The language switch names itself in both languages on purpose.
      if (el.closest('[data-testid="lang-toggle"]') || marked(el)) continue;
      for (const attr of ['placeholder', 'aria-label', 'title', 'label']) {
        const value = el.getAttribute(attr);
        if (value && CJK.test(value))
          found.push(`<${el.tagName.toLowerCase()} ${attr}> ${value.slice(0, 80)}`);
      }
    }
    return found;
  });
}

/** Wait until the page has rendered (a heading, the data, lazy charts), then find stray Chinese. */
async function expectEnglish(page: Page, ready?: string): Promise<void> {
  await page
    .locator(ready ?? 'main h1')
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expect.poll(() => strayChinese(page), { timeout: 10_000 }).toEqual([]);
}

const question = () => realBundle().questions[0]!;

describe('English interface', () => {
  it('switches to English from the header and keeps it across a reload', async () => {
    const page = await web.open('/');
    await page.getByTestId('total-count').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByTestId('lang-toggle').textContent()).toBe('EN');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('AIGC Interview');
    expect(await page.getByTestId('lang-toggle').textContent()).toBe('中文');
    expect(await page.evaluate(() => localStorage.getItem('aigc-lang'))).toBe('en');
    await page.reload();
    await expectEnglish(page, '[data-testid="track-algorithm"]');
    expect(await page.locator('.nav').textContent()).toContain('Outline');
    await web.shoot(page, 'en-home');
    await page.close();
  });

  const pages: [string, string?][] = [
    ['/outline', '[data-testid^="point-"]'],
    [`/q/${question().id}`, '[data-testid="follow-up"]'],
    ['/review', '[data-testid="review-done"]'],
    ['/interview', '[data-testid="interview-grader"]'],
    ['/progress', '[data-testid="chart-radar"] svg'],
    ['/plan', '[data-testid="plan-save"]'],
    ['/labs', '[data-testid="lab-kv-cache"]'],
    ...realBundle().labs.map((l): [string, string] => [`/labs/${l.id}`, '.lab-calc']),
    ['/notes'],
    ['/reports'],
    ['/mistakes'],
    ['/bookmarks'],
    ['/glossary', '.glossary .term'],
    ['/search?q=KV', '[data-testid="search-page-results"]'],
    ['/export', '[data-testid="export-scope"]'],
    ['/api-docs', '[data-testid="api-tag"]'],
    ['/account'],
    ['/interviewer', '[data-testid="sheet-question"]'],
    [`/point/${question().point}`, '.qlist'],
    [`/practice/point/${question().point}`, '[data-testid="practice-card"]'],
    [`/cheatsheet?section=${question().section}`, '.cheat-item'],
  ];
  for (const [path, ready] of pages) {
    it(`shows ${path} in English`, async () => {
      const page = await web.open(path);
      await expectEnglish(page, ready);
      if (path.startsWith('/q/')) await web.shoot(page, 'en-question');
      if (path === '/labs/kv-cache') {
        await page.getByTestId('chart-kv-cache').locator('svg').waitFor();
        await web.shoot(page, 'en-lab');
      }
      await page.close();
    });
  }

  it('keeps the interactive parts in English: self-test, review, plan, interview', async () => {
    const q = question();
    const page = await web.open(`/q/${q.id}`);
    await page.getByTestId('self-test').click();
    await page.getByTestId('self-test-answer').fill(q.quickAnswer);
    await page.getByTestId('self-test-grade').click();
    await page.getByTestId('grade-score').waitFor();
    await page.getByTestId('reveal-answer').click();
    await page.getByTestId('reveal-follow-up').click();
    await page.getByTestId('add-review').click();
    await expect.poll(() => page.getByTestId('add-review').textContent()).toBe('✓ In review');
    await expectEnglish(page, '[data-testid="grade"]');

    await page.goto(`${web.server.url}/review`);
    await page.getByTestId('reveal').click();
    await expect.poll(() => page.getByTestId('rate-3').textContent()).toMatch(/Good.*(min|h|day)/);
    await expectEnglish(page, '[data-testid="rate-bar"]');

    await page.goto(`${web.server.url}/plan`);
    await page.getByTestId('plan-save').click();
    await expectEnglish(page, '[data-testid="plan-schedule"]');
    await page.goto(`${web.server.url}/`);
    await expectEnglish(page, '[data-testid="start-today"]');

    await page.goto(`${web.server.url}/reports`);
    await page.getByTestId('report-company').fill('字节跳动');
    await page
      .getByTestId('report-text')
      .fill('1. 讲讲 PagedAttention 的原理\n2. 你周末喜欢做什么运动');
    await page.getByTestId('report-submit').click();
    await expectEnglish(page, '[data-testid="report-item"]');

    await page.goto(`${web.server.url}/interview`);
    await page.getByTestId('interview-start').click();
    await expectEnglish(page, '[data-testid="interview-prompt"]');
    await page.close();
  });

  it('switches back to Chinese', async () => {
    const page = await web.open('/outline');
    await expectEnglish(page, '[data-testid^="point-"]');
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: '面试大纲' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.evaluate(() => localStorage.getItem('aigc-lang'))).toBe('zh');
    expect(await page.locator('.nav').textContent()).toContain('大纲');
    await page.reload();
    await page.getByRole('heading', { name: '面试大纲' }).waitFor();
    expect(await page.getByTestId('lang-toggle').textContent()).toBe('EN');
    await page.close();
    expect(web.errors).toEqual([]);
  });
});
