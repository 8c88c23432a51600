import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes } from '../api/app.ts';
import { generateUiTypes, uiTypesFile } from '../scripts/lib/ui-types.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('UI types generated from the OpenAPI document', () => {
  it('are up to date with the routes (run `npm run api:types` when this fails)', async () => {
    const committed = fs.readFileSync(uiTypesFile, 'utf8');
    // toBe on the whole text would print 10 000 lines; compare line by line to name the first drift.
    const generated = await generateUiTypes();
    const [a, b] = [committed.split('\n'), generated.split('\n')];
    const first = b.findIndex((line, i) => line !== a[i]);
    expect(first === -1 ? null : { line: first + 1, committed: a[first], generated: b[first] }).toBeNull();
    expect(a.length).toBe(b.length);
  });

  it('change when a route answers with a new field, so a stale file is caught', async () => {
    const routes = allRoutes({} as never);
    const health = routes.find((r) => r.method === 'get' && r.path === '/health')!;
    const changed = { ...health, responses: { ...health.responses, 200: { description: 'changed', schema: z.object({ status: z.string(), uptimeSeconds: z.number() }) } } };
    const before = await generateUiTypes(routes);
    const after = await generateUiTypes(routes.map((r) => (r === health ? changed : r)));
    expect(before).not.toBe(after);
    expect(after).toContain('uptimeSeconds: number;');
    expect(before).not.toContain('uptimeSeconds');
  });
});

/**
 * The UI types say what the documented schemas say, so the schemas must say what the server sends:
 * real answers of the routes the UI reads most are parsed with the route's own response schema.
 */
describe('answers match the schemas the UI types come from', () => {
  let stack: Stack;
  let admin: Person, manager: Person;
  let clientId: number;
  const routes = allRoutes({} as never);

  /** The success schema a route documents; a route the UI reads must document one. */
  function documented(method: string, path: string) {
    const route = routes.find((r) => r.method === method && r.path === path);
    const ok = route && (route.responses[200] ?? route.responses[201]);
    if (!ok?.schema) throw new Error(`${method} ${path} documents no answer`);
    return ok.schema;
  }

  async function expectDocumented(method: 'get' | 'post', routePath: string, url: string, who: Person, body?: unknown) {
    const answer = await call(stack, method.toUpperCase(), url, { token: who.token, body });
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    const parsed = documented(method, routePath).safeParse(answer.body);
    expect(parsed.success ? null : parsed.error.issues, `${method} ${url}`).toBeNull();
    return answer.body;
  }

  beforeAll(async () => {
    stack = await startStack();
    [admin, manager] = await Promise.all([userWithRoles(stack, ['admin']), userWithRoles(stack, ['sales_manager'])]);
    const client = await newCounterparty(stack, admin, { name: 'Schema Check Ltd', addresses: [{ kind: 'office', text: 'Kyiv, Khreshchatyk 1' }], phones: [{ number: '+380441234567' }] });
    clientId = client.id;
    const contact = await call(stack, 'POST', `/counterparties/${clientId}/contacts`, { token: admin.token, body: { fullName: 'Olena Check', decisionRole: 'decision_maker' } });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    const lines = ['counterpartyId,date,revenue,margin,reference', `${clientId},2026-01-10,100,20,ui-1`, `${clientId},2026-02-10,120,25,ui-2`].join('\n');
    const imported = await call(stack, 'POST', '/sales-lines/import', { token: admin.token, body: { csv: lines } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const plan = await call(stack, 'POST', '/sales/plans', { token: admin.token, body: { userId: manager.id, period: '2026-11', currency: 'UAH', amountWon: 100_000, dealsWon: 2, interactionsDone: 3 } });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
  });
  afterAll(() => stack?.stop());

  it('ABC/XYZ analysis with a classified client', async () => {
    const body = await expectDocumented('get', '/analyses/abc-xyz', '/analyses/abc-xyz?from=2026-01-01&to=2026-03-31', admin);
    expect(body.items.map((i: { counterpartyId: number }) => i.counterpartyId)).toContain(clientId);
  });

  it('client dossier with a contact and its timeline', async () => {
    const body = await expectDocumented('get', '/counterparties/:id/dossier', `/counterparties/${clientId}/dossier`, admin);
    expect(body.contacts).toHaveLength(1);
    expect(body.timeline.length).toBeGreaterThan(0);
    await expectDocumented('get', '/counterparties/:id/history', `/counterparties/${clientId}/history`, admin);
  });

  it('plan against actual with a plan set', async () => {
    const body = await expectDocumented('get', '/sales/performance', '/sales/performance?period=2026-11', admin);
    expect(body.items.find((i: { userId: number }) => i.userId === manager.id)?.plan?.dealsWon).toBe(2);
  });

  it('client reports: segmentation, class history, completeness, legal entities, contact history, sales-line import', async () => {
    await expectDocumented('get', '/reports/segmentation', '/reports/segmentation?from=2026-01-01&to=2026-03-31', admin);
    await expectDocumented('post', '/analyses/abc-xyz/recalculate', '/analyses/abc-xyz/recalculate', admin, { from: '2026-01-01', to: '2026-03-31' });
    const classes = await expectDocumented('get', '/counterparties/:id/classes', `/counterparties/${clientId}/classes`, admin);
    expect(classes.items[0]).toMatchObject({ abc: 'A' });
    await expectDocumented('get', '/reports/client-completeness', '/reports/client-completeness', admin);
    await expectDocumented('get', '/legal-entities', '/legal-entities', admin);
    const contacts = await call(stack, 'GET', `/counterparties/${clientId}/contacts`, { token: admin.token });
    await expectDocumented('get', '/contacts/:id/history', `/contacts/${contacts.body.items[0].id}/history`, admin);
    const csv = ['counterpartyId,date,revenue', `${clientId},2026-03-10,50`, `${clientId},not a date,50`].join('\n');
    const dry = await expectDocumented('post', '/sales-lines/import', '/sales-lines/import', admin, { csv, dryRun: true });
    expect(dry.errors).toEqual([expect.objectContaining({ row: 3, field: 'date' })]);
  });

  it('process statistics, the sales funnel and the inbox', async () => {
    await expectDocumented('get', '/process-definitions/:key/statistics', '/process-definitions/sales-pipeline/statistics', admin);
    await expectDocumented('get', '/analytics/funnel', '/analytics/funnel?process=sales-pipeline', admin);
    await expectDocumented('get', '/inbox', '/inbox?view=mine', manager);
    await expectDocumented('get', '/inbox/counts', '/inbox/counts', manager);
  });
});
