import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap } from '../support/browser.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1366, height: 800 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const byTest = (id: string) => page.getByTestId(id);

describe('first run in the browser', () => {
  it('creates the administrator, showing the server’s field errors on the fields', async () => {
    await page.goto(stack.url);
    await byTest('setup-form').waitFor();
    await snap(page, '01-setup');

    await byTest('setup-display-name').fill('Olena Admin');
    await byTest('setup-email').fill('olena@example.test');
    await byTest('setup-password').fill('short');
    await byTest('setup-submit').click();
    await expect.poll(() => byTest('setup-password').getAttribute('data-invalid')).toBe('true');
    expect(await byTest('setup-email').getAttribute('data-invalid')).toBeNull();
    await snap(page, '02-setup-field-error');

    await byTest('setup-password').fill('a long enough password');
    await byTest('setup-submit').click();
    await byTest('greeting').waitFor();
    expect(await byTest('greeting').textContent()).toContain('Olena Admin');
  });

  it('shows database and Temporal up and the live connection', async () => {
    await expect.poll(() => byTest('health-database').getAttribute('data-status')).toBe('up');
    await expect.poll(() => byTest('health-temporal').getAttribute('data-status')).toBe('up');
    await byTest('live-badge').waitFor();
    await expect.poll(() => byTest('live-badge').getAttribute('data-live')).toBe('true');
    await snap(page, '03-home');
  });

  it('logs out, refuses a wrong password, and logs in again', async () => {
    await byTest('user-menu').click();
    await byTest('logout').click();
    await byTest('login-form').waitFor();

    await byTest('login-email').fill('olena@example.test');
    await byTest('login-password').fill('wrong password');
    await byTest('login-password').press('Enter');
    await byTest('login-error').waitFor();
    await snap(page, '04-login-refused');

    await byTest('login-password').fill('a long enough password');
    await byTest('login-password').press('Enter');
    await byTest('greeting').waitFor();
  });

  it('switches the language', async () => {
    const english = await byTest('greeting').textContent();
    await byTest('language-switcher').selectOption('uk');
    await expect.poll(() => byTest('greeting').textContent()).not.toBe(english);
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    await snap(page, '05-home-uk');
  });

  it('keeps the language on the account: another browser speaks it after login', async () => {
    await expect.poll(async () => (await page.request.get(`${stack.url}/api/v1/auth/me`)).json().then((u) => u.locale)).toBe('uk');
    const other = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'en-US' });
    const second = await other.newPage();
    await second.goto(stack.url);
    await second.getByTestId('login-email').fill('olena@example.test');
    await second.getByTestId('login-password').fill('a long enough password');
    await second.getByTestId('login-password').press('Enter');
    await second.getByTestId('greeting').waitFor();
    expect(await second.locator('html').getAttribute('lang')).toBe('uk');
    await other.close();
  });
});
