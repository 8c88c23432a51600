import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty, teamOf, type Person } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * A sales manager works their day in the browser: logs a call on the client card, plans a
 * contact that lands in the inbox and completes it there, takes a message for a colleague who
 * is out; the colleague reads it; the head reads the figures per employee. Roles without the
 * right neither see the screens nor get past the API.
 */
let stack: Stack;
let browser: Browser;
let admin: Person, head: Person, manager: Person, colleague: Person, marketer: Person, owner: Person;
let client: { id: number };
const slow = { timeout: 20_000 };

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  admin = await userWithRoles(stack, ['admin']);
  head = await userWithRoles(stack, ['head_of_sales']);
  manager = await userWithRoles(stack, ['sales_manager']);
  colleague = await userWithRoles(stack, ['sales_manager']);
  marketer = await userWithRoles(stack, ['marketer']);
  owner = await userWithRoles(stack, ['process_owner']);
  await teamOf(stack, admin, 'North', head, [manager, colleague]);
  client = await newCounterparty(stack, manager, { name: 'Kvitka LLC' });
  const contact = await call(stack, 'POST', `/counterparties/${client.id}/contacts`, { token: manager.token, body: { fullName: 'Olena Shevchenko' } });
  expect(contact.status, JSON.stringify(contact.body)).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const pageAs = (user: Person) => signedInPage(browser, stack.url, user);
const interactionsOf = async (who: Person, query: string) => (await call(stack, 'GET', `/interactions?counterpartyId=${client.id}&${query}`, { token: who.token })).body.items as { id: number; subject: string; state: string; result: string | null; nextStep: string | null }[];

/** Picks the option a search finds in a searchable select, from the keyboard. */
async function pick(page: Page, testId: string, search: string, option: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.pressSequentially(search);
  const found = page.getByRole('option', { name: option, exact: true });
  await found.waitFor(slow);
  await found.click();
}

const nameOf = async (who: Person): Promise<string> => (await call(stack, 'GET', '/auth/me', { token: who.token })).body.displayName;

describe('client card', () => {
  it('logs a call with its result and next step; the server refuses an empty subject on the field; the timeline shows the call', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('log-interaction').click();
    const form = page.getByTestId('log-form');
    await form.waitFor();
    // Nothing typed: the server's problem+json names body.subject, shown under the subject field.
    await page.getByTestId('interaction-save').click();
    const subject = page.getByTestId('interaction-subject');
    await expect.poll(() => subject.getAttribute('aria-invalid'), slow).toBe('true');
    await snap(page, 'interactions-01-log-refused');

    await subject.fill('Discussed the oven delivery');
    await page.getByTestId('interaction-contacts').click();
    await page.getByRole('option', { name: 'Olena Shevchenko' }).click();
    await page.getByTestId('interaction-result').fill('Agreed on delivery in May');
    await page.getByTestId('interaction-next-step').fill('Send the contract draft');
    await page.getByTestId('interaction-save').click();
    await form.waitFor({ state: 'detached' });

    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.textContent(), slow).toContain('Call: Discussed the oven delivery (done)');
    expect(await timeline.textContent()).toContain('Agreed on delivery in May → Send the contract draft');
    const [logged] = await interactionsOf(manager, 'state=done');
    expect(logged).toMatchObject({ subject: 'Discussed the oven delivery', state: 'done', result: 'Agreed on delivery in May', nextStep: 'Send the contract draft' });
    await snap(page, 'interactions-02-logged');
  });

  it('plans a contact already due, shown overdue on the card; completes it from the inbox with its result and plans the next one in the same dialog', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('plan-contact').click();
    await page.getByTestId('plan-form').waitFor();
    // An hour ago: the contact is late as soon as it is planned.
    const anHourAgo = await page.evaluate(() => {
      const d = new Date(Date.now() - 3_600_000);
      return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    });
    await page.getByTestId('interaction-at').fill(anHourAgo);
    await page.getByTestId('interaction-subject').fill('Call back about the discount');
    await page.getByTestId('interaction-save').click();
    await page.getByTestId('plan-form').waitFor({ state: 'detached' });
    const row = page.getByTestId('planned-contact').filter({ hasText: 'Call back about the discount' });
    await row.waitFor(slow);
    expect(await row.getAttribute('data-overdue')).toBe('true');
    await snap(page, 'interactions-03-planned-overdue');

    await page.getByTestId('nav-inbox').click();
    const item = page.getByTestId('inbox-item-contact').filter({ hasText: 'Call back about the discount' });
    await item.waitFor(slow);
    await snap(page, 'interactions-04-inbox');
    await item.getByTestId('inbox-open').click();
    const drawer = page.getByTestId('contact-details');
    await drawer.waitFor(slow);
    await snap(page, 'interactions-04b-inbox-drawer');
    await page.getByTestId('contact-complete').click();
    await page.getByTestId('complete-result').fill('They accept 5 %');
    await page.getByTestId('complete-next-step').fill('Prepare the invoice');
    await page.getByTestId('complete-plan-next').check();
    await page.getByTestId('next-subject').fill('Confirm the invoice was received');
    await snap(page, 'interactions-05-complete-dialog');
    await page.getByTestId('complete-save').click();
    await page.getByTestId('complete-form').waitFor({ state: 'detached' });

    // The completed contact leaves the list; the next one (tomorrow) takes its place.
    await page.getByTestId('inbox-item-contact').filter({ hasText: 'Confirm the invoice was received' }).waitFor(slow);
    await expect.poll(() => page.getByTestId('inbox-item-contact').filter({ hasText: 'Call back about the discount' }).count(), slow).toBe(0);
    await snap(page, 'interactions-06-inbox-after');
    const done = (await interactionsOf(manager, 'state=done')).find((i) => i.subject === 'Call back about the discount');
    expect(done).toMatchObject({ result: 'They accept 5 %', nextStep: 'Prepare the invoice' });
    expect((await interactionsOf(manager, 'state=planned')).map((i) => i.subject)).toEqual(['Confirm the invoice was received']);

    // A reminder's notification links the contact itself (/interactions/:id), and a client as /counterparties/:id.
    await page.goto(`${stack.url}/interactions/${done!.id}`);
    const details = page.getByTestId('contact-details');
    await expect.poll(() => details.getAttribute('data-state'), slow).toBe('done');
    expect(await details.textContent()).toContain('They accept 5 %');
    await page.goto(`${stack.url}/counterparties/${client.id}`);
    await expect.poll(() => page.url(), slow).toBe(`${stack.url}/clients/${client.id}`);
  });

  it('sets a reminder about the client, which waits in the inbox and is dismissed there', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('add-reminder').click();
    await page.getByTestId('reminder-text').fill('Ask for the bank details');
    await page.getByTestId('reminder-save').click();
    await page.getByTestId('reminder-form').waitFor({ state: 'detached' });
    await page.goto(`${stack.url}/inbox`);
    const item = page.getByTestId('inbox-item-reminder').filter({ hasText: 'Ask for the bank details' });
    await item.waitFor(slow);
    await item.getByTestId('inbox-open').click();
    await page.getByTestId('reminder-dismiss').click();
    await expect.poll(() => item.count(), slow).toBe(0);
    const scheduled = await call(stack, 'GET', '/reminders?state=scheduled', { token: manager.token });
    expect(scheduled.body.items.filter((r: { interactionId: number | null }) => !r.interactionId)).toEqual([]);
  });

  it('shows a read-only reader the planned contacts without the buttons, and the API refuses the reader a write', async () => {
    const page = await pageAs(marketer);
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('planned-contact').first().waitFor(slow);
    expect(await page.getByTestId('log-interaction').count()).toBe(0);
    expect(await page.getByTestId('planned-complete').count()).toBe(0);
    const refused = await call(stack, 'POST', '/interactions', { token: marketer.token, body: { kind: 'call', counterpartyId: client.id, at: new Date().toISOString(), subject: 'x', state: 'done' } });
    expect(refused.status).toBe(403);
  });
});

describe('incoming requests', () => {
  it('a manager takes a message for a colleague; the colleague sees it unread with a count in the menu, opens it and it is read; the client history shows it', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/incoming-requests`);
    await page.getByTestId('request-register').click();
    await page.getByTestId('request-form').waitFor();
    await pick(page, 'request-client', 'Kvitka', 'Kvitka LLC');
    await page.getByTestId('request-from').fill('Olena Shevchenko');
    await page.getByTestId('request-text').fill('Please call back about the second oven');
    await pick(page, 'request-addressee', colleague.email, await nameOf(colleague));
    await snap(page, 'interactions-07-request-form');
    await page.getByTestId('request-save').click();
    await page.getByTestId('request-form').waitFor({ state: 'detached' });
    await page.getByTestId('request-row').filter({ hasText: 'second oven' }).waitFor(slow);

    const theirs = await pageAs(colleague);
    await theirs.goto(`${stack.url}/incoming-requests`);
    const badge = theirs.getByTestId('requests-unread-badge');
    await expect.poll(() => badge.textContent(), slow).toBe('1');
    const row = theirs.getByTestId('request-row').filter({ hasText: 'second oven' });
    await row.waitFor(slow);
    expect(await row.getAttribute('data-unread')).toBe('true');
    const weight = (el: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { fontWeight: string } }).getComputedStyle(el).fontWeight;
    expect(await row.evaluate(weight)).toBe('700');
    await snap(theirs, 'interactions-08-request-unread');
    await row.getByTestId('request-open').click();
    await theirs.getByText('Please call back about the second oven').last().waitFor();
    await expect.poll(() => row.getAttribute('data-unread'), slow).toBe('false');
    await expect.poll(() => badge.count(), slow).toBe(0);
    await snap(theirs, 'interactions-09-request-read');
    const stored = await call(stack, 'GET', '/incoming-requests', { token: colleague.token });
    expect(stored.body).toMatchObject({ unreadCount: 0, items: [{ from: 'Olena Shevchenko', addresseeId: colleague.id, read: true, counterpartyName: 'Kvitka LLC' }] });

    await page.goto(`${stack.url}/clients/${client.id}`);
    await expect.poll(() => page.getByTestId('timeline').textContent(), slow).toContain('Please call back about the second oven');
  });
});

describe('interactions by employee', () => {
  it('shows a head done, planned and overdue per employee and exports them; a manager has no such menu item', async () => {
    const page = await pageAs(head);
    await page.goto(`${stack.url}/`);
    await page.getByTestId('nav-interactionFigures').click();
    // The next contact is planned for tomorrow: the period runs to the end of next month.
    const nextMonthEnd = await page.evaluate(() => {
      const d = new Date();
      const end = new Date(d.getFullYear(), d.getMonth() + 2, 0);
      return `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}-${String(end.getDate()).padStart(2, '0')}`;
    });
    await page.getByTestId('figures-to').fill(nextMonthEnd);
    const row = page.locator(`[data-testid="figures-row"][data-user="${manager.id}"]`);
    await expect.poll(async () => (await row.count()) && row.getByTestId('figures-done').textContent(), slow).toBe('2');
    expect(await row.getByTestId('figures-planned').textContent()).toBe('1');
    expect(await row.getByTestId('figures-overdue').textContent()).toBe('0');
    expect(await page.locator(`[data-testid="figures-row"][data-user="${colleague.id}"]`).getByTestId('figures-done').textContent()).toBe('0');
    await snap(page, 'interactions-10-figures');
    // One employee: only their row comes back.
    const one = await call(stack, 'GET', `/analytics/interactions?from=2026-01-01T00:00:00Z&to=2028-01-01T00:00:00Z&userId=${manager.id}`, { token: head.token });
    expect(one.body.employees.map((e: { userId: number }) => e.userId)).toEqual([manager.id]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('figures-export').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('Interactions by employee')!;
    const managerName = await nameOf(manager);
    const managerRow = (sheet.getSheetValues() as unknown[][]).find((r) => r?.[1] === managerName);
    // Employee, done, planned, overdue, cancelled, then done by kind: call, meeting, e-mail, note, contact.
    expect(await page.getByTestId('figures-table').textContent()).toContain('Contact: done');
    expect(managerRow?.slice(1, 11)).toEqual([managerName, 2, 1, 0, 0, 1, 0, 0, 0, 1]);

    const managerPage = await pageAs(manager);
    await managerPage.goto(`${stack.url}/`);
    await managerPage.getByTestId('nav-inbox').waitFor();
    expect(await managerPage.getByTestId('nav-interactionFigures').count()).toBe(0);
  });
});

describe('language', () => {
  it('speaks the user’s language on the card: a Ukrainian head sees the buttons and dates in Ukrainian', async () => {
    expect((await call(stack, 'PATCH', '/auth/me', { token: head.token, body: { locale: 'uk' } })).status).toBe(200);
    const page = await pageAs(head);
    await page.goto(`${stack.url}/clients/${client.id}`);
    await expect.poll(() => page.getByTestId('log-interaction').textContent(), slow).toBe('Записати взаємодію');
    const when = await page.getByTestId('planned-contact').first().locator('td').first().textContent();
    // Intl in Ukrainian writes the month as a word in the genitive ("листоп." / "груд."), not in English.
    expect(when).not.toMatch(/Nov|Dec/);
    expect(await page.getByTestId('timeline').textContent()).toContain('Дзвінок: Discussed the oven delivery (виконано)');
    await snap(page, 'interactions-12-card-uk');
  });
});

describe('a Ukrainian manager', () => {
  it('sees a new client as one timeline entry with its fields folded under it, and the overdue notice in Ukrainian', async () => {
    const ukr = await userWithRoles(stack, ['sales_manager']);
    expect((await call(stack, 'PATCH', '/auth/me', { token: ukr.token, body: { locale: 'uk' } })).status).toBe(200);
    const own = await newCounterparty(stack, ukr, { name: 'Соняшник ТОВ', industry: 'Агро', phones: [{ number: '044 765 4321' }] });
    const planned = await call(stack, 'POST', '/interactions', { token: ukr.token, body: { kind: 'call', counterpartyId: own.id, at: new Date(Date.now() + 3000).toISOString(), subject: 'Передзвонити щодо знижки' } });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const page = await pageAs(ukr);
    await page.goto(`${stack.url}/clients/${own.id}`);

    // Creating the client wrote a history row per field; the reader sees one entry.
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.textContent(), slow).toContain('Клієнта створено');
    expect(await page.getByTestId('timeline-change-toggle').count()).toBe(1);
    expect(await timeline.textContent()).not.toMatch(/counterparty create/);
    await page.getByTestId('timeline-change-toggle').click();
    const fields = page.getByTestId('timeline-change-fields');
    await expect.poll(() => fields.textContent(), slow).toContain('Галузь');
    expect(await fields.textContent()).toContain('Агро');
    // Codes read as on the card: the kind is "Компанія", not "company".
    expect(await fields.textContent()).toContain('Компанія');
    expect(await fields.textContent()).not.toContain('company');
    await snap(page, 'interactions-13-card-timeline-uk');

    // Its time passes while it is still planned: the bell brings the notice in Ukrainian, with no ISO time.
    await expect.poll(() => page.getByTestId('bell-count').textContent(), { timeout: 30_000 }).toMatch(/[1-9]/);
    await page.getByTestId('bell').click();
    const notice = page.getByTestId('notice').filter({ hasText: 'Прострочений контакт' });
    await notice.waitFor(slow);
    const text = await notice.textContent();
    expect(text).toContain('Дзвінок «Передзвонити щодо знижки»: заплановано на');
    expect(text).toContain('не виконано');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await snap(page, 'interactions-14-notice-uk');
  });
});

describe('access', () => {
  it('refuses an outsider: no menu items, no screens, and the API says 403', async () => {
    const page = await pageAs(owner);
    await page.goto(`${stack.url}/incoming-requests`);
    await page.getByTestId('nav-home').waitFor();
    expect(await page.getByTestId('nav-requests').count()).toBe(0);
    expect(await page.getByTestId('requests-list').count()).toBe(0);
    expect(await page.getByTestId('request-register').count()).toBe(0);
    await snap(page, 'interactions-11-outsider');
    for (const [method, path, body] of [
      ['GET', '/incoming-requests', undefined],
      ['POST', '/incoming-requests', { from: 'x', channel: 'phone', text: 'x', addressee: { userId: manager.id } }],
      ['GET', `/interactions?counterpartyId=${client.id}`, undefined],
      ['GET', `/analytics/interactions?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`, undefined],
    ] as const) {
      const answer = await call(stack, method, path, { token: owner.token, body });
      expect(answer.status, `${method} ${path}`).toBe(403);
    }
  });
});
