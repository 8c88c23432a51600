import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, signedInPage, snap } from '../support/browser.ts';
import { linearProcess, userTask } from '../support/bpmn.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { deployFixture, eventually } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

/** A process whose start event has a form: the starter fills it in, its values start the instance, bad values start nothing. */
let stack: Stack;
let browser: Browser;
let owner: Awaited<ReturnType<typeof userWithRoles>>;
let manager: Awaited<ReturnType<typeof userWithRoles>>;
let client: { id: number };
const slow = { timeout: 20_000 };
const startForm = JSON.stringify({
  components: [
    { key: 'amount', label: 'Order amount', type: 'number', validate: { required: true, min: 1 } },
    { key: 'note', label: 'Note for the reviewer', type: 'textfield' },
  ],
}).replace(/"/g, '&quot;');
const model = linearProcess('order_intake', [userTask('review', 'Review the order', '=owner')], 'Order intake').replace(
  /<bpmn:startEvent id="start" name="Start"\s*>/,
  `<bpmn:startEvent id="start" name="Start"><bpmn:extensionElements><zeebe:userTaskForm id="start_form">${startForm}</zeebe:userTaskForm></bpmn:extensionElements>`,
);

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  [owner, manager] = await Promise.all([userWithRoles(stack, ['process_owner']), userWithRoles(stack, ['sales_manager'])]);
  expect(model).toContain('start_form');
  expect((await deployFixture(stack, owner.token, 'order-intake', model)).status).toBe(201);
  client = await newCounterparty(stack, manager, { name: 'Kvitka Bakery' });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('start forms', () => {
  it('the API gives the form, refuses a start that breaks it with each field named, and lets no stranger start one', async () => {
    const form = await call(stack, 'GET', '/process-definitions/order-intake/start-form', { token: manager.token });
    expect(form.body).toMatchObject({ version: 1, schema: { components: [expect.objectContaining({ key: 'amount' }), expect.objectContaining({ key: 'note' })] } });
    const bad = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key: 'order-intake', record: { type: 'client', id: String(client.id) }, variables: { amount: 0 } } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'body.variables.amount', code: 'out_of_range' })]);
    const marketer = await userWithRoles(stack, ['marketer']);
    expect((await call(stack, 'POST', '/process-instances', { token: marketer.token, body: { key: 'order-intake', record: { type: 'client', id: String(client.id) }, variables: { amount: 5 } } })).status).toBe(403);
    expect((await call(stack, 'GET', `/process-instances?key=order-intake`, { token: owner.token })).body.items).toEqual([]);
  });

  it('a manager starts it from the client card by filling in the form; a missing amount is said on its field', async () => {
    const page: Page = await signedInPage(browser, stack.url, manager, { viewport: { width: 1366, height: 768 } });
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('start-process').click();
    await page.getByTestId('start-process-key').click();
    await page.getByRole('option', { name: /Order intake/ }).click();
    const form = page.getByTestId('task-form');
    await form.getByLabel('Note for the reviewer').fill('Two ovens, urgent');
    await page.getByTestId('start-process-confirm').click();
    await expect.poll(() => form.textContent(), slow).toMatch(/required/i);
    await snap(page, 'start-form-01-missing');
    await form.getByLabel('Order amount').fill('1500');
    await page.getByTestId('start-process-confirm').click();
    await page.getByTestId('start-process-done').waitFor(slow);
    await snap(page, 'start-form-02-started');
    const instance = await eventually(async () => (await call(stack, 'GET', '/process-instances?key=order-intake', { token: owner.token })).body.items[0], 'the instance');
    const detail = await call(stack, 'GET', `/process-instances/${instance.workflowId}`, { token: owner.token });
    expect(detail.body.variables).toMatchObject({ amount: 1500, note: 'Two ovens, urgent', counterpartyId: client.id });
  });
});
