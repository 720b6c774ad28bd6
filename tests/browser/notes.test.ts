// Notes in Chromium: written on a question, rendered with math, and hostile input stays inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realBundle } from '../helpers/bundle.ts';
import { HOSTILE } from '../helpers/hostile.ts';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

describe('notes in the browser', () => {
  it('writes a note with math on a question page and keeps it', async () => {
    const q = realBundle().questions[2]!;
    const page = await web.open(`/q/${q.id}`);
    await page.getByTestId('note-input').fill('记住：$\\frac{1}{\\sqrt{d_k}}$ 防止 softmax 饱和');
    await page.getByTestId('note-save').click();
    await page.getByTestId('note').locator('.katex').first().waitFor();
    await page.reload();
    await page.getByTestId('note').locator('.katex').first().waitFor();
    await page.close();
  });

  it('renders hostile input inert', async () => {
    const q = realBundle().questions[3]!;
    const page = await web.open(`/q/${q.id}`);
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.getByTestId('note-input').fill(HOSTILE);
    await page.getByTestId('note-save').click();
    const note = page.getByTestId('note').first();
    await note.waitFor();
    await page.reload();
    await page.getByTestId('note').first().waitFor();
    // Click every link the note produced: none may run script.
    const links = page.getByTestId('note').first().locator('a');
    for (let i = 0; i < (await links.count()); i++) {
      expect(await links.nth(i).getAttribute('href')).toMatch(/^(https?:|mailto:|\/|#)/);
    }
    const danger = await page.evaluate(() => {
      const root = document.querySelector('[data-testid="note"]')!;
      return {
        scripts: root.querySelectorAll('script, iframe, svg, img, object, embed').length,
        handlers: [...root.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        text: root.textContent ?? '',
      };
    });
    expect(danger.scripts).toBe(0);
    expect(danger.handlers).toBe(0);
    expect(danger.text).toContain('<script>alert("x")</script>');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await web.shoot(page, 'notes-hostile');
    await page.close();
  });

  it('saves a STAR project story linked to a point', async () => {
    const point = realBundle().questions[0]!.point;
    const page = await web.open('/notes');
    await page.getByTestId('story-title').fill('把推理服务 P99 降低一半');
    await page.getByPlaceholder('关联的知识点 id').fill(point);
    await page.getByTestId('story-save').click();
    await page.getByTestId('story').filter({ hasText: '把推理服务 P99 降低一半' }).waitFor();
    expect(await page.getByTestId('story').first().locator('.chip').textContent()).toBe(point);
    await web.shoot(page, 'notes');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(web.errors).toEqual([]);
  });
});
