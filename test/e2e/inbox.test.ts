import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { deployFixture, eventually, fixture } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let reviewer: User, starter: User, owner: User;
let client: { id: number };

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  [reviewer, starter, owner] = await Promise.all([userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['process_owner'])]);
  client = await newCounterparty(stack, reviewer, { name: 'Kvitka LLC' });
  await deployFixture(stack, owner.token, 'offer_review', fixture('inbox-review', { KEY: 'offer_review' }));
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const pageAs = (user: User) => signedInPage(browser, stack.url, user);

describe('working the inbox', () => {
  it('shows a new task live, toasts its escalation, and completes it through its form after a refused value', async () => {
    const page = await pageAs(reviewer);
    await page.goto(`${stack.url}/inbox`);
    await page.getByTestId('inbox-empty').waitFor();
    expect(await page.getByTestId('nav-inbox').evaluate((el) => el.parentElement?.firstElementChild === el)).toBe(true);
    // Set in this document: still there later proves the list changed without a reload.
    await page.evaluate(() => Object.assign(globalThis, { sameDocument: true }));

    // A colleague starts the review from their own session; it is assigned to the reviewer.
    const starterPage = await pageAs(starter);
    await starterPage.goto(`${stack.url}/inbox`);
    await starterPage.getByTestId('inbox-tab-mine').waitFor();
    const started = await starterPage.evaluate(
      async (variables) => {
        const res = await fetch('/api/v1/process-instances', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: 'offer_review', variables }) });
        return { status: res.status, body: (await res.json()) as { workflowId: string } };
      },
      { assignee: reviewer.email, due: new Date(Date.now() + 3600_000).toISOString(), priority: 80, escalateAfter: 'PT3S', offer: 'O-77', counterpartyId: client.id },
    );
    expect(started.status, JSON.stringify(started.body)).toBe(201);

    const row = page.getByTestId('inbox-item-task');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain('Review the offer');
    expect(await row.textContent()).toContain('Kvitka LLC');
    await expect.poll(() => page.getByTestId('inbox-count-mine').textContent()).toBe('1');

    // The boundary timer does not interrupt the task: it tells the reviewer, live.
    const toast = page.getByTestId('toast');
    await toast.waitFor({ timeout: 20_000 });
    expect(await toast.textContent()).toContain('Offer O-77 waits for your review');
    await expect.poll(() => page.getByTestId('bell-count').textContent()).toContain('1');
    expect(await page.evaluate(() => (globalThis as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await snap(page, 'inbox-01-live-task-and-toast');

    await page.getByTestId('bell').click();
    const notice = page.getByTestId('notice').first();
    await notice.waitFor();
    expect(await notice.getAttribute('data-unread')).toBe('true');
    await page.waitForTimeout(400); // only for the screenshot: the dropdown fades in
    await snap(page, 'inbox-02-notification-centre');
    await notice.getByTestId('notice-read').click();
    await expect.poll(() => notice.getAttribute('data-unread')).toBe('false');
    await expect.poll(() => page.getByTestId('bell-count').textContent()).not.toContain('1');
    await page.keyboard.press('Escape');

    await row.getByRole('link', { name: 'Review the offer' }).click();
    await page.getByTestId('task-title').waitFor();
    await page.getByTestId('task-diagram').locator('.djs-element[data-element-id="review"]').waitFor();
    expect(await page.getByTestId('task-client').textContent()).toBe('Kvitka LLC');
    // The task's own node carries the highlight marker.
    expect(await page.getByTestId('task-diagram').locator('.djs-element[data-element-id="review"]').getAttribute('class')).toMatch(/task-current/);
    expect(await page.getByTestId('task-diagram').locator('.djs-element[data-element-id="start"]').getAttribute('class')).not.toMatch(/task-current/);

    // A discount above the form's maximum is refused at the field; the task stays open.
    await page.getByLabel('Approve').check();
    await page.getByLabel('Discount, %').fill('45');
    await page.getByTestId('task-complete').click();
    const fieldError = page.getByTestId('task-form').locator('.fjs-form-field-error');
    await fieldError.first().waitFor();
    expect(await fieldError.first().textContent()).toMatch(/30/);
    expect(await page.getByTestId('task-status').textContent()).toBe('Open');
    await snap(page, 'inbox-03-task-field-error');

    await page.getByLabel('Discount, %').fill('10');
    await page.getByTestId('task-complete').click();
    await page.waitForURL(`${stack.url}/inbox`);
    await page.getByTestId('inbox-empty').waitFor();
    await expect.poll(() => page.getByTestId('inbox-count-mine').textContent()).toBe('0');
    await snap(page, 'inbox-04-done');
    const instance = await eventually(async () => {
      const a = await call(stack, 'GET', `/process-instances/${started.body.workflowId}`, { token: owner.token });
      return a.body.status === 'completed' ? a.body : null;
    }, 'the review to end');
    expect(instance.variables).toMatchObject({ decision: 'approve', discount: 10 });
  });

  it('claims a task from the group queue, hands it back, and delegates it to a colleague; contacts and reminders sit in the same list', async () => {
    // Started without an assignee: the task waits in the sales managers' queue.
    const answer = await call(stack, 'POST', '/process-instances', { token: starter.token, body: { key: 'offer_review', variables: { escalateAfter: 'PT1H', offer: 'O-78', priority: 20, due: new Date(Date.now() + 7200_000).toISOString() } } });
    expect(answer.status).toBe(201);
    const planned = await call(stack, 'POST', '/interactions', { token: reviewer.token, body: { kind: 'call', subject: 'Call Kvitka about the offer', counterpartyId: client.id, at: new Date(Date.now() - 1800_000).toISOString() } });
    expect(planned.status).toBe(201);
    const reminder = await call(stack, 'POST', '/reminders', { token: reviewer.token, body: { at: new Date(Date.now() + 5400_000).toISOString(), text: 'Send the signed contract' } });
    expect(reminder.status).toBe(201);

    const page = await pageAs(reviewer);
    await page.goto(`${stack.url}/inbox?view=claimable`);
    const row = page.getByTestId('inbox-item-task');
    await row.waitFor({ timeout: 20_000 });
    await row.getByRole('link', { name: 'Review the offer' }).click();
    // The queue is named as the role is, and the diagram by the process's name, not its key.
    await expect.poll(() => page.getByTestId('task-assignee').textContent()).toBe('Not claimed yet (group: Sales manager)');
    await expect.poll(() => page.getByTestId('task-process').textContent()).toBe('Offer review, version 1');
    await page.getByTestId('task-claim').click();
    await expect.poll(() => page.getByTestId('task-assignee').textContent()).toBe('Assigned to you');
    await page.getByTestId('task-unclaim').click();
    await page.getByTestId('task-claim').waitFor();
    await page.getByTestId('task-claim').click();
    await expect.poll(() => page.getByTestId('task-assignee').textContent()).toBe('Assigned to you');
    await snap(page, 'inbox-05-claimed-task');

    await page.getByRole('link', { name: 'Inbox' }).first().click();
    await page.getByTestId('inbox-item-contact').waitFor();
    expect(await page.getByTestId('inbox-list').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).toEqual([
      'inbox-item-contact',
      'inbox-item-reminder',
      'inbox-item-task',
    ]);
    await expect.poll(() => page.getByTestId('inbox-count-overdue').textContent()).toBe('1');
    await snap(page, 'inbox-06-mixed-queue');

    await page.getByTestId('inbox-item-task').getByRole('link', { name: 'Review the offer' }).click();
    await page.getByTestId('task-delegate').click();
    await page.getByTestId('delegate-user').fill(starter.email);
    await page.getByRole('option', { name: new RegExp(starter.email) }).click();
    await page.getByTestId('delegate-confirm').click();
    await page.getByTestId('delegate-user').waitFor({ state: 'detached' });
    expect(await page.getByTestId('task-action-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('task-assignee').textContent()).toBe('Assigned to someone else');
    await page.goto(`${stack.url}/inbox?view=delegated`);
    await page.getByTestId('inbox-item-task').waitFor();
    expect(await page.getByTestId('inbox-count-delegated').textContent()).toBe('1');
    expect((await call(stack, 'GET', '/inbox?view=mine', { token: starter.token })).body.items.map((i: { title: string }) => i.title)).toEqual(['Review the offer']);
  });
});
