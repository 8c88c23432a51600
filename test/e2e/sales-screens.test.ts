import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../domain/access/index.ts';
import { DealSchema } from '../../domain/sales/index.ts';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty, teamOf } from '../support/clients.ts';
import { call } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

type Person = { token: string; email: string; id: number };
let stack: Stack;
let browser: Browser;
let admin: Person, head: Person, manager: Person, plain: Person;
let deal: { id: number; title: string };
let overdueShipment: number;

/** A user with a real name (the screens show names), logged in through the API. */
async function person(displayName: string, roles: string[]): Promise<Person> {
  const email = `${displayName.toLowerCase().replace(/\W+/g, '.')}@example.test`;
  const user = await createUser(stack.orm.em.fork(), { email, displayName, password: 'correct horse battery', roleCodes: roles });
  const login = await call(stack, 'POST', '/auth/login', { body: { email, password: 'correct horse battery' } });
  expect(login.status).toBe(200);
  return { token: login.body.token, email, id: user.id };
}

const pageAs = (who: Person) => signedInPage(browser, stack.url, who, { locale: 'en-GB' });

/** Picks an option of a Mantine Select: open it, type to filter, click the option. */
async function choose(page: Page, testId: string, text: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text }).first().click();
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const month = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  admin = await person('Iryna Admin', ['admin']);
  head = await person('Oksana Head', ['head_of_sales']);
  manager = await person('Petro Manager', ['sales_manager']);
  plain = await person('Jana Plain', ['sales_manager']);
  await teamOf(stack, admin, 'Kyiv sales', head, [head, manager, plain]);
  const client = await newCounterparty(stack, manager, { name: 'Kvitka LLC' });
  const product = await call(stack, 'POST', '/products', { token: manager.token, body: { sku: 'OVEN-1', name: 'Convection oven', unit: 'pcs' } });
  expect(product.status, JSON.stringify(product.body)).toBe(201);
  const created = await call(stack, 'POST', '/deals', { token: manager.token, body: { title: 'Ovens for Kvitka', counterpartyId: client.id, amount: 990_000, currency: 'UAH', processKey: 'sales-pipeline' } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  deal = { id: created.body.id, title: 'Ovens for Kvitka' };
  // One shipment already late: the list must show it in red.
  const late = await call(stack, 'POST', '/shipments', { token: manager.token, body: { dealId: deal.id, lines: [{ productId: product.body.id, qty: 1 }], plannedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() } });
  expect(late.status, JSON.stringify(late.body)).toBe(201);
  overdueShipment = late.body.id;
  // Something to measure: one deal won this month (as its process leaves it) and three calls made.
  const em = stack.orm.em.fork();
  em.create(DealSchema, {
    title: 'Mixers for Kvitka', counterpartyId: client.id, contacts: [], amount: 500_000, currency: 'UAH', products: [], responsibleId: manager.id, competitors: [],
    processKey: 'sales-pipeline', stage: 'Won', status: 'won', closedAt: new Date(), createdBy: manager.id,
  });
  await em.flush();
  for (let i = 0; i < 3; i++) {
    const done = await call(stack, 'POST', '/interactions', { token: manager.token, body: { kind: 'call', counterpartyId: client.id, at: new Date().toISOString(), subject: `Call ${i + 1}`, state: 'done' } });
    expect(done.status, JSON.stringify(done.body)).toBe(201);
  }
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('sales screens', () => {
  it('a manager plans a shipment from the deal page and marks it shipped; the late one stands out', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/deals/${deal.id}`);
    await page.getByTestId(`shipment-${overdueShipment}`).waitFor();
    expect(await page.getByTestId(`shipment-${overdueShipment}`).getAttribute('data-overdue')).toBe('true');

    await page.getByTestId('deal-shipment-new').click();
    await choose(page, 'shipment-product-0', 'Convection oven');
    await page.getByTestId('shipment-qty-0').fill('2.5');
    await page.getByTestId('shipment-planned-at').fill(`${day(3)}T14:30`);
    await snap(page, 'sales-01-plan-shipment');
    await page.getByTestId('shipment-save').click();
    await page.getByTestId('shipment-form').waitFor({ state: 'detached' });

    const mine = await call(stack, 'GET', `/shipments?dealId=${deal.id}&state=planned&overdue=false`, { token: manager.token });
    expect(mine.body.items).toHaveLength(1);
    const planned = mine.body.items[0];
    expect(planned.lines).toEqual([{ productId: expect.any(Number), qty: 2.5 }]);
    const row = page.getByTestId(`shipment-${planned.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Convection oven × 2.5');
    await snap(page, 'sales-02-deal-shipments');

    await page.getByTestId(`shipment-${planned.id}-ship`).click();
    await page.getByTestId('shipment-action-confirm').click();
    await expect.poll(() => row.getByTestId('shipment-state').textContent()).toBe('Shipped');
    const shipped = await call(stack, 'GET', `/shipments/${planned.id}`, { token: manager.token });
    expect(shipped.body).toMatchObject({ state: 'shipped', shippedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    await page.goto(`${stack.url}/shipments`);
    await page.getByTestId(`shipment-${overdueShipment}`).waitFor();
    await page.getByTestId('filter-overdue').check();
    await expect.poll(() => page.getByTestId('shipment-table').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId(`shipment-${overdueShipment}`).textContent()).toContain('Overdue');
    await snap(page, 'sales-03-shipments-overdue');

    // Re-planned to next week it is no longer late, so the overdue filter lets it go.
    await page.getByTestId(`shipment-${overdueShipment}-more`).click();
    await page.getByTestId(`shipment-${overdueShipment}-replan`).click();
    await page.getByTestId('shipment-new-date').fill(`${day(7)}T09:00`);
    await page.getByTestId('shipment-action-confirm').click();
    await page.getByText('No shipments.').waitFor();
    const replanned = await call(stack, 'GET', `/shipments/${overdueShipment}`, { token: manager.token });
    expect(replanned.body).toMatchObject({ state: 'planned', overdue: false });
    expect(new Date(replanned.body.plannedAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it('a contract is registered for the deal and shows its days to expiry', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/contracts`);
    await page.getByTestId('contract-new').click();
    await choose(page, 'contract-deal', deal.title);
    await page.getByTestId('contract-number').fill('CTR-2026-0042');
    await page.getByTestId('contract-subject').fill('Supply of ovens');
    await page.getByTestId('contract-valid-to').fill(day(45));
    await snap(page, 'sales-04-contract-form');
    await page.getByTestId('contract-save').click();
    await page.getByTestId('contract-form').waitFor({ state: 'detached' });

    const list = await call(stack, 'GET', `/contracts?dealId=${deal.id}`, { token: manager.token });
    expect(list.body.items).toMatchObject([{ number: 'CTR-2026-0042', subject: 'Supply of ovens', validTo: day(45) }]);
    const row = page.getByTestId(`contract-${list.body.items[0].id}`);
    await row.waitFor();
    expect(await row.getByTestId('contract-days-left').textContent()).toBe('45 days left');
    expect(await row.textContent()).toContain('Ovens for Kvitka');
    await snap(page, 'sales-05-contracts');

    // Someone else extends it while this manager edits: the save is refused and the change shown.
    await row.getByTestId(`contract-${list.body.items[0].id}-edit`).click();
    await page.getByTestId('contract-remind').fill('10');
    const other = await call(stack, 'PATCH', `/contracts/${list.body.items[0].id}`, { token: head.token, headers: { 'if-match': 'W/"1"' }, body: { validTo: day(400) } });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    await page.getByTestId('contract-save').click();
    await page.getByTestId('contract-conflict').waitFor();
    await snap(page, 'sales-06-contract-conflict');
    await page.getByTestId('conflict-reapply').click();
    await page.getByTestId('contract-form').waitFor({ state: 'detached' });
    const merged = await call(stack, 'GET', `/contracts/${list.body.items[0].id}`, { token: manager.token });
    expect(merged.body).toMatchObject({ validTo: day(400), remindDaysBefore: 10, version: 3 });

    await page.goto(`${stack.url}/deals/${deal.id}`);
    expect(await page.getByTestId('deal-contracts').getByTestId('contract-days-left').textContent()).toBe('400 days left');
  });

  it('a head of sales sets a month plan in place and sees performance against it', async () => {
    const page = await pageAs(head);
    await page.goto(`${stack.url}/performance`);
    await page.getByTestId(`performance-${manager.id}`).waitFor();
    await page.getByTestId(`plan-edit-${manager.id}`).click();
    await page.getByTestId('plan-amount').fill('20000');
    await page.getByTestId('plan-deals').fill('4');
    await page.getByTestId('plan-interactions').fill('10');
    await snap(page, 'sales-07-plan-editing');
    await page.getByTestId('plan-save').click();
    await page.getByTestId(`plan-editor-${manager.id}`).waitFor({ state: 'detached' });

    const plans = await call(stack, 'GET', `/sales/plans?period=${month}`, { token: head.token });
    expect(plans.body.items).toMatchObject([{ userId: manager.id, period: month, currency: 'UAH', amountWon: 2_000_000, dealsWon: 4, interactionsDone: 10, setBy: head.id }]);
    const row = page.getByTestId(`performance-${manager.id}`);
    await expect.poll(() => row.getByTestId(`deals-${manager.id}`).textContent()).toContain('/ 4');
    expect(await row.getByTestId(`amount-${manager.id}`).textContent()).toContain('20,000.00');
    // 5,000 of 20,000 won, 1 of 4 deals, 3 of 10 calls.
    expect(await row.getByTestId(`amount-${manager.id}-percent`).textContent()).toBe('25%');
    expect(await row.getByTestId(`deals-${manager.id}-percent`).textContent()).toBe('25%');
    expect(await row.getByTestId(`interactions-${manager.id}-percent`).textContent()).toBe('30%');
    await snap(page, 'sales-08-performance-month');

    await page.getByTestId('period-kind').getByText('Quarter').click();
    await row.getByTestId('plan-from-months').waitFor();
    await snap(page, 'sales-09-performance-quarter');
  });

  it('a plain manager sees their figures but no control to edit plans, and the API refuses them', async () => {
    // This one works in Ukrainian: the screen's words, numbers and month names follow.
    expect((await call(stack, 'PATCH', '/auth/me', { token: plain.token, body: { locale: 'uk' } })).status).toBe(200);
    const page = await pageAs(plain);
    await page.goto(`${stack.url}/performance`);
    await page.getByTestId(`performance-${plain.id}`).waitFor();
    expect(await page.getByTestId('performance-table').locator('tbody tr').count()).toBe(1);
    expect(await page.locator('[data-testid^="plan-edit-"]').count()).toBe(0);
    expect(await page.getByTestId('performance-page').textContent()).toContain('Плани і виконання');
    await snap(page, 'sales-10-performance-plain-manager');
    const refused = await call(stack, 'POST', '/sales/plans', { token: plain.token, body: { userId: plain.id, period: month, currency: 'UAH', amountWon: 1, dealsWon: 1, interactionsDone: 1 } });
    expect(refused.status).toBe(403);
    const ownPlans = await call(stack, 'GET', `/sales/plans?period=${month}`, { token: plain.token });
    expect(ownPlans.body.items).toEqual([]);
  });

  it('a marketer reads shipments and contracts but gets no control to change them, and the API refuses them', async () => {
    const marketer = await person('Marta Marketer', ['marketer']);
    const page = await pageAs(marketer);
    await page.goto(`${stack.url}/shipments`);
    await page.getByTestId('shipments-page').waitFor();
    await page.getByText(/No shipments|Convection oven/).first().waitFor();
    expect(await page.getByTestId('shipment-new').count()).toBe(0);
    expect(await page.locator('[data-testid$="-ship"], [data-testid$="-replan"]').count()).toBe(0);
    await page.goto(`${stack.url}/contracts`);
    await page.getByTestId('contracts-page').waitFor();
    expect(await page.getByTestId('contract-new').count()).toBe(0);
    expect(await page.getByTestId('nav-performance').count()).toBe(0);
    const refused = await call(stack, 'POST', '/shipments', { token: marketer.token, body: { dealId: deal.id, lines: [{ productId: 1, qty: 1 }], plannedAt: new Date().toISOString() } });
    expect(refused.status).toBe(403);
    expect((await call(stack, 'POST', '/contracts', { token: marketer.token, body: { dealId: deal.id, number: 'X-1', validFrom: day(0) } })).status).toBe(403);
  });

  it("a head of sales working in Ukrainian sees the team's contracts and shipments in Ukrainian", async () => {
    expect((await call(stack, 'PATCH', '/auth/me', { token: head.token, body: { locale: 'uk' } })).status).toBe(200);
    const page = await pageAs(head);
    await page.goto(`${stack.url}/contracts`);
    await page.getByTestId('contract-days-left').waitFor();
    expect(await page.getByTestId('contract-days-left').textContent()).toBe('Залишилося 400 днів');
    await snap(page, 'sales-11-contracts-uk');
    await page.goto(`${stack.url}/shipments`);
    await page.getByTestId(`shipment-${overdueShipment}`).waitFor();
    await snap(page, 'sales-12-shipments-uk');
  });
});
