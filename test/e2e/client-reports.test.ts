import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty, type Person } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let browser: Browser;
let admin: Person, analyst: Person, manager: Person;
const period = { from: '2026-01-01', to: '2026-03-31' };
/** Clients with their monthly revenue Jan–Mar 2026: Big Bakery is class A, steady (X). */
const plan = [
  { name: 'Big Bakery', industry: 'Food', region: 'Kyiv', sales: [9000, 9100, 8900] },
  { name: 'Mill Supply', industry: 'Food', region: 'Lviv', sales: [800, 0, 900] },
  { name: 'Steel Parts', industry: 'Steel', region: 'Kyiv', sales: [300, 200, 250] },
] as const;
const ids: Record<string, number> = {};
let managersClient: number;
type Row = { value: string | null; clients: number; revenue: number; margin: number };

beforeAll(async () => {
  stack = await startStack({ uiDir: uiDist });
  browser = await launchBrowser();
  [admin, analyst, manager] = await Promise.all([userWithRoles(stack, ['admin']), userWithRoles(stack, ['analyst']), userWithRoles(stack, ['sales_manager'])]);
  for (const p of plan) ids[p.name] = (await newCounterparty(stack, admin, { name: p.name, industry: p.industry, region: p.region, status: 'client' })).id;
  managersClient = (await newCounterparty(stack, manager, { name: 'Managers Own Shop', industry: 'Retail', status: 'client' })).id;
  const lines = plan.flatMap((p) => p.sales.flatMap((r, m) => (r ? [`${ids[p.name]},2026-0${m + 1}-15,${r},${r / 10},seed-${p.name}-${m}`] : [])));
  const seeded = await call(stack, 'POST', '/sales-lines/import', { token: admin.token, body: { csv: ['counterpartyId,date,revenue,margin,reference', ...lines].join('\n') } });
  expect(seeded.body, JSON.stringify(seeded.body)).toMatchObject({ imported: lines.length, errors: [] });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const pageAs = (who: Person) => signedInPage(browser, stack.url, who);
const slow = { timeout: 20_000 };

async function setPeriod(page: Page, prefix: string) {
  await page.getByTestId(`${prefix}-from`).fill(period.from);
  await page.getByTestId(`${prefix}-to`).fill(period.to);
}

/** A small CSV upload as the browser sends it from the file picker. */
async function upload(page: Page, csv: string) {
  await page.locator('input[type=file]').setInputFiles({ name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

describe('segmentation report', () => {
  it('shows the figures the API computes for the seeded sales, as a chart and a table, and exports them', async () => {
    const api = (await call(stack, 'GET', `/reports/segmentation?from=${period.from}&to=${period.to}`, { token: admin.token })).body as Record<string, Row[]>;
    // The seeded plan: Food = Big Bakery + Mill Supply, Steel = Steel Parts, Retail has no sales.
    expect(api.industry!.find((r) => r.value === 'Food')).toMatchObject({ clients: 2, revenue: 27000 + 1700 });
    const page = await pageAs(admin);
    await page.goto(`${stack.url}/analytics/segmentation`);
    await setPeriod(page, 'segmentation');
    const table = page.getByTestId('segmentation-table');
    await expect.poll(() => table.locator('[data-value="Food"]').getAttribute('data-revenue'), slow).toBe('28700');
    const shown = await table.getByTestId('segmentation-row').evaluateAll((rows) =>
      rows.map((r) => ({ value: r.getAttribute('data-value'), clients: Number(r.getAttribute('data-clients')), revenue: Number(r.getAttribute('data-revenue')), text: r.textContent })),
    );
    expect(shown.map(({ value, clients, revenue }) => ({ value: value || null, clients, revenue }))).toEqual(api.industry!.map(({ value, clients, revenue }) => ({ value, clients, revenue })));
    // Numbers in the user's (English) locale.
    expect(shown.find((r) => r.value === 'Food')!.text).toContain('28,700.00');
    await page.getByTestId('segmentation-chart').locator('.recharts-bar-rectangle').first().waitFor(slow);
    await snap(page, 'client-reports-01-segmentation');

    await page.getByTestId('segmentation-dimension').getByText('Region').click();
    await expect.poll(() => table.locator('[data-value="Kyiv"]').getAttribute('data-revenue'), slow).toBe(String(api.region!.find((r) => r.value === 'Kyiv')!.revenue));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('segmentation-export').click()]);
    expect(download.suggestedFilename()).toBe(`segmentation-${period.from}-${period.to}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const industry = book.getWorksheet('Industry')!;
    const food = industry.getRows(2, industry.rowCount - 1)!.find((r) => r.getCell(1).value === 'Food')!;
    expect([food.getCell(2).value, food.getCell(3).value]).toEqual([2, 28700]);
    await page.context().close();
  }, 150_000);
});

describe('segmentation in Ukrainian', () => {
  it('speaks the account language and writes numbers the Ukrainian way', async () => {
    const reader = await userWithRoles(stack, ['analyst']);
    expect((await call(stack, 'PATCH', '/auth/me', { token: reader.token, body: { locale: 'uk' } })).status).toBe(200);
    const page = await pageAs(reader);
    await page.goto(`${stack.url}/analytics/segmentation`);
    await setPeriod(page, 'segmentation');
    const food = page.getByTestId('segmentation-table').locator('[data-value="Food"]');
    await food.waitFor(slow);
    expect(await page.getByTestId('segmentation-page').getByRole('heading', { level: 1 }).textContent()).toBe('Сегментація клієнтів');
    // Ukrainian groups thousands with a (narrow) no-break space and writes a decimal comma.
    expect(await food.textContent()).toMatch(/28\s700,00/);
    await snap(page, 'client-reports-09-segmentation-uk');
    await page.context().close();
  }, 150_000);
});

describe('sales lines import and classes', () => {
  it('checks a CSV with one bad row (the check stores nothing), then imports the good ones', async () => {
    const page = await pageAs(admin);
    await page.goto(`${stack.url}/analytics/abc-xyz`);
    await page.getByTestId('abc-import-link').click();
    await page.getByTestId('sales-import-page').waitFor(slow);
    const csv = ['counterpartyId,date,revenue,margin', `${ids['Steel Parts']},2026-03-20,700,70`, `${ids['Mill Supply']},2026-13-01,100,10`, `${ids['Mill Supply']},2026-02-20,400,40`].join('\n');
    await upload(page, csv);
    await page.getByTestId('sales-import-check').click();
    const errors = page.getByTestId('sales-import-error');
    await errors.first().waitFor(slow);
    // Row 3 of the file (the header is row 1) has a 13th month; nothing is stored by the check.
    expect(await errors.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['3']);
    expect(await errors.first().textContent()).toContain('date');
    // The row says what is wrong in words and shows the value read, not a validator's message.
    expect(await errors.first().textContent()).toContain('2026-13-01');
    expect(await errors.first().textContent()).toContain('Not a date in the form YYYY-MM-DD');
    expect(await page.getByTestId('sales-import-check-result').textContent()).toContain('3 rows read: 2 ready to import, 1 errors');
    const before = (await call(stack, 'GET', `/reports/segmentation?from=${period.from}&to=${period.to}`, { token: admin.token })).body.industry as Row[];
    expect(before.find((r) => r.value === 'Steel')!.revenue).toBe(750);
    await snap(page, 'client-reports-02-import-check');

    await page.getByTestId('sales-import-run').click();
    await page.getByTestId('sales-import-done').waitFor(slow);
    expect(await page.getByTestId('sales-import-done').textContent()).toContain('2 lines stored');
    const after = (await call(stack, 'GET', `/reports/segmentation?from=${period.from}&to=${period.to}`, { token: admin.token })).body.industry as Row[];
    expect(after.find((r) => r.value === 'Steel')!.revenue).toBe(1450);
    expect(after.find((r) => r.value === 'Food')!.revenue).toBe(28700 + 400);
    await snap(page, 'client-reports-03-imported');
    await page.context().close();
  }, 150_000);

  it('recalculates the classes, then the client list filters by class A, the card lists the class history, the completeness report opens from the list', async () => {
    const page = await pageAs(admin);
    // The analyst recalculates with the default limits for the period and stores the classes.
    const analystPage = await pageAs(analyst);
    await analystPage.goto(`${stack.url}/analytics/abc-xyz`);
    await setPeriodAbc(analystPage);
    await analystPage.getByTestId('abc-recalculate').click();
    const stored = analystPage.getByTestId('abc-recalculated');
    await stored.waitFor(slow);
    expect(await stored.textContent()).toContain('Classes stored for 3 clients');
    await snap(analystPage, 'client-reports-04-recalculated');
    const expectedA = (await call(stack, 'GET', '/counterparties?abcClass=A&sort=name', { token: admin.token })).body.items.map((c: { name: string }) => c.name);
    expect(expectedA).toEqual(['Big Bakery']);

    await page.goto(`${stack.url}/clients`);
    await page.getByTestId('client-row').first().waitFor(slow);
    // The pills box around the input takes the click, as for a person.
    await page.getByTestId('filter-abc').click({ force: true });
    await page.getByRole('option', { name: 'A · biggest' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(async () => page.getByTestId('client-row').evaluateAll((rows) => rows.map((r) => r.querySelector('a')?.textContent)), slow).toEqual(expectedA);
    expect(await page.getByTestId('client-row').first().getByTestId('client-class').textContent()).toBe('AX');
    await snap(page, 'client-reports-05-list-class-a');

    await page.getByRole('link', { name: 'Big Bakery' }).click();
    const history = page.getByTestId('class-history-row');
    await history.first().waitFor(slow);
    expect(await history.first().getAttribute('data-class')).toBe('AX');
    await snap(page, 'client-reports-06-card-classes');

    await page.goto(`${stack.url}/clients`);
    await page.getByTestId('client-completeness-report').click();
    await page.getByTestId('completeness-summary').waitFor(slow);
    const report = (await call(stack, 'GET', '/reports/client-completeness', { token: admin.token })).body as { total: number };
    expect(await page.getByTestId('completeness-summary').textContent()).toContain(`${report.total} clients`);
    await snap(page, 'client-reports-07-completeness');
    await page.context().close();
    await analystPage.context().close();
  }, 150_000);
});

async function setPeriodAbc(page: Page) {
  const inputs = page.getByTestId('abc-xyz-page').locator('input[data-dates-input]');
  await inputs.nth(0).fill(period.from);
  await inputs.nth(1).fill(period.to);
}

describe('access', () => {
  it('a sales manager may not recalculate, and the import refuses lines of clients outside their reach', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/analytics/abc-xyz`);
    await page.getByTestId('abc-import-link').waitFor(slow);
    expect(await page.getByTestId('abc-recalculate').count()).toBe(0);
    const refused = await call(stack, 'POST', '/analyses/abc-xyz/recalculate', { token: manager.token, body: period });
    expect(refused.status).toBe(403);

    await page.getByTestId('abc-import-link').click();
    await upload(page, ['counterpartyId,date,revenue', `${ids['Big Bakery']},2026-03-01,99999`, `${ids['Steel Parts']},2026-03-02,99999`].join('\n'));
    await page.getByTestId('sales-import-check').click();
    const errors = page.getByTestId('sales-import-error');
    await errors.first().waitFor(slow);
    expect(await errors.allTextContents()).toEqual([expect.stringContaining('No such client within your reach'), expect.stringContaining('No such client within your reach')]);
    expect(await page.getByTestId('sales-import-run').isDisabled()).toBe(true);
    await snap(page, 'client-reports-08-manager-refused');
    // A Ukrainian manager reads the same refusal in Ukrainian (the server sends a code, the screen words it).
    await page.getByTestId('language-switcher').selectOption('uk');
    await expect.poll(() => errors.first().textContent()).toContain('Немає такого клієнта у вашому доступі');
    expect(await errors.first().textContent()).toContain(String(ids['Big Bakery']));
    await snap(page, 'client-reports-08b-manager-refused-uk');
    // The API refuses the same lines when sent directly: nothing is stored for the admin's clients.
    const direct = await call(stack, 'POST', '/sales-lines/import', { token: manager.token, body: { csv: `counterpartyId,date,revenue\n${ids['Big Bakery']},2026-03-01,99999` } });
    expect(direct.body).toMatchObject({ imported: 0, valid: 0 });
    const food = ((await call(stack, 'GET', `/reports/segmentation?from=${period.from}&to=${period.to}`, { token: admin.token })).body.industry as Row[]).find((r) => r.value === 'Food')!;
    expect(food.revenue).toBe(28700 + 400);
    // The manager's segmentation shows only their own client.
    const mine = (await call(stack, 'GET', `/reports/segmentation?from=${period.from}&to=${period.to}`, { token: manager.token })).body.industry as Row[];
    expect(mine).toEqual([{ value: 'Retail', clients: 1, revenue: 0, margin: 0 }]);
    expect(managersClient).toBeGreaterThan(0);

    // An analyst cannot edit clients, so the import screen is not theirs: no tab, no route.
    const analystPage = await pageAs(analyst);
    await analystPage.goto(`${stack.url}/analytics/abc-xyz`);
    await analystPage.getByTestId('abc-recalculate').waitFor(slow);
    expect(await analystPage.getByTestId('tab-sales-import').count()).toBe(0);
    expect(await analystPage.getByTestId('abc-import-link').count()).toBe(0);
    await page.context().close();
    await analystPage.context().close();
  }, 150_000);
});
