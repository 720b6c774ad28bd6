// Study plan in Chromium: create one, see today's plan first on the home page, follow it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

describe('study plan in the browser', () => {
  it('invites to make a plan, makes one, and follows today’s part', async () => {
    const home = await web.open('/');
    await home.getByTestId('today-card').getByRole('link', { name: '制定学习计划' }).click();
    await home.getByTestId('plan-role').selectOption('backend');
    await home.getByTestId('plan-days').selectOption('7');
    await home.getByTestId('plan-save').click();
    await home.getByTestId('plan-schedule').waitFor();
    expect(await home.getByTestId('plan-schedule').locator('tbody tr').count()).toBe(7);
    await web.shoot(home, 'plan');
    await home.getByRole('link', { name: '回首页开始今天的任务' }).click();
    const today = home.getByTestId('today-card');
    await today.getByTestId('today-new').waitFor();
    const n = Number(await today.getByTestId('today-new').textContent());
    expect(n).toBeGreaterThan(0);
    // The home page leads with today's plan.
    expect(await home.locator('main > *').nth(1).getAttribute('data-testid')).toBe('today-card');
    await web.shoot(home, 'home-with-plan');
    await today.getByTestId('start-today').click();
    await expect.poll(() => today.getByTestId('today-new').textContent()).toBe('0');
    await home.close();
  });

  it('raised no page errors', () => {
    expect(web.errors).toEqual([]);
  });
});
