import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHistories, keepHistory, replayFailures } from './support/histories.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, InstanceProbe, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let probe: InstanceProbe;
let owner: { token: string; id: number };
let manager: { token: string; id: number; email: string };

beforeAll(async () => {
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  probe = new InstanceProbe(stack, owner, manager, { variables: { owner: String(manager.id) } });
  // Version 1 (tag v1) triples the amount; version 2 (tag v2, now active) quadruples it.
  await deployFixture(stack, owner.token, 'credit-check', fixture('credit-check', { TAG: 'v1', FACTOR: '3' }));
  await deployFixture(stack, owner.token, 'credit-check', fixture('credit-check', { TAG: 'v2', FACTOR: '4' }));
  await deployFixture(stack, owner.token, 'uncaught', fixture('uncaught-error'));
  await deployFixture(stack, owner.token, 'order', fixture('order-call', { ID: 'latest', BINDING: '' }));
  await deployFixture(stack, owner.token, 'order-pinned', fixture('order-call', { ID: 'pinned', BINDING: 'bindingType="versionTag" versionTag="v1"' }));
});
afterAll(async () => {
  await stack?.stop();
});

const childOf = (id: string) => eventually(async () => (await probe.instance(id)).body.children?.[0] as { workflowId: string; versionNumber: number; status: string } | undefined, 'the child');
const approveIn = async (childId: string) => {
  const [task] = await eventually(async () => ((await probe.tasksOf(childId)).length ? probe.tasksOf(childId) : null), 'the child task');
  const done = await call(stack, 'POST', `${taskPath(task!.id)}/complete`, { token: manager.token, body: { variables: {} } });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
};

describe('call activity', () => {
  it('starts the active version of the called process as a child, waits, and maps its output back', async () => {
    const id = await probe.start('order', { child: 'credit-check', orderAmount: 100 });
    const child = await childOf(id);
    expect(child).toMatchObject({ versionNumber: 2, status: 'active' });
    expect((await probe.instance(child.workflowId)).body).toMatchObject({ parentWorkflowId: id, variables: { amount: 100, limit: 400 } });
    expect((await probe.instance(id)).body.currentNodes).toEqual(['credit']);
    await approveIn(child.workflowId);
    const final = await probe.ended(id, 'order-call-latest');
    // Only the output mapping comes back (propagateAllChildVariables="false").
    expect(final.variables).toMatchObject({ orderAmount: 100, creditLimit: 400 });
    expect(final.variables).not.toHaveProperty('limit');
    expect((await probe.instance(child.workflowId)).body.status).toBe('completed');
  });

  it('calls the version pinned by its version tag', async () => {
    const id = await probe.start('order-pinned', { child: 'credit-check', orderAmount: 100 });
    const child = await childOf(id);
    expect(child.versionNumber).toBe(1);
    await approveIn(child.workflowId);
    expect((await probe.ended(id, 'order-call-pinned')).variables.creditLimit).toBe(300);
  });

  it('routes an error end event of the child to the error boundary of the call activity', async () => {
    const id = await probe.start('order', { child: 'credit-check', orderAmount: 5000 });
    const final = await probe.ended(id, 'order-call-error');
    expect(final.variables).toMatchObject({ outcome: 'declined', error: { code: 'credit.refused' } });
  });

  it('shows an incident of the child on the parent', async () => {
    const id = await probe.start('order', { child: 'uncaught', orderAmount: 1 });
    const child = await eventually(async () => ((await childOf(id)).status === 'incident' ? childOf(id) : null), 'the child incident');
    expect((await probe.instance(child.workflowId)).body.incidents[0]).toMatchObject({ nodeId: 'gone' });
    expect((await probe.instance(id)).body.status).toBe('active');
  });

  it('raises an incident when the called process does not exist', async () => {
    const id = await probe.start('order', { child: 'nowhere', orderAmount: 1 });
    const incident = await eventually(async () => (await probe.instance(id)).body.incidents?.[0], 'the incident');
    expect(incident).toMatchObject({ nodeId: 'credit', message: expect.stringContaining('nowhere') });
  });

  it('cancelling the parent cancels the child and its open task', async () => {
    const id = await probe.start('order', { child: 'credit-check', orderAmount: 100 });
    const child = await childOf(id);
    await eventually(async () => (await probe.tasksOf(child.workflowId)).length === 1, 'the child task');
    const connection = await Connection.connect({ address: stack.target.address });
    try {
      await new Client({ connection, namespace: stack.target.namespace }).workflow.getHandle(id).cancel();
    } finally {
      await connection.close();
    }
    await eventually(async () => (await probe.instance(child.workflowId)).body.status === 'cancelled', 'the child cancelled');
    await eventually(async () => (await probe.instance(id)).body.status === 'cancelled', 'the parent cancelled');
    expect((await probe.tasksOf(child.workflowId, 'cancelled')).map((t) => t.nodeId)).toEqual(['approve']);
  });
});

describe('determinism', () => {
  it('replays the histories of the parents and children above', async () => {
    const children = await Promise.all([...probe.finished.values()].map(async (id) => (await probe.instance(id)).body.children[0].workflowId as string));
    const scenarios = [...probe.finished.keys(), ...[...probe.finished.keys()].map((s) => `${s}-child`)];
    const histories = await fetchHistories(stack.target.address, [...probe.finished.values(), ...children]);
    scenarios.forEach((scenario, i) => keepHistory(scenario, histories[i]!.workflowId, histories[i]!.history));
    expect(histories).toHaveLength(6);
    expect(await replayFailures(histories)).toEqual([]);
  });
});
