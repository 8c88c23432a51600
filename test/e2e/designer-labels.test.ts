import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap } from '../support/browser.ts';
import { userWithRoles } from '../support/http.ts';
import { deployFixture, fixture } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

/** The designer's last English bits: the properties panel's element type and the lint button. */
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
