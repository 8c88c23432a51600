import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from './support/browser.ts';
import { linearProcess, userTask } from './support/bpmn.ts';
import { newCounterparty } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

/**
 * A manager starts a process from a client card without typing variables (the start dialog's
 * usual case): its `=owner` task lands in their own inbox and the process knows the client.
 */
type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let owner: User, manager: User, colleague: User;
let client: { id: number };

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  colleague = await userWithRoles(stack, ['sales_manager']);
  const xml = linearProcess('call-back', [userTask('call', 'Call the client back', '=owner')], 'Call back');
  expect((await deployFixture(stack, owner.token, 'call-back', xml)).status).toBe(201);
  client = await newCounterparty(stack, manager, { name: 'Kvitka LLC' });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const start = (who: User, variables: Record<string, unknown>) =>
  call(stack, 'POST', '/process-instances', { token: who.token, body: { key: 'call-back', record: { type: 'client', id: String(client.id) }, variables } });
const mine = async (who: User) => (await call(stack, 'GET', '/inbox?view=mine', { token: who.token })).body.items as { title?: string; name?: string; workflowId?: string }[];

describe('starting a process for a client', () => {
  it('gives its owner task to the person who started it, and the client id to the process', async () => {
    const started = await start(manager, {});
    expect(started.status).toBe(201);
    const id = started.body.workflowId as string;
    const task = await eventually(async () => (await mine(manager)).find((t) => JSON.stringify(t).includes(id)), 'the task in the starter’s inbox');
    expect(task).toBeTruthy();
    const instance = await call(stack, 'GET', `/process-instances/${encodeURIComponent(id)}`, { token: owner.token });
    expect(instance.body.variables).toMatchObject({ owner: String(manager.id), counterpartyId: client.id });
    expect(JSON.stringify(await mine(colleague))).not.toContain(id);
  });

  it('keeps what the starter typed: an owner given by hand wins', async () => {
    const started = await start(manager, { owner: String(colleague.id) });
    const id = started.body.workflowId as string;
    await eventually(async () => (await mine(colleague)).find((t) => JSON.stringify(t).includes(id)), 'the task in the named owner’s inbox');
    expect(JSON.stringify(await mine(manager))).not.toContain(id);
  });

  it('in the browser: started from the client card with no variables typed, the task is in the starter’s inbox', async () => {
    const page = await signedInPage(browser, stack.url, manager);
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('start-process').click();
    await page.getByTestId('start-process-key').click();
    await page.getByRole('option', { name: 'Call back (call-back)' }).click();
    await page.getByTestId('start-process-confirm').click();
    await page.getByText('Process “Call back” (version 1) started.').waitFor();
    await snap(page, 'start-record-01-started');
    await page.goto(`${stack.url}/inbox`);
    // One from the first test, one from this start; the second test's task went to the colleague.
    await expect.poll(() => page.getByText('Call the client back').count(), { timeout: 20_000 }).toBe(2);
    await snap(page, 'start-record-02-inbox');
  });
});
