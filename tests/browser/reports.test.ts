// 面经 in Chromium: paste a report, confirm the matches, add the company list to review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

describe('interview reports in the browser', () => {
  it('imports a report, confirms a match, keeps an own question and reviews it', async () => {
    const page = await web.open('/reports');
    await page.getByTestId('report-company').fill('字节跳动');
    await page
      .getByTestId('report-text')
      .fill(
        '1. 讲讲 PagedAttention 的原理\n2. 手撕带因果掩码的多头注意力\n3. 你周末喜欢做什么运动',
      );
    await page.getByTestId('report-submit').click();
    const items = page.getByTestId('report-item');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.nth(0).locator('.match a').textContent()).toContain('PagedAttention');
    expect(await items.nth(2).textContent()).toContain('题库中没有对应的题');
    await items.nth(0).getByTestId('report-confirm').click();
    await expect.poll(() => items.nth(0).textContent()).toContain('✓ 已确认');
    await web.shoot(page, 'report');
    await page.getByTestId('report-cards').click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('已加入 3 张复习卡片');
    // Review until the own question comes up.
    await page.goto(`${web.server.url}/review`);
    for (let i = 0; i < 3; i++) {
      const own = page.getByTestId('own-card');
      await page.getByTestId('review-summary').waitFor();
      if (await own.count()) {
        expect(await own.textContent()).toContain('你周末喜欢做什么运动');
        await page.keyboard.press('Space');
        await page.keyboard.press('3');
        break;
      }
      await page.getByTestId('practice-card').waitFor();
      await page.keyboard.press('Space');
      await page.getByTestId('rate-bar').waitFor();
      await page.keyboard.press('3');
      await expect
        .poll(() => page.getByTestId('review-summary').textContent())
        .toContain(`待复习 ${2 - i}`);
    }
    await page.goto(`${web.server.url}/reports`);
    await page.getByTestId('report-list').locator('a', { hasText: '字节跳动' }).waitFor();
    await page.close();
  });

  it('raised no page errors', () => {
    expect(web.errors).toEqual([]);
  });
});
