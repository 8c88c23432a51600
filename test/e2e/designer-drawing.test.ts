import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { newCounterparty } from '../support/clients.ts';
import { drawing, dropFormField } from '../support/designer.ts';
import { call, userWithRoles } from '../support/http.ts';
import { eventually } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * A process owner draws a process by hand on a laptop screen (palette, context pad, panel) —
 * nothing imported: a user task with its people, due date, CRM stage and a form made in the
 * form editor, a gateway with FEEL conditions, a reminder on a timer and a Send e-mail step.
 * The first deploy is refused and says why in the palette's words; the fixed one deploys and
 * the assignee gets the form that was drawn.
 */
type User = Awaited<ReturnType<typeof userWithRoles>>;
let stack: Stack;
let browser: Browser;
let owner: User, manager: User;
let page: Page;
let d: ReturnType<typeof drawing>;
const key = 'hand-drawn';
const slow = { timeout: 20_000 };
const ids: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  [owner, manager] = await Promise.all([userWithRoles(stack, ['process_owner']), userWithRoles(stack, ['sales_manager'])]);
  page = await signedInPage(browser, stack.url, owner, { viewport: { width: 1366, height: 768 } });
  d = drawing(page);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The one element bpmn-js added since `before` among those whose id starts with `prefix`. */
async function added(prefix: string, before: string[]): Promise<string> {
  const now = await d.ids(prefix);
  const fresh = now.filter((id) => !before.includes(id));
  expect(fresh).toHaveLength(1);
  return fresh[0]!;
}

async function appendFrom(from: string, action: string, prefix: string): Promise<string> {
  const before = await d.ids(prefix);
  await d.select(from);
  await d.pad(action).click();
  return added(prefix, before);
}

async function rename(id: string, name: string) {
  await d.shape(id).dblclick();
  await page.keyboard.type(name);
  await page.keyboard.press('Control+Enter');
}

describe('drawing a process by hand', () => {
  it('a user task with assignee, candidates, due date, stage and a form made in the form editor', async () => {
    await page.goto(`${stack.url}/processes/new`);
    await d.shape('StartEvent_1').waitFor();
    // The plain start event takes a form like a user task: what its starter fills in.
    await d.select('StartEvent_1');
    await d.openGroup('Form');
    await d.panel.getByTestId('design-form').waitFor();
    await page.getByTestId('process-key').fill(key);

    ids.task = await appendFrom('StartEvent_1', 'append.append-task', 'Activity_');
    await d.pad('replace').click();
    await page.locator('.djs-popup [data-id="replace-with-user-task"]').click();
    await rename(ids.task, 'Review the deal');
    await d.select(ids.task);

    // Listeners call job workers no worker of ours answers: the panel does not offer them.
    const groups = await d.panel.locator('.bio-properties-panel-group-header-title').allInnerTexts();
    expect(groups).toEqual(expect.arrayContaining(['Assignment', 'Form', 'CRM']));
    expect(groups.filter((g) => /listeners/i.test(g))).toEqual([]);

    await d.openGroup('Assignment');
    // Optional-FEEL fields: a leading "=" turns the text into an expression.
    await d.panel.getByLabel('Assignee', { exact: true }).fill('=assignee');
    await d.panel.getByLabel('Candidate groups', { exact: true }).fill('sales_manager');
    await d.panel.getByLabel('Due date', { exact: true }).fill('=due');
    await d.openGroup('CRM');
    await d.panel.getByLabel('Stage', { exact: true }).fill('Review');
    await d.panel.getByLabel('Win probability, %', { exact: true }).fill('40');
    // The CRM group's own choice does not repeat the name of the Zeebe group below it.
    expect(await d.panel.getByText('Who gets the task', { exact: true }).count()).toBe(1);
    await page.keyboard.press('Tab');

    await d.openGroup('Form');
    expect(await page.getByTestId('task-form-summary').textContent()).toMatch(/No form yet/);
    await page.getByTestId('design-form').click();
    const editor = page.getByTestId('form-editor-canvas');
    await editor.locator('.fjs-palette-field').first().waitFor();
    await dropFormField(page, 'number');
    await editor.locator('.bio-properties-panel-group-header').filter({ hasText: /^General/ }).click();
    // The label is a template field (an editor, not an input): select its text and type over it.
    await editor.locator('#bio-properties-panel-label').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Discount, %');
    await editor.locator('#bio-properties-panel-key').fill('discount');
    await page.waitForTimeout(400); // the form editor's panel commits typed values after a short debounce
    await snap(page, 'drawing-01-form-editor');
    await page.getByTestId('task-form-save').click();
    await expect.poll(() => page.getByTestId('task-form-summary').textContent()).toBe('Fields (1): Discount, %');
    expect(await page.getByTestId('design-form').textContent()).toBe('Edit form');
    await snap(page, 'drawing-02-user-task');
  });

  it('a gateway with FEEL conditions, a non-interrupting timer and a Send e-mail step; the refusal names them as the palette does', async () => {
    ids.gateway = await appendFrom(ids.task!, 'append.gateway', 'Gateway_');
    const flowsBefore = await d.ids('Flow_');
    ids.end = await appendFrom(ids.gateway, 'append.end-event', 'Event_');
    ids.approved = await added('Flow_', flowsBefore);
    const flowsBefore2 = await d.ids('Flow_');
    ids.mail = await appendFrom(ids.gateway, 'append.append-task', 'Activity_');
    ids.rejected = await added('Flow_', flowsBefore2);

    for (const [flow, condition] of [[ids.approved, 'discount <= 10'], [ids.rejected, 'discount > 10']] as const) {
      await d.clickFlow(flow);
      await d.openGroup('Condition');
      await d.typeFeel('conditionExpression', condition);
    }

    // A reminder: an intermediate event dropped on the task's border, made a non-interrupting timer.
    const eventsBefore = await d.ids('Event_');
    const box = (await d.shape(ids.task!).boundingBox())!;
    await d.dragFromPalette('bpmn-icon-intermediate-event-none', { x: box.x + box.width / 2, y: box.y + box.height - 2 });
    ids.timer = await added('Event_', eventsBefore);
    await d.pad('replace').click();
    await page.locator('.djs-popup [data-id="replace-with-non-interrupting-timer-boundary"]').click();
    await d.openGroup('Timer');
    await d.panel.locator('[data-entry-id="timerEventDefinitionType"] select').selectOption('timeDuration');
    await d.panel.getByLabel('Value', { exact: true }).fill('PT4H');

    // The lower branch's task becomes "Send e-mail" through its template form.
    await d.select(ids.mail);
    await d.panel.getByRole('button', { name: 'Select' }).click();
    await page.getByTestId('template-crm.mail').click();
    // "To" is left empty for now: deploy must refuse a mail step that cannot send.
    await d.openGroup('Message');
    await d.panel.getByLabel('Subject', { exact: true }).fill('Discount above 10% asked');
    await page.keyboard.press('Tab');

    // The lint button lists the problems (it used to hide the markers instead).
    await page.locator('.bjsl-button').click();
    const issues = page.getByTestId('lint-issues');
    // Errors come first; the unconnected timer has one (and a warning: it has no name).
    const timerIssue = issues.getByTestId(`lint-issue-${ids.timer}`).first();
    await timerIssue.waitFor();
    expect(await timerIssue.textContent()).toMatch(/^Error Boundary event: /);
    expect(await page.locator('.bjsl-overlay').count()).toBeGreaterThan(0);
    await snap(page, 'drawing-03a-lint-issues');
    await timerIssue.getByRole('button').click();
    await expect.poll(() => d.shape(ids.timer!).evaluate((el) => el.classList.contains('selected'))).toBe(true);
    expect(await issues.isVisible()).toBe(false);

    await page.getByTestId('deploy').click();
    const refusal = page.getByTestId('deploy-refused');
    await refusal.waitFor(slow);
    // Elements the owner never named are called what the palette calls them, not "sendTask".
    const mailItem = page.getByTestId(`refusal-item-${ids.mail}`).first();
    expect(await mailItem.textContent()).toBe('Send task');
    expect(await page.getByTestId(`refusal-item-${ids.timer}`).textContent()).toBe('Boundary event');
    expect(await refusal.textContent()).not.toMatch(/sendTask|boundaryEvent/);
    // The empty "To" is named as the step's form labels it.
    expect(await refusal.textContent()).toContain('The step cannot run without “To”');
    await expect.poll(() => d.shape(ids.mail!).evaluate((el) => el.classList.contains('crm-refused')), slow).toBe(true);
    await snap(page, 'drawing-03-refused');
  });

  it('connected, it deploys with everything drawn, and the assignee gets the drawn form', async () => {
    await d.select(ids.mail!);
    await d.openGroup('Recipients');
    await d.panel.getByLabel('To', { exact: true }).fill('role:head_of_sales');
    await page.keyboard.press('Tab');
    await appendFrom(ids.mail!, 'append.end-event', 'Event_');
    ids.remind = await appendFrom(ids.timer!, 'append.append-task', 'Activity_');
    await d.panel.getByRole('button', { name: 'Select' }).click();
    await page.getByTestId('template-crm.notify').click();
    await d.openGroup('Recipients');
    await d.panel.getByLabel('To', { exact: true }).fill('assignee:' + ids.task);
    await d.openGroup('Message');
    await d.panel.getByLabel('Title', { exact: true }).fill('The deal waits for review');
    await page.keyboard.press('Tab');
    await appendFrom(ids.remind, 'append.end-event', 'Event_');

    await page.getByTestId('deploy').click();
    await page.getByTestId('deploy-success').waitFor(slow);
    await snap(page, 'drawing-04-deployed');
    const xml = (await call(stack, 'GET', `/process-definitions/${key}/versions/1/xml`, { token: owner.token })).body as string;
    expect(xml).toContain('candidateGroups="sales_manager"');
    expect(xml).toContain('crm:stage="Review"');
    expect(xml).toContain('crm:winProbability="40"');
    expect(xml).toContain('cancelActivity="false"');
    expect(xml).toMatch(/<zeebe:taskDefinition type="mail"/);

    const client = await newCounterparty(stack, manager, { name: 'Hand Drawn LLC' });
    const started = await call(stack, 'POST', '/process-instances', {
      token: manager.token,
      body: { key, record: { type: 'client', id: String(client.id) }, variables: { assignee: manager.email, due: new Date(Date.now() + 86_400_000).toISOString() } },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const task = await eventually(async () => {
      const tasks = (await call(stack, 'GET', '/tasks?view=all&status=open', { token: manager.token })).body.items as { id: string; workflowId: string }[];
      return tasks.find((t) => t.workflowId === started.body.workflowId);
    }, 'the drawn task');
    const inbox = await signedInPage(browser, stack.url, manager, { viewport: { width: 1366, height: 768 } });
    await inbox.goto(`${stack.url}/inbox/tasks/${encodeURIComponent(task.id)}`);
    await inbox.getByLabel('Discount, %').fill('5');
    await snap(inbox, 'drawing-05-drawn-form-in-inbox');
    await inbox.getByTestId('task-complete').click();
    await eventually(async () => (await call(stack, 'GET', `/process-instances/${started.body.workflowId}`, { token: owner.token })).body.status === 'completed', 'the instance to end');
  });

  it('in Ukrainian, every label of the panel for what was drawn is Ukrainian', async () => {
    const uk = await signedInPage(browser, stack.url, owner, { viewport: { width: 1366, height: 768 } });
    await uk.context().addInitScript(() => localStorage.setItem('processCrm.language', 'uk'));
    await uk.goto(`${stack.url}/processes/${key}`);
    const ukd = drawing(uk);
    await ukd.shape(ids.task!).waitFor();
    const english = new Set<string>();
    for (const id of [ids.task!, ids.gateway!, ids.timer!, ids.mail!, ids.approved!]) {
      if (id.startsWith('Flow_')) await ukd.clickFlow(id);
      else await ukd.select(id);
      const headers = ukd.panel.locator('.bio-properties-panel-group-header');
      for (const header of await headers.all()) if (!(await header.evaluate((h) => h.classList.contains('open')))) await header.click();
      const texts = await ukd.panel.locator('.bio-properties-panel-group-header-title, label, .bio-properties-panel-description, option, button').allInnerTexts();
      // "CRM" is a name; anything else with Latin words and no Cyrillic was left in English.
      for (const text of texts) if (/[A-Za-z]{3,}/.test(text) && !/[А-ЯІЇЄа-яіїєґ]/.test(text) && text !== 'CRM') english.add(text.trim());
    }
    await snap(uk, 'drawing-06-ukrainian-panel');
    expect([...english]).toEqual([]);
  });
});
