import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessEventSchema, ProcessInstanceSchema } from '../domain/processes/index.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let owner: { token: string; id: number };
let manager: { token: string; id: number };
let stranger: { token: string; id: number };

beforeAll(async () => {
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  stranger = await userWithRoles(stack, ['sales_manager']);
  await deployFixture(stack, owner.token, 'web-lead', fixture('web-lead'));
  await deployFixture(stack, owner.token, 'payment', fixture('payment-wait'));
});
afterAll(() => stack?.stop());

const publish = (body: Record<string, unknown>, token: string, headers: Record<string, string> = {}) =>
  call(stack, 'POST', '/messages', { token, body, headers });
const instancesOf = (key: string) => stack.orm.em.fork().find(ProcessInstanceSchema, { definitionKey: key }, { orderBy: { startedAt: 'asc' } });

async function waitingForPayment(invoiceNumber: string): Promise<string> {
  const started = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key: 'payment', variables: { invoiceNumber, owner: 'nobody' } } });
  expect(started.status).toBe(201);
  const id = started.body.workflowId as string;
  await eventually(async () => (await stack.orm.em.fork().findOne(ProcessInstanceSchema, { workflowId: id }))?.currentNodes.includes('paid'), 'the catch event');
  return id;
}

describe('message start events', () => {
  it('starts an instance of the active version at its message start event, once per Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'lead-form-1' };
    const first = await publish({ name: 'web lead', variables: { leadName: 'Acme' }, record: { type: 'deal', id: '7' } }, manager.token, headers);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({ started: [{ workflowId: expect.any(String), key: 'web-lead', version: 1 }], correlated: [] });
    const again = await publish({ name: 'web lead', variables: { leadName: 'Acme' } }, manager.token, headers);
    expect(again.body).toEqual(first.body);

    const id = first.body.started[0].workflowId as string;
    const tasks = await eventually(async () => {
      const items = (await call(stack, 'GET', '/tasks?view=claimable', { token: manager.token })).body.items as { workflowId: string; name: string }[];
      return items.filter((t) => t.workflowId === id).length ? items : null;
    }, 'the task of the message-started instance');
    expect(tasks.find((t) => t.workflowId === id)?.name).toBe('Call the lead');
    expect(await instancesOf('web-lead')).toHaveLength(1);
    const log = await stack.orm.em.fork().find(ProcessEventSchema, { workflowId: id, type: 'node_entered' }, { orderBy: { id: 'asc' } });
    expect(log[0]?.nodeId).toBe('lead_arrived');
    const instance = await call(stack, 'GET', `/process-instances/${id}`, { token: owner.token });
    expect(instance.body).toMatchObject({ variables: { leadName: 'Acme' }, record: { type: 'deal', id: '7' } });
  });

  it('answers with empty lists for a message nobody waits for, and refuses anonymous publishers', async () => {
    expect((await publish({ name: 'no such message', variables: {} }, manager.token)).body).toEqual({ started: [], correlated: [] });
    expect((await call(stack, 'POST', '/messages', { body: { name: 'web lead', variables: {} } })).status).toBe(401);
    expect((await publish({ name: '', variables: {} }, manager.token)).status).toBe(422);
  });
});

describe('publishing a message to waiting instances', () => {
  it('reaches only the instance waiting with that correlation key, and only for callers who may see it', async () => {
    const one = await waitingForPayment('INV-1');
    const two = await waitingForPayment('INV-2');

    const denied = await publish({ name: 'payment received', correlationKey: 'INV-1', variables: {} }, stranger.token);
    expect(denied.body).toEqual({ started: [], correlated: [] });

    const answer = await publish({ name: 'payment received', correlationKey: 'INV-1', variables: { paidAmount: 100 } }, manager.token);
    expect(answer.body).toEqual({ started: [], correlated: [{ workflowId: one }] });
    await eventually(async () => {
      const row = await stack.orm.em.fork().findOne(ProcessInstanceSchema, { workflowId: one });
      return row && !row.currentNodes.includes('paid') && row.variables.paidAmount === 100;
    }, 'the instance to move past the catch event');
    const correlated = await stack.orm.em.fork().find(ProcessEventSchema, { workflowId: one, type: 'message_correlated' });
    expect(correlated).toHaveLength(1);
    const other = await stack.orm.em.fork().findOne(ProcessInstanceSchema, { workflowId: two });
    expect(other?.currentNodes).toContain('paid');
  });
});

describe('timer start events', () => {
  const key = `tick-${Date.now()}`;
  const count = async () => (await instancesOf(key)).length;

  it('starts instances on a cycle while the version is active, and stops when it is deactivated', async () => {
    const deployed = await deployFixture(stack, owner.token, key, fixture('daily-check', { CYCLE: 'R/PT2S' }));
    expect(deployed.status).toBe(201);
    await eventually(async () => (await count()) >= 2, 'two timer-started instances', 15_000);
    const [first] = await instancesOf(key);
    const log = await stack.orm.em.fork().find(ProcessEventSchema, { workflowId: first!.workflowId, type: 'node_entered' }, { orderBy: { id: 'asc' } });
    expect(log[0]?.nodeId).toBe('every_tick');

    const definition = await call(stack, 'GET', `/process-definitions/${key}`, { token: owner.token });
    const forbidden = await call(stack, 'DELETE', `/process-definitions/${key}/active-version`, { token: manager.token, headers: { 'if-match': definition.headers.get('etag')! } });
    expect(forbidden.status).toBe(403);
    const off = await call(stack, 'DELETE', `/process-definitions/${key}/active-version`, { token: owner.token, headers: { 'if-match': definition.headers.get('etag')! } });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body.activeVersion).toBeNull();
    await new Promise((r) => setTimeout(r, 1500));
    const after = await count();
    await new Promise((r) => setTimeout(r, 4500));
    expect(await count()).toBe(after);
    const start = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key, variables: {} } });
    expect(start.status).toBe(422);
  });

  it('replaces the schedule when another version becomes active', async () => {
    const other = `${key}-b`;
    await deployFixture(stack, owner.token, other, fixture('daily-check', { CYCLE: 'R/PT1H' }));
    const v2 = await deployFixture(stack, owner.token, other, fixture('daily-check', { CYCLE: 'R/PT2S' }).replace('Overdue contacts check', 'Check v2'));
    expect(v2.body.number).toBe(2);
    const started = await eventually(async () => (await instancesOf(other)).find((i) => i.versionNumber === 2), 'an instance of version 2', 15_000);
    expect(started.versionNumber).toBe(2);
    const definition = await call(stack, 'GET', `/process-definitions/${other}`, { token: owner.token });
    await call(stack, 'DELETE', `/process-definitions/${other}/active-version`, { token: owner.token, headers: { 'if-match': definition.headers.get('etag')! } });
  });
});
