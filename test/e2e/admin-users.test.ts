import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * An administrator builds a sales team on the Teams screen (moving someone from another team is
 * asked first), then edits a colleague and deactivates them after handing their clients over.
 */
type Person = { token: string; email: string; id: number };
let stack: Stack;
let browser: Browser;
let admin: Person, anna: Person, petro: Person, olha: Person;
const password = 'a long enough password';

async function colleague(name: string, roles: string[]): Promise<Person> {
  const email = `${name.split(' ')[0]!.toLowerCase()}@example.test`;
  const created = await call(stack, 'POST', '/users', { token: admin.token, body: { email, displayName: name, password, roleCodes: roles } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const login = await call(stack, 'POST', '/auth/login', { body: { email, password } });
  return { token: login.body.token, email, id: created.body.id };
}

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  admin = await userWithRoles(stack, ['admin']);
  anna = await colleague('Anna Shevchenko', ['sales_manager']);
  petro = await colleague('Petro Hnatiuk', ['sales_manager']);
  olha = await colleague('Olha Kravets', ['head_of_sales']);
  const odesa = await call(stack, 'POST', '/teams', { token: admin.token, body: { name: 'Odesa sales' } });
  await call(stack, 'POST', `/teams/${odesa.body.id}/members`, { token: admin.token, body: { userId: petro.id } });
  await newCounterparty(stack, anna, { name: 'Dnipro Steel' });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The machine is shared and busy: give the UI time to answer. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).click();
}

describe('the Teams and Users screens', () => {
  it('an administrator creates a team with a head, adds a member and moves one from another team after confirming', async () => {
    const page = await signedInPage(browser, stack.url, admin, { viewport: { width: 1366, height: 800 } });
    await page.goto(stack.url);
    await page.getByTestId('nav-teams').click();
    await page.getByTestId('teams-table').waitFor();
    await page.getByTestId('new-team-name').fill('Lviv sales');
    await choose(page, 'new-team-head', 'Olha Kravets');
    await page.getByTestId('new-team-submit').click();
    const panel = page.getByTestId('team-panel');
    await panel.getByRole('heading', { name: 'Lviv sales' }).waitFor();

    await choose(page, 'team-add-pick', 'Anna Shevchenko');
    await page.getByTestId('team-add').click();
    await poll(() => panel.getByTestId('team-member').count()).toBe(1);

    // Petro is in Odesa sales: the screen asks before moving him.
    await choose(page, 'team-add-pick', 'Petro Hnatiuk');
    await page.getByTestId('team-add').click();
    const ask = page.getByTestId('team-move-ask');
    await ask.waitFor();
    expect(await ask.textContent()).toContain('Odesa sales');
    await snap(page, 'admin-teams-01-move-asked');
    await page.getByTestId('team-move-confirm').click();
    await poll(() => panel.getByTestId('team-member').count()).toBe(2);

    const lviv = page.getByTestId('team-row').filter({ hasText: 'Lviv sales' });
    await poll(() => lviv.textContent()).toContain('Olha Kravets');
    await poll(() => lviv.getByTestId('team-member-count').textContent()).toBe('2');
    const odesa = page.getByTestId('team-row').filter({ hasText: 'Odesa sales' });
    await poll(() => odesa.getByTestId('team-member-count').textContent()).toBe('0');
    await snap(page, 'admin-teams-02-members');
    const me = await call(stack, 'GET', `/users/${petro.id}`, { token: admin.token });
    expect(me.body.account.teamId).not.toBeNull();
  });

  it('an administrator edits a colleague, hands their clients over and deactivates them; their session ends', async () => {
    const page = await signedInPage(browser, stack.url, admin, { viewport: { width: 1366, height: 900 } });
    await page.goto(`${stack.url}/users`);
    const row = page.getByTestId('user-row').filter({ hasText: 'anna@example.test' });
    await row.getByTestId('edit-user-open').click();
    const dialog = page.getByTestId('edit-user');
    await page.getByTestId('edit-user-name').fill('Anna Shevchenko-Bondar');
    await page.getByTestId('edit-user-role-head_of_sales').check();
    await choose(page, 'edit-user-language', 'Ukrainian');
    await page.getByTestId('edit-user-name').press('Enter');
    await poll(() => row.textContent()).toContain('Anna Shevchenko-Bondar');
    expect(await row.textContent()).toContain('Head of sales');
    const saved = (await call(stack, 'GET', `/users/${anna.id}`, { token: admin.token })).body.account;
    expect(saved).toMatchObject({ displayName: 'Anna Shevchenko-Bondar', locale: 'uk', roles: ['head_of_sales', 'sales_manager'] });

    // Before deactivating: she still owns a client; hand it to Petro.
    const holdings = page.getByTestId('user-holdings');
    await poll(() => holdings.textContent()).toContain('Clients: 1');
    await page.getByTestId('hand-clients-to').fill('Petro');
    await page.getByRole('option', { name: 'Petro Hnatiuk' }).click();
    await snap(page, 'admin-users-01-before-deactivation');
    await page.getByTestId('hand-clients-over').click();
    await poll(() => page.getByTestId('handover-result').textContent()).toContain('1');
    expect((await call(stack, 'GET', `/users/${petro.id}`, { token: admin.token })).body.holdings.clients).toBe(1);

    await page.getByTestId('toggle-active').click();
    await poll(() => dialog.getByTestId('account-status').textContent()).toBe('Deactivated');
    await snap(page, 'admin-users-02-deactivated');
    expect((await call(stack, 'GET', '/auth/me', { token: anna.token })).status).toBe(401);
    expect((await call(stack, 'POST', '/auth/login', { body: { email: anna.email, password } })).status).toBe(401);
    await page.keyboard.press('Escape');
    await poll(() => row.getByTestId('account-status').textContent()).toBe('Deactivated');

    // Their own account offers no deactivation; demoting the last admin is refused with the reason.
    const mine = page.getByTestId('user-row').filter({ hasText: admin.email });
    await mine.getByTestId('edit-user-open').click();
    expect(await page.getByTestId('toggle-active').count()).toBe(0);
    await page.getByTestId('edit-user-role-analyst').check();
    await page.getByTestId('edit-user-role-admin').uncheck();
    await page.getByTestId('edit-user-save').click();
    // The refusal sits under the roles it is about, in the admin's language.
    await poll(() => page.getByTestId('edit-user').textContent()).toContain('This is the last active administrator');
    await snap(page, 'admin-users-03-last-admin');
  });

  it('neither screen is offered to a head of sales', async () => {
    const page = await signedInPage(browser, stack.url, olha);
    await page.goto(stack.url);
    await page.getByTestId('nav-inbox').waitFor();
    expect(await page.getByTestId('nav-teams').count()).toBe(0);
    expect(await page.getByTestId('nav-users').count()).toBe(0);
  });
});
