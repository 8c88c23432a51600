import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { b64, makeDocx } from '../support/docx.ts';
import { call, userWithRoles } from '../support/http.ts';
import { eventually } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let manager: User, other: User;
const deals: { id: number; title: string }[] = [];

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  manager = await userWithRoles(stack, ['sales_manager']);
  other = await userWithRoles(stack, ['sales_manager']);
  const client = await newCounterparty(stack, manager, { name: 'Kvitka LLC' });
  for (const [title, amount] of [['Ovens for Kvitka', 990_000], ['Service contract', 120_000]] as const) {
    const answer = await call(stack, 'POST', '/deals', { token: manager.token, body: { title, counterpartyId: client.id, amount, currency: 'UAH', processKey: 'sales-pipeline' } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    deals.push({ id: answer.body.id, title });
  }
  await eventually(async () => {
    const list = await call(stack, 'GET', '/deals?processKey=sales-pipeline', { token: manager.token });
    return list.body.items.every((d: { stage: string }) => d.stage === 'New');
  }, 'both deals at New');
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const pageAs = (user: User) => signedInPage(browser, stack.url, user, { viewport: { width: 1366, height: 800 } });

describe('deals board', () => {
  it('moves a deal by drag and drop where the process allows it and explains a refused move', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/deals`);
    const [ovens, service] = deals;
    const card = (id: number) => page.getByTestId(`deal-card-${id}`);
    const column = (stage: string) => page.getByTestId(`stage-${stage}`);
    await column('New').getByTestId(`deal-card-${ovens!.id}`).waitFor();
    await snap(page, 'deals-01-board');

    await card(ovens!.id).dragTo(column('Qualified'));
    await column('Qualified').getByTestId(`deal-card-${ovens!.id}`).waitFor({ timeout: 15_000 });
    expect((await call(stack, 'GET', `/deals/${ovens!.id}`, { token: manager.token })).body.stage).toBe('Qualified');

    // Won is not reachable from New in the pipeline: the board says why and the deal stays.
    await page.getByTestId(`deal-move-${service!.id}`).click();
    await page.getByTestId(`deal-move-${service!.id}-Won`).click();
    const refusal = page.getByTestId('move-refused');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Qualified');
    await column('New').getByTestId(`deal-card-${service!.id}`).waitFor();
    await snap(page, 'deals-02-refused');

    await page.getByTestId('deal-view').getByText('Table').click();
    await page.getByTestId('deal-table').waitFor();
    expect(await page.getByTestId('deal-table').textContent()).toContain('Ovens for Kvitka');
    await snap(page, 'deals-03-table');
    // Export XLSX saves the listed deals as a workbook, through the session cookie.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('deals-export').click()]);
    expect(download.suggestedFilename()).toBe('deals.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const titles = book.getWorksheet('Deals')!.getColumn(2).values.slice(2);
    expect([...titles].sort()).toEqual(['Ovens for Kvitka', 'Service contract']);

    await page.getByRole('link', { name: 'Ovens for Kvitka' }).click();
    // The deal page loads the deal, its history and process first: seconds on a busy machine.
    await expect.poll(() => page.getByTestId('deal-stage').textContent(), { timeout: 15_000 }).toBe('Qualified');
    await snap(page, 'deals-04-deal');
  });

  it("shows the deal's process, generated documents, invoices and payments on its page", async () => {
    const ovens = deals[0]!;
    const record = { type: 'deal', id: String(ovens.id) };
    const token = manager.token;
    const template = await call(stack, 'POST', '/document-templates', { token, body: { docType: 'commercial_proposal', name: 'Proposal', contentBase64: b64(makeDocx(['Proposal {number} for {buyerName}'])) } });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const doc = await call(stack, 'POST', '/documents', { token, body: { docType: 'commercial_proposal', record, date: '2026-11-23', currency: 'UAH', data: { buyerName: 'Kvitka LLC' } } });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    const draft = await call(stack, 'POST', '/invoices', { token, body: { currency: 'UAH', record, buyerName: 'Kvitka LLC', dueDate: '2026-12-20', lines: [{ name: 'Oven', qty: 1, unitPrice: 990_000 }] } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const issued = await call(stack, 'POST', `/invoices/${draft.body.id}/issue`, { token, headers: { 'if-match': draft.headers.get('etag')! } });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const paid = await call(stack, 'POST', '/payments', { token, body: { amount: 400_000, currency: 'UAH', paidOn: '2026-11-20', invoiceId: draft.body.id }, headers: { 'idempotency-key': `e2e-${ovens.id}` } });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);

    const page = await pageAs(manager);
    const context = page.context();
    await page.goto(`${stack.url}/deals/${ovens.id}`);
    await page.getByTestId('deal-invoice').waitFor();
    expect(await page.getByTestId('deal-process').textContent()).toContain('Running');
    expect(await page.getByTestId('deal-document').textContent()).toContain(`Proposal ${doc.body.number}`);
    const invoiceRow = await page.getByTestId('deal-invoice').textContent();
    expect(invoiceRow).toContain(issued.body.number);
    expect(invoiceRow).toContain('Partially paid');
    expect(await page.getByTestId('deal-payment').textContent()).toMatch(/4,000\.00/);
    await snap(page, 'deals-05-deal-related');
    await context.close();
  });

  it('shows another manager none of these deals, and not the deal page either', async () => {
    const page = await pageAs(other);
    await page.goto(`${stack.url}/deals`);
    await page.getByTestId('stage-New').waitFor();
    expect(await page.getByTestId(`deal-card-${deals[0]!.id}`).count()).toBe(0);
    await page.goto(`${stack.url}/deals/${deals[0]!.id}`);
    await page.getByTestId('deal-error').waitFor();
  });
});
