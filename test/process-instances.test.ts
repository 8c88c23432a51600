import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessEventSchema, TaskSchema } from '../domain/processes/index.ts';
import { linearProcess, userTask } from './support/bpmn.ts';
import { fetchHistories, keepHistory, replayFailures } from './support/histories.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

type User = { token: string; id: number; email: string };
let stack: Stack;
let owner: User, alice: User, bob: User;
const aliceIds: string[] = [];
let bobId: string;

beforeAll(async () => {
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  alice = await userWithRoles(stack, ['sales_manager']);
  bob = await userWithRoles(stack, ['sales_manager']);
  await deployFixture(stack, owner.token, 'follow_up', linearProcess('follow_up', [userTask('call', 'Call the client', '=assignee')]));
  for (let i = 0; i < 3; i++) aliceIds.push(await start(alice, { type: 'deal', id: `a${i}` }));
  bobId = await start(bob, { type: 'deal', id: '7' });
  await eventually(async () => (await stack.orm.em.fork().count(TaskSchema, { status: 'open' })) === 4, 'four open tasks');
});
afterAll(() => stack?.stop());

async function start(user: User, record: { type: string; id: string }) {
  const answer = await call(stack, 'POST', '/process-instances', { token: user.token, body: { key: 'follow_up', variables: { assignee: user.email }, record } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.workflowId as string;
}

const list = (query: string, token = owner.token) => call(stack, 'GET', `/process-instances${query}`, { token });
const ids = (answer: { body: { items: { workflowId: string }[] } }) => answer.body.items.map((i) => i.workflowId).sort();

describe('instance list', () => {
  it('filters by process, state, business record and assignee, newest first, page by page', async () => {
    expect(ids(await list('?key=follow_up&state=active'))).toEqual([...aliceIds, bobId].sort());
    expect(ids(await list('?record=deal:7'))).toEqual([bobId]);
    expect(ids(await list(`?assignee=${alice.id}`))).toEqual([...aliceIds].sort());
    expect((await list('?state=completed')).body.items).toEqual([]);
    expect((await list('?key=other')).body.items).toEqual([]);

    const first = await list('?limit=3');
    expect(first.body.items).toHaveLength(3);
    expect(first.body.items[0]).toMatchObject({ workflowId: bobId, status: 'active', record: { type: 'deal', id: '7' }, startedBy: bob.id });
    const second = await list(`?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.nextCursor).toBeNull();
    expect([...ids(first), ...ids(second)].sort()).toEqual([...aliceIds, bobId].sort());
  });

  it('shows a manager only the instances they started or work in, and refuses bad filters', async () => {
    expect(ids(await list('', bob.token))).toEqual([bobId]);
    expect(ids(await list(`?assignee=${alice.id}`, bob.token))).toEqual([]);
    expect((await call(stack, 'GET', `/process-instances/${aliceIds[0]}/history`, { token: bob.token })).status).toBe(404);
    const bad = await list('?state=sleeping&cursor=nonsense');
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('query.state.0');
    expect((await list('?cursor=bm9uc2Vuc2U')).status).toBe(400);
    expect((await call(stack, 'GET', '/process-instances')).status).toBe(401);
  });

  it('gives the history of an instance with its open tasks', async () => {
    const answer = await call(stack, 'GET', `/process-instances/${aliceIds[0]}/history`, { token: alice.token });
    expect(answer.status).toBe(200);
    expect(answer.body.openTasks).toEqual([expect.objectContaining({ nodeId: 'call', assigneeId: alice.id })]);
    expect(answer.body.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['instance_started', 'node_entered', 'task_created']));
  });
});

describe('cancelling an instance', () => {
  it('ends it as cancelled with the reason and actor, takes its task out of the inbox, and refuses a second cancel', async () => {
    const id = aliceIds[1]!;
    expect((await call(stack, 'POST', `/process-instances/${id}/cancel`, { token: alice.token, body: { reason: 'mine' } })).status).toBe(403);
    const noReason = await call(stack, 'POST', `/process-instances/${id}/cancel`, { token: owner.token, body: {} });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].field).toBe('body.reason');

    expect((await call(stack, 'POST', `/process-instances/${id}/cancel`, { token: owner.token, body: { reason: 'Client went bankrupt' } })).status).toBe(202);
    await eventually(async () => (await list(`?state=cancelled`)).body.items.some((i: { workflowId: string }) => i.workflowId === id), 'the instance to be cancelled');

    const em = stack.orm.em.fork();
    expect((await em.find(TaskSchema, { workflowId: id })).map((t) => t.status)).toEqual(['cancelled']);
    const inbox = await call(stack, 'GET', '/tasks?view=mine', { token: alice.token });
    expect(inbox.body.items.map((t: { workflowId: string }) => t.workflowId)).not.toContain(id);
    const cancelled = await em.find(ProcessEventSchema, { workflowId: id, type: 'instance_cancelled' });
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({ actorId: owner.id, data: { reason: 'Client went bankrupt' } });

    const again = await call(stack, 'POST', `/process-instances/${id}/cancel`, { token: owner.token, body: { reason: 'twice' } });
    expect(again.status).toBe(409);
    expect((await call(stack, 'GET', `/process-instances/${id}`, { token: owner.token })).body.status).toBe('cancelled');

    const histories = await fetchHistories(stack.target.address, [id]);
    keepHistory('cancelled-with-open-task', id, histories[0]!.history);
    expect(await replayFailures(histories)).toEqual([]);
  });
});
