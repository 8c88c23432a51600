import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessEventSchema, TaskSchema } from '../domain/processes/index.ts';
import { fetchHistories, keepHistory, replayFailures } from './support/histories.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let owner: { token: string; id: number };
let manager: { token: string; id: number; email: string };
let hook: http.Server;
const hookCalls: { body: unknown; key: string | undefined }[] = [];
let hookStatus = 200;

beforeAll(async () => {
  hook = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      if (hookStatus !== 200) return void res.writeHead(hookStatus).end('down');
      hookCalls.push({ body: JSON.parse(data), key: req.headers['idempotency-key'] as string | undefined });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ticket: `T-${hookCalls.length}` }));
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  await deployFixture(stack, owner.token, 'lead', fixture('lead-qualification', { HOOK: url }));
  await deployFixture(stack, owner.token, 'payment', fixture('payment-wait'));
});
afterAll(async () => {
  await stack?.stop();
  hook?.close();
});

async function start(key: string, variables: Record<string, unknown>, token = manager.token) {
  const answer = await call(stack, 'POST', '/process-instances', { token, body: { key, variables, record: { type: 'deal', id: '42' } } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.workflowId as string;
}

const instance = (id: string, token = owner.token) => call(stack, 'GET', `/process-instances/${id}`, { token });
/** Instances that ran to the end, by scenario, replayed again at the end of the file. */
const finished = new Map<string, string>();
const remember = (name: string, id: string) => finished.set(name, id);
const ended = (id: string) => eventually(async () => ((await instance(id)).body.status === 'completed' ? true : null), `${id} to end`);

const openTaskOf = (workflowId: string, token = manager.token) =>
  eventually(async () => (await call(stack, 'GET', '/tasks?view=all', { token })).body.items.find((t: { workflowId: string }) => t.workflowId === workflowId), 'the task');

describe('a process with a user task, a gateway and a service task', () => {
  it('puts the task in the group queue, validates the form, and runs to the end', async () => {
    const id = await start('lead', { leadName: 'Acme', reminders: 0, reminderAfter: 'PT1H' });
    const task = await openTaskOf(id);
    expect(task).toMatchObject({ name: 'Qualify the lead', assigneeId: null, candidateGroups: ['sales_manager'], record: { type: 'deal', id: '42' } });
    expect(new Date(task.dueAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const claimable = await call(stack, 'GET', '/tasks?view=claimable', { token: manager.token });
    expect(claimable.body.items.map((t: { id: string }) => t.id)).toContain(task.id);

    const invalid = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: {} } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'body.variables.budget', message: 'Budget is required' })]);

    const done = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: { budget: 5000 } } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const again = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: { budget: 1 } } });
    expect(again.status).toBe(409);

    await ended(id);
    remember('lead-big-budget', id);
    const final = await instance(id);
    expect(final.body.variables).toMatchObject({ budget: 5000, ticket: expect.stringMatching(/^T-\d+$/) });
    expect(final.body.stage).toBe('Proposal');
    expect(hookCalls.filter((c) => (c.body as { lead: string }).lead === 'Acme')).toHaveLength(1);

    const log = await stack.orm.em.fork().find(ProcessEventSchema, { workflowId: id }, { orderBy: { id: 'asc' } });
    const types = log.map((e) => `${e.type}${e.nodeId ? `:${e.nodeId}` : ''}`);
    expect(types[0]).toBe('instance_started');
    expect(types).toEqual(expect.arrayContaining(['task_created:qualify', 'task_completed:qualify', 'node_entered:notify_head', 'node_left:big']));
    expect(types.at(-1)).toBe('instance_ended');
    expect(log.find((e) => e.type === 'task_completed')!.actorId).toBe(manager.id);
  });

  it('takes the default flow when no condition holds', async () => {
    const id = await start('lead', { leadName: 'Small Co', reminders: 0, reminderAfter: 'PT1H' });
    const task = await openTaskOf(id);
    await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: { budget: 10 } } });
    await ended(id);
    remember('lead-default-flow', id);
    expect((await instance(id)).body.variables.segment).toBe('small');
  });

  it('escalates with a non-interrupting timer while the task stays open', async () => {
    const id = await start('lead', { leadName: 'Slow Ltd', reminders: 0, reminderAfter: 'PT1S' });
    const task = await openTaskOf(id);
    await eventually(async () => (await instance(id)).body.variables.reminders === 1, 'the reminder');
    expect((await call(stack, 'GET', taskPath(task.id), { token: manager.token })).body.status).toBe('open');
    await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: { budget: 1 } } });
    await ended(id);
    remember('lead-reminder-timer', id);
  });

  it('raises an incident when the service keeps failing and continues after a retry', async () => {
    hookStatus = 500;
    const id = await start('lead', { leadName: 'Flaky', reminders: 0, reminderAfter: 'PT1H' });
    const task = await openTaskOf(id);
    await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: { budget: 9999 } } });
    const incident = await eventually(async () => (await instance(id)).body.incidents[0], 'the incident', 30_000);
    expect(incident).toMatchObject({ nodeId: 'notify_head', message: expect.stringContaining('HTTP 500') });
    expect((await instance(id)).body.status).toBe('incident');

    const managerRetry = await call(stack, 'POST', `/process-instances/${id}/incidents/${incident.id}/retry`, { token: manager.token });
    expect(managerRetry.status).toBe(403);
    hookStatus = 200;
    const retry = await call(stack, 'POST', `/process-instances/${id}/incidents/${incident.id}/retry`, { token: owner.token });
    expect(retry.status).toBe(202);
    await ended(id);
    remember('lead-incident-retry', id);
    expect(hookCalls.filter((c) => (c.body as { lead: string }).lead === 'Flaky')).toHaveLength(1);
  });
});

describe('messages, parallel paths and an interrupting timer', () => {
  it('joins a parallel fork after the message arrives', async () => {
    const id = await start('payment', { invoiceNumber: 'INV-7', owner: String(manager.id) });
    await eventually(async () => (await instance(id)).body.currentNodes?.includes('paid'), 'waiting for payment');
    const wrong = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'payment received', correlationKey: 'INV-8' } });
    expect(wrong.status).toBe(202);
    await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'payment received', correlationKey: 'INV-7', variables: { amount: 120 } } });
    const task = await openTaskOf(id).catch(async (err) => {
      throw new Error(`${err.message}: ${JSON.stringify((await instance(id)).body)}`);
    });
    expect(task.assigneeId).toBe(manager.id);
    const state = (await instance(id)).body;
    expect(state.variables).toMatchObject({ amount: 120, note: 'waiting for INV-7' });
    await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: {} } });
    await ended(id);
    remember('payment-message-join', id);
  });

  it('cancels the task and ends the process when the interrupting timer fires', async () => {
    const id = await start('payment', { invoiceNumber: 'INV-9', owner: manager.email });
    const sent = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'payment received', correlationKey: 'INV-9' } });
    expect(sent.status).toBe(202);
    const task = await openTaskOf(id).catch(async (err) => {
      const rows = await stack.orm.em.fork().find(TaskSchema, { workflowId: id });
      throw new Error(`${err.message}: ${JSON.stringify((await instance(id)).body)} ${JSON.stringify(rows)}`);
    });
    await eventually(async () => ((await instance(id)).body.status === 'terminated' ? true : null), 'termination', 15_000);
    const row = await stack.orm.em.fork().findOneOrFail(TaskSchema, { id: task.id });
    expect(row.status).toBe('cancelled');
    const late = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: {} } });
    expect(late.status).toBe(409);
    remember('payment-interrupting-timer', id);
  });
});

describe('determinism', () => {
  it('replays the history of every instance above', async () => {
    const histories = await fetchHistories(stack.target.address, [...finished.values()]);
    [...finished.keys()].forEach((scenario, i) => keepHistory(scenario, histories[i]!.workflowId, histories[i]!.history));
    expect(histories).toHaveLength(6);
    expect(await replayFailures(histories)).toEqual([]);
  });
});

describe('who may see and do what', () => {
  it('hides tasks and instances from users who have no part in them', async () => {
    const id = await start('lead', { leadName: 'Private', reminders: 0, reminderAfter: 'PT1H' });
    const task = await openTaskOf(id);
    const outsider = await userWithRoles(stack, ['agent']);
    expect((await call(stack, 'GET', taskPath(task.id), { token: outsider.token })).status).toBe(404);
    expect((await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: outsider.token, body: { variables: { budget: 1 } } })).status).toBe(404);
    expect((await call(stack, 'GET', '/tasks?view=all', { token: outsider.token })).body.items).toEqual([]);
    expect((await instance(id, outsider.token)).status).toBe(404);
    const anonymous = await call(stack, 'POST', '/process-instances', { body: { key: 'lead' } });
    expect(anonymous.status).toBe(401);
  });
});
