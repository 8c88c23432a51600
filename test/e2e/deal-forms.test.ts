import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, signedInPage, snap } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/** Deals made and changed in the browser: from the board and from a client's card, a stale edit kept and told. */
let stack: Stack;
let browser: Browser;
let manager: Awaited<ReturnType<typeof userWithRoles>>;
let page: Page;
let client: { id: number };
const slow = { timeout: 20_000 };

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  manager = await userWithRoles(stack, ['sales_manager']);
  client = await newCounterparty(stack, manager, { name: 'Kvitka Bakery' });
  page = await signedInPage(browser, stack.url, manager, { viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dealIdFromUrl = () => Number(/\/deals\/(\d+)$/.exec(page.url())?.[1]);

describe('making and changing deals in the browser', () => {
  it('a manager makes a deal from the board; what is missing is said on its fields', async () => {
    await page.goto(`${stack.url}/deals`);
    await page.getByTestId('deal-new').click();
    await page.getByTestId('deal-form-save').click();
    const form = page.getByTestId('deal-form');
    await expect.poll(() => form.locator('.mantine-InputWrapper-error').count(), slow).toBeGreaterThanOrEqual(2);
    // A client not chosen is "Required", not a number out of range.
    expect(await page.getByTestId('deal-form-client').locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")]').textContent()).toContain('Required');
    await snap(page, 'deal-forms-01-errors');
    await page.getByTestId('deal-form-title').fill('Two ovens');
    const picker = page.getByTestId('deal-form-client');
    await picker.click();
    await picker.pressSequentially('Kvitka');
    await page.getByRole('option', { name: 'Kvitka Bakery' }).click();
    await page.getByTestId('deal-form-amount').fill('1500');
    await page.getByTestId('deal-form-save').click();
    await page.waitForURL(/\/deals\/\d+$/, slow);
    await expect.poll(() => page.getByTestId('deal-title').textContent(), slow).toBe('Two ovens');
    const deal = (await call(stack, 'GET', `/deals/${dealIdFromUrl()}`, { token: manager.token })).body;
    expect(deal).toMatchObject({ counterpartyId: client.id, amount: 150_000, currency: 'UAH', responsibleId: manager.id, processKey: 'sales-pipeline' });
    await page.goto(`${stack.url}/deals`);
    await page.getByTestId('stage-New').getByTestId(`deal-card-${deal.id}`).waitFor(slow);
  });

  it('a deal made from the client’s card is that client’s', async () => {
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('client-new-deal').click();
    await page.getByTestId('deal-form-title').fill('Dough sheeter');
    await page.getByTestId('deal-form-amount').fill('800');
    await page.getByTestId('deal-form-title').press('Enter');
    await page.waitForURL(/\/deals\/\d+$/, slow);
    await expect.poll(() => page.getByTestId('deal-client-link').textContent(), slow).toBe('Kvitka Bakery');
  });

  it('an edit saved over a colleague’s keeps what was typed and says so; after loading theirs it saves', async () => {
    const id = dealIdFromUrl();
    await page.getByTestId('deal-edit').click();
    // Meanwhile someone else changes the deal.
    const current = (await call(stack, 'GET', `/deals/${id}`, { token: manager.token })).body;
    expect((await call(stack, 'PATCH', `/deals/${id}`, { token: manager.token, headers: { 'if-match': `W/"${current.version}"` }, body: { amount: 90_000 } })).status).toBe(200);
    await page.getByTestId('deal-form-amount').fill('950');
    await page.getByTestId('deal-form-save').click();
    await page.getByTestId('deal-form-stale').waitFor(slow);
    expect(await page.getByTestId('deal-form-amount').inputValue()).toBe('950');
    await snap(page, 'deal-forms-02-stale');
    await page.getByTestId('deal-form-reload').click();
    await expect.poll(() => page.getByTestId('deal-form-amount').inputValue(), slow).toBe('900');
    await page.getByTestId('deal-form-amount').fill('950');
    await page.getByTestId('deal-form-save').click();
    await expect.poll(() => page.getByTestId('deal-form').count(), slow).toBe(0);
    expect((await call(stack, 'GET', `/deals/${id}`, { token: manager.token })).body.amount).toBe(95_000);
    await expect.poll(() => page.getByTestId('deal-history').textContent(), slow).toContain('950.00');
  });

  it('an invoice for the deal is issued from its page and paid; a line without a price is said before anything is saved', async () => {
    const id = dealIdFromUrl();
    await page.getByTestId('deal-invoice-new').click();
    expect(await page.getByTestId('invoice-buyer').inputValue()).toBe('Kvitka Bakery');
    expect(await page.getByTestId('invoice-name-0').inputValue()).toBe('Dough sheeter');
    await page.getByTestId('invoice-save').click();
    await page.getByTestId('invoice-lines-error').waitFor(slow);
    expect((await call(stack, 'GET', `/invoices?recordType=deal&recordId=${id}`, { token: manager.token })).body.items).toEqual([]);
    await page.getByTestId('invoice-price-0').fill('950');
    await page.getByTestId('invoice-save').click();
    const row = page.getByTestId('deal-invoice');
    await expect.poll(() => row.textContent(), slow).toMatch(/INV-\d{4}-\d+/);
    expect(await row.textContent()).toMatch(/UAH\s1,140\.00/);
    await snap(page, 'deal-forms-03-invoice-issued');
    const invoice = (await call(stack, 'GET', `/invoices?recordType=deal&recordId=${id}`, { token: manager.token })).body.items[0];
    await page.getByTestId(`invoice-pay-${invoice.id}`).click();
    expect(await page.getByTestId('payment-amount').inputValue()).toBe('1 140');
    await page.getByTestId('payment-save').click();
    await expect.poll(() => row.textContent(), slow).toContain('Paid');
    expect((await call(stack, 'GET', `/invoices/${invoice.id}`, { token: manager.token })).body).toMatchObject({ status: 'paid', outstanding: 0 });
    await snap(page, 'deal-forms-04-invoice-paid');
  });

  it('a marketer reads deals without making or changing them', async () => {
    const marketer = await userWithRoles(stack, ['marketer']);
    const reader = await signedInPage(browser, stack.url, marketer, { viewport: { width: 1366, height: 768 } });
    await reader.goto(`${stack.url}/deals/${dealIdFromUrl()}`);
    await reader.getByTestId('deal-title').waitFor(slow);
    expect(await reader.getByTestId('deal-edit').count()).toBe(0);
    await reader.getByTestId('deal-invoice').waitFor(slow);
    expect(await reader.getByTestId('deal-invoice-new').count()).toBe(0);
    expect(await reader.locator('[data-testid^="invoice-pay-"]').count()).toBe(0);
    await reader.goto(`${stack.url}/deals`);
    await reader.getByTestId('deal-view').waitFor();
    expect(await reader.getByTestId('deal-new').count()).toBe(0);
    const refused = await call(stack, 'POST', '/deals', { token: marketer.token, body: { title: 'x', counterpartyId: client.id, amount: 1, currency: 'UAH' } });
    expect(refused.status).toBe(403);
  });
});
