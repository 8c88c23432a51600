import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../domain/access/index.ts';
import { ProcessDefinitionSchema, ProcessEventSchema, ProcessInstanceSchema } from '../../domain/processes/index.ts';
import { DealSchema } from '../../domain/sales/index.ts';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty, teamOf } from '../support/clients.ts';
import { call } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Charts a user reads (funnel, ABC/XYZ, process statistics, plan against actual) render as SVG
 * with numbers in the user's language, and deal pickers find a deal beyond their first page by
 * typing, then pick it from the keyboard.
 */
type Person = { token: string; email: string; id: number };
let stack: Stack;
let browser: Browser;
let admin: Person, head: Person, manager: Person;
let kvitka: number;
let pekar: number;
let ovens: number;
const slow = { timeout: 20_000 };
const H = 3_600_000;

async function person(displayName: string, roles: string[], locale?: string): Promise<Person> {
  const email = `${displayName.toLowerCase().replace(/\W+/g, '.')}@example.test`;
  const user = await createUser(stack.orm.em.fork(), { email, displayName, password: 'correct horse battery', roleCodes: roles });
  const login = await call(stack, 'POST', '/auth/login', { body: { email, password: 'correct horse battery' } });
  expect(login.status).toBe(200);
  if (locale) expect((await call(stack, 'PATCH', '/auth/me', { token: login.body.token, body: { locale } })).status).toBe(200);
  return { token: login.body.token, email, id: user.id };
}

const pageAs = (who: Person) => signedInPage(browser, stack.url, who, { viewport: { width: 1366, height: 900 }, locale: 'en-GB' });

/** A pipeline deal and its process log, written as the engine writes them: it walked `stages`, a day in each. */
async function walked(title: string, amount: number, stages: string[], status: 'open' | 'won' = 'open', counterpartyId = kvitka) {
  const em = stack.orm.em.fork();
  const version = (await em.findOneOrFail(ProcessDefinitionSchema, { key: 'sales-pipeline' })).activeVersion!;
  const workflowId = `chart-${randomUUID()}`;
  const start = Date.now() - stages.length * 24 * H - H;
  const deal = em.create(DealSchema, {
    title, counterpartyId, contacts: [], amount, currency: 'UAH', products: [], responsibleId: manager.id, competitors: [], processKey: 'sales-pipeline',
    workflowId, stage: stages.at(-1)!, status, closedAt: status === 'won' ? new Date() : null, createdBy: manager.id,
  });
  await em.flush();
  em.create(ProcessInstanceSchema, {
    workflowId, definitionKey: 'sales-pipeline', versionNumber: version, recordType: 'deal', recordId: String(deal.id), status: status === 'open' ? 'active' : 'completed',
    currentNodes: status === 'open' ? [`at_${stages.at(-1)!.toLowerCase()}`] : [], stage: stages.at(-1)!, variables: {}, startedBy: manager.id, startedAt: new Date(start), endedAt: null, parentWorkflowId: null,
  });
  let seq = 0;
  const event = (type: 'node_entered' | 'node_left', nodeId: string, at: number) =>
    em.create(ProcessEventSchema, { dedupeKey: `${workflowId}:${++seq}`, workflowId, definitionKey: 'sales-pipeline', versionNumber: version, type, nodeId, nodeType: 'x', tokenId: 't1', occurredAt: new Date(at) });
  event('node_entered', 'start', start);
  const nodeOf = (stage: string) => (stage === 'Won' ? 'end_won' : `at_${stage.toLowerCase()}`);
  // Each stage takes a day and a few hours more than the one before, so the steps differ in time.
  stages.forEach((stage, i) => {
    const at = start + i * 24 * H + (i + 1) * H;
    if (i > 0) {
      event('node_left', nodeOf(stages[i - 1]!), at);
      event('node_entered', `${stages[i - 1]!.toLowerCase()}_to_${stage.toLowerCase()}`, at);
    }
    event('node_entered', nodeOf(stage), at);
  });
  await em.flush();
}

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  admin = await person('Iryna Admin', ['admin']);
  head = await person('Oksana Head', ['head_of_sales'], 'uk');
  manager = await person('Petro Manager', ['sales_manager']);
  await teamOf(stack, admin, 'Kyiv sales', head, [head, manager]);
  kvitka = (await newCounterparty(stack, manager, { name: 'Kvitka LLC' })).id;
  pekar = (await newCounterparty(stack, manager, { name: 'Pekar Bakery' })).id;
  // More deals than a picker's first page (20), the one sought last.
  const em = stack.orm.em.fork();
  for (let i = 1; i <= 24; i++) {
    em.create(DealSchema, { title: `Service visit ${i}`, counterpartyId: kvitka, contacts: [], amount: 10_000, currency: 'UAH', products: [], responsibleId: manager.id, competitors: [], processKey: 'sales-pipeline', status: 'open', createdBy: manager.id });
  }
  await em.flush();
  await walked('Ovens for Kvitka', 1_234_567, ['New', 'Qualified', 'Proposal']);
  ovens = (await em.fork().findOneOrFail(DealSchema, { title: 'Ovens for Kvitka' })).id;
  await walked('Mixers', 250_000_00, ['New', 'Qualified']);
  await walked('Dough sheeter', 480_000_00, ['New'], 'open', pekar);
  await walked('Proofers', 1_234_567, ['New', 'Qualified', 'Proposal', 'Negotiation', 'Won'], 'won');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('deal pickers', () => {
  it('show the first page on open, find a deal beyond it by typing, and pick it from the keyboard', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/contracts`);
    await page.getByTestId('contract-new').click();
    const picker = page.getByTestId('contract-deal');
    await picker.click();
    // The options of the open dropdown (the language switcher has options of its own).
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.count(), slow).toBe(20);
    expect(await options.filter({ hasText: 'Ovens for Kvitka' }).count()).toBe(0);

    const searched = page.waitForResponse((r) => r.url().includes('/deals?') && r.url().includes('search=ovens'));
    await picker.pressSequentially('ovens');
    await searched;
    await page.getByRole('option', { name: 'Ovens for Kvitka' }).waitFor(slow);
    expect(await options.count()).toBe(1);
    await snap(page, 'charts-01-deal-picker-search');
    await picker.press('ArrowDown');
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe('Ovens for Kvitka');

    await page.getByTestId('contract-number').fill('CTR-77');
    await page.getByTestId('contract-save').click();
    await page.getByTestId('contract-form').waitFor({ state: 'detached' });
    const list = await call(stack, 'GET', `/contracts?dealId=${ovens}`, { token: manager.token });
    expect(list.body.items).toMatchObject([{ number: 'CTR-77', dealId: ovens }]);
    // The list names the deal and the client of the row without loading every deal in reach.
    await expect.poll(() => page.getByTestId(`contract-${list.body.items[0].id}`).textContent(), slow).toContain('Ovens for Kvitka');
  });

  it("find deals by their client's name on the shipments filter", async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/shipments`);
    const picker = page.getByTestId('filter-deal');
    await picker.click();
    await picker.pressSequentially('pekar');
    const sheeter = page.getByRole('listbox').getByRole('option', { name: 'Dough sheeter' });
    await sheeter.waitFor(slow);
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(1);
    const id = (await call(stack, 'GET', '/deals?search=sheeter', { token: manager.token })).body.items[0].id;
    const filtered = page.waitForRequest((r) => r.url().includes('/shipments?') && r.url().includes(`dealId=${id}`));
    await sheeter.click();
    await filtered;
  });
});

describe('charts', () => {
  it('the funnel draws deals by stage with the share going on, time in stage and the open amount, in the user’s numbers', async () => {
    const funnel = (await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline', { token: manager.token })).body;
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/analytics/funnel`);
    await page.getByTestId('funnel-chart').waitFor(slow);
    for (const id of ['funnel-stages-chart', 'funnel-time-chart', 'funnel-forecast-chart']) await page.getByTestId(id).locator('svg.recharts-surface').first().waitFor(slow);
    const first = funnel.stages[0] as { stage: string; entered: number; conversionToNext: number };
    expect(first).toMatchObject({ stage: 'New', entered: 4 });
    const rate = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(first.conversionToNext);
    await snap(page, 'charts-02-funnel');
    // A long label wraps onto a second line of the SVG text, hence the spaces left out.
    const labels = (await page.getByTestId('funnel-stages-chart').locator('svg').first().textContent())!.replace(/\s/g, '');
    expect(labels).toContain(`4 · ${rate} onward`.replace(/\s/g, ''));
  });

  it('plan against actual is drawn in Ukrainian money for a Ukrainian head of sales', async () => {
    const page = await pageAs(head);
    await page.goto(`${stack.url}/performance`);
    const chart = page.getByTestId('performance-chart');
    await chart.locator('svg.recharts-surface').first().waitFor(slow);
    await snap(page, 'charts-03-performance-uk');
    // Axis ticks in Ukrainian short form ("5 тис. ₴"), the tooltip in full ("12 345,67 ₴").
    await expect.poll(() => chart.locator('svg.recharts-surface').first().textContent(), slow).toMatch(/тис\./);
    // Hovering the manager's bar shows his won amount in full.
    // The pointer sweeps across the plot until the tooltip of his column shows.
    const box = (await chart.locator('svg.recharts-surface').first().boundingBox())!;
    let shown = '';
    for (let x = box.x + 100; x < box.x + box.width && !/12[\s\u00a0\u202f]345,67/.test(shown); x += 40) {
      await page.mouse.move(x, box.y + box.height / 2);
      await page.waitForTimeout(100);
      shown = (await chart.locator('.recharts-tooltip-wrapper').textContent()) ?? '';
    }
    expect(shown).toMatch(/12[\s\u00a0\u202f]345,67/);
    expect(shown).toContain('Факт');
    await snap(page, 'charts-03-performance-uk-tooltip');
  });

  it('ABC/XYZ draws the sales of each class by steadiness beside the shaded matrix', async () => {
    const page = await pageAs(admin);
    await page.goto(`${stack.url}/analytics/abc-xyz`);
    await page.getByTestId('abc-matrix').waitFor(slow);
    await page.getByTestId('abc-chart').locator('svg.recharts-surface').first().waitFor(slow);
    await snap(page, 'charts-04-abc-xyz');
  });

  it('process statistics draw the slowest steps', async () => {
    const page = await pageAs(admin);
    await page.goto(`${stack.url}/analytics?key=sales-pipeline`);
    await page.getByTestId('node-time-chart').locator('svg.recharts-surface').first().waitFor(slow);
    expect(await page.getByTestId('node-time-chart').textContent()).toMatch(/\d+(\.\d)?\s?(d|h)/);
    await snap(page, 'charts-05-heatmap-times');
  });
});
