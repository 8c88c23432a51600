import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap } from '../support/browser.ts';
import { newCounterparty, type Person } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let browser: Browser;
let seller: Person, rival: Person;
const contexts: BrowserContext[] = [];
let page: Page;
let clientUrl = '';

/** A fresh browser context logged in through the login form as `who`. */
async function loggedIn(who: Person): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  contexts.push(context);
  const p = await context.newPage();
  await p.goto(stack.url);
  await p.getByTestId('login-email').fill(who.email);
  await p.getByTestId('login-password').fill('correct horse battery');
  await p.getByTestId('login-password').press('Enter');
  await p.getByTestId('greeting').waitFor();
  return p;
}

const byTest = (id: string) => page.getByTestId(id);
/** Screens reload from the server after each action; on a busy 2-core CI box that takes more than a second. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
const rowNames = (p: Page) => p.getByTestId('client-row').locator('a').allTextContents();

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  [seller, rival] = await Promise.all([userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager'])]);
  // A few clients already on the seller's book, so the list has something to search and sort.
  await newCounterparty(stack, seller, { name: 'Lviv Bakery', industry: 'food', region: 'Lviv', status: 'client', tags: ['key'], phones: [{ number: '+380671111111' }], emails: [{ address: 'hi@bakery.test' }] });
  await newCounterparty(stack, seller, { name: 'Odesa Port Services', industry: 'logistics', region: 'Odesa', status: 'prospect' });
  await newCounterparty(stack, rival, { name: 'Rival Only Ltd' });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('client screens in the browser', () => {
  it('a sales manager creates a client; the server’s field errors land on the fields', async () => {
    page = await loggedIn(seller);
    await byTest('nav-clients').click();
    await byTest('clients-table').waitFor();
    await poll(() => rowNames(page)).toEqual(['Lviv Bakery', 'Odesa Port Services']);
    await snap(page, 'clients-01-list');

    await byTest('client-new').click();
    await byTest('client-name').fill('Smart Agro LLC');
    await byTest('client-taxId').fill('14360571');
    await byTest('client-save').click();
    await snap(page, 'clients-02-create-field-errors');
    await poll(() => byTest('client-taxId').getAttribute('aria-invalid')).toBe('true');
    expect(await byTest('client-name').getAttribute('aria-invalid')).toBeNull();

    await byTest('client-taxId').fill('14360570');
    await byTest('client-phone').fill('not a phone');
    await byTest('client-save').click();
    await poll(() => byTest('client-phone').getAttribute('aria-invalid')).toBe('true');
    expect(await byTest('client-taxId').getAttribute('aria-invalid')).toBeNull();

    await byTest('client-phone').fill('067 123 45 67');
    await byTest('client-email').fill('office@smart-agro.test');
    await byTest('client-region').fill('Kyiv');
    await byTest('client-save').click();
    await byTest('client-card').waitFor();
    expect(await byTest('client-card-name').textContent()).toBe('Smart Agro LLC');
    expect(await byTest('detail-phones').textContent()).toContain('+380671234567');
    clientUrl = page.url();
    await byTest('completeness-panel').waitFor();
    await snap(page, 'clients-03-card');
  });

  it('finds the new client in the list by search, and selects rows for a bulk action', async () => {
    await byTest('nav-clients').click();
    await poll(() => rowNames(page)).toEqual(['Lviv Bakery', 'Odesa Port Services', 'Smart Agro LLC']);
    await byTest('clients-search').fill('agro');
    await poll(() => rowNames(page)).toEqual(['Smart Agro LLC']);
    await byTest('clients-search').fill('');
    await poll(() => rowNames(page)).toHaveLength(3);

    await page.getByRole('checkbox', { name: 'Select Lviv Bakery' }).check();
    await page.getByRole('checkbox', { name: 'Select Odesa Port Services' }).check();
    // Rows a search hides are not acted on: the bulk bar goes away while they are out of the list.
    await byTest('clients-search').fill('agro');
    await poll(() => rowNames(page)).toEqual(['Smart Agro LLC']);
    expect(await byTest('bulk-bar').count()).toBe(0);
    await byTest('clients-search').fill('');
    await poll(() => rowNames(page)).toHaveLength(3);
    await byTest('bulk-tag').fill('spring-campaign');
    await byTest('bulk-add-tag').click();
    await poll(() => page.getByTestId('client-row').filter({ hasText: 'spring-campaign' }).count()).toBe(2);
    // The new responsible is picked by name, starting with the manager themselves, not typed as an id.
    await poll(() => byTest('bulk-responsible').inputValue()).toMatch(/^User \d+$/);
    const assigned = page.waitForResponse((r) => r.url().endsWith('/counterparties/bulk') && r.request().postDataJSON()?.action?.type === 'assign');
    await byTest('bulk-assign').click();
    const answer = await assigned;
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as { updated: number }).updated).toBe(2);
    await snap(page, 'clients-04-list-bulk');
  });

  it('edits a field on the card and sees it in the change history', async () => {
    await page.getByRole('link', { name: 'Smart Agro LLC' }).click();
    await byTest('client-edit').click();
    await byTest('client-industry').fill('agriculture');
    await byTest('client-save').click();
    await poll(() => byTest('detail-industry').textContent()).toContain('agriculture');
    await byTest('tab-history').click();
    const row = page.locator('[data-testid="history-row"][data-field="industry"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('agriculture');
    await snap(page, 'clients-05-card-history');
  });

  it('shows "changed by someone else" with the current values when the record moved on, and reapplies on request', async () => {
    await byTest('client-edit').click();
    await byTest('client-region').fill('Kharkiv');
    // Meanwhile the same manager saves another change from elsewhere (say, their phone).
    const id = Number(clientUrl.split('/').pop());
    const current = await call(stack, 'GET', `/counterparties/${id}`, { token: seller.token });
    const elsewhere = await call(stack, 'PATCH', `/counterparties/${id}`, { token: seller.token, headers: { 'if-match': current.headers.get('etag')! }, body: { source: 'exhibition' } });
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(200);

    await byTest('client-save').click();
    await byTest('client-conflict').waitFor();
    expect(await byTest('client-conflict').textContent()).toContain('exhibition');
    await snap(page, 'clients-06-card-conflict');
    await byTest('conflict-reapply').click();
    await poll(() => byTest('detail-region').textContent()).toContain('Kharkiv');
    expect(await byTest('detail-source').textContent()).toContain('exhibition');
  });

  it('adds a contact person', async () => {
    await byTest('tab-contacts').click();
    await byTest('contact-add').click();
    await byTest('contact-fullName').fill('Iryna Koval');
    await byTest('contact-position').fill('Chief agronomist');
    await byTest('contact-email').fill('iryna@smart-agro.test');
    await byTest('contact-save').click();
    await poll(() => page.getByTestId('contact-row').allTextContents()).toEqual([expect.stringContaining('Iryna Koval')]);
    // A second person becomes the primary contact from the keyboard: listed first, marked, the first one unmarked.
    await byTest('contact-add').click();
    await byTest('contact-fullName').fill('Taras Melnyk');
    await byTest('contact-primary').check();
    await byTest('contact-fullName').press('Enter');
    await poll(() => page.getByTestId('contact-row').allTextContents()).toEqual([expect.stringContaining('Taras Melnyk'), expect.stringContaining('Iryna Koval')]);
    expect(await page.getByTestId('contact-primary-badge').count()).toBe(1);
    expect(await page.getByTestId('contact-row').first().getAttribute('data-primary')).toBe('true');
    await snap(page, 'clients-07-card-contacts');
    await byTest('tab-timeline').click();
    await poll(() => page.getByTestId('timeline-entry').count()).toBeGreaterThan(0);
    await snap(page, 'clients-08-card-timeline');
  });

  it('saves the filters as a segment, lists its members with their count, and exports the list; another manager sees none of them', async () => {
    await page.goto(`${stack.url}/clients`);
    await byTest('clients-table').waitFor();
    await byTest('filter-tags').fill('key');
    await byTest('filter-tags').press('Enter');
    await poll(() => rowNames(page)).toEqual(['Lviv Bakery']);
    await byTest('segment-save').click();
    await byTest('segment-name').fill('Key accounts');
    await byTest('segment-save-confirm').click();
    await poll(() => byTest('segment-count').textContent()).toBe('1 client');
    await poll(() => rowNames(page)).toEqual(['Lviv Bakery']);
    const saved = (await call(stack, 'GET', '/segments', { token: seller.token })).body.items.find((s: { name: string }) => s.name === 'Key accounts');
    expect(saved.rules).toEqual({ all: [{ field: 'tags', op: 'hasAll', values: ['key'] }] });
    await snap(page, 'clients-12-segment');

    const href = await byTest('clients-export').getAttribute('href');
    expect(href).toBe(`/api/v1/segments/${saved.id}/export`);
    const download = await page.request.get(`${stack.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');

    const other = await loggedIn(rival);
    await other.getByTestId('nav-clients').click();
    await other.getByTestId('segment-select').click();
    await other.getByRole('option', { name: 'Key accounts' }).click();
    await expect.poll(() => other.getByTestId('segment-count').textContent(), { timeout: 10_000 }).toBe('0 clients');
    await expect.poll(() => other.getByTestId('client-row').count(), { timeout: 10_000 }).toBe(0);
    await other.context().close();
  });

  it('warns about likely duplicates while typing a new client, only among clients the user may see', async () => {
    await page.goto(`${stack.url}/clients/new`);
    await byTest('client-name').fill('Lviv Bakery Ltd');
    await byTest('client-phone').fill('067 111 11 11');
    await byTest('likely-duplicates').waitFor();
    const warned = byTest('likely-duplicate');
    await poll(() => warned.count()).toBe(1);
    expect(await warned.textContent()).toMatch(/Lviv Bakery.*similar name.*same phone|Lviv Bakery.*same phone.*similar name/);
    await snap(page, 'clients-10-create-likely-duplicates');

    const other = await loggedIn(rival);
    await other.goto(`${stack.url}/clients/new`);
    await other.getByTestId('client-name').fill('Rival Only');
    await other.getByTestId('likely-duplicates').waitFor();
    await other.getByTestId('client-name').fill('Lviv Bakery Ltd');
    await other.getByTestId('client-phone').fill('067 111 11 11');
    await expect.poll(() => other.getByTestId('likely-duplicates').count(), { timeout: 10_000 }).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await other.getByTestId('likely-duplicates').count()).toBe(0);
    await other.context().close();
  });

  it('lists likely duplicate pairs and merges one after a preview, redoing the preview when a record changed meanwhile', async () => {
    const bakery = (await call(stack, 'GET', '/counterparties?q=Lviv%20Bakery', { token: seller.token })).body.items[0];
    const twin = await newCounterparty(stack, seller, { name: 'Bakery of Lviv', emails: [{ address: 'hi@bakery.test' }], addresses: [{ text: 'Rynok Square 1, Lviv' }] });
    await page.goto(`${stack.url}/clients`);
    await byTest('client-duplicates').click();
    await byTest('duplicate-pairs').waitFor();
    await poll(() => byTest('duplicate-pair').count()).toBe(1);
    expect(await byTest('duplicate-pair').textContent()).toContain('same e-mail');
    await byTest('duplicate-review').click();
    await byTest('merge-moves').waitFor();
    if (!(await byTest('merge-direction').textContent())!.startsWith('“Bakery of Lviv”')) await byTest('merge-swap').click();
    await poll(() => byTest('merge-direction').textContent()).toBe('“Bakery of Lviv” will be merged into “Lviv Bakery”.');
    expect(await byTest('merge-fields').textContent()).toContain('Rynok Square 1, Lviv');
    await snap(page, 'clients-11-merge-preview');

    // Someone edits the twin after the preview was shown: the merge is refused and the preview redone.
    const current = (await call(stack, 'GET', `/counterparties/${twin.id}`, { token: seller.token })).body;
    const edited = await call(stack, 'PATCH', `/counterparties/${twin.id}`, { token: seller.token, body: { website: 'https://bakery.test' }, headers: { 'if-match': `W/"${current.lockVersion}"` } });
    expect(edited.status).toBe(200);
    await byTest('merge-confirm').click();
    await byTest('merge-changed').waitFor();
    await poll(() => byTest('merge-fields').textContent()).toContain('https://bakery.test');
    await byTest('merge-confirm').click();
    await byTest('merge-review').waitFor({ state: 'detached' });
    await poll(() => byTest('duplicate-pair').count()).toBe(0);

    await page.goto(`${stack.url}/clients/${bakery.id}`);
    await byTest('client-card').waitFor();
    await poll(() => byTest('detail-website').textContent()).toContain('https://bakery.test');
    expect(await byTest('detail-addresses').textContent()).toContain('Rynok Square 1, Lviv');
    // The merged record's old address leads to the remaining client.
    await page.goto(`${stack.url}/clients/${twin.id}`);
    await poll(() => page.url()).toBe(`${stack.url}/clients/${bakery.id}`);
    await poll(() => byTest('client-card-name').textContent()).toBe('Lviv Bakery');
    // The twin's own history moved here, and says whose it is.
    const titles = () => page.getByTestId('timeline-entry').allTextContents();
    await poll(async () => (await titles()).some((x) => x.includes('Client Bakery of Lviv merged into this one'))).toBe(true);
    expect((await titles()).some((x) => x.includes('Client Bakery of Lviv (merged into this one) created'))).toBe(true);
    await snap(page, 'clients-12-merged-timeline');
  });

  it('another sales manager neither lists the client nor opens it by its address', async () => {
    const other = await loggedIn(rival);
    await other.getByTestId('nav-clients').click();
    await poll(() => rowNames(other)).toEqual(['Rival Only Ltd']);
    await other.goto(clientUrl);
    await other.getByTestId('not-found').waitFor();
    expect(await other.getByTestId('client-card').count()).toBe(0);
    await snap(other, 'clients-09-other-manager-not-found');
  });
});
