import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { eventually, fixture } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * One process from drawing board to statistics, as the people involved see it: the process
 * owner imports and deploys it in the designer, a colleague starts it for a client, the
 * assignee watches it arrive live in their inbox, gets the escalation, completes the form,
 * and the owner sees the instance ended and the counts on the heatmap.
 */
type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let owner: User, reviewer: User, starter: User;
let client: { id: number };
const slow = { timeout: 20_000 };

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  [owner, reviewer, starter] = await Promise.all([userWithRoles(stack, ['process_owner']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
  // The starter works on the client (starting a process for it needs that); the assignee need not.
  client = await newCounterparty(stack, starter, { name: 'Kvitka LLC' });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const pageAs = (user: User) => signedInPage(browser, stack.url, user);

describe('a process from the designer to the heatmap', () => {
  let workflowId = '';

  it('the owner imports the model in the designer and deploys it', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journey-')), 'offer-journey.bpmn');
    fs.writeFileSync(file, fixture('inbox-review', { KEY: 'offer-journey' }));
    const page = await pageAs(owner);
    await page.goto(stack.url);
    await page.getByTestId('nav-processes').click();
    await page.getByTestId('process-new').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => page.getByTestId('process-key').inputValue(), slow).toBe('offer-journey');
    await page.getByTestId('deploy').click();
    await page.getByTestId('deploy-success').waitFor(slow);
    expect(await page.getByTestId('deploy-success').textContent()).toContain('version 1');
    await snap(page, 'journey-01-deployed');
  });

  it('a colleague starts it for a client; the task arrives live in the assignee’s inbox, then its escalation', async () => {
    const inbox = await pageAs(reviewer);
    await inbox.goto(`${stack.url}/inbox`);
    await inbox.getByTestId('inbox-empty').waitFor();
    await inbox.evaluate(() => Object.assign(globalThis, { sameDocument: true }));

    const started = await call(stack, 'POST', '/process-instances', {
      token: starter.token,
      body: { key: 'offer-journey', record: { type: 'client', id: String(client.id) }, variables: { assignee: reviewer.email, due: new Date(Date.now() + 3600_000).toISOString(), priority: 50, escalateAfter: 'PT3S', offer: 'O-90', counterpartyId: client.id } },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    workflowId = started.body.workflowId;
    expect((await call(stack, 'GET', `/process-instances?record=client:${client.id}`, { token: owner.token })).body.items.map((i: { workflowId: string }) => i.workflowId)).toEqual([workflowId]);

    const row = inbox.getByTestId('inbox-item-task');
    await row.waitFor(slow);
    expect(await row.textContent()).toContain('Kvitka LLC');
    const toast = inbox.getByTestId('toast');
    await toast.waitFor(slow);
    expect(await toast.textContent()).toContain('Offer O-90 waits for your review');
    expect(await inbox.evaluate(() => (globalThis as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await snap(inbox, 'journey-02-live-task-and-escalation');

    await row.getByRole('link', { name: 'Review the offer' }).click();
    await inbox.getByTestId('task-title').waitFor();
    await inbox.getByLabel('Approve').check();
    await inbox.getByLabel('Discount, %').fill('5');
    await inbox.getByTestId('task-complete').click();
    await inbox.waitForURL(`${stack.url}/inbox`);
    await inbox.getByTestId('inbox-empty').waitFor();
  });

  it('the owner sees the instance ended on its diagram and the counts on the heatmap', async () => {
    await eventually(async () => (await call(stack, 'GET', `/process-instances/${workflowId}`, { token: owner.token })).body.status === 'completed', 'the instance to end');
    const page = await pageAs(owner);
    await page.goto(`${stack.url}/monitoring/instances/${encodeURIComponent(workflowId)}`);
    await expect.poll(() => page.getByTestId('instance-state').first().getAttribute('data-state'), slow).toBe('completed');
    await page.locator('[data-testid="instance-diagram"][data-ready="true"]').waitFor(slow);
    const visited = (id: string) => page.getByTestId('instance-diagram').locator(`.djs-element[data-element-id="${id}"]`).first().getAttribute('class');
    for (const id of ['start', 'review', 'reviewed', 'late', 'escalate']) expect(await visited(id), id).toMatch(/mon-visited/);
    expect(await page.getByTestId('token-review').count()).toBe(0);
    await snap(page, 'journey-03-instance-ended');

    await page.goto(`${stack.url}/analytics?key=offer-journey`);
    await page.locator('[data-testid="heatmap-diagram"][data-ready="true"]').waitFor(slow);
    for (const [nodeId, passed] of [['start', 1], ['review', 1], ['reviewed', 1], ['escalate', 1]] as const) {
      await expect.poll(() => page.getByTestId(`heat-${nodeId}`).getAttribute('data-passed'), slow).toBe(String(passed));
    }
    await snap(page, 'journey-04-heatmap');
  });
});
