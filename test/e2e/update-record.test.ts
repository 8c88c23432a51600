import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { linearProcess } from '../support/bpmn.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { deployFixture, eventually } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let manager: User;
let client: { id: number };
let dealId: number;

const step = (id: string, fields: string, record = '') =>
  `<bpmn:serviceTask id="${id}" name="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="update-record" />${record}<zeebe:ioMapping><zeebe:input source="${fields.replace(/"/g, '&quot;')}" target="fields" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>`;

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  manager = await userWithRoles(stack, ['sales_manager']);
  const owner = await userWithRoles(stack, ['process_owner']);
  client = await newCounterparty(stack, manager, { name: 'Polissia Timber', status: 'prospect' });
  const deal = await call(stack, 'POST', '/deals', { token: manager.token, body: { title: 'Sawmill line', counterpartyId: client.id, amount: 100_000, currency: 'UAH' } });
  dealId = deal.body.id;
  const clientStep = step('profile', '={status: "client", industry: "Timber"}', '<zeebe:taskHeaders><zeebe:header key="recordType" value="client" /></zeebe:taskHeaders>')
    .replace('<zeebe:ioMapping>', `<zeebe:ioMapping><zeebe:input source="=${client.id}" target="recordId" />`);
  await deployFixture(stack, owner.token, 'set_terms', linearProcess('set_terms', [{ id: 'terms', xml: step('terms', '={amount: 450000, expectedCloseDate: "2026-12-20"}') }, { id: 'profile', xml: clientStep }]));
  const started = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key: 'set_terms', record: { type: 'deal', id: String(dealId) } } });
  await eventually(async () => (await call(stack, 'GET', `/process-instances/${started.body.workflowId}`, { token: owner.token })).body.status === 'completed', 'the process to end');
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const pageAs = (user: User) => signedInPage(browser, stack.url, user, { viewport: { width: 1366, height: 800 } });

describe('changes made by a process step', () => {
  it('show the process as their author in the deal’s and the client’s history', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/deals/${dealId}`);
    const dealRows = page.getByTestId('deal-history').getByTestId('change-by-process');
    await dealRows.first().waitFor();
    expect(await dealRows.count()).toBe(2);
    // The step set 450000 minor units: the history says it as money.
    expect(await page.getByTestId('deal-history').textContent()).toMatch(/UAH\s4,500\.00/);
    await snap(page, 'update-record-01-deal-history');

    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('tab-history').click();
    // The card's creation (by the manager) and the process's change both touch the status.
    const row = page.locator('[data-testid="history-row"][data-field="status"]').filter({ has: page.getByTestId('change-by-process') });
    await row.waitFor();
    expect(await row.getByTestId('change-by-process').textContent()).toBe('Process');
    // The new status, said in the reader's words.
    expect(await row.textContent()).toMatch(/Client$/);
    await snap(page, 'update-record-02-client-history');
  });
});
