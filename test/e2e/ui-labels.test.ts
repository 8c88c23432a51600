import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap } from '../support/browser.ts';
import { call, userWithRoles } from '../support/http.ts';
import { deployFixture, fixture } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

/** The designer's last English bits (the properties panel's element type, the lint button) and an export in the account's language. */
let stack: Stack;
let browser: Browser;
let owner: Awaited<ReturnType<typeof userWithRoles>>;

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  owner = await userWithRoles(stack, ['process_owner']);
  await deployFixture(stack, owner.token, 'label-review', fixture('inbox-review', { KEY: 'label-review' }));
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('designer labels in the user’s language', () => {
  for (const [language, userTask, process, noIssues] of [
    ['uk', 'Завдання користувача', 'Процес', 'Проблем немає'],
    ['ru', 'Пользовательская задача', 'Процесс', 'Проблем нет'],
  ] as const) {
    it(`${language}: the selected element's type and the lint button`, async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addCookies([{ name: 'crm_session', value: owner.token, url: stack.url }]);
      await context.addInitScript((l) => localStorage.setItem('processCrm.language', l), language);
      const page = await context.newPage();
      await page.goto(`${stack.url}/processes/label-review`);
      const type = page.getByTestId('properties-panel').locator('.bio-properties-panel-header-type');
      await expect.poll(() => type.textContent(), { timeout: 15_000 }).toBe(process);
      await page.locator('.djs-element[data-element-id="review"]').click();
      await expect.poll(() => type.textContent()).toBe(userTask);
      await expect.poll(() => page.locator('.bjsl-button').textContent(), { timeout: 15_000 }).toContain(noIssues);
      await snap(page, `designer-labels-${language}`);
      await context.close();
    });
  }
});

describe('process names in the user’s language', () => {
  it('uk: the shipped processes are named in Ukrainian in the process list and a process typed by its owner as typed', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addCookies([{ name: 'crm_session', value: owner.token, url: stack.url }]);
    await context.addInitScript(() => localStorage.setItem('processCrm.language', 'uk'));
    const page = await context.newPage();
    await page.goto(`${stack.url}/processes`);
    const pipeline = page.getByTestId('process-row-sales-pipeline').getByRole('link').first();
    await expect.poll(() => pipeline.textContent(), { timeout: 15_000 }).toBe('Воронка продажів');
    expect(await page.getByTestId('process-row-label-review').getByRole('link').first().textContent()).toBe('Offer review');
    await snap(page, 'processes-list-uk');
    await page.goto(`${stack.url}/processes/sales-shipment/versions`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toContain('Контроль відвантаження');
    await context.close();
  });
});

describe('plan against actual exported from its screen', () => {
  it('a Ukrainian head of sales downloads the table with Ukrainian headers', async () => {
    const head = await userWithRoles(stack, ['head_of_sales']);
    expect((await call(stack, 'PATCH', '/auth/me', { token: head.token, body: { locale: 'uk' } })).status).toBe(200);
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    await context.addCookies([{ name: 'crm_session', value: head.token, url: stack.url }]);
    const page = await context.newPage();
    await page.goto(`${stack.url}/performance`);
    await page.getByTestId('performance-table').waitFor();
    const button = page.getByTestId('performance-export');
    expect(await button.textContent()).toBe('Експорт у XLSX');
    await snap(page, 'performance-export-uk');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^sales-performance-\d{4}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('План і факт')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Менеджер', 'Валюта']);
    await context.close();
  });
});

describe('lint messages and the designer in Ukrainian', () => {
  it('a new model’s problems read in Ukrainian, on the canvas and on the lint button', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name: 'crm_session', value: owner.token, url: stack.url }]);
    await context.addInitScript(() => localStorage.setItem('processCrm.language', 'uk'));
    const page = await context.newPage();
    await page.goto(`${stack.url}/processes/new`);
    // A lone start event: no end event (error), not connected (error), no name (warning).
    await expect.poll(() => page.locator('.bjsl-button').textContent(), { timeout: 15_000 }).toContain('Помилок: 2, попереджень: 1');
    const issues = page.locator('.bjsl-overlay').first();
    await expect.poll(() => page.locator('.bjsl-overlay').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('У процесі немає кінцевої події')]),
    );
    const text = (await page.locator('.bjsl-overlay').allTextContents()).join(' ');
    expect(text).toContain('Елемент ні з чим не з’єднано');
    expect(text).toContain('Елемент не має назви');
    expect(text).not.toMatch(/is missing|not connected/);
    await issues.locator('.bjsl-icon').first().hover();
    await snap(page, 'designer-lint-uk');
    await context.close();
  });
});

describe('shipments exported from their screen', () => {
  it('a Ukrainian manager downloads the filtered shipments with Ukrainian headers', async () => {
    const manager = await userWithRoles(stack, ['sales_manager']);
    expect((await call(stack, 'PATCH', '/auth/me', { token: manager.token, body: { locale: 'uk' } })).status).toBe(200);
    const client = await call(stack, 'POST', '/counterparties', { token: manager.token, body: { kind: 'company', name: 'Odesa Port' } });
    const deal = await call(stack, 'POST', '/deals', { token: manager.token, body: { title: 'Cranes', counterpartyId: client.body.id, amount: 70_000, currency: 'UAH' } });
    const product = await call(stack, 'POST', '/products', { token: manager.token, body: { sku: 'CRANE-E2E', name: 'Crane', unit: 'pcs' } });
    const plannedAt = new Date(Date.now() + 86_400_000).toISOString();
    const shipment = await call(stack, 'POST', '/shipments', { token: manager.token, body: { dealId: deal.body.id, lines: [{ productId: product.body.id, qty: 2 }], plannedAt } });
    expect(shipment.status, JSON.stringify(shipment.body)).toBe(201);
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    await context.addCookies([{ name: 'crm_session', value: manager.token, url: stack.url }]);
    const page = await context.newPage();
    await page.goto(`${stack.url}/shipments`);
    await page.getByTestId('shipment-table').waitFor();
    await page.getByTestId('filter-state').click();
    await page.getByRole('option', { name: 'Заплановано' }).click();
    const button = page.getByTestId('shipments-export');
    await expect.poll(() => button.getAttribute('href')).toContain('state=planned');
    expect(await button.textContent()).toBe('Експорт у XLSX');
    await snap(page, 'shipments-export-uk');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('shipments.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('Відвантаження')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Відвантаження', 'Угода', 'Клієнт', 'Товари']);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 7)).toEqual([shipment.body.id, 'Cranes', 'Odesa Port', 'Crane × 2', plannedAt, 'Заплановано']);
    expect(sheet.rowCount).toBe(2);
    // The other new buttons carry their screen's view and filters.
    await page.goto(`${stack.url}/inbox?view=overdue`);
    await expect.poll(() => page.getByTestId('inbox-export').getAttribute('href'), { timeout: 15_000 }).toBe('/api/v1/inbox?view=overdue&sort=due&format=xlsx');
    await snap(page, 'inbox-export-uk');
    await page.goto(`${stack.url}/contracts`);
    await expect.poll(() => page.getByTestId('contracts-export').getAttribute('href'), { timeout: 15_000 }).toBe('/api/v1/contracts?format=xlsx');
    await snap(page, 'contracts-export-uk');
    for (const name of ['Odesa Port LLC', 'Port of Odesa']) {
      expect((await call(stack, 'POST', '/counterparties', { token: manager.token, body: { kind: 'company', name, phones: [{ number: '+380 48 729 3000' }] } })).status).toBe(201);
    }
    await page.goto(`${stack.url}/clients/duplicates`);
    await page.getByTestId('duplicate-pairs').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('duplicates-export').getAttribute('href')).toBe('/api/v1/duplicates?format=xlsx');
    await snap(page, 'duplicates-export-uk');
    await context.close();
  });
});
