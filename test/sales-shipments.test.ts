import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignUserTeam, createTeam } from '../domain/access/index.ts';
import { ProcessInstanceSchema } from '../domain/processes/index.ts';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { fetchHistories, replayFailures } from './support/histories.ts';
import { eventually } from './support/process.ts';
import { startSmtpPeer } from './support/smtp.ts';
import { startStack, type Stack } from './support/stack.ts';

interface Notice { id: number; kind: string; title: string; body: string; link: string | null; createdAt: string }

let stack: Stack;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let manager: Person, head: Person, otherManager: Person, otherHead: Person, agent: Person;
let dealId: number;
let clientId: number;
let productId: number;

const soon = (ms: number) => new Date(Date.now() + ms).toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const noticesOf = async (who: Person, link: string): Promise<Notice[]> =>
  (await call(stack, 'GET', '/notifications?limit=100', { token: who.token })).body.items.filter((n: Notice) => n.link === link);
const plan = async (body: Record<string, unknown>, who = manager) => {
  const answer = await call(stack, 'POST', '/shipments', { token: who.token, body: { dealId, lines: [{ productId, qty: 2 }], ...body } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: number; version: number; workflowId: string; plannedAt: string };
};
const ifMatch = (version: number) => ({ 'if-match': `W/"${version}"` });
const instanceStatus = async (workflowId: string) => (await stack.orm.em.fork().findOne(ProcessInstanceSchema, { workflowId }))?.status;

beforeAll(async () => {
  smtp = await startSmtpPeer();
  stack = await startStack({ worker: true, mail: { smtpUrl: smtp.url, from: 'Process CRM <crm@example.test>' } });
  [manager, head, otherManager, otherHead, agent] = await Promise.all([
    userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['head_of_sales']), userWithRoles(stack, ['sales_manager']),
    userWithRoles(stack, ['head_of_sales']), userWithRoles(stack, ['agent']),
  ]);
  const em = stack.orm.em.fork();
  const north = await createTeam(em, { name: 'North', headId: head.id });
  const south = await createTeam(em, { name: 'South', headId: otherHead.id });
  await assignUserTeam(em, manager.id, north.id);
  await assignUserTeam(em, otherManager.id, south.id);
  clientId = (await newCounterparty(stack, manager, { name: 'Kyiv Bakery' })).id;
  const product = await call(stack, 'POST', '/products', { token: manager.token, body: { sku: 'OVEN-1', name: 'Oven', unit: 'pcs' } });
  productId = product.body.id;
  const deal = await call(stack, 'POST', '/deals', { token: manager.token, body: { title: 'Ovens', counterpartyId: clientId, amount: 990000, currency: 'UAH', processKey: 'sales-pipeline' } });
  expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  dealId = deal.body.id;
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
});

describe('shipment overdue', () => {
  it('escalates to the responsible manager and the head of their team when the planned time passes unshipped, not before, once', async () => {
    const s = await plan({ plannedAt: soon(5000) });
    const link = `/shipments/${s.id}`;
    expect(s).toMatchObject({ dealId, counterpartyId: clientId, responsibleId: manager.id, state: 'planned', overdue: false, lines: [{ productId, qty: 2 }] });
    expect(s.workflowId).toMatch(new RegExp(`^shipment-${s.id}-`));
    await sleep(2500);
    // Still before its time: nobody has heard anything.
    expect(await noticesOf(manager, link)).toEqual([]);
    expect(await noticesOf(head, link)).toEqual([]);

    const [toManager] = await eventually(async () => { const n = await noticesOf(manager, link); return n.length ? n : undefined; }, 'the manager hears', 30_000);
    const [toHead] = await eventually(async () => { const n = await noticesOf(head, link); return n.length ? n : undefined; }, 'the head hears', 30_000);
    for (const n of [toManager!, toHead!]) {
      expect(n).toMatchObject({ kind: 'shipment_overdue', title: `Overdue shipment #${s.id} of deal "Ovens"` });
      expect(new Date(n.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(s.plannedAt).getTime());
    }
    await eventually(async () => smtp.to(manager.email).length > 0 && smtp.to(head.email).length > 0, 'one e-mail each', 30_000);
    // The subject is the title (MIME-encoded because of its quotes).
    expect(smtp.to(manager.email)).toHaveLength(1);
    expect(smtp.to(manager.email)[0]!.subject).toMatch(new RegExp(`Overdue.shipment.=23${s.id}`));
    expect(smtp.to(head.email)).toHaveLength(1);
    // Neither the other team's head nor its manager is told.
    expect(await noticesOf(otherHead, link)).toEqual([]);
    expect(await noticesOf(otherManager, link)).toEqual([]);
    expect(smtp.to(otherHead.email)).toEqual([]);

    const read = await call(stack, 'GET', `/shipments/${s.id}`, { token: manager.token });
    expect(read.body).toMatchObject({ state: 'planned', overdue: true });
    expect((await call(stack, 'GET', `/shipments?overdue=true&dealId=${dealId}`, { token: manager.token })).body.items.map((x: { id: number }) => x.id)).toContain(s.id);

    // Shipped late: the process ends, nobody is told again.
    const shipped = await call(stack, 'POST', `/shipments/${s.id}/ship`, { token: manager.token, headers: ifMatch(read.body.version), body: { shippedOn: '2026-11-23' } });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    expect(shipped.body).toMatchObject({ state: 'shipped', shippedOn: '2026-11-23', overdue: false });
    await eventually(async () => (await instanceStatus(s.workflowId)) === 'completed', 'the shipment process ends');
    expect(await noticesOf(manager, link)).toHaveLength(1);
    expect(await noticesOf(head, link)).toHaveLength(1);
  });

  it('a shipment shipped or cancelled in time is never escalated; re-planning moves the timer', async () => {
    const early = await plan({ plannedAt: soon(4000) });
    const dropped = await plan({ plannedAt: soon(4000) });
    const moved = await plan({ plannedAt: soon(3_600_000) });
    expect((await call(stack, 'POST', `/shipments/${early.id}/ship`, { token: manager.token, headers: ifMatch(early.version) })).body.shippedOn).toBe(new Date().toISOString().slice(0, 10));
    expect((await call(stack, 'POST', `/shipments/${dropped.id}/cancel`, { token: manager.token, headers: ifMatch(dropped.version) })).body.state).toBe('cancelled');
    const replanned = await call(stack, 'PATCH', `/shipments/${moved.id}`, { token: manager.token, headers: ifMatch(moved.version), body: { plannedAt: soon(3000) } });
    expect(replanned.status, JSON.stringify(replanned.body)).toBe(200);

    await eventually(async () => (await noticesOf(head, `/shipments/${moved.id}`)).length === 1, 'the re-planned shipment escalates at its new time', 30_000);
    await eventually(async () => (await instanceStatus(early.workflowId)) === 'completed' && (await instanceStatus(dropped.workflowId)) === 'completed', 'both processes end');
    await sleep(2000);
    for (const id of [early.id, dropped.id]) {
      expect(await noticesOf(manager, `/shipments/${id}`)).toEqual([]);
      expect(await noticesOf(head, `/shipments/${id}`)).toEqual([]);
    }
    // The runs replay against today's workflow code: the process stays deterministic.
    await eventually(async () => (await instanceStatus(moved.workflowId)) === 'active' && (await noticesOf(manager, `/shipments/${moved.id}`)).length === 1, 'escalated, still waiting');
    expect(await replayFailures(await fetchHistories(stack.target.address, [early.workflowId, dropped.workflowId, moved.workflowId]))).toEqual([]);
  });

  it('appears on the client’s timeline and under its deal', async () => {
    const listed = await call(stack, 'GET', `/shipments?dealId=${dealId}`, { token: manager.token });
    expect(listed.body.items.length).toBeGreaterThanOrEqual(4);
    const dossier = await call(stack, 'GET', `/counterparties/${clientId}/dossier`, { token: manager.token });
    const entries = dossier.body.timeline.filter((e: { source: string }) => e.source === 'shipment');
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries[0].data).toMatchObject({ dealId });
  });
});

describe('shipment access and input', () => {
  it('others’ shipments are not found; agents may not; a deal out of reach cannot be shipped', async () => {
    const s = await plan({ plannedAt: soon(3_600_000) });
    expect((await call(stack, 'GET', `/shipments/${s.id}`, { token: otherManager.token })).status).toBe(404);
    expect((await call(stack, 'PATCH', `/shipments/${s.id}`, { token: otherManager.token, headers: ifMatch(s.version), body: { notes: 'x' } })).status).toBe(404);
    expect((await call(stack, 'POST', `/shipments/${s.id}/ship`, { token: otherManager.token, headers: ifMatch(s.version) })).status).toBe(404);
    expect((await call(stack, 'GET', '/shipments', { token: otherManager.token })).body.items).toEqual([]);
    expect((await call(stack, 'GET', `/shipments/${s.id}`, { token: head.token })).status).toBe(200);
    expect((await call(stack, 'GET', `/shipments/${s.id}`, { token: otherHead.token })).status).toBe(404);
    expect((await call(stack, 'GET', '/shipments', { token: agent.token })).status).toBe(403);
    const foreign = await call(stack, 'POST', '/shipments', { token: otherManager.token, body: { dealId, lines: [{ productId, qty: 1 }], plannedAt: soon(60_000) } });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.dealId']);
  });

  it('refuses bad input with the field paths, needs If-Match, and changes only planned shipments', async () => {
    const bad = await call(stack, 'POST', '/shipments', { token: manager.token, body: { dealId, lines: [{ productId, qty: -1 }, { productId: 999_999_999, qty: 1.23456 }], plannedAt: 'tomorrow' } });
    expect(bad.status).toBe(422);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.lines.0.qty', 'body.lines.1.qty', 'body.plannedAt']);
    const unknown = await call(stack, 'POST', '/shipments', { token: manager.token, body: { dealId, lines: [{ productId: 999_999_999, qty: 1 }], plannedAt: soon(60_000) } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.lines.0.productId']);
    const none = await call(stack, 'POST', '/shipments', { token: manager.token, body: { lines: [{ productId, qty: 1 }], plannedAt: soon(60_000) } });
    expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.dealId']);

    const s = await plan({ plannedAt: soon(3_600_000) });
    expect((await call(stack, 'PATCH', `/shipments/${s.id}`, { token: manager.token, body: { notes: 'x' } })).status).toBe(428);
    const changed = await call(stack, 'PATCH', `/shipments/${s.id}`, { token: manager.token, headers: ifMatch(s.version), body: { notes: 'Gate 3' } });
    expect(changed.body.notes).toBe('Gate 3');
    const stale = await call(stack, 'PATCH', `/shipments/${s.id}`, { token: manager.token, headers: ifMatch(s.version), body: { notes: 'y' } });
    expect(stale.status).toBe(412);
    const cancelled = await call(stack, 'POST', `/shipments/${s.id}/cancel`, { token: manager.token, headers: ifMatch(changed.body.version) });
    const again = await call(stack, 'POST', `/shipments/${s.id}/ship`, { token: manager.token, headers: ifMatch(cancelled.body.version) });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('shipment.not_planned');
  });
});
