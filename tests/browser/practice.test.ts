// Practice in Chromium: add cards, review with the keyboard and with a written answer, the mistake book.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realBundle } from '../helpers/bundle.ts';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

describe('practice in the browser', () => {
  const point = () => realBundle().questions[0]!.point;
  const pointQuestions = () => realBundle().questions.filter((q) => q.point === point());

  it('adds a point’s questions to review from the point page', async () => {
    const page = await web.open(`/point/${point()}`);
    await page.getByTestId('add-set').click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(`已加入 ${pointQuestions().length} 张卡片`);
    await page.close();
  });

  it('adds a single question from its page', async () => {
    const other = realBundle().questions.find((q) => q.point !== point())!;
    const page = await web.open(`/q/${other.id}`);
    await page.getByTestId('add-review').click();
    await expect
      .poll(() => page.getByTestId('add-review').getAttribute('aria-pressed'))
      .toBe('true');
    await page.close();
  });

  it('reviews with the keyboard: space reveals, a number rates', async () => {
    const page = await web.open('/review');
    const total = pointQuestions().length + 1;
    await expect
      .poll(() => page.getByTestId('review-summary').textContent())
      .toContain(`待复习 ${total}`);
    const title = await page.getByTestId('practice-title').textContent();
    await web.shoot(page, 'review-question');
    await page.keyboard.press('Space');
    await page.getByTestId('rate-bar').waitFor();
    // Each button shows its next interval.
    expect(await page.getByTestId('rate-3').textContent()).toMatch(/良好.*(分钟|小时|天)/);
    await web.shoot(page, 'review-answer');
    await page.keyboard.press('3');
    await expect
      .poll(() => page.getByTestId('review-summary').textContent())
      .toContain(`待复习 ${total - 1}`);
    expect(await page.getByTestId('practice-title').textContent()).not.toBe(title);
    await page.close();
  });

  it('grades a written answer, suggests a rating, and a weak answer lands in the mistake book', async () => {
    const page = await web.open('/review');
    const title = (await page.getByTestId('practice-title').textContent())!;
    const q = realBundle().questions.find((x) => x.title === title)!;
    await page.getByTestId('answer-box').fill('不太清楚，可能和模型大小有关吧。');
    await page.getByTestId('reveal').click();
    await page.getByTestId('grade').waitFor();
    expect(Number(await page.getByTestId('grade-score').textContent())).toBeLessThan(60);
    await web.shoot(page, 'review-graded');
    await page.getByTestId('rate-2').click();
    await page.goto(`${web.server.url}/mistakes`);
    await page.getByTestId('mistake-list').locator('a', { hasText: q.title }).waitFor();
    await web.shoot(page, 'mistakes');
    await page.close();
  });

  it('a strong written answer scores high with matched words highlighted', async () => {
    // More cards, through the same API the outline page's buttons use.
    const res = await fetch(`${web.server.url}/api/cards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ track: 'vision' }),
    });
    expect(res.status).toBe(200);
    const page = await web.open('/review');
    const title = (await page.getByTestId('practice-title').textContent())!;
    const q = realBundle().questions.find((x) => x.title === title)!;
    await page.getByTestId('answer-box').fill(q.quickAnswer);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('grade').waitFor();
    expect(Number(await page.getByTestId('grade-score').textContent())).toBeGreaterThanOrEqual(60);
    expect(await page.getByTestId('highlighted-answer').locator('mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('4');
    await page.close();
  });

  it('practises the mistake book freely without touching the schedule', async () => {
    const page = await web.open('/mistakes');
    await page.getByTestId('practice-mistakes').click();
    await page.getByTestId('practice-card').waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await page.getByTestId('practice-done').waitFor();
    await page.close();
  });

  it('self-tests on a question page', async () => {
    const q = realBundle().questions[1]!;
    const page = await web.open(`/q/${q.id}`);
    await page.getByTestId('self-test').click();
    await page.getByTestId('self-test-answer').fill(q.quickAnswer);
    await page.getByTestId('self-test-grade').click();
    await page.getByTestId('grade').waitFor();
    expect(Number(await page.getByTestId('grade-score').textContent())).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the progress dashboard with its charts', async () => {
    const page = await web.open('/progress');
    await page.getByTestId('dashboard-totals').waitFor();
    for (const chart of ['chart-radar', 'chart-forecast', 'chart-calendar']) {
      await page.getByTestId(chart).locator('svg').first().waitFor();
    }
    expect(await page.getByTestId('weakest').locator('li').count()).toBeGreaterThan(0);
    // The forecast draws one bar per day with cards due.
    expect(await page.getByTestId('chart-forecast').locator('path').count()).toBeGreaterThan(1);
    await web.shoot(page, 'progress');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(web.errors).toEqual([]);
  });
});
