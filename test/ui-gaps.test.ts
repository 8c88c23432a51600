import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, salesCast, type Person } from './support/clients.ts';
import { call } from './support/http.ts';
import { deployFixture, eventually, fixture } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';
import { downloadWorkbook, records, xlsxType } from './support/xlsx.ts';

/**
 * What the UI's gap-closing screens rely on: starting a process from a client card (with the
 * same reach as editing the client), the user picker's list of colleagues (scoped like the
 * statistics filters) and the XLSX variants of the statistics and monitoring tables.
 */
let stack: Stack;
let admin: Person, owner: Person, head: Person, member: Person, outsider: Person, marketer: Person;

beforeAll(async () => {
  stack = await startStack({ worker: true });
  ({ admin, owner, head, member, outsider, marketer } = await salesCast(stack, 'North'));
  expect((await deployFixture(stack, owner.token, 'gap-review', fixture('inbox-review', { KEY: 'gap-review' }))).status).toBe(201);
});
afterAll(async () => {
  await stack?.stop();
});

const ids = (answer: { body: { items: { id: number }[] } }) => answer.body.items.map((u) => u.id).sort((a, b) => a - b);

describe('GET /users: colleagues to pick in filters', () => {
  it('a plain manager finds only themselves, whatever they search for', async () => {
    expect(ids(await call(stack, 'GET', '/users', { token: outsider.token }))).toEqual([outsider.id]);
    expect(ids(await call(stack, 'GET', `/users?search=${encodeURIComponent('User')}`, { token: member.token }))).toEqual([member.id]);
  });

  it('a head of sales finds the members of their team, no one else', async () => {
    expect(ids(await call(stack, 'GET', '/users?limit=100', { token: head.token }))).toEqual([head.id, member.id].sort((a, b) => a - b));
  });

  it('admins and process owners find everyone, by name or e-mail, with their roles', async () => {
    const all = await call(stack, 'GET', '/users?limit=100', { token: owner.token });
    expect(ids(all)).toEqual(expect.arrayContaining([admin.id, owner.id, head.id, member.id, outsider.id, marketer.id]));
    const byMail = await call(stack, 'GET', `/users?search=${encodeURIComponent(member.email)}`, { token: admin.token });
    expect(byMail.body.items).toEqual([{ id: member.id, displayName: expect.any(String), email: member.email, roles: ['sales_manager'] }]);
  });

  it('refuses strangers and bad input', async () => {
    expect((await call(stack, 'GET', '/users')).status).toBe(401);
    const bad = await call(stack, 'GET', '/users?limit=1000', { token: admin.token });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('query.limit');
  });
});

describe('starting a process for a client', () => {
  const start = (who: Person, clientId: number) =>
    call(stack, 'POST', '/process-instances', { token: who.token, body: { key: 'gap-review', record: { type: 'client', id: String(clientId) }, variables: { assignee: who.email } } });

  it('the responsible manager starts it; the instance carries the client', async () => {
    const client = await newCounterparty(stack, member, { name: 'Gap Foods' });
    const started = await start(member, client.id);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const listed = await call(stack, 'GET', `/process-instances?record=client:${client.id}`, { token: owner.token });
    expect(listed.body.items.map((i: { workflowId: string }) => i.workflowId)).toEqual([started.body.workflowId]);
  });

  it('another manager’s client is not found, and a read-only role may not start', async () => {
    const client = await newCounterparty(stack, member, { name: 'Gap Bakery' });
    const foreign = await start(outsider, client.id);
    expect(foreign.status).toBe(404);
    const readOnly = await start(marketer, client.id);
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.code).toBe('process.start_forbidden');
    const onDeal = await call(stack, 'POST', '/process-instances', { token: marketer.token, body: { key: 'gap-review', record: { type: 'deal', id: '1' } } });
    expect(onDeal.status).toBe(403);
    const listed = await call(stack, 'GET', `/process-instances?record=client:${client.id}`, { token: owner.token });
    expect(listed.body.items).toEqual([]);
  });
});

const workbook = (who: Person, path: string, headers: Record<string, string> = {}) => downloadWorkbook(stack, who.token, path, headers);

const hours = (ms: number | null) => (ms === null ? null : Math.round(ms / 36_000) / 100);

describe('XLSX exports of the statistics and monitoring tables', () => {
  let client: { id: number };
  beforeAll(async () => {
    client = await newCounterparty(stack, member, { name: 'Export Mills' });
    for (const [title, amount] of [['Mill A', 1_250_050], ['Mill B', 990_000]] as const) {
      const deal = await call(stack, 'POST', '/deals', { token: member.token, body: { title, counterpartyId: client.id, amount, currency: 'UAH' } });
      expect(deal.status, JSON.stringify(deal.body)).toBe(201);
    }
    const started = await call(stack, 'POST', '/process-instances', { token: member.token, body: { key: 'gap-review', record: { type: 'client', id: String(client.id) }, variables: { assignee: member.email } } });
    expect(started.status).toBe(201);
    const csv = ['counterpartyId,date,revenue,margin,reference', `${client.id},2026-02-03,1000,100,x-1`, `${client.id},2026-03-03,1200,130,x-2`].join('\n');
    expect((await call(stack, 'POST', '/sales-lines/import', { token: admin.token, body: { csv } })).status).toBe(200);
  });

  it('the funnel: stages with conversion and time in stage, the forecast and its open deals, as on the JSON answer', async () => {
    const q = `process=sales-pipeline&manager=${member.id}`;
    const json = await eventually(async () => {
      const f = await call(stack, 'GET', `/analytics/funnel?${q}`, { token: head.token });
      return f.body.forecast?.openDeals === 2 ? f.body : null;
    }, 'both deals in the funnel');
    const book = await workbook(head, `/analytics/funnel?${q}&format=xlsx`);
    expect(Object.keys(book)).toEqual(['Stages', 'Forecast', 'Open deals']);
    const stages = records(book.Stages!);
    expect(stages.map((s) => s.Stage)).toEqual(json.stages.map((s: { stage: string }) => s.stage));
    json.stages.forEach((s: { entered: number; conversionToNext: number | null; avgTimeMs: number | null; openDeals: number; openAmount: Record<string, number> }, i: number) => {
      expect(stages[i]).toMatchObject({
        'Deals entered': s.entered,
        'Conversion to next, %': s.conversionToNext === null ? null : Math.round(s.conversionToNext * 10_000) / 100,
        'Avg time in stage, h': hours(s.avgTimeMs),
        'Open deals': s.openDeals,
        'Open amount, UAH': (s.openAmount.UAH ?? 0) / 100,
      });
    });
    expect(records(book.Forecast!)).toEqual([{ Currency: 'UAH', 'Open deals': 2, 'Open amount': 22_400.5, 'Expected amount': json.forecast.expectedAmount.UAH / 100 }]);
    expect(records(book['Open deals']!).map((d) => d.Amount as number).sort((a, b) => a - b)).toEqual([9900, 12_500.5]);
  });

  it('the heatmap table: one row per step with the same counts, asked for with the Accept header', async () => {
    const json = (await call(stack, 'GET', '/process-definitions/gap-review/statistics', { token: owner.token })).body;
    expect(json.nodes.length).toBeGreaterThan(0);
    const book = await workbook(owner, '/process-definitions/gap-review/statistics', { accept: xlsxType });
    const rows = records(book.Steps!);
    expect(rows.map((r) => r['Node id']).sort()).toEqual(json.nodes.map((n: { nodeId: string }) => n.nodeId).sort());
    for (const n of json.nodes) {
      expect(rows.find((r) => r['Node id'] === n.nodeId)).toMatchObject({ Entered: n.entered, Passed: n.completed, 'Open now': n.open, 'SLA missed': n.slaBreaches });
    }
    expect(rows.find((r) => r['Node id'] === 'review')?.Step).toBe('Review the offer');
  });

  it('the ABC/XYZ matrix and its clients', async () => {
    const q = 'from=2026-01-01&to=2026-06-30';
    const json = (await call(stack, 'GET', `/analyses/abc-xyz?${q}`, { token: member.token })).body;
    const book = await workbook(member, `/analyses/abc-xyz?${q}&format=xlsx`);
    const matrix = records(book.Matrix!);
    expect(matrix.map((r) => r.ABC)).toEqual(['A', 'B', 'C']);
    for (const r of matrix) for (const x of ['X', 'Y', 'Z']) expect(r[`${x}: clients`]).toBe(json.matrix[`${r.ABC}${x}`]);
    expect(records(book.Clients!)).toEqual(json.items.map((i: { counterpartyId: number; name: string; abc: string; xyz: string; revenue: number }) => expect.objectContaining({ 'Client id': i.counterpartyId, Client: i.name, ABC: i.abc, XYZ: i.xyz, Revenue: i.revenue })));
    expect(json.items.map((i: { name: string }) => i.name)).toEqual(['Export Mills']);
  });

  it('the monitoring list: every instance the filter matches, whatever the page size', async () => {
    const json = (await call(stack, 'GET', '/process-instances?key=gap-review&limit=1', { token: owner.token })).body;
    const all = (await call(stack, 'GET', '/process-instances?key=gap-review&limit=200', { token: owner.token })).body.items;
    expect(json.nextCursor).not.toBeNull();
    const book = await workbook(owner, '/process-instances?key=gap-review&limit=1&format=xlsx');
    // In words: the process's name, the state, the record as the list names it (the owner may not open clients, so its number); the start a real date.
    expect(records(book.Instances!)).toEqual(all.map((i: { workflowId: string; record: { type: string; id: string }; recordName: string | null; startedAt: string }) => expect.objectContaining({
      Instance: i.workflowId, Process: 'Offer review', State: 'Active', Record: i.recordName ?? `${i.record.type}:${i.record.id}`, 'Started at': new Date(i.startedAt),
    })));
  });

  it('keeps the JSON endpoint’s access rules: refusals and reach are the same', async () => {
    const asManager = await fetch(`${stack.url}/api/v1/process-definitions/gap-review/statistics?format=xlsx`, { headers: { authorization: `Bearer ${outsider.token}` } });
    expect(asManager.status).toBe(403);
    expect(asManager.headers.get('content-type')).toContain('application/problem+json');
    const foreignManager = await fetch(`${stack.url}/api/v1/process-definitions/gap-review/statistics?format=xlsx&manager=${outsider.id}`, { headers: { authorization: `Bearer ${head.token}` } });
    expect(foreignManager.status).toBe(403);
    const noFunnel = await fetch(`${stack.url}/api/v1/analytics/funnel?format=xlsx`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(noFunnel.status).toBe(403);
    // Another manager's clients are not in their workbook, and their instances list is theirs only.
    const abc = await workbook(outsider, '/analyses/abc-xyz?from=2026-01-01&to=2026-06-30&format=xlsx');
    expect(records(abc.Clients!)).toEqual([]);
    const instances = await workbook(outsider, '/process-instances?format=xlsx');
    expect(records(instances.Instances!)).toEqual([]);
    const bad = await call(stack, 'GET', '/process-instances?format=pdf', { token: owner.token });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('query.format');
  });
});

describe('starting a process for a deal', () => {
  it('needs the deal in reach: its manager starts it, another manager gets 404', async () => {
    const client = await newCounterparty(stack, member, { name: 'Gap Dairy' });
    const deal = await call(stack, 'POST', '/deals', { token: member.token, body: { title: 'Gap Dairy cooling', counterpartyId: client.id, amount: 1000, currency: 'UAH' } });
    expect(deal.status, JSON.stringify(deal.body)).toBe(201);
    const start = (who: Person) => call(stack, 'POST', '/process-instances', { token: who.token, body: { key: 'gap-review', record: { type: 'deal', id: String(deal.body.id) }, variables: { assignee: who.email } } });
    expect((await start(outsider)).status).toBe(404);
    const own = await start(member);
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const listed = await call(stack, 'GET', `/process-instances?record=deal:${deal.body.id}`, { token: owner.token });
    expect(listed.body.items.map((i: { workflowId: string }) => i.workflowId)).toContain(own.body.workflowId);
  });
});
