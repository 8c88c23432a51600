import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, signedInPage, snap } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/** Leads in the browser: taken by hand, qualified into a client and a deal (an existing client found first), rejected. */
let stack: Stack;
let browser: Browser;
let manager: Awaited<ReturnType<typeof userWithRoles>>;
let page: Page;
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  manager = await userWithRoles(stack, ['sales_manager']);
  page = await signedInPage(browser, stack.url, manager, { viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const leadRow = (name: string) => page.getByTestId('lead-row').filter({ hasText: name });

describe('leads screen', () => {
  it('a manager adds a lead by hand; a phone that is not one is said on the field', async () => {
    await page.goto(`${stack.url}/leads`);
    await page.getByTestId('nav-leads').waitFor();
    await page.getByTestId('lead-new').click();
    await page.getByTestId('lead-companyName').fill('Pekarnia Kvitka');
    await page.getByTestId('lead-contactName').fill('Oksana');
    await page.getByTestId('lead-phone').fill('12');
    await page.getByTestId('lead-interest').fill('Two ovens');
    await page.getByTestId('lead-phone').press('Enter');
    const form = page.getByTestId('lead-form');
    await poll(() => form.textContent()).toContain('Not a valid phone number');
    await snap(page, 'leads-01-phone-error');
    await page.getByTestId('lead-phone').fill('067 555 12 34');
    await page.getByTestId('lead-save').click();
    await leadRow('Pekarnia Kvitka').waitFor();
    expect(await leadRow('Pekarnia Kvitka').textContent()).toContain('067 555 12 34');
    await snap(page, 'leads-02-list');
  });

  it('qualifying finds the manager’s client with the same phone, and the deal goes to that client', async () => {
    const client = await newCounterparty(stack, manager, { name: 'Kvitka Bakery LLC', phones: [{ number: '+380675551234' }] });
    await leadRow('Pekarnia Kvitka').getByRole('button', { name: 'Qualify' }).click();
    await page.getByTestId('qualify-amount').fill('1500');
    await page.getByTestId('qualify-submit').click();
    const found = page.getByTestId('qualify-duplicates');
    await found.waitFor();
    expect(await found.textContent()).toContain('Kvitka Bakery LLC');
    await snap(page, 'leads-03-maybe-exists');
    await page.getByTestId(`qualify-use-${client.id}`).click();
    const done = page.getByTestId('lead-qualified');
    await done.waitFor();
    expect(await done.textContent()).toContain('Two ovens');
    const deals = await call(stack, 'GET', `/deals?counterpartyId=${client.id}`, { token: manager.token });
    expect(deals.body.items).toEqual([expect.objectContaining({ title: 'Two ovens', amount: 150000, currency: 'UAH' })]);
    await poll(() => page.getByTestId('lead-row').count()).toBe(0);
    await page.getByTestId('lead-status').getByText('Qualified').click();
    await leadRow('Pekarnia Kvitka').getByRole('link', { name: 'Open the deal' }).waitFor();
  });

  it('a lead that is not a sale is rejected with its reason', async () => {
    const lead = await call(stack, 'POST', '/leads', { token: manager.token, body: { contactName: 'Spam Bot', email: 'bot@spam.example' } });
    expect(lead.status).toBe(201);
    await page.getByTestId('lead-status').getByText('New').click();
    await page.getByTestId(`lead-reject-${lead.body.id}`).click();
    await page.getByTestId('reject-reason').fill('Spam');
    await page.getByTestId('reject-reason').press('Enter');
    await poll(() => leadRow('Spam Bot').count()).toBe(0);
    await page.getByTestId('lead-status').getByText('Rejected').click();
    await poll(() => leadRow('Spam Bot').textContent()).toContain('Spam');
  });

  it('in Ukrainian, and a marketer reads leads without the buttons that change them; an agent has no leads screen', async () => {
    const marketer = await userWithRoles(stack, ['marketer']);
    const uk = await signedInPage(browser, stack.url, marketer, { viewport: { width: 1366, height: 768 } });
    await uk.addInitScript(() => localStorage.setItem('processCrm.language', 'uk'));
    await uk.goto(`${stack.url}/leads`);
    await uk.getByRole('heading', { name: 'Ліди' }).waitFor();
    await uk.getByTestId('lead-status').getByText('Відхилені').click();
    await uk.getByTestId('lead-row').filter({ hasText: 'Spam Bot' }).waitFor();
    expect(await uk.getByTestId('lead-new').count()).toBe(0);
    await snap(uk, 'leads-04-marketer-uk');
    const qualify = await call(stack, 'POST', '/leads/1/qualify', { token: marketer.token, body: { deal: { amount: 1, currency: 'UAH' } } });
    expect(qualify.status).toBe(403);

    const agent = await userWithRoles(stack, ['agent']);
    expect((await call(stack, 'GET', '/leads', { token: agent.token })).status).toBe(403);
    const agentPage = await signedInPage(browser, stack.url, agent);
    await agentPage.goto(`${stack.url}/inbox`);
    await agentPage.getByTestId('nav-inbox').waitFor();
    expect(await agentPage.getByTestId('nav-leads').count()).toBe(0);
  });
});
