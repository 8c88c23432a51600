import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * The client card's timeline tells a manager what happened in their words: one entry per save
 * naming the fields, not one raw line per field ("counterparty create: responsibleId").
 */
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
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
});
