// Accounts in Chromium (server mode, AUTH=on): a user page sends you to log in and back, the
// header shows who you are, the account page changes the password and logs out — all under the
// app's Content-Security-Policy with no console errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession({ AUTH: 'on' });
});
afterAll(() => web?.close());

describe('accounts in the browser', () => {
  it('registers from a user page, returns to it, changes the password, logs out and back in', async () => {
    const page = await web.open('/review');
    await page.waitForURL(/\/login\?next=%2Freview/);
    expect(await page.getByTestId('login-link').isVisible()).toBe(true);
    // Content stays readable without an account.
    const res = await page.request.get(`${web.server.url}/api/outline`);
    expect(res.status()).toBe(200);

    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.locator('input[name=username]').fill('browser_user');
    await page.locator('input[name=password]').fill('a long enough pw');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL(/\/review$/);
    await expect.poll(() => page.getByTestId('account-link').textContent()).toBe('browser_user');
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'aigc_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(await page.evaluate(() => document.cookie)).not.toContain('aigc_session');
    await web.shoot(page, 'account-review-after-register');

    await page.getByTestId('account-link').click();
    await page.waitForURL(/\/account$/);
    expect(await page.getByTestId('account-name').textContent()).toContain('browser_user');
    const exported = await page.request.get(`${web.server.url}/api/me/export`);
    expect((await exported.json()).format).toBe('aigc-interview-user-data');

    await page.locator('input[autocomplete=current-password]').first().fill('a long enough pw');
    await page.locator('input[autocomplete=new-password]').fill('an even longer pw');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改').waitFor();
    await web.shoot(page, 'account');

    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login$/);
    await page.locator('input[name=username]').fill('browser_user');
    await page.locator('input[name=password]').fill('a long enough pw');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'wrong' }).waitFor();
    await page.locator('input[name=password]').fill('an even longer pw');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await expect.poll(() => page.getByTestId('account-link').textContent()).toBe('browser_user');
    await page.close();
    expect(web.errors.filter((e) => !/401 \(Unauthorized\)/.test(e))).toEqual([]);
  });
});
