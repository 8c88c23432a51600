import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty, teamOf } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * The client card's timeline tells a manager what happened in their words: one entry per save
 * naming the fields, not one raw line per field ("counterparty create: responsibleId").
 */
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  // A worker runs the Sales process that a new deal starts (its deal shows on the client's timeline).
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('client timeline', () => {
  it('shows creating and changing a client as one entry each, with field names, in the user’s language', async () => {
    const manager = await userWithRoles(stack, ['sales_manager']);
    const client = await newCounterparty(stack, manager, { name: 'Smereka LLC', phones: [{ number: '+380 44 123 4567' }] });
    const card = await call(stack, 'GET', `/counterparties/${client.id}`, { token: manager.token });
    const patch = await call(stack, 'PATCH', `/counterparties/${client.id}`, {
      token: manager.token,
      headers: { 'If-Match': card.headers.get('etag')! },
      body: { status: 'prospect', tags: ['vip'] },
    });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);

    const page = await signedInPage(browser, stack.url, manager);
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('timeline').waitFor();
    const titles = async () => (await page.getByTestId('timeline-entry').allTextContents()).join(' | ');
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(2);
    expect(await titles()).toMatch(/Client changed: (Status, Tags|Tags, Status)/);
    expect(await titles()).toMatch(/Client created/);
    expect(await titles()).not.toMatch(/counterparty|responsibleId/);
    // The new client's filled fields unfold under its entry, the empty ones are left out.
    await page.getByTestId('timeline-change-toggle').last().click();
    const created = page.getByTestId('timeline-change-fields').last();
    await expect.poll(() => created.textContent()).toMatch(/Name.*Smereka LLC/);
    expect(await created.textContent()).toContain('Phones');
    expect(await created.textContent()).not.toContain('Website');
    await snap(page, 'client-timeline-01-en');

    await page.getByTestId('language-switcher').selectOption('uk');
    await expect.poll(titles).toMatch(/Клієнта змінено: (Статус|Мітки)/);
    expect(await titles()).toMatch(/Клієнта створено/);
    await snap(page, 'client-timeline-02-uk');
  });

  it('names the responsible people and the author instead of their ids, and titles deals in the user’s language', async () => {
    const [admin, head, anna, boris] = await Promise.all([
      userWithRoles(stack, ['admin']),
      userWithRoles(stack, ['head_of_sales']),
      userWithRoles(stack, ['sales_manager']),
      userWithRoles(stack, ['sales_manager']),
    ]);
    const nameOf = async (who: { token: string }) => (await call(stack, 'GET', '/auth/me', { token: who.token })).body.displayName as string;
    await teamOf(stack, admin, 'Dnipro team', head, [anna, boris]);
    const client = await newCounterparty(stack, anna, { name: 'Dnipro Mills' });
    const card = await call(stack, 'GET', `/counterparties/${client.id}`, { token: admin.token });
    const moved = await call(stack, 'PATCH', `/counterparties/${client.id}`, { token: admin.token, headers: { 'If-Match': card.headers.get('etag')! }, body: { responsibleId: boris.id } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const deal = await call(stack, 'POST', '/deals', { token: boris.token, body: { title: 'Mill upgrade', counterpartyId: client.id, amount: 1000, currency: 'UAH', processKey: 'sales-pipeline' } });
    expect(deal.status, JSON.stringify(deal.body)).toBe(201);

    const page = await signedInPage(browser, stack.url, head);
    await page.goto(`${stack.url}/clients/${client.id}`);
    const reassigned = page.getByTestId('timeline-entry').filter({ hasText: 'Client changed: Responsible' });
    await reassigned.getByTestId('timeline-change-toggle').click();
    const fields = reassigned.getByTestId('timeline-change-fields');
    await expect.poll(() => fields.textContent()).toContain(await nameOf(boris));
    expect(await fields.textContent()).toContain(await nameOf(anna));
    expect(await fields.textContent()).not.toMatch(new RegExp(`\\b(${anna.id}|${boris.id})\\b`));
    await expect.poll(() => page.getByTestId('timeline-entry').filter({ hasText: 'Deal Mill upgrade (' }).count()).toBe(1);
    // The deal's own 'created' change names the deal too.
    expect(await page.getByTestId('timeline-entry').filter({ hasText: 'Deal Mill upgrade created' }).count()).toBe(1);
    await snap(page, 'client-timeline-03-names-en');

    await page.getByRole('tab', { name: 'Change history' }).click();
    // The admin's reassignment (the new deal also logs its own responsible, as created).
    const row = page.locator('[data-testid="history-row"][data-field="responsibleId"]').filter({ hasNotText: '(created)' });
    await expect.poll(() => row.textContent()).toContain(await nameOf(admin));
    expect(await row.textContent()).toContain(await nameOf(boris));
    expect(await row.textContent()).not.toContain(`#${admin.id}`);
    await snap(page, 'client-timeline-04-history-names');

    await page.getByTestId('language-switcher').selectOption('uk');
    await page.getByRole('tab', { name: 'Хронологія' }).click();
    await expect.poll(() => page.getByTestId('timeline-entry').filter({ hasText: 'Угода Mill upgrade (' }).count()).toBe(1);
    expect((await page.getByTestId('timeline-entry').allTextContents()).join(' | ')).not.toMatch(/\bDeal Mill/);
    await snap(page, 'client-timeline-05-deal-uk');
  });
});
