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
