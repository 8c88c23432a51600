import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * After the first run an administrator gives colleagues their accounts: the sales manager,
 * the head of sales in a team, the process owner. Only administrators may, and the form shows
 * the server's refusals on its fields.
 */
type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let admin: User, manager: User;
let teamId: number;

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  admin = await userWithRoles(stack, ['admin']);
  manager = await userWithRoles(stack, ['sales_manager']);
  const team = await call(stack, 'POST', '/teams', { token: admin.token, body: { name: 'Kyiv sales' } });
  expect(team.status).toBe(201);
  teamId = team.body.id;
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const newUser = (over: Record<string, unknown> = {}) => ({
  email: `colleague-${Math.random().toString(36).slice(2)}@example.test`,
  displayName: 'Taras Bondar',
  password: 'a long enough password',
  roleCodes: ['sales_manager'],
  ...over,
});

describe('user accounts through the API', () => {
  it('an administrator creates a head of sales in a team, who then logs in with those roles', async () => {
    const body = newUser({ roleCodes: ['head_of_sales'], teamId });
    const created = await call(stack, 'POST', '/users', { token: admin.token, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: body.email, displayName: 'Taras Bondar', roles: ['head_of_sales'] });
    const login = await call(stack, 'POST', '/auth/login', { body: { email: body.email, password: body.password } });
    expect(login.status).toBe(200);
    expect(login.body.user.roles).toEqual(['head_of_sales']);
    const teams = await call(stack, 'GET', '/users?search=Taras', { token: admin.token });
    expect(teams.body.items.map((u: { email: string }) => u.email)).toContain(body.email);
  });

  it('refuses anyone but an administrator, and creates nothing', async () => {
    const body = newUser();
    expect((await call(stack, 'POST', '/users', { token: manager.token, body })).status).toBe(403);
    expect((await call(stack, 'POST', '/users', { body })).status).toBe(401);
    expect((await call(stack, 'POST', '/auth/login', { body: { email: body.email, password: body.password } })).status).toBe(401);
  });

  it('names the field of bad input: taken e-mail, unknown role, no role, short password, unknown team', async () => {
    const taken = await call(stack, 'POST', '/users', { token: admin.token, body: newUser({ email: manager.email }) });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('body.email');
    const role = await call(stack, 'POST', '/users', { token: admin.token, body: newUser({ roleCodes: ['emperor'] }) });
    expect(role.status).toBe(422);
    expect(role.body.errors[0].field).toBe('body.roleCodes');
    const none = await call(stack, 'POST', '/users', { token: admin.token, body: newUser({ roleCodes: [], password: 'short' }) });
    expect(none.status).toBe(422);
    expect(none.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.password', 'body.roleCodes']);
    const body = newUser({ teamId: 999_999 });
    const team = await call(stack, 'POST', '/users', { token: admin.token, body });
    expect(team.status).toBe(422);
    expect(team.body.errors[0].field).toBe('body.teamId');
    // The refused team left no half-made account behind.
    expect((await call(stack, 'POST', '/auth/login', { body: { email: body.email, password: body.password } })).status).toBe(401);
  });
});

describe('the Users screen', () => {
  it('an administrator creates a process owner with the keyboard, after the password was refused on its field', async () => {
    const page = await signedInPage(browser, stack.url, admin, { viewport: { width: 1366, height: 768 } });
    await page.goto(stack.url);
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('new-user-name').fill('Iryna Melnyk');
    await page.keyboard.press('Tab');
    await page.keyboard.type('iryna@example.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('short');
    await page.getByTestId('new-user-role-sales_manager').uncheck();
    await page.getByTestId('new-user-role-process_owner').check();
    await page.getByTestId('new-user-password').press('Enter');
    await expect.poll(() => page.getByTestId('new-user-password').getAttribute('data-invalid')).toBe('true');
    await snap(page, 'users-01-password-refused');

    await page.getByTestId('new-user-password').fill('a long enough password');
    await page.getByTestId('new-user-password').press('Enter');
    await page.getByTestId('new-user-created').waitFor();
    await expect.poll(() => page.getByTestId('users-table').textContent()).toContain('iryna@example.test');
    expect(await page.getByTestId('users-table').textContent()).toContain('Process owner');
    await snap(page, 'users-02-created');

    const login = await call(stack, 'POST', '/auth/login', { body: { email: 'iryna@example.test', password: 'a long enough password' } });
    expect(login.body.user.roles).toEqual(['process_owner']);
  });

  it('is not offered to a sales manager', async () => {
    const page = await signedInPage(browser, stack.url, manager);
    await page.goto(stack.url);
    await page.getByTestId('nav-inbox').waitFor();
    expect(await page.getByTestId('nav-users').count()).toBe(0);
  });
});
