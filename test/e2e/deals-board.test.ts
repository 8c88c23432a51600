import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DealSchema } from '../../domain/sales/index.ts';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { eventually } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let admin: User, manager: User, other: User, owner: User;

/** Deals written straight to the table at New: more than a column's first page. */
async function manyDeals(who: User, counterpartyId: number, n: number, prefix: string) {
  const em = stack.orm.em.fork();
  for (let i = 1; i <= n; i++) {
    em.create(DealSchema, { title: `${prefix} ${i}`, counterpartyId, contacts: [], amount: 10_000_00, currency: 'UAH', products: [], responsibleId: who.id, competitors: [], processKey: 'sales-pipeline', stage: 'New', status: 'open', createdBy: who.id });
  }
  await em.flush();
}

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  admin = await userWithRoles(stack, ['admin']);
  manager = await userWithRoles(stack, ['sales_manager']);
  other = await userWithRoles(stack, ['sales_manager']);
  owner = await userWithRoles(stack, ['process_owner']);
  const kvitka = await newCounterparty(stack, manager, { name: 'Kvitka LLC' });
  const dnipro = await newCounterparty(stack, other, { name: 'Dnipro Steel' });
  // Two deals run by the pipeline process, in two currencies: what the funnel counts.
  for (const [title, amount, currency] of [['Ovens for Kvitka', 990_000_00, 'UAH'], ['Export ovens', 12_500_00, 'EUR']] as const) {
    const answer = await call(stack, 'POST', '/deals', { token: manager.token, body: { title, counterpartyId: kvitka.id, amount, currency, processKey: 'sales-pipeline' } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  }
  await manyDeals(manager, kvitka.id, 25, 'Service visit');
  await manyDeals(other, dnipro.id, 3, 'Steel beams');
  await eventually(async () => {
    const list = await call(stack, 'GET', '/deals?processKey=sales-pipeline&limit=200', { token: manager.token });
    return list.body.items.every((d: { stage: string }) => d.stage === 'New');
  }, 'process deals at New');
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const pageAs = (user: User, language?: string) => signedInPage(browser, stack.url, user, { viewport: { width: 1366, height: 860 } }).then(async (page) => {
  if (language) await page.context().addInitScript((l) => localStorage.setItem('processCrm.language', l), language);
  return page;
});
const cards = (page: Page, stage: string) => page.getByTestId(`stage-${stage}`).locator('[data-testid^="deal-card-"]');

describe('deals board with many deals', () => {
  it('shows the whole stage count and sum, the first cards, and loads the rest with "show more"', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/deals`);
    const column = page.getByTestId('stage-New');
    await column.waitFor();
    expect(await page.getByTestId('stage-count-New').textContent()).toBe('27');
    const sum = await page.getByTestId('stage-sum-New').textContent();
    // 25 × 10,000 + 990,000 hryvnias, and the euro deal beside them, never added in.
    expect(sum).toContain('1,240,000.00');
    expect(sum).toContain('€12,500.00');
    expect(await cards(page, 'New').count()).toBe(20);
    await snap(page, 'deals-board-01-first-page');

    await page.getByTestId('stage-more-New').click();
    await expect.poll(() => cards(page, 'New').count(), { timeout: 15_000 }).toBe(27);
    expect(await page.getByTestId('stage-more-New').count()).toBe(0);
    expect(await page.getByTestId('stage-count-New').textContent()).toBe('27');
    await snap(page, 'deals-board-02-all-loaded');

    // The table pages on the server too.
    await page.getByTestId('deal-view').getByText('Table').click();
    await page.getByTestId('deal-table').waitFor();
    await expect.poll(() => page.getByTestId('deal-table').locator('tbody tr').count()).toBe(27);
  });

  it('narrows the columns to one manager through the user picker and to a search', async () => {
    const page = await pageAs(admin);
    await page.goto(`${stack.url}/deals`);
    await page.getByTestId('stage-New').waitFor();
    expect(await page.getByTestId('stage-count-New').textContent()).toBe('30');
    const name = (await call(stack, 'GET', '/auth/me', { token: other.token })).body.displayName as string;
    await page.getByTestId('deal-manager').fill(name);
    await page.getByRole('option', { name, exact: true }).click();
    await expect.poll(() => page.getByTestId('stage-count-New').textContent(), { timeout: 15_000 }).toBe('3');
    expect(await page.getByTestId('stage-sum-New').textContent()).toContain('30,000.00');
    expect(await cards(page, 'New').count()).toBe(3);
    await snap(page, 'deals-board-03-by-manager');

    await page.getByTestId('deal-search').fill('beams 2');
    await expect.poll(() => page.getByTestId('stage-count-New').textContent(), { timeout: 15_000 }).toBe('1');
  });

  it("shows a manager none of another manager's deals in counts or cards", async () => {
    const page = await pageAs(other);
    await page.goto(`${stack.url}/deals`);
    await page.getByTestId('stage-New').waitFor();
    expect(await page.getByTestId('stage-count-New').textContent()).toBe('3');
    expect(await page.getByTestId('stage-sum-New').textContent()).not.toContain('€');
  });
});

describe('funnel in two currencies', () => {
  it('lists both currencies in the table and lets the chart switch between them, the larger first', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/analytics/funnel`);
    const row = page.getByTestId('funnel-stage-New');
    await row.waitFor({ timeout: 20_000 });
    const text = await row.textContent();
    expect(text).toContain('990,000.00');
    expect(text).toContain('€12,500.00');
    const chart = page.getByTestId('funnel-forecast-chart');
    await chart.waitFor();
    const choice = page.getByTestId('funnel-forecast-currency');
    expect(await chart.textContent()).toContain('UAH');
    await snap(page, 'deals-board-04-funnel-uah');
    await choice.getByText('EUR').click();
    await expect.poll(() => chart.locator('p').first().textContent()).toContain('EUR');
    await snap(page, 'deals-board-05-funnel-eur');
  });
});

describe('the deal screens in Ukrainian', () => {
  it('names the shipped stages in Ukrainian on the board, its move menu, the table and the funnel; one export wording', async () => {
    const page = await pageAs(manager, 'uk');
    await page.goto(`${stack.url}/deals`);
    await page.getByTestId('stage-New').waitFor();
    expect(await page.getByTestId('stage-New').locator('p').first().textContent()).toBe('Нова');
    expect(await page.getByTestId('stage-Won').locator('p').first().textContent()).toBe('Виграна');
    expect(await page.getByTestId('deals-export').textContent()).toBe('Експорт у XLSX');
    const first = cards(page, 'New').first();
    const id = (await first.getAttribute('data-testid'))!.replace('deal-card-', '');
    await page.getByTestId(`deal-move-${id}`).click();
    expect(await page.getByTestId(`deal-move-${id}-Qualified`).textContent()).toBe('Кваліфікована');
    await snap(page, 'deals-board-07-uk-move-menu');
    await page.keyboard.press('Escape');

    await page.getByTestId('deal-view').getByText('Таблиця').click();
    const table = page.getByTestId('deal-table');
    await table.waitFor();
    // Whose deal each row is, and its stage in Ukrainian.
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain('Kvitka LLC');
    expect(await table.locator('tbody tr').first().textContent()).toContain('Нова');

    await page.goto(`${stack.url}/analytics/funnel`);
    const row = page.getByTestId('funnel-stage-Proposal');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('td').first().textContent()).toBe('Пропозиція');
    expect(await page.getByTestId('funnel-export').textContent()).toBe('Експорт у XLSX');
    await snap(page, 'deals-board-08-uk-funnel');

    // The client list's export is the same button with the same words.
    const english = await pageAs(manager);
    await english.goto(`${stack.url}/clients`);
    await english.getByTestId('clients-export').waitFor();
    expect(await english.getByTestId('clients-export').textContent()).toBe('Export to XLSX');
    await english.goto(`${stack.url}/deals`);
    expect(await english.getByTestId('deals-export').textContent()).toBe('Export to XLSX');
  });

  it('shows the deal’s client and a readable change history', async () => {
    const list = await call(stack, 'GET', `/deals?processKey=sales-pipeline&search=${encodeURIComponent('Ovens for Kvitka')}`, { token: manager.token });
    const deal = list.body.items[0] as { id: number };
    const page = await pageAs(manager, 'uk');
    await page.goto(`${stack.url}/deals/${deal.id}`);
    await expect.poll(() => page.getByTestId('deal-client-link').textContent(), { timeout: 15_000 }).toBe('Kvitka LLC');
    expect(await page.getByTestId('deal-stage').textContent()).toBe('Нова');
    const history = page.getByTestId('deal-history');
    await expect.poll(() => history.getByTestId('deal-history-field').allTextContents()).toContain('Сума');
    // Amounts as money, the responsible as "you" — not minor units and user ids.
    const values = (await history.getByTestId('deal-history-value').allTextContents()).join(' | ');
    expect(values).toMatch(/990\s000,00\sгрн/);
    expect(values).not.toContain('99000000');
    await snap(page, 'deals-board-09-uk-deal');
  });

  it('opens a contract from the link of its expiry notice', async () => {
    const client = (await call(stack, 'GET', '/counterparties?search=Kvitka', { token: manager.token })).body.items[0] as { id: number };
    const c = await call(stack, 'POST', '/contracts', { token: manager.token, body: { counterpartyId: client.id, number: 'CTR-UA-9', validFrom: '2026-01-01', validTo: '2027-01-31' } });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/contracts/${c.body.id}`);
    const form = page.getByTestId('contract-form');
    await form.waitFor({ timeout: 15_000 });
    expect(await form.locator('input[value="CTR-UA-9"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${stack.url}/contracts`);
    await page.goto(`${stack.url}/contracts/999999`);
    await page.getByTestId('contract-open-error').waitFor();
  });
});

describe('refused deploy in Ukrainian', () => {
  it('says the reason in Ukrainian with its values, while the API keeps the English message', async () => {
    const xml = badTimerModel('PT8X');
    const api = await call(stack, 'POST', '/process-definitions/bad-timer/versions', { token: owner.token, raw: xml, headers: { 'content-type': 'application/xml' } });
    expect(api.status).toBe(422);
    expect(api.body.errors).toContainEqual(expect.objectContaining({
      message: '"PT8X" is not a valid ISO 8601 duration (e.g. PT8H, P2D)',
      params: expect.objectContaining({ elementId: 'wait', reasonCode: 'timer.invalid_duration', values: { value: 'PT8X' } }),
    }));

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bad-timer-')), 'bad-timer.bpmn');
    fs.writeFileSync(file, xml);
    const page = await pageAs(owner, 'uk');
    await page.goto(`${stack.url}/processes`);
    await page.getByTestId('process-new').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => page.getByTestId('process-key').inputValue(), { timeout: 15_000 }).toBe('bad-timer');
    await page.getByTestId('deploy').click();
    const refusal = page.getByTestId('deploy-refused');
    await refusal.waitFor({ timeout: 15_000 });
    expect(await refusal.textContent()).toContain('«PT8X» — некоректна тривалість ISO 8601 (напр. PT8H, P2D)');
    await snap(page, 'deals-board-06-refused-uk');
  });

  it('names the types of refused elements in Ukrainian, not as BPMN names', async () => {
    const xml = unsupportedModel();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'unsupported-')), 'unsupported.bpmn');
    fs.writeFileSync(file, xml);
    const page = await pageAs(owner, 'uk');
    await page.goto(`${stack.url}/processes`);
    await page.getByTestId('process-new').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => page.getByTestId('process-key').inputValue(), { timeout: 15_000 }).toBe('unsupported');
    await page.getByTestId('deploy').click();
    const refusal = page.getByTestId('deploy-refused');
    await refusal.waitFor({ timeout: 15_000 });
    const text = (await refusal.textContent())!;
    // Each refused element is labelled with its type in Ukrainian, not the BPMN name (complexGateway).
    expect(text).toContain('Pick (Складний шлюз)');
    expect(text).toContain('Shout (Кінцева подія)');
    expect(text).not.toMatch(/complex ?Gateway|end ?Event|«signal»/i);
    await snap(page, 'deals-board-10-refused-types-uk');
  });
});

/** A start, a timer with the given duration and an end, with diagram shapes so the designer draws it. */
function badTimerModel(duration: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="bad-timer" name="Bad timer" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:intermediateCatchEvent id="wait" name="Wait"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
      <bpmn:timerEventDefinition id="td"><bpmn:timeDuration>${duration}</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="bad-timer">
    <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="wait_di" bpmnElement="wait"><dc:Bounds x="200" y="100" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="300" y="100" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="236" y="118" /><di:waypoint x="300" y="118" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

/** A complex gateway and a signal end event: two things the engine does not run. */
function unsupportedModel(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:signal id="sig" name="Done" />
  <bpmn:process id="unsupported" name="Unsupported" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:complexGateway id="pick" name="Pick"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:complexGateway>
    <bpmn:endEvent id="end" name="Shout"><bpmn:incoming>f2</bpmn:incoming><bpmn:signalEventDefinition id="sd" signalRef="sig" /></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="pick" />
    <bpmn:sequenceFlow id="f2" sourceRef="pick" targetRef="end" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="unsupported">
    <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="pick_di" bpmnElement="pick"><dc:Bounds x="200" y="93" width="50" height="50" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="320" y="100" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="250" y="118" /><di:waypoint x="320" y="118" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
