// Export page and the printable cheat sheet in Chromium: downloads are offered for the chosen
// scope, and printing hides the app's chrome and lays quick answers out in two columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

describe('exports in the browser', () => {
  it('offers Anki and Markdown for the chosen section and opens its cheat sheet for print', async () => {
    const page = await web.open('/export');
    await page.getByTestId('export-scope').selectOption('section:backend.serving');
    expect(await page.getByTestId('export-anki').getAttribute('href')).toBe(
      '/api/export/anki?section=backend.serving',
    );
    const download = page.waitForEvent('download');
    await page.getByTestId('export-anki').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('aigc-interview-backend.serving.txt');

    await page.getByTestId('export-cheatsheet').click();
    await page.waitForURL(/\/cheatsheet\?section=backend\.serving$/);
    await page.getByTestId('cheatsheet').locator('.cheat-item').first().waitFor();
    const items = await page.locator('.cheat-item').count();
    const doc = await (
      await fetch(`${web.server.url}/api/export/cheatsheet?section=backend.serving`)
    ).json();
    expect(items).toBe(doc.groups.reduce((n: number, g: any) => n + g.items.length, 0));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(
      await page.locator('.cheatsheet-body').evaluate((el) => getComputedStyle(el).columnCount),
    ).toBe('2');
    await page.screenshot({ path: `${process.cwd()}/screenshots/cheatsheet-print.png` });
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
    expect(web.errors).toEqual([]);
  });
});
