import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserSchema } from '../../domain/access/index.ts';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { deployFixture, eventually, fixture } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * The screens that closed the UI's gaps, as their users meet them: a manager starts a process
 * from a client card and finds its task in the inbox (in Ukrainian, form messages included),
 * a process owner picks that manager by name on the heatmap, a sales manager downloads the
 * funnel as XLSX, and the designer asks before unsaved edits are left behind and draws its
 * palette in Ukrainian.
 */
type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let owner: User, manager: User, seller: User, ukOwner: User;
let client: { id: number };
const slow = { timeout: 20_000 };

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  owner = await userWithRoles(stack, ['process_owner']);
  ukOwner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  seller = await userWithRoles(stack, ['sales_manager']);
  await stack.orm.em.fork().nativeUpdate(UserSchema, { id: manager.id }, { displayName: 'Olena Koval' });
  for (const who of [manager, ukOwner]) expect((await call(stack, 'PATCH', '/auth/me', { token: who.token, body: { locale: 'uk' } })).status).toBe(200);
  expect((await deployFixture(stack, owner.token, 'offer-review', fixture('inbox-review', { KEY: 'offer-review' }))).status).toBe(201);
  client = await newCounterparty(stack, manager, { name: 'Smereka LLC' });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const pageAs = (user: User) => signedInPage(browser, stack.url, user, { acceptDownloads: true });

describe('gaps closed in the UI', () => {
  it('a manager starts a process from the client card and works its task from the inbox', async () => {
    const page = await pageAs(manager);
    await page.goto(`${stack.url}/clients/${client.id}`);
    await page.getByTestId('start-process').click();
    await page.getByTestId('start-process-key').click();
    await page.getByRole('option', { name: 'Offer review (offer-review)' }).click();
    // The client's id is the dialog's business: the manager types only what the process asks for, each with its kind.
    const variables = { assignee: manager.email, due: new Date(Date.now() + 3600_000).toISOString(), priority: '50', escalateAfter: 'PT1H', offer: 'O-17' };
    for (const [i, [name, value]] of Object.entries(variables).entries()) {
      await page.getByTestId('start-variable-add').click();
      await page.getByTestId(`start-variable-name-${i}`).fill(name);
      if (name === 'priority') {
        await page.getByTestId(`start-variable-kind-${i}`).click();
        await page.getByRole('option', { name: 'Число' }).click();
      }
      await page.getByTestId(`start-variable-value-${i}`).fill(value);
    }
    expect(await page.getByLabel('Значення').count()).toBe(5);
    await snap(page, 'ui-gaps-01-start-dialog');
    await page.getByTestId('start-process-confirm').click();
    await page.getByTestId('start-process-done').waitFor(slow);
    expect(await page.getByTestId('start-process-done').textContent()).toContain('Процес «Offer review» (версія 1) запущено');
    // A sales manager has no monitoring screen: the dialog offers the inbox only.
    expect(await page.getByTestId('start-process-instance').count()).toBe(0);
    await snap(page, 'ui-gaps-02-started');

    const instances = await call(stack, 'GET', `/process-instances?record=client:${client.id}`, { token: owner.token });
    expect(instances.body.items).toHaveLength(1);
    expect((await call(stack, 'GET', `/process-instances/${instances.body.items[0].workflowId}/variables?names=priority,offer`, { token: owner.token })).body.variables).toEqual({ priority: 50, offer: 'O-17' });

    await page.getByTestId('start-process-inbox').click();
    const row = page.getByTestId('inbox-item-task');
    await row.waitFor(slow);
    expect(await row.textContent()).toContain('Smereka LLC');
    await snap(page, 'ui-gaps-03-inbox');

    // The task form's own checks speak the user's language.
    await row.getByRole('link', { name: 'Review the offer' }).click();
    await page.getByTestId('task-title').waitFor();
    await page.getByTestId('task-form').locator('.fjs-form').waitFor();
    await page.getByTestId('task-complete').click();
    await expect.poll(() => page.getByTestId('task-form').textContent(), slow).toContain('Це поле обов’язкове.');
    await snap(page, 'ui-gaps-04-form-validation-uk');
  });

  it('the process owner picks the manager by name on the heatmap', async () => {
    const page = await pageAs(owner);
    await page.goto(`${stack.url}/analytics?key=offer-review`);
    await page.locator('[data-testid="heatmap-diagram"][data-ready="true"]').waitFor(slow);
    const asked = page.waitForRequest((r) => r.url().includes('/statistics?') && r.url().includes(`manager=${manager.id}`));
    await page.getByTestId('heatmap-manager').fill('Olena');
    await page.getByRole('option', { name: 'Olena Koval' }).click();
    await asked;
    // Her instance waits at the review: started once, open there now.
    await expect.poll(() => page.getByTestId('heat-start').getAttribute('data-passed'), slow).toBe('1');
    expect(await page.getByTestId('heat-review').getAttribute('data-open')).toBe('1');
    expect(await page.getByTestId('heatmap-manager').inputValue()).toBe('Olena Koval');
    await snap(page, 'ui-gaps-05-heatmap-manager-by-name');
  });

  it('a sales manager downloads the funnel as XLSX and it holds the funnel’s figures', async () => {
    for (const [title, amount] of [['Boilers', 2_500_000], ['Pumps', 730_050]] as const) {
      const deal = await call(stack, 'POST', '/deals', { token: seller.token, body: { title, counterpartyId: (await newCounterparty(stack, seller, { name: `${title} Ltd` })).id, amount, currency: 'UAH', processKey: 'sales-pipeline' } });
      expect(deal.status, JSON.stringify(deal.body)).toBe(201);
    }
    const json = await eventually(async () => {
      const f = await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline', { token: seller.token });
      return f.body.forecast.openDeals === 2 ? f.body : null;
    }, 'both deals in the funnel');
    const page = await pageAs(seller);
    await page.goto(`${stack.url}/analytics/funnel`);
    await page.getByTestId('funnel-chart').waitFor(slow);
    await snap(page, 'ui-gaps-06-funnel');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('funnel-export').click()]);
    expect(download.suggestedFilename()).toBe('funnel-sales-pipeline.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const stages = book.getWorksheet('Stages')!;
    expect(stages.getRow(1).getCell(1).value).toBe('Stage');
    const names: unknown[] = [];
    stages.eachRow((r, n) => n > 1 && names.push(r.getCell(1).value));
    expect(names).toEqual(json.stages.map((s: { stage: string }) => s.stage));
    const forecast = book.getWorksheet('Forecast')!;
    expect(forecast.getRow(2).values).toEqual([undefined, 'UAH', 2, 32_300.5, json.forecast.expectedAmount.UAH / 100]);
  });

  it('the designer asks before leaving with undeployed edits', async () => {
    const page = await pageAs(owner);
    await page.goto(`${stack.url}/processes/new`);
    await page.locator('.djs-palette .entry.bpmn-icon-task').waitFor(slow);
    // Nothing drawn yet: leaving needs no answer.
    await page.getByTestId('nav-monitoring').click();
    await page.waitForURL(`${stack.url}/monitoring`);
    await page.goBack();
    await page.locator('.djs-palette .entry.bpmn-icon-task').click();
    const canvas = await page.getByTestId('bpmn-canvas').boundingBox();
    await page.mouse.click(canvas!.x + canvas!.width / 2, canvas!.y + canvas!.height - 140);
    await page.keyboard.press('Escape');

    await page.getByTestId('nav-monitoring').click();
    await page.getByTestId('unsaved-stay').waitFor();
    await snap(page, 'ui-gaps-07-unsaved-question');
    await page.getByTestId('unsaved-stay').click();
    expect(new URL(page.url()).pathname).toBe('/processes/new');
    expect(await page.locator('.djs-element.djs-shape[data-element-id^="Activity_"]').count()).toBe(1);

    await page.getByTestId('nav-monitoring').click();
    await page.getByTestId('unsaved-leave').click();
    await page.waitForURL(`${stack.url}/monitoring`);
  });

  it('the designer speaks Ukrainian: palette, context pad and properties panel', async () => {
    const page = await pageAs(ukOwner);
    await page.goto(`${stack.url}/processes/offer-review`);
    const palette = page.locator('.djs-palette');
    await palette.locator('.entry.bpmn-icon-task').waitFor(slow);
    expect(await palette.locator('.entry.bpmn-icon-task').getAttribute('aria-label')).toBe('Створити завдання');
    expect(await palette.locator('.entry.bpmn-icon-start-event-none').getAttribute('aria-label')).toBe('Створити початкову подію');
    await page.locator('.djs-element[data-element-id="review"]').first().click();
    await page.locator('.djs-context-pad .entry[data-action="append.append-task"]').waitFor();
    expect(await page.locator('.djs-context-pad .entry[data-action="append.append-task"]').getAttribute('title')).toBe('Додати завдання');
    const panel = page.locator('.bio-properties-panel');
    await expect.poll(() => panel.locator('.bio-properties-panel-group-header-title').allTextContents(), slow).toEqual(expect.arrayContaining(['Загальне', 'Призначення', 'Форма']));
    await snap(page, 'ui-gaps-08-designer-uk');
    await page.locator('.djs-context-pad .entry[data-action="replace"]').click();
    await page.locator('.djs-popup').getByText('Сервісне завдання').waitFor();
    await snap(page, 'ui-gaps-09-change-element-uk');
  });
});
