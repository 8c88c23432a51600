import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDist } from '../../scripts/lib/ui.ts';
import { launchBrowser, snap, signedInPage } from '../support/browser.ts';
import { linearProcess, userTask } from '../support/bpmn.ts';
import { newCounterparty } from '../support/clients.ts';
import { call, userWithRoles } from '../support/http.ts';
import { deployFixture, eventually, taskPath } from '../support/process.ts';
import { startStack, type Stack } from '../support/stack.ts';

type User = Awaited<ReturnType<typeof userWithRoles>>;
/** The machine running these tests is shared: give the UI time to catch up with the engine. */
const slow = { timeout: 30_000 };
let stack: Stack;
let browser: Browser;
let hook: http.Server;
let hookStatus = 200;
let owner: User, analyst: User, admin: User, manager: User;
/** Instances left at different points: waiting at review, waiting at ship, done, failed at notify. */
const at: Record<'review' | 'ship' | 'done' | 'incident', string> = { review: '', ship: '', done: '', incident: '' };

const notify = (url: string) => ({
  id: 'notify',
  xml: `<bpmn:serviceTask id="notify" name="Notify the warehouse"><bpmn:extensionElements><zeebe:taskDefinition type="http" retries="1" /><zeebe:taskHeaders><zeebe:header key="url" value="${url}" /></zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>`,
});

/** Shipping is due by `due`: the orders here start with a due date already past, so each is an SLA miss. */
const shipping = () => {
  const task = userTask('ship', 'Ship the order', '=assignee');
  return { id: task.id, xml: task.xml.replace('<zeebe:assignmentDefinition', '<zeebe:taskSchedule dueDate="=due" /><zeebe:assignmentDefinition') };
};

beforeAll(async () => {
  hook = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => (hookStatus === 200 ? res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}') : res.writeHead(hookStatus).end('down')));
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  stack = await startStack({ worker: true, uiDir: uiDist });
  browser = await launchBrowser();
  owner = await userWithRoles(stack, ['process_owner']);
  analyst = await userWithRoles(stack, ['analyst']);
  admin = await userWithRoles(stack, ['admin']);
  manager = await userWithRoles(stack, ['sales_manager']);
  const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/warehouse`;
  await deployFixture(stack, owner.token, 'order', linearProcess('order', [userTask('review', 'Review the order', '=assignee'), notify(url), shipping()], 'Order'));

  const start = async (orderNo: string) => {
    const answer = await call(stack, 'POST', '/process-instances', { token: owner.token, body: { key: 'order', variables: { assignee: owner.email, orderNo, due: new Date(Date.now() - 3600_000).toISOString() } } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body.workflowId as string;
  };
  at.review = await start('ORD-1');
  at.ship = await start('ORD-2');
  at.done = await start('ORD-3');
  await complete(at.ship, 'review');
  await complete(at.done, 'review');
  await complete(at.done, 'ship');
  await eventually(async () => (await instance(at.done)).status === 'completed', 'ORD-3 to end');
  await eventually(async () => (await instance(at.ship)).currentNodes.includes('ship'), 'ORD-2 at ship');
  hookStatus = 500;
  at.incident = await start('ORD-4');
  await complete(at.incident, 'review');
  await eventually(async () => (await instance(at.incident)).incidents?.length, 'the incident of ORD-4', 40_000);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  hook?.close();
});

async function instance(workflowId: string) {
  return (await call(stack, 'GET', `/process-instances/${workflowId}`, { token: owner.token })).body;
}

async function complete(workflowId: string, nodeId: string) {
  const task = await eventually(async () => {
    const inbox = await call(stack, 'GET', '/tasks?view=mine', { token: owner.token });
    return inbox.body.items.find((t: { workflowId: string; nodeId: string }) => t.workflowId === workflowId && t.nodeId === nodeId);
  }, `${nodeId} of ${workflowId}`);
  const done = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: owner.token, body: { variables: {} } });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
}

const pageAs = (user: User) => signedInPage(browser, stack.url, user, { viewport: { width: 1366, height: 900 } });

/** The class list of a shape on a shown diagram (bpmn-js puts markers on the element's group). */
const shapeClasses = (page: Page, diagram: string, nodeId: string) =>
  page.getByTestId(diagram).locator(`.djs-element[data-element-id="${nodeId}"]`).first().getAttribute('class');

async function diagramReady(page: Page, testId: string) {
  // After an in-app navigation the previous page's diagram can still match for a moment, then
  // detach: measure until a diagram stays put.
  const ready = page.locator(`[data-testid="${testId}"][data-ready="true"]`);
  await ready.waitFor();
  const sized = async () => {
    const box = await ready.boundingBox().catch(() => null);
    return !!box && box.width > 600 && box.height >= 280;
  };
  await expect.poll(sized, { timeout: 20_000 }).toBe(true);
}

describe('instances', () => {
  it('lists the instances, filters by state and shows one on its diagram with its variables', async () => {
    const page = await pageAs(owner);
    await page.goto(stack.url);
    await page.getByTestId('nav-monitoring').click();
    await expect.poll(() => page.getByTestId('instance-row').count(), slow).toBe(4);
    await snap(page, 'monitoring-01-instances');

    await page.getByTestId('filter-state').click();
    await page.getByRole('option', { name: 'Incident' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('instance-row').count(), slow).toBe(1);
    expect(await page.getByTestId('instance-row').getAttribute('data-id')).toBe(at.incident);

    await page.goto(`${stack.url}/monitoring/instances/${at.review}`);
    await diagramReady(page, 'instance-diagram');
    expect(await shapeClasses(page, 'instance-diagram', 'review')).toContain('mon-current');
    expect(await shapeClasses(page, 'instance-diagram', 'start')).toContain('mon-visited');
    expect(await shapeClasses(page, 'instance-diagram', 'ship')).not.toMatch(/mon-/);
    await page.getByTestId('token-review').waitFor();
    expect(await page.getByTestId('variable-orderNo').textContent()).toContain('"ORD-1"');
    expect(await page.getByTestId('open-task').textContent()).toContain('Review the order');
    await snap(page, 'monitoring-02-instance');
  });

  it('retries an incident once its cause is fixed, and the instance moves on', async () => {
    const page = await pageAs(owner);
    await page.goto(`${stack.url}/monitoring/instances/${at.incident}`);
    await diagramReady(page, 'instance-diagram');
    expect(await shapeClasses(page, 'instance-diagram', 'notify')).toContain('mon-incident');
    expect(await page.getByTestId('incident').textContent()).toContain('500');
    await snap(page, 'monitoring-03-incident');

    hookStatus = 200;
    await page.getByTestId('incident-retry').click();
    await expect.poll(() => shapeClasses(page, 'instance-diagram', 'ship'), slow).toContain('mon-current');
    expect(await page.getByTestId('incident').count()).toBe(0);
    expect(await shapeClasses(page, 'instance-diagram', 'notify')).toContain('mon-visited');
    expect((await instance(at.incident)).currentNodes).toEqual(['ship']);
    await snap(page, 'monitoring-04-retried');
  });

  it('cancels an instance with a reason', async () => {
    const page = await pageAs(owner);
    await page.goto(`${stack.url}/monitoring/instances/${at.review}`);
    await page.getByTestId('instance-cancel').click();
    await page.getByTestId('cancel-reason').fill('Customer withdrew the order');
    await snap(page, 'monitoring-05-cancel');
    await page.getByTestId('cancel-confirm').click();
    await expect.poll(() => page.getByTestId('instance-state').first().getAttribute('data-state'), slow).toBe('cancelled');
    expect((await instance(at.review)).status).toBe('cancelled');
  });
});

describe('a wide process', () => {
  it('is titled by its name, version and client, and stays readable around the current step at 1366x768', async () => {
    const steps = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i + 1}`,
      xml: `<bpmn:scriptTask id="s${i + 1}" name="Check ${i + 1}"><bpmn:extensionElements><zeebe:script expression="=${i + 1}" resultVariable="check${i + 1}" /></bpmn:extensionElements></bpmn:scriptTask>`,
    }));
    await deployFixture(stack, owner.token, 'onboarding', linearProcess('onboarding', [...steps, userTask('approve', 'Approve the client', '=assignee')], 'Client onboarding'));
    const client = await newCounterparty(stack, admin, { name: 'Wide Diagram Ltd' });
    const started = await call(stack, 'POST', '/process-instances', { token: admin.token, body: { key: 'onboarding', record: { type: 'client', id: String(client.id) }, variables: { assignee: owner.email } } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const workflowId = started.body.workflowId as string;
    await eventually(async () => (await instance(workflowId)).currentNodes?.includes('approve'), 'onboarding at approve');

    const page = await signedInPage(browser, stack.url, owner, { viewport: { width: 1366, height: 768 } });
    await page.goto(`${stack.url}/monitoring/instances/${workflowId}`);
    await diagramReady(page, 'instance-diagram');
    expect(await page.getByTestId('instance-title').textContent()).toBe('Client onboarding · version 1');
    expect(await page.getByTestId('instance-record').textContent()).toBe(`Client #${client.id}`);
    expect(await page.getByTestId('instance-record').getAttribute('href')).toBe(`/clients/${client.id}`);
    // The process owner may not open clients, so the record keeps its number; whoever may sees its name.
    const manager = await signedInPage(browser, stack.url, admin, { viewport: { width: 1366, height: 768 } });
    await manager.goto(`${stack.url}/monitoring/instances/${workflowId}`);
    await expect.poll(() => manager.getByTestId('instance-record').textContent(), slow).toBe('Client Wide Diagram Ltd');
    await manager.goto(`${stack.url}/monitoring`);
    const row = manager.getByTestId('instance-row').filter({ hasText: 'Wide Diagram Ltd' });
    await expect.poll(() => row.textContent(), slow).toContain('Client onboarding v1');
    expect(await row.textContent()).toContain('Approve the client');
    await snap(manager, 'monitoring-06-list-names');
    await manager.context().close();
    // Shrunk to fit, 16 shapes in a row would be unreadable: the diagram keeps a readable scale instead…
    await expect.poll(() => diagramScale(page), slow).toBeGreaterThanOrEqual(0.75);
    // …with the current step inside the box.
    const box = (await page.getByTestId('instance-diagram').boundingBox())!;
    const token = (await page.getByTestId('token-approve').boundingBox())!;
    expect(token.x).toBeGreaterThan(box.x);
    expect(token.x + token.width).toBeLessThan(box.x + box.width);
    await snap(page, 'monitoring-12-wide');
    await page.getByTestId('zoom-fit').click();
    await expect.poll(() => diagramScale(page), slow).toBeLessThan(0.75);
    await page.getByTestId('zoom-current').click();
    await expect.poll(() => diagramScale(page), slow).toBeGreaterThanOrEqual(0.75);
    await page.getByTestId('zoom-in').click();
    await expect.poll(() => diagramScale(page), slow).toBeGreaterThan(0.9);
  });
});

/** The scale bpmn-js draws the diagram at (its viewport's transform). */
const diagramScale = (page: Page) =>
  page.getByTestId('instance-diagram').locator('svg > .viewport').getAttribute('transform').then((m) => Number(/matrix\(([-\d.e]+)/.exec(m ?? '')?.[1] ?? 1));

describe('heatmap', () => {
  it('shows on each node the figures the statistics API gives', async () => {
    // ORD-4's shipping task is written a moment after the retry moved it on.
    const stats = await eventually(async () => {
      const body = (await call(stack, 'GET', '/process-definitions/order/statistics', { token: analyst.token })).body;
      return body.nodes.find((n: { nodeId: string; slaBreaches: number }) => n.nodeId === 'ship' && n.slaBreaches === 3) && body;
    }, 'three SLA misses at ship');
    const byNode = Object.fromEntries(stats.nodes.map((n: { nodeId: string }) => [n.nodeId, n]));
    expect(byNode.review).toMatchObject({ completed: 3 });
    const page = await pageAs(analyst);
    await page.goto(stack.url);
    await page.getByTestId('nav-statistics').click();
    await page.waitForURL(/\/analytics\?key=/);
    await page.goto(`${stack.url}/analytics?key=order`);
    await diagramReady(page, 'heatmap-diagram');
    for (const nodeId of ['start', 'review', 'notify', 'ship']) {
      const badge = page.getByTestId(`heat-${nodeId}`);
      expect(Number(await badge.getAttribute('data-passed')), nodeId).toBe(byNode[nodeId].completed);
      expect(Number(await badge.getAttribute('data-open')), nodeId).toBe(byNode[nodeId].open);
      expect(await badge.getByTestId('heat-passed').textContent()).toBe(`passed ${byNode[nodeId].completed}`);
    }
    expect(byNode.ship.open).toBe(2);
    expect(byNode.ship.slaBreaches).toBe(3);
    expect(await page.getByTestId('heat-ship').getByTestId('heat-sla').textContent()).toBe('SLA missed 3');
    expect(await page.getByTestId('heat-review').getByTestId('heat-sla').count()).toBe(0);
    await snap(page, 'monitoring-06-heatmap');
    await page.getByTestId('heatmap-by').getByText('Colour by open tokens').click();
    await expect.poll(() => shapeClasses(page, 'heatmap-diagram', 'ship'), slow).toContain('heat-3');
    await snap(page, 'monitoring-07-heatmap-open');
  });
});

describe('sales analytics', () => {
  // Walks deals through the live Sales process and opens three screens: near a minute under load.
  it('shows the funnel and the ABC × XYZ matrix, a cell listing its clients', async () => {
    const big = await newCounterparty(stack, admin, { name: 'Steady Big Ltd' });
    const occasional = await newCounterparty(stack, admin, { name: 'Now And Then Ltd' });
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    const lines = [...months.map((m) => `${big.id},${m}-10,10000`), `${occasional.id},2026-02-10,300`];
    const imported = await call(stack, 'POST', '/sales-lines/import', { token: admin.token, body: { csv: `counterpartyId,date,revenue\n${lines.join('\n')}` } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    for (const title of ['Ovens', 'Mixers']) {
      const deal = await call(stack, 'POST', '/deals', { token: admin.token, body: { title, counterpartyId: big.id, amount: 500_000, currency: 'UAH', processKey: 'sales-pipeline' } });
      expect(deal.status, JSON.stringify(deal.body)).toBe(201);
      await eventually(async () => (await call(stack, 'GET', `/deals/${deal.body.id}`, { token: admin.token })).body.stage === 'New', `${title} at New`);
      if (title === 'Ovens') {
        expect((await call(stack, 'POST', `/deals/${deal.body.id}/move`, { token: admin.token, body: { stage: 'Qualified' } })).status).toBeLessThan(300);
        await eventually(async () => (await call(stack, 'GET', `/deals/${deal.body.id}`, { token: admin.token })).body.stage === 'Qualified', 'Ovens at Qualified');
      }
    }
    const funnel = (await call(stack, 'GET', '/analytics/funnel?process=sales-pipeline', { token: analyst.token })).body;
    expect(funnel.stages.find((s: { stage: string }) => s.stage === 'New').entered).toBe(2);
    const page = await pageAs(analyst);
    await page.goto(`${stack.url}/analytics/funnel`);
    await page.getByTestId('funnel-chart').waitFor();
    for (const s of funnel.stages as { stage: string; entered: number }[]) {
      expect(await page.getByTestId(`funnel-stage-${s.stage}`).getAttribute('data-entered'), s.stage).toBe(String(s.entered));
    }
    expect(await page.getByTestId('funnel-forecast').textContent()).toContain(String(funnel.forecast.openDeals));
    await snap(page, 'monitoring-08-funnel');

    await page.getByTestId('tab-abc-xyz').click();
    await page.getByTestId('abc-matrix').waitFor();
    await page.getByLabel(/^From( \*)?$/).fill('2026-01-01');
    await page.getByLabel(/^To( \*)?$/).fill('2026-06-30');
    await expect.poll(() => page.getByTestId('abc-cell-AX').textContent(), slow).toContain('1');
    const api = (await call(stack, 'GET', '/analyses/abc-xyz?from=2026-01-01&to=2026-06-30', { token: analyst.token })).body;
    for (const [cell, count] of Object.entries(api.matrix as Record<string, number>)) {
      expect(await page.getByTestId(`abc-cell-${cell}`).locator('p').first().textContent(), cell).toBe(String(count));
    }
    await page.getByTestId('abc-cell-AX').click();
    expect(await page.getByTestId('abc-clients').textContent()).toContain('Steady Big Ltd');
    await snap(page, 'monitoring-09-abc-xyz');
  }, 150_000);
});

describe('called processes', () => {
  it('links a call activity\'s child from the parent and back', async () => {
    const runOrder = {
      id: 'run',
      xml: `<bpmn:callActivity id="run" name="Run the order"><bpmn:extensionElements><zeebe:calledElement processId="order" propagateAllChildVariables="false" />
        <zeebe:ioMapping><zeebe:input source="=assignee" target="assignee" /><zeebe:input source="=due" target="due" /><zeebe:input source="=&quot;ORD-5&quot;" target="orderNo" /></zeebe:ioMapping>
      </bpmn:extensionElements></bpmn:callActivity>`,
    };
    await deployFixture(stack, owner.token, 'batch', linearProcess('batch', [runOrder], 'Order batch'));
    const started = await call(stack, 'POST', '/process-instances', { token: owner.token, body: { key: 'batch', variables: { assignee: owner.email, due: new Date().toISOString() } } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const parent = started.body.workflowId as string;
    const child = await eventually(async () => (await instance(parent)).children?.[0]?.workflowId as string | undefined, 'the called order');

    const page = await pageAs(owner);
    await page.goto(`${stack.url}/monitoring/instances/${parent}`);
    await diagramReady(page, 'instance-diagram');
    expect(await shapeClasses(page, 'instance-diagram', 'run')).toContain('mon-current');
    await snap(page, 'monitoring-11-parent');
    await page.getByTestId('child-link').click();
    await page.waitForURL((url) => url.pathname === `/monitoring/instances/${encodeURIComponent(child)}`);
    await diagramReady(page, 'instance-diagram');
    await expect.poll(() => shapeClasses(page, 'instance-diagram', 'review'), slow).toContain('mon-current');
    expect(await page.getByTestId('variable-orderNo').textContent()).toContain('"ORD-5"');
    await page.getByTestId('instance-parent').click();
    await page.waitForURL((url) => url.pathname === `/monitoring/instances/${encodeURIComponent(parent)}`);
  });
});

describe('who may', () => {
  it('refuses a sales manager the statistics, cancelling and retrying; their menu leads to the funnel only', async () => {
    expect((await call(stack, 'GET', '/process-definitions/order/statistics', { token: manager.token })).status).toBe(403);
    expect((await call(stack, 'POST', `/process-instances/${at.ship}/cancel`, { token: manager.token, body: { reason: 'no' } })).status).toBe(403);
    expect((await call(stack, 'POST', `/process-instances/${at.ship}/incidents/x/retry`, { token: manager.token })).status).toBe(403);
    expect((await call(stack, 'GET', '/incidents', { token: manager.token })).status).toBe(403);
    const page = await pageAs(manager);
    await page.goto(stack.url);
    await page.getByTestId('nav-home').waitFor();
    expect(await page.getByTestId('nav-monitoring').count()).toBe(0);
    await page.getByTestId('nav-statistics').click();
    await page.waitForURL(/\/analytics\/funnel$/);
    await page.getByTestId('funnel-chart').waitFor();
    expect(await page.getByTestId('tab-heatmap').count()).toBe(0);
    expect(await page.getByTestId('tab-instances').count()).toBe(0);
    await page.goto(`${stack.url}/monitoring/instances/${at.ship}`);
    await page.getByTestId('not-found').waitFor();
    await snap(page, 'monitoring-10-refused');
  });

  it('shows an agent neither monitoring nor statistics', async () => {
    const agent = await userWithRoles(stack, ['agent']);
    expect((await call(stack, 'GET', '/analytics/funnel', { token: agent.token })).status).toBe(403);
    const page = await pageAs(agent);
    await page.goto(stack.url);
    await page.getByTestId('nav-home').waitFor();
    expect(await page.getByTestId('nav-monitoring').count()).toBe(0);
    expect(await page.getByTestId('nav-statistics').count()).toBe(0);
  });
});
