// A short mock interview in Chromium: a follow-up, a pause and resume after closing the page, the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realBundle } from '../helpers/bundle.ts';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

const strongAnswer = (title: string) => {
  const q = realBundle().questions.find((x) => x.title === title);
  return q ? `${q.quickAnswer}\n${q.body}` : '不会';
};

describe('mock interview in the browser', () => {
  it('sits a 20-minute interview offline and reads the report', async () => {
    let page = await web.open('/interview');
    await page.getByTestId('interview-minutes').selectOption('20');
    await page.getByTestId('interview-start').click();
    const prompt = page.getByTestId('interview-prompt');
    await prompt.waitFor();
    const url = page.url();
    const first = (await prompt.locator('h2').textContent())!;
    await web.shoot(page, 'interview-question');

    // A strong answer to the first question earns a follow-up.
    await page.getByTestId('interview-answer').fill(strongAnswer(first));
    await page.getByTestId('interview-submit').click();
    await page.getByTestId('interview-feedback').waitFor();
    await expect.poll(() => prompt.textContent()).toContain('追问 1');

    // Type half an answer, pause, close the page; reopen and find it again.
    await page.getByTestId('interview-answer').fill('先写一半的回答');
    await page.getByTestId('interview-pause').click();
    await page.getByTestId('interview-paused').waitFor();
    await page.close();
    page = await web.context.newPage();
    await page.goto(url);
    await page.getByTestId('interview-resume').click();
    await expect
      .poll(() => page.getByTestId('interview-answer').inputValue())
      .toBe('先写一半的回答');

    // Answer the rest weakly until the interview ends.
    for (let k = 0; k < 20; k++) {
      if (!(await page.getByTestId('interview-prompt').count())) break;
      await page.getByTestId('interview-answer').fill('我对这题不太熟悉');
      await page.getByTestId('interview-submit').click();
      await page.waitForTimeout(150);
    }
    await page.getByRole('link', { name: '查看报告' }).click();
    await page.getByTestId('report-total').waitFor();
    expect(await page.getByTestId('report-question').count()).toBeGreaterThan(0);
    await page.getByTestId('report-radar').locator('svg').first().waitFor();
    expect(await page.getByTestId('report-question').first().textContent()).toContain('追问');
    await web.shoot(page, 'interview-report');
    await page.getByTestId('report-to-cards').click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('加入复习');
    await page.goto(`${web.server.url}/interview`);
    await page.getByTestId('interview-history').locator('li').first().waitFor();
    await page.close();
  });

  it('prints an interviewer sheet', async () => {
    const page = await web.open('/interviewer');
    await expect.poll(() => page.getByTestId('sheet-question').count()).toBe(6);
    expect(
      await page.getByTestId('sheet-question').first().locator('.sheet-rubric tr').count(),
    ).toBeGreaterThan(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('h1.print-only').isVisible()).toBe(true);
    await page.screenshot({ path: 'screenshots/interviewer-sheet-print.png' });
    await page.close();
  });

  it('raised no page errors', () => {
    expect(web.errors).toEqual([]);
  });
});
