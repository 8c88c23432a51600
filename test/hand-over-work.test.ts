import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCounterparty, type Person } from './support/clients.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

/** A leaver's open tasks and deals go to a colleague in one step, each change kept where users look for it. */
let stack: Stack;
let admin: Person, leaver: Person, heir: Person, owner: Person;
let dealId: number;

beforeAll(async () => {
  stack = await startStack({ worker: true });
  [admin, leaver, heir, owner] = await Promise.all([userWithRoles(stack, ['admin']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['sales_manager']), userWithRoles(stack, ['process_owner'])]);
  expect((await deployFixture(stack, owner.token, 'handover', fixture('inbox-review', { KEY: 'handover' }))).status).toBe(201);
  const started = await call(stack, 'POST', '/process-instances', { token: admin.token, body: { key: 'handover', variables: { assignee: leaver.email, due: null, priority: 50, escalateAfter: 'PT1H', offer: 'O-1' } } });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  await eventually(async () => (await call(stack, 'GET', '/tasks?view=mine', { token: leaver.token })).body.items.length === 1, 'the leaver’s task');
  const client = await newCounterparty(stack, leaver, { name: 'Kvitka Bakery' });
  const deal = await call(stack, 'POST', '/deals', { token: leaver.token, body: { title: 'Ovens', counterpartyId: client.id, amount: 100_000, currency: 'UAH' } });
  expect(deal.status).toBe(201);
  dealId = deal.body.id;
});
afterAll(async () => {
  await stack?.stop();
});

describe('handing a leaver’s work over', () => {
  it('is refused to anyone but an admin, and to the leaver themselves as heir', async () => {
    expect((await call(stack, 'POST', `/users/${leaver.id}/hand-over-work`, { token: heir.token, body: { toUserId: heir.id } })).status).toBe(403);
    const same = await call(stack, 'POST', `/users/${leaver.id}/hand-over-work`, { token: admin.token, body: { toUserId: leaver.id } });
    expect(same.status).toBe(422);
    expect(same.body.errors[0].field).toBe('body.toUserId');
  });

  it('delegates the open tasks and moves the open deals to the heir, and the leaver holds nothing', async () => {
    const answer = await call(stack, 'POST', `/users/${leaver.id}/hand-over-work`, { token: admin.token, body: { toUserId: heir.id } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toEqual({ tasks: 1, deals: 1 });
    expect((await call(stack, 'GET', '/tasks?view=mine', { token: heir.token })).body.items).toEqual([expect.objectContaining({ name: 'Review the offer', assigneeId: heir.id })]);
    expect((await call(stack, 'GET', `/deals/${dealId}`, { token: admin.token })).body.responsibleId).toBe(heir.id);
    const history = (await call(stack, 'GET', `/deals/${dealId}/history`, { token: admin.token })).body.items;
    expect(history).toContainEqual(expect.objectContaining({ field: 'responsibleId', oldValue: leaver.id, newValue: heir.id, actorId: admin.id }));
    expect((await call(stack, 'GET', `/users/${leaver.id}`, { token: admin.token })).body.holdings).toMatchObject({ openTasks: 0, openDeals: 0 });
  });
});
