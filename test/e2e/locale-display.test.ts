import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap } from '../support/browser.ts';
import type { Person } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let browser: Browser;
let head: Person;
let agent: Person;
const password = 'correct horse battery';

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  [head, agent] = await Promise.all([userWithRoles(stack, ['head_of_sales']), userWithRoles(stack, ['agent'])]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A browser in Warsaw that has never seen the app, with every console error and failed response it logs. */
async function warsawBrowser() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, timezoneId: 'Europe/Warsaw', locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  return { context, page, problems };
}

async function logIn(page: Page) {
  await page.getByTestId('login-email').fill(head.email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-password').press('Enter');
  await page.getByTestId('user-menu').waitFor();
}

describe('locale and display in the browser', () => {
  let page: Page;

  it('loads the login page without a single console error or failed request', async () => {
    const browserInWarsaw = await warsawBrowser();
    page = browserInWarsaw.page;
    await page.goto(stack.url);
    await page.getByTestId('login-form').waitFor();
    await page.waitForLoadState('networkidle');
    expect(browserInWarsaw.problems).toEqual([]);
  });

  it('takes the browser’s time zone at the first login, and the user changes it in the user menu', async () => {
    await logIn(page);
    expect((await call(stack, 'GET', '/auth/me', { token: head.token })).body.timeZone).toBe('Europe/Warsaw');
    await page.getByTestId('user-menu').click();
    const zone = page.getByTestId('time-zone');
    await expect.poll(() => zone.inputValue()).toBe('Europe/Warsaw');
    await snap(page, 'locale-01-user-menu-en');
    await zone.selectOption('Europe/Bratislava');
    await expect.poll(async () => (await call(stack, 'GET', '/auth/me', { token: head.token })).body.timeZone).toBe('Europe/Bratislava');
    await page.keyboard.press('Escape');
  });

  it('writes and reads dates the way the UI language does: US style in English, day.month.year in Ukrainian', async () => {
    await page.goto(`${stack.url}/interactions-by-employee`);
    const from = page.getByTestId('figures-from');
    await from.waitFor();
    await expect.poll(() => from.inputValue()).toMatch(/^\d{2}\/01\/\d{4}$/);
    await from.fill('03/05/2026');
    await from.press('Tab');
    await expect.poll(() => from.inputValue()).toBe('03/05/2026');

    await page.getByTestId('language-switcher').selectOption('uk');
    // The same day, 5 March, as Ukrainians write it; typed back in that form it stays that day.
    await expect.poll(() => from.inputValue()).toBe('05.03.2026');
    await from.click();
    await page.locator('[data-dates-dropdown]').waitFor();
    await snap(page, 'locale-02-date-field-uk');
    await expect.poll(() => page.locator('[data-dates-dropdown]').textContent()).toMatch(/березень/i);
    await from.fill('17.02.2026');
    await from.press('Tab');
    await expect.poll(() => from.inputValue()).toBe('17.02.2026');
    await page.getByTestId('user-menu').click();
    await expect.poll(() => page.getByText('Часовий пояс').count()).toBeGreaterThan(0);
    await snap(page, 'locale-03-user-menu-uk');
    await page.keyboard.press('Escape');
    await page.getByTestId('language-switcher').selectOption('en');
  });

  it('updates the unread requests badge in a second tab when the request is read in the first', async () => {
    const second = await page.context().newPage();
    await page.goto(`${stack.url}/incoming-requests`);
    await second.goto(`${stack.url}/`);
    await second.getByTestId('user-menu').waitFor();
    const sent = await call(stack, 'POST', '/incoming-requests', { token: agent.token, body: { from: 'Petro', channel: 'phone', text: 'Call me back', addressee: { userId: head.id } } });
    expect(sent.status).toBe(201);
    await expect.poll(() => second.getByTestId('requests-unread-badge').textContent(), { timeout: 15_000 }).toBe('1');
    await snap(second, 'locale-04-badge-second-tab-before');

    await page.reload();
    await page.locator(`[data-testid=request-row][data-id="${sent.body.id}"]`).getByTestId('request-open').click();
    await expect.poll(() => second.getByTestId('requests-unread-badge').count(), { timeout: 15_000 }).toBe(0);
    await snap(second, 'locale-05-badge-second-tab-after');
  });
});
